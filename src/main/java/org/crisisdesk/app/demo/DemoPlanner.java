package org.crisisdesk.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.UndercoverSigns;

/**
 * Turns a {@link Scenario} into a {@link DemoPlan} with times relative to {@code now}: the case
 * opens {@code ageHours} ago and its events are spread evenly until shortly before now (open
 * cases) or over {@code spanHours} (closed cases). Moves missing from the script are filled in one
 * column at a time, so every timeline walks the board in order.
 */
public final class DemoPlanner {
    /** Open cases were last touched within the past day, each at its own (stable) moment. */
    private static final int RECENT_MINUTES = 24 * 60;
    private static final Duration MAX_SPAN = Duration.ofDays(10);
    private final Instant now;

    public DemoPlanner(Instant now) {
        this.now = now;
    }

    /** The scenario as written. */
    public DemoPlan plan(Scenario s) {
        return plan(s, new Variation(s.store(), s.status(), s.ageHours(), s.customer(), s.honorific(), s.phone(), true));
    }

    /** What a generator may change about a scenario; {@code keepMedia=false} drops its media contacts. */
    public record Variation(String store, CaseStatus status, double ageHours, String customer, Honorific honorific,
                            String phone, boolean keepMedia) {
    }

    public DemoPlan plan(Scenario s, Variation v) {
        Instant opened = now.minus(hours(v.ageHours()));
        Duration age = Duration.between(opened, now);
        Instant discovered = opened.minus(min(Duration.ofMinutes(20), age.dividedBy(4)));
        Instant recentEnd = now.minus(min(recent(s.title()), age.dividedBy(5)));
        Instant end = recentEnd;
        if (!v.status().isOpen()) {
            Instant closedEnd = opened.plus(s.spanHours() != null ? hours(s.spanHours())
                    : min(MAX_SPAN, age.multipliedBy(3).dividedBy(5)));
            end = closedEnd.isBefore(recentEnd) ? closedEnd : recentEnd;
        }
        if (!end.isAfter(opened)) {
            end = opened.plusSeconds(1);
        }
        UndercoverSigns signs = signs(s.signs());
        boolean signsAsEvent = s.events().contains("!signs");

        List<Step> steps = script(s, v, signsAsEvent && !signs.equals(UndercoverSigns.NONE));
        List<DemoEvent> events = new ArrayList<>(steps.size());
        long span = Duration.between(opened, end).toMillis();
        for (int k = 0; k < steps.size(); k++) {
            Instant at = opened.plusMillis(span * (k + 1) / steps.size());
            Step step = steps.get(k);
            events.add(switch (step.kind()) {
                case NOTE -> DemoEvent.note(at, step.text());
                case MOVE -> DemoEvent.move(at, step.to());
                case SIGNS -> DemoEvent.signs(at, signs);
                case MEDIA -> DemoEvent.media(at, contact(s.media().get(step.media()), at));
            });
        }
        NewIncident incident = new NewIncident(v.store(), s.title(), s.channel(), discovered, v.customer(),
                v.honorific() == null ? Honorific.UNKNOWN : v.honorific(), v.phone(), s.category(), s.risk(),
                s.description(), s.severity(), s.responsible(), signsAsEvent ? UndercoverSigns.NONE : signs);
        return new DemoPlan(s.title(), incident, opened, v.status(), events);
    }

    private record Step(DemoEvent.Kind kind, String text, CaseStatus to, int media) {
    }

    /** The scenario's events that fit the wanted status, then the missing moves, then the review. */
    private static List<Step> script(Scenario s, Variation v, boolean signsAsEvent) {
        CaseStatus target = v.status();
        CaseStatus current = CaseStatus.NEW;
        List<Step> steps = new ArrayList<>();
        for (String e : s.events()) {
            if (e.startsWith(">")) {
                CaseStatus to = CaseStatus.valueOf(e.substring(1).strip());
                if (to.ordinal() > current.ordinal() && to.ordinal() <= target.ordinal()) {
                    steps.add(new Step(DemoEvent.Kind.MOVE, null, to, -1));
                    current = to;
                }
            } else if (e.startsWith("@")) {
                if (v.keepMedia()) {
                    steps.add(new Step(DemoEvent.Kind.MEDIA, null, null, Integer.parseInt(e.substring(1).strip())));
                }
            } else if (e.equals("!signs")) {
                if (signsAsEvent) {
                    steps.add(new Step(DemoEvent.Kind.SIGNS, null, null, -1));
                }
            } else {
                steps.add(new Step(DemoEvent.Kind.NOTE, e, null, -1));
            }
        }
        CaseStatus[] all = CaseStatus.values();
        for (int i = current.ordinal() + 1; i <= target.ordinal(); i++) {
            steps.add(new Step(DemoEvent.Kind.MOVE, null, all[i], -1));
        }
        if (target == CaseStatus.CLOSED && s.review() != null) {
            steps.add(new Step(DemoEvent.Kind.NOTE, s.review(), null, -1));
        }
        return steps;
    }

    private static NewMediaContact contact(Scenario.Media m, Instant received) {
        return new NewMediaContact(m.outlet(), m.kind(), m.medium(), m.reach(), m.journalist(), m.journalistPhone(),
                m.outline(), m.deadlineHours() == null ? null : received.plus(hours(m.deadlineHours())),
                m.publicationHours() == null ? null : received.plus(hours(m.publicationHours())), received);
    }

    static UndercoverSigns signs(String flags) {
        if (flags == null || flags.isBlank()) {
            return UndercoverSigns.NONE;
        }
        if (!flags.matches("[01]{4}")) {
            throw new IllegalArgumentException("signs must be four 0/1 flags: " + flags);
        }
        return new UndercoverSigns(flags.charAt(0) == '1', flags.charAt(1) == '1', flags.charAt(2) == '1',
                flags.charAt(3) == '1');
    }

    private static Duration recent(String title) {
        return Duration.ofMinutes(5 + Math.floorMod(title.hashCode(), RECENT_MINUTES));
    }

    private static Duration hours(double h) {
        return Duration.ofSeconds(Math.round(h * 3600));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
