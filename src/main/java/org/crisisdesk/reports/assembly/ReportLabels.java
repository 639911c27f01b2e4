package org.crisisdesk.reports.assembly;

import java.time.ZoneId;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.common.Messages;
import org.crisisdesk.reports.SeverityLevel;
import org.crisisdesk.settings.SettingsRepository;

/**
 * Codes turned into what the reader sees, as the desk shows them ({@link CaseLabels}: enum labels
 * from the bundles, reference lists and store names from Settings), plus the report's own words.
 * Read once per report.
 */
final class ReportLabels {
    private final CaseLabels labels;

    ReportLabels(Messages messages, SettingsRepository settings, ZoneId zone) {
        this.labels = new CaseLabels(messages, settings, zone);
    }

    /** The desk's labels, for wording shared with the case view (the timeline). */
    CaseLabels caseLabels() {
        return labels;
    }

    Messages messages() {
        return labels.messages();
    }

    String get(String key, Object... args) {
        return labels.messages().get(key, args);
    }

    /** A bundle label such as {@code status.NEW}; the code itself when the bundle has none. */
    String label(String prefix, Object code) {
        return labels.label(prefix, code);
    }

    String ref(String kind, String code) {
        return labels.ref(kind, code);
    }

    String store(String code) {
        return labels.storeName(code);
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
