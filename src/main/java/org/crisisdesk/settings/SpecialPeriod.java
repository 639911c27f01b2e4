package org.crisisdesk.settings;

import java.time.LocalDate;
import java.time.MonthDay;

/** A yearly period of heightened media attention, e.g. the 3·15 week; month-days inclusive. */
public record SpecialPeriod(long id, String name, String startMd, String endMd, int version) {
    public boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        MonthDay start = MonthDay.parse("--" + startMd);
        MonthDay end = MonthDay.parse("--" + endMd);
        if (!start.isAfter(end)) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
        return !day.isBefore(start) || !day.isAfter(end); // wraps over new year
    }
}
