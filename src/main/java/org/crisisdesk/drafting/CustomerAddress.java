package org.crisisdesk.drafting;

import java.util.List;
import java.util.Locale;

/** How a reply addresses the customer ({顾客称呼}): surname + 先生/女士, or 您 when unknown. */
public final class CustomerAddress {
    /** Two-character surnames that are common enough to matter at a front desk. */
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方",
            "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "澹台");

    private CustomerAddress() {
    }

    /** How the customer is honoured; matches incident.customer_honorific (MR, MS, UNKNOWN). */
    public enum Honorific {
        MR("先生"), MS("女士"), UNKNOWN("");

        private final String suffix;

        Honorific(String suffix) {
            this.suffix = suffix;
        }

        /** Lenient: MR/MS/UNKNOWN codes, or 先生/女士; anything else is UNKNOWN. */
        public static Honorific fromCode(String code) {
            if (code == null) {
                return UNKNOWN;
            }
            String c = code.trim().toUpperCase(Locale.ROOT);
            if (c.equals("MR") || c.equals("先生")) {
                return MR;
            }
            if (c.equals("MS") || c.equals("MRS") || c.equals("女士")) {
                return MS;
            }
            return UNKNOWN;
        }
    }

    /** 王女士 for (王芳, MS); 您 when the honorific or the name is unknown. */
    public static String of(String customerName, Honorific honorific) {
        String surname = surname(customerName);
        if (honorific == null || honorific == Honorific.UNKNOWN || surname.isEmpty()) {
            return "您";
        }
        return surname + honorific.suffix;
    }

    /** The surname of a Chinese name (compound surnames included), or "" when none can be taken. */
    public static String surname(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        for (String s : COMPOUND_SURNAMES) {
            if (n.startsWith(s) && n.length() > 2) {
                return s;
            }
        }
        int first = n.codePointAt(0);
        // a Latin-script name: no reliable way to pick the surname, so address the customer as 您
        if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN) {
            return "";
        }
        return new String(Character.toChars(first));
    }
}
