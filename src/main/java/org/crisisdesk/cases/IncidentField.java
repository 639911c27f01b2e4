package org.crisisdesk.cases;

/** The incident fields the case view edits one at a time; each maps to its column. */
public enum IncidentField {
    TITLE("title"),
    STORE("store_code"),
    CHANNEL("channel"),
    DISCOVERED_AT("discovered_at"),
    CUSTOMER_NAME("customer_name"),
    HONORIFIC("customer_honorific"),
    CUSTOMER_PHONE("customer_phone"),
    CATEGORY("category"),
    RISK_TYPE("risk_type"),
    DESCRIPTION("description"),
    SEVERITY("severity"),
    RESPONSIBLE("responsible");

    private final String column;

    IncidentField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Personal data is masked on display and never written to logs. */
    public boolean isPersonal() {
        return this == CUSTOMER_NAME || this == CUSTOMER_PHONE;
    }

    public String labelKey() {
        return "field." + name();
    }
}
