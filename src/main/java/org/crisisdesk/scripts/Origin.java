package org.crisisdesk.scripts;

/** Where a script came from: the migration's seeds, written at this desk, or a headquarters pack. */
public enum Origin {
    SEED, LOCAL, PACK
}
