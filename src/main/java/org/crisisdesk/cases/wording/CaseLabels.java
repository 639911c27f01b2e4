package org.crisisdesk.cases.wording;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crisisdesk.common.Messages;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.Store;

/**
 * Labels for codes as the user reads them: enum labels from the message bundle, channels,
 * categories and risk types from the editable reference lists, store names from Settings.
 */
public final class CaseLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;
    private final ZoneId zone;
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, String> stores = new HashMap<>();

    public CaseLabels(Messages messages, SettingsRepository settings, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        boolean chinese = messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        for (String kind : new String[] {RefItem.CHANNEL, RefItem.CATEGORY, RefItem.RISK_TYPE}) {
            for (RefItem i : settings.items(kind)) {
                refs.put(kind + "." + i.code(), i.label(chinese));
            }
        }
        for (Store s : settings.stores()) {
            stores.put(s.code(), s.name());
        }
    }

    public Messages messages() {
        return messages;
    }

    /** A bundle label such as {@code status.NEW}; the code itself when the bundle has none. */
    public String label(String prefix, Object code) {
        if (code == null) {
            return null;
        }
        String key = prefix + "." + (code instanceof Enum<?> e ? e.name() : code);
        return messages.has(key) ? messages.get(key) : String.valueOf(code instanceof Enum<?> e ? e.name() : code);
    }

    /** A label from the reference lists: kind CHANNEL, CATEGORY or RISK_TYPE. */
    public String ref(String kind, String code) {
        return code == null ? null : refs.getOrDefault(kind + "." + code, code);
    }

    public String storeName(String code) {
        return code == null ? null : stores.getOrDefault(code, code);
    }

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }
}
