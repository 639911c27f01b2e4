package org.crisisdesk.cases;

/** The board's columns, from intake to closure. Labels live in the bundle as {@code status.<NAME>}. */
public enum CaseStatus {
    NEW, VERIFYING, COORDINATING, SOLUTION_SET, REPLIED, CARRIED_OUT, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String labelKey() {
        return "status." + name();
    }
}
