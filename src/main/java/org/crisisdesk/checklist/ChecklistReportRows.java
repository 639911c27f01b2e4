package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Checklist rows for the PDF reports: per step of a case, and on-time shares over a period. */
public final class ChecklistReportRows {
    private final Jdbi jdbi;
    private final ChecklistStore store = new ChecklistStore();

    public ChecklistReportRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The case's clock start (the active checklist's), for the report header and {@code cases show --json}. */
    public Optional<Instant> clockStart(long incidentId) {
        return jdbi.withHandle(h -> store.active(h, incidentId).map(ChecklistStore.Head::clockStart));
    }

    /** Every step of every checklist the case has had, in order; open steps judged as of {@code now}. */
    public List<ComplianceRecord> stepRows(long incidentId, Instant now) {
        return jdbi.withHandle(h -> {
            List<ComplianceRecord> rows = new ArrayList<>();
            for (ChecklistStore.Head head : store.all(h, incidentId)) {
                Checklist c = store.load(h, head);
                c.steps().forEach(s -> rows.add(ComplianceRecord.of(c, s, now)));
            }
            return rows;
        });
    }

    /** Step 7's replies per outlet on the active checklist, for the report. */
    public List<OutletReply> outletReplies(long incidentId) {
        return jdbi.withHandle(h -> store.loadActive(h, incidentId).map(Checklist::outletReplies).orElse(List.of()));
    }

    /**
     * Per template step, over the active checklists whose clock started in [from, to) (optionally
     * of one store): how many were done, done on time, skipped, still open.
     */
    public List<StepShare> onTimeShares(Instant from, Instant to, String storeCodeOrNull) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT c.template_code AS tpl_code, s.* FROM checklist_step s JOIN checklist c ON c.id = s.checklist_id "
                    + "JOIN incident i ON i.id = c.incident_id WHERE c.active = TRUE AND c.clock_start >= :from "
                    + "AND c.clock_start < :to" + (storeCodeOrNull == null ? "" : " AND i.store_code = :store")
                    + " ORDER BY c.template_code, s.step_no");
            q.bindByType("from", from, Instant.class).bindByType("to", to, Instant.class);
            if (storeCodeOrNull != null) {
                q.bind("store", storeCodeOrNull);
            }
            List<Object[]> rows = q.map((rs, ctx) -> new Object[] {rs.getString("tpl_code"),
                    Rows.step(rs)}).list();
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Step> first = new LinkedHashMap<>();
            for (Object[] row : rows) {
                Step s = (Step) row[1];
                String key = row[0] + "|" + s.key();
                first.putIfAbsent(key, s);
                int[] n = counts.computeIfAbsent(key, k -> new int[4]);
                switch (s.state()) {
                    case DONE -> {
                        n[0]++;
                        if (s.lateBy().map(java.time.Duration::isZero).orElse(true)) {
                            n[1]++;
                        }
                    }
                    case SKIPPED -> n[2]++;
                    case OPEN -> n[3]++;
                }
            }
            List<StepShare> shares = new ArrayList<>();
            counts.forEach((key, n) -> {
                Step s = first.get(key);
                shares.add(new StepShare(key.substring(0, key.indexOf('|')), s.stepNo(), s.key(), s.title(),
                        n[0], n[1], n[2], n[3]));
            });
            return shares;
        });
    }
}
