package org.crisisdesk.checker;

/** How serious a hit is: 禁止 blocks a reply from becoming final, 提醒 only warns. */
public enum Severity {
    BLOCK, WARN
}
