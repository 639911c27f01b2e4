package org.crisisdesk.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings: {@code org/crisisdesk/i18n/messages*.properties}, Simplified Chinese by default. */
public final class Messages {
    public static final String BUNDLE = "org.crisisdesk.i18n.messages";
    /**
     * One bundle per capability, so that each package keeps its own strings: {@code messages}
     * (shared, foundation) first, then the capability bundles, each optional.
     */
    static final List<String> BUNDLES = List.of(BUNDLE, "org.crisisdesk.i18n.checker",
            "org.crisisdesk.i18n.checklist", "org.crisisdesk.i18n.drafting", "org.crisisdesk.i18n.scripts",
            "org.crisisdesk.i18n.reports", "org.crisisdesk.i18n.operators", "org.crisisdesk.i18n.durability");
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, locale, Messages.class.getModule()));
            } catch (MissingResourceException absent) {
                // a capability without strings of its own
            }
        }
    }

    /** The language chosen by {@code crisisdesk.lang} (zh or en), else Simplified Chinese. */
    public static Messages forDefaultLocale() {
        String lang = System.getProperty("crisisdesk.lang", System.getenv().getOrDefault("CRISIS_DESK_LANG", "zh"));
        return new Messages(lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
