package org.crisisdesk.reports.assembly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.checklist.Checklist;
import org.crisisdesk.checklist.ChecklistReportRows;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.reports.SummaryReport;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.SettingsRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds the period summary from the database in one read transaction.
 *
 * <p>A case belongs to the period by its discovery time (its creation time when none was entered),
 * taken in the desk's zone, {@code from} and {@code to} both inclusive. Its media reach is the
 * widest of its contacts (无媒体 without one). The first written reply is the earliest of: a final
 * 暂复 or 正式回复 draft, and the completion of media step 3 (which records the holding reply when
 * it went out without the drafting tool); the time to it runs from the earliest media contact.
 * On-time shares per step come from the media checklists whose clock started in the period.
 */
public final class SummaryReportAssembler {
    private static final String IN_PERIOD = "COALESCE(i.discovered_at, i.created_at) >= :from "
            + "AND COALESCE(i.discovered_at, i.created_at) < :to";

    private final Jdbi jdbi;
    private final Messages messages;
    private final Clock clock;

    /** @param clock "now" for open steps past their deadline, and the desk's zone for the period's days */
    public SummaryReportAssembler(Jdbi jdbi, Messages messages, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param storeCode a store's code, or null for all stores; {@code report.cli.unknownStore} when unknown
     * @throws UserException {@code report.cli.badRange} when {@code to} is before {@code from}
     */
    public SummaryReport assemble(LocalDate from, LocalDate to, String storeCode, Actor actor) {
        Permissions.require(actor, Permissions.Action.EXPORT_REPORT, messages);
        if (to.isBefore(from)) {
            throw new UserException("report.cli.badRange");
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return jdbi.inTransaction(h -> read(h, from, to, start, end, storeCode, actor, zone));
    }

    private record Row(long id, String caseNo, String store, String title, CaseStatus status, Severity severity,
                       String category, String riskType, Instant opened) {
    }

    private SummaryReport read(Handle h, LocalDate from, LocalDate to, Instant start, Instant end, String storeCode,
                               Actor actor, ZoneId zone) {
        SettingsRepository settings = new SettingsRepository(jdbi);
        ReportLabels l = new ReportLabels(messages, settings, zone);
        if (storeCode != null && settings.stores().stream().noneMatch(s -> s.code().equals(storeCode))) {
            throw new UserException("report.cli.unknownStore", storeCode);
        }
        String where = IN_PERIOD + (storeCode == null ? "" : " AND i.store_code = :store");
        List<Row> rows = bind(h.createQuery("SELECT i.id, i.case_no, i.store_code, i.title, i.status, i.severity, "
                        + "i.category, i.risk_type, COALESCE(i.discovered_at, i.created_at) AS opened FROM incident i "
                        + "WHERE " + where + " ORDER BY opened, i.id"), start, end, storeCode)
                .map((rs, c) -> new Row(rs.getLong("id"), rs.getString("case_no"), rs.getString("store_code"),
                        rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
                        Severity.valueOf(rs.getString("severity")), rs.getString("category"),
                        rs.getString("risk_type"), instant(rs, "opened")))
                .list();

        Map<Long, Reach> reach = new HashMap<>();
        Map<Long, Instant> firstContact = new HashMap<>();
        bind(h.createQuery("SELECT m.incident_id, m.reach, m.received_at FROM media_contact m JOIN incident i "
                + "ON i.id = m.incident_id WHERE " + where), start, end, storeCode)
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2), instant(rs, "received_at")})
                .forEach(r -> {
                    long id = (Long) r[0];
                    if (r[1] != null) {
                        reach.merge(id, Reach.valueOf((String) r[1]), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                    if (r[2] != null) {
                        firstContact.merge(id, (Instant) r[2], (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        Map<Long, Instant> firstReply = new HashMap<>();
        bind(h.createQuery("SELECT d.incident_id, MIN(d.finalised_at) AS at FROM draft d JOIN incident i "
                + "ON i.id = d.incident_id WHERE d.state = 'FINAL' AND d.kind IN ('HOLDING_REPLY', 'FORMAL_REPLY') "
                + "AND " + where + " GROUP BY d.incident_id"), start, end, storeCode)
                .map((rs, c) -> Map.entry(rs.getLong(1), instant(rs, "at")))
                .forEach(e -> earliest(firstReply, e.getKey(), e.getValue()));
        bind(h.createQuery("SELECT c.incident_id, s.completed_at FROM checklist_step s JOIN checklist c "
                + "ON c.id = s.checklist_id JOIN incident i ON i.id = c.incident_id WHERE c.active = TRUE "
                + "AND c.template_code = :tpl AND s.step_no = 3 AND s.state = 'DONE' AND " + where), start, end, storeCode)
                .bind("tpl", Checklist.MEDIA)
                .map((rs, c) -> Map.entry(rs.getLong(1), instant(rs, "completed_at")))
                .forEach(e -> earliest(firstReply, e.getKey(), e.getValue()));
        Map<Long, Integer> overdue = new HashMap<>();
        Instant now = clock.instant();
        bind(h.createQuery("SELECT c.incident_id, s.state, s.deadline, s.completed_at FROM checklist_step s "
                + "JOIN checklist c ON c.id = s.checklist_id JOIN incident i ON i.id = c.incident_id "
                + "WHERE c.active = TRUE AND s.deadline IS NOT NULL AND " + where), start, end, storeCode)
                .map((rs, c) -> {
                    Instant deadline = instant(rs, "deadline");
                    Instant done = instant(rs, "completed_at");
                    String state = rs.getString("state");
                    boolean late = "DONE".equals(state) ? done != null && done.isAfter(deadline)
                            : "OPEN".equals(state) && now.isAfter(deadline);
                    return Map.entry(rs.getLong(1), late ? 1 : 0);
                })
                .forEach(e -> overdue.merge(e.getKey(), e.getValue(), Integer::sum));

        Counter byStatus = new Counter();
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.seed(l.label("status", s));
        }
        Counter bySeverity = new Counter();
        for (Severity s : Severity.values()) {
            bySeverity.seed(l.label("severity", s));
        }
        Counter byReach = new Counter();
        for (Reach r : Reach.values()) {
            byReach.seed(l.label("reach", r));
        }
        byReach.seed(l.get("report.reach.none"));
        Counter byCategory = new Counter();
        Counter byRisk = new Counter();
        String none = l.get("report.none");
        List<SummaryReport.CaseLine> lines = new ArrayList<>();
        Duration total = Duration.ZERO;
        int samples = 0;
        for (Row r : rows) {
            String reachLabel = new Reachish(reach.get(r.id())).label(l);
            String category = r.category() == null ? none : l.ref(RefItem.CATEGORY, r.category());
            byStatus.add(l.label("status", r.status()));
            bySeverity.add(l.label("severity", r.severity()));
            byReach.add(reachLabel);
            byCategory.add(category);
            byRisk.add(r.riskType() == null ? none : l.ref(RefItem.RISK_TYPE, r.riskType()));
            Duration reply = null;
            Instant contact = firstContact.get(r.id());
            Instant replied = firstReply.get(r.id());
            if (contact != null && replied != null && !replied.isBefore(contact)) {
                reply = Duration.between(contact, replied);
                total = total.plus(reply);
                samples++;
            }
            lines.add(new SummaryReport.CaseLine(r.caseNo(), l.store(r.store()), r.opened(), r.title(), category,
                    l.label("severity", r.severity()), ReportLabels.level(r.severity()), l.label("status", r.status()),
                    reachLabel, reply, overdue.getOrDefault(r.id(), 0)));
        }
        List<SummaryReport.StepShare> shares = new ArrayList<>();
        for (var s : new ChecklistReportRows(jdbi).onTimeShares(start, end, storeCode)) {
            if (Checklist.MEDIA.equals(s.templateCode())) {
                shares.add(new SummaryReport.StepShare(s.stepNo(), s.title(), s.done(), s.onTime()));
            }
        }
        return new SummaryReport(settings.companyName(), from, to, storeCode == null ? null : l.store(storeCode),
                zone, byStatus.counts(), byCategory.counts(), byRisk.counts(), bySeverity.counts(), byReach.counts(),
                shares, samples == 0 ? null : total.dividedBy(samples), samples, lines, actor.name());
    }

    private static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bind(Q q, Instant from, Instant to,
                                                                                  String store) {
        q.bind("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
        if (store != null) {
            q.bind("store", store);
        }
        return q;
    }

    private static void earliest(Map<Long, Instant> map, long id, Instant at) {
        if (at != null) {
            map.merge(id, at, (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Counts in first-seen order; seeded labels keep their place even at zero. */
    private static final class Counter {
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        void seed(String label) {
            counts.putIfAbsent(label, 0);
        }

        void add(String label) {
            counts.merge(label, 1, Integer::sum);
        }

        List<SummaryReport.Count> counts() {
            return counts.entrySet().stream().map(e -> new SummaryReport.Count(e.getKey(), e.getValue())).toList();
        }
    }
}
