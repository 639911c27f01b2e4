package org.crisisdesk.scripts;

import java.util.Arrays;
import org.crisisdesk.common.Messages;

/**
 * Why an imported script arrived as a draft, stored as a bundle key and its arguments so that the
 * library shows it in the user's language.
 */
public final class Reasons {
    private static final String SEP = "\u001F";

    private Reasons() {
    }

    public static String encode(String key, String... args) {
        StringBuilder b = new StringBuilder(key);
        for (String a : args) {
            b.append(SEP).append(a.replace(SEP, " "));
        }
        return b.toString();
    }

    /** The reason in the user's language; null stays null. */
    public static String localize(String reason, Messages messages) {
        if (reason == null) {
            return null;
        }
        String[] parts = reason.split(SEP, -1);
        return messages.get(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
