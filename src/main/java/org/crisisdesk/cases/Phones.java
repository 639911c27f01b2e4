package org.crisisdesk.cases;

import java.util.regex.Pattern;

/** Chinese phone numbers as people type them: mobiles (138 1234 5678, +86-138…) and landlines (021-5555-1234). */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern ALLOWED = Pattern.compile("[+0-9 ()\\-－—\u3000]+");

    private Phones() {
    }

    /** Digits only, without a leading +86/0086 country code; the key used to find a customer's cases. */
    public static String key(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        phone.codePoints().filter(Character::isDigit).map(c -> Character.digit(c, 10)).forEach(digits::append);
        String d = digits.toString();
        if (d.startsWith("0086")) {
            d = d.substring(4);
        } else if (d.startsWith("86") && d.length() == 13) {
            d = d.substring(2);
        }
        return d.isEmpty() ? null : d;
    }

    /** True when the text reads as a mobile or landline number. */
    public static boolean isValid(String phone) {
        if (phone == null || phone.isBlank() || !ALLOWED.matcher(phone.strip()).matches()) {
            return false;
        }
        String key = key(phone);
        return key != null && (MOBILE.matcher(key).matches() || LANDLINE.matcher(key).matches());
    }
}
