package org.crisisdesk.scripts;

/** Draft → approved → retired. Only approved scripts can be inserted into replies. */
public enum ScriptState {
    DRAFT, APPROVED, RETIRED;

    public String labelKey() {
        return "scripts.state." + name();
    }
}
