package org.crisisdesk.app.cli;

/**
 * Masks personal data for display: 张丽 → 张*, 13812345678 → 138****5678. A stand-in until the
 * operators feature brings its own masker (and decides who may see the full values).
 */
final class Masking {
    private final boolean enabled;

    Masking(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    String name(String name) {
        if (!enabled || name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        int first = s.codePointAt(0);
        int rest = Math.max(1, s.codePointCount(0, s.length()) - 1);
        return new StringBuilder().appendCodePoint(first).append("*".repeat(rest)).toString();
    }

    /** Keeps the first three and last four digits; shorter numbers keep only the last two. */
    String phone(String phone) {
        if (!enabled || phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= 8) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        if (digits.length() > 2) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return "*".repeat(Math.max(1, digits.length()));
    }
}
