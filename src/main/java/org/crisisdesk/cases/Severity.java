package org.crisisdesk.cases;

/**
 * Severity grades 一般 IV · 较大 III · 重大 II · 特别重大 I. Labels and short meanings live in the
 * bundle as {@code severity.<NAME>} and {@code severity.<NAME>.meaning}.
 */
public enum Severity {
    IV, III, II, I;

    /** 1 for 一般 up to 4 for 特别重大, for sorting and colours. */
    public int rank() {
        return ordinal() + 1;
    }

    public String labelKey() {
        return "severity." + name();
    }
}
