package org.crisisdesk.reports.assembly;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.crisisdesk.cases.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.reports.SeverityLevel;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.Store;

/**
 * Codes turned into what the reader sees: enum labels from the bundles, categories, risk types and
 * channels from the editable reference lists, store names from Settings. Read once per report.
 */
final class ReportLabels {
    private final Messages messages;
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, String> stores = new HashMap<>();

    ReportLabels(Messages messages, SettingsRepository settings) {
        this.messages = messages;
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

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A bundle label such as {@code status.NEW}; the code itself when the bundle has none. */
    String label(String prefix, Object code) {
        if (code == null) {
            return null;
        }
        String name = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
        String key = prefix + "." + name;
        return messages.has(key) ? messages.get(key) : name;
    }

    String ref(String kind, String code) {
        return code == null ? null : refs.getOrDefault(kind + "." + code, code);
    }

    String store(String code) {
        return code == null ? null : stores.getOrDefault(code, code);
    }

    static SeverityLevel level(Severity s) {
        if (s == null) {
            return SeverityLevel.MEDIUM;
        }
        return switch (s) {
            case IV -> SeverityLevel.LOW;
            case III -> SeverityLevel.MEDIUM;
            case II -> SeverityLevel.HIGH;
            case I -> SeverityLevel.CRITICAL;
        };
    }
}
