package org.crisisdesk.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.crisisdesk.common.Messages;

/** Labels and formatting shared by both reports: times in the report's zone, durations, "—". */
final class ReportText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final Messages messages;
    private final ZoneId zone;

    ReportText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String dash() {
        return messages.get("report.none");
    }

    String or(String value) {
        return value == null || value.isBlank() ? dash() : value;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    String time(Instant at) {
        return at == null ? dash() : TIME.format(at.atZone(zone));
    }

    /** Month, day and time only: for tables inside a report that states its period. */
    String shortTime(Instant at) {
        return at == null ? dash() : SHORT.format(at.atZone(zone));
    }

    /** Hours and minutes as h:mm, for narrow table columns. */
    static String hoursMinutes(Duration d) {
        long minutes = Math.max(0, (d.getSeconds() + 59) / 60);
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    String duration(Duration d) {
        if (d == null) {
            return dash();
        }
        long minutes = Math.max(0, (d.getSeconds() + 59) / 60); // a started minute counts
        if (minutes < 60) {
            return messages.get("report.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return messages.get("report.duration.hours", minutes / 60, minutes % 60);
        }
        return messages.get("report.duration.days", minutes / (24 * 60), (minutes % (24 * 60)) / 60);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
