package org.crisisdesk.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crisisdesk.app.wiring.AuditLogTrail;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.settings.SettingsRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo data set: about thirty-five complaints across the seeded stores, every status, with
 * media contacts, notes, undercover signs and a few attachments, times relative to now. Everything
 * is written through {@link CaseService} as the given actor, each step at its own moment, so the
 * timelines (and any hooks, such as checklists) look as if people had worked the cases.
 *
 * <p>Demo rows are marked: the setting {@value #LOADED_SETTING} is written before the first case,
 * and every row's {@code created_by} is the demo actor. A database that already holds other cases
 * is refused, and loading twice is refused too.
 *
 * <p>Later features extend the set by adding a part to {@link #load(Actor)}.
 */
public final class DemoData {
    public static final String LOADED_SETTING = "demo.loaded";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Function<Clock, CaseService> servicesAt;
    private final SettingsRepository settings;

    /** What the database holds with respect to the demo. */
    public enum State { EMPTY, LOADED, OTHER_DATA }

    /** What was written. */
    public record Result(int incidents, int mediaContacts, int notes, int attachments) {
    }

    /**
     * @param servicesAt builds a case service acting at the given clock (with the hooks of the
     *                   composition root), so every demo step is stamped with its own time
     */
    public DemoData(Jdbi jdbi, Clock clock, Function<Clock, CaseService> servicesAt) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.servicesAt = servicesAt;
        // the demo's "loaded" marker is a settings write like any other: on the chain as the demo supervisor
        this.settings = new SettingsRepository(jdbi, new AuditLogTrail(new AuditLog(jdbi, clock)));
    }

    public State state() {
        if (settings.setting(LOADED_SETTING).isPresent()) {
            return State.LOADED;
        }
        int cases = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident").mapTo(Integer.class).one());
        return cases == 0 ? State.EMPTY : State.OTHER_DATA;
    }

    /** Loads the whole set; refuses with a {@link UserException} unless the database has no cases. */
    public Result load(Actor actor) {
        switch (state()) {
            case LOADED -> throw new UserException("demo.alreadyLoaded", settings.setting(LOADED_SETTING).orElse(""));
            case OTHER_DATA -> throw new UserException("demo.otherData", countCases());
            default -> {
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        markLoaded(now, actor, "…");
        List<DemoPlan> plans = plans(now);
        Path samples = tempDirectory();
        int[] attached = {0};
        Map<String, Incident> created;
        try {
            created = loadIncidents(plans, actor, samples, attached);
        } finally {
            deleteQuietly(samples);
        }
        Result result = new Result(created.size(), count(plans, DemoEvent.Kind.MEDIA), count(plans, DemoEvent.Kind.NOTE),
                attached[0]);
        markLoaded(now, actor, String.valueOf(result.incidents()));
        return result;
    }

    /** Part 0: the marker that tells later runs (and people) that these cases are demo data. */
    private void markLoaded(Instant now, Actor actor, String cases) {
        settings.putSetting(LOADED_SETTING, now + " · " + actor.name() + " · " + cases, actor);
    }

    /** The scenarios planned against now, oldest first so case numbers follow opening order. */
    static List<DemoPlan> plans(Instant now) {
        DemoPlanner planner = new DemoPlanner(now);
        return DemoScenarios.load().stream().map(planner::plan)
                .sorted(Comparator.comparing(DemoPlan::createdAt)).toList();
    }

    /**
     * Part 1: the cases with their media contacts, notes, signs and moves, each at its own time.
     * Part 2 (attachments) is woven in right after each case opens, so "last changed" stays true.
     */
    private Map<String, Incident> loadIncidents(List<DemoPlan> plans, Actor actor, Path samples, int[] attached) {
        Map<String, Incident> created = new LinkedHashMap<>();
        for (DemoPlan plan : plans) {
            Incident incident = DemoWriter.write(plan, actor, at -> servicesAt.apply(fixedAt(at)),
                    opened -> attached[0] += loadAttachments(plan, opened, actor, samples));
            created.put(plan.scenarioTitle(), incident);
        }
        return created;
    }

    /** Part 2: a few attachments — a photo of the damage, a test report, a medical certificate. */
    private int loadAttachments(DemoPlan plan, Incident incident, Actor actor, Path samples) {
        List<DemoSamples.Sample> mine = DemoSamples.all().stream()
                .filter(s -> s.caseTitle().equals(plan.scenarioTitle())).toList();
        if (mine.isEmpty()) {
            return 0;
        }
        Instant next = plan.events().isEmpty() ? clock.instant() : plan.events().get(0).at();
        long gap = Math.min(300, Duration.between(plan.createdAt(), next).toSeconds() / 2);
        CaseService cases = servicesAt.apply(fixedAt(plan.createdAt().plusSeconds(gap)));
        for (DemoSamples.Sample sample : mine) {
            cases.attach(incident.id(), sample.writeTo(samples), sample.personalData(), actor);
        }
        return mine.size();
    }

    private int countCases() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident").mapTo(Integer.class).one());
    }

    private static int count(List<DemoPlan> plans, DemoEvent.Kind kind) {
        return (int) plans.stream().flatMap(p -> p.events().stream()).filter(e -> e.kind() == kind).count();
    }

    private Clock fixedAt(Instant at) {
        return Clock.fixed(at, clock.getZone());
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("crisis-desk-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
