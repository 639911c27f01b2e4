package org.crisisdesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.crisisdesk.common.Actor;

/** Sample input for case tests: journey 1's sofa complaint and 城市晚报. */
public final class CaseFixtures {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Actor SUPERVISOR = new Actor("王主管", Actor.Role.SUPERVISOR);
    public static final Actor STAFF = new Actor("客服陈晓", Actor.Role.STAFF);

    private CaseFixtures() {
    }

    public static Instant at(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 28, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    public static Clock clockAt(int hour, int minute) {
        return Clock.fixed(at(hour, minute), SHANGHAI);
    }

    public static NewIncident sofa(String phone) {
        return new NewIncident("SH01", "沙发开裂", "ONSITE", at(9, 0).minusSeconds(21 * 86400L), "张丽", Honorific.MS,
                phone, "QUALITY", "NEGATIVE_REVIEW", "顾客三周前购买的布艺沙发扶手开裂,要求退货。", Severity.III, "王主管",
                UndercoverSigns.NONE);
    }

    public static NewMediaContact eveningPaper(Instant received) {
        return new NewMediaContact("城市晚报", MediaKind.LIVELIHOOD, Medium.PRINT, Reach.LOCAL, "刘记者", "13912345678",
                null, null, null, received);
    }
}
