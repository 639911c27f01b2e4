package org.crisisdesk.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.util.StringConverter;
import org.crisisdesk.common.Messages;

/** Turns codes, enums and times into the words and formats the user reads. */
public final class Labels {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;
    private final ZoneId zone;

    public Labels(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        // bundle keys are named after the enum, except case statuses, which are plain "status.X"
        String prefix = type.equals("CaseStatus") ? "status"
                : Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return messages.get(prefix + "." + value.name());
    }

    public <E extends Enum<E>> StringConverter<E> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return of(e);
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public String time(Instant t) {
        return t == null ? "—" : DATE_TIME.format(t.atZone(zone));
    }

    /** "3 天" / "5 小时" / "12 分钟": how long ago, in the largest whole unit. */
    public String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toDays() >= 1) {
            return messages.get("age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return messages.get("age.hours", d.toHours());
        }
        return messages.get("age.minutes", Math.max(0, d.toMinutes()));
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}
