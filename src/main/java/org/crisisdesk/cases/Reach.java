package org.crisisdesk.cases;

/** How far an outlet reaches: national, provincial, local (地方性、局域性). */
public enum Reach {
    NATIONAL, PROVINCIAL, LOCAL
}
