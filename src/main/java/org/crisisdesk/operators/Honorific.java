package org.crisisdesk.operators;

import java.util.Locale;

/** How a customer is addressed in drafts: 先生, 女士, or 您 when unknown. */
public enum Honorific {
    MR("先生"), MS("女士"), UNKNOWN("");

    private final String suffix;

    Honorific(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** Reads the stored value leniently (MR/MALE/先生, MS/MRS/FEMALE/女士); anything else is UNKNOWN. */
    public static Honorific parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "MR", "MALE", "M", "先生" -> MR;
            case "MS", "MRS", "MISS", "FEMALE", "F", "女士" -> MS;
            default -> UNKNOWN;
        };
    }
}
