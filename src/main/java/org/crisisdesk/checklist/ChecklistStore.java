package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crisisdesk.common.UserException;
import org.jdbi.v3.core.Handle;

/** The checklist's SQL, always inside a handle (and transaction) the caller owns. */
final class ChecklistStore {
    private static final String CHECKLIST_COLUMNS = "id, incident_id, template_code, active, clock_start, route_level";

    record Head(long id, long incidentId, String templateCode, boolean active, Instant clockStart, int routeLevel) {
    }

    Optional<Head> active(Handle h, long incidentId) {
        return h.createQuery("SELECT " + CHECKLIST_COLUMNS + " FROM checklist WHERE incident_id = :i AND active = TRUE")
                .bind("i", incidentId)
                .map((rs, ctx) -> new Head(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("template_code"),
                        rs.getBoolean("active"), Rows.instant(rs, "clock_start"), rs.getInt("route_level")))
                .findFirst();
    }

    List<Head> all(Handle h, long incidentId) {
        return h.createQuery("SELECT " + CHECKLIST_COLUMNS + " FROM checklist WHERE incident_id = :i ORDER BY id")
                .bind("i", incidentId)
                .map((rs, ctx) -> new Head(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("template_code"),
                        rs.getBoolean("active"), Rows.instant(rs, "clock_start"), rs.getInt("route_level")))
                .list();
    }

    Checklist load(Handle h, Head head) {
        return new Checklist(head.id(), head.incidentId(), head.templateCode(), head.active(), head.clockStart(),
                head.routeLevel(), steps(h, head.id()), outletReplies(h, head.id()));
    }

    Optional<Checklist> loadActive(Handle h, long incidentId) {
        return active(h, incidentId).map(head -> load(h, head));
    }

    List<Step> steps(Handle h, long checklistId) {
        return h.createQuery("SELECT * FROM checklist_step WHERE checklist_id = :c ORDER BY step_no")
                .bind("c", checklistId).map((rs, ctx) -> Rows.step(rs)).list();
    }

    Step step(Handle h, long stepId) {
        return h.createQuery("SELECT * FROM checklist_step WHERE id = :id").bind("id", stepId)
                .map((rs, ctx) -> Rows.step(rs)).findFirst()
                .orElseThrow(() -> new UserException("checklist.stepNotFound", stepId));
    }

    long incidentOf(Handle h, long checklistId) {
        return h.createQuery("SELECT incident_id FROM checklist WHERE id = :c").bind("c", checklistId)
                .mapTo(Long.class).one();
    }

    List<OutletReply> outletReplies(Handle h, long checklistId) {
        return h.createQuery("SELECT r.* FROM checklist_outlet_reply r JOIN checklist_step s ON s.id = r.step_id "
                        + "WHERE s.checklist_id = :c ORDER BY r.id")
                .bind("c", checklistId).map((rs, ctx) -> Rows.outletReply(rs)).list();
    }

    List<MediaContactRow> contacts(Handle h, long incidentId) {
        return h.createQuery("SELECT id, outlet, media_kind, reach, journalist_name, journalist_phone, interview_outline, "
                        + "received_at, journalist_deadline, expected_publication FROM media_contact "
                        + "WHERE incident_id = :i ORDER BY received_at, id")
                .bind("i", incidentId).map((rs, ctx) -> Rows.contact(rs)).list();
    }

    long insertChecklist(Handle h, long incidentId, String template, Instant clockStart, int level, Instant at,
            String by) {
        return h.createUpdate("INSERT INTO checklist (incident_id, template_code, active, clock_start, route_level, "
                        + "started_at, started_by) VALUES (:i, :t, TRUE, :cs, :lvl, :at, :by)")
                .bind("i", incidentId).bind("t", template).bindByType("cs", clockStart, Instant.class)
                .bind("lvl", level).bindByType("at", at, Instant.class).bind("by", by)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Copies the template's steps into the checklist, all open, their windows starting at the clock start. */
    void copyTemplate(Handle h, long checklistId, String template, Instant windowStart) {
        int copied = h.createUpdate("INSERT INTO checklist_step (checklist_id, step_no, step_key, title, lead_departments, "
                        + "support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status, state, "
                        + "window_start) SELECT :c, step_no, step_key, title, lead_departments, support_departments, "
                        + "guidance, record_fields, rule_kind, offset_minutes, offers_status, 'OPEN', :ws "
                        + "FROM checklist_template_step WHERE template_code = :t ORDER BY step_no")
                .bind("c", checklistId).bindByType("ws", windowStart, Instant.class).bind("t", template).execute();
        if (copied == 0) {
            throw new UserException("checklist.templateMissing", template);
        }
    }

    void deactivate(Handle h, long checklistId) {
        h.createUpdate("UPDATE checklist SET active = FALSE, version = version + 1 WHERE id = :c")
                .bind("c", checklistId).execute();
    }

    void updateHead(Handle h, long checklistId, Instant clockStart, int level) {
        h.createUpdate("UPDATE checklist SET clock_start = :cs, route_level = :lvl, version = version + 1 WHERE id = :c")
                .bindByType("cs", clockStart, Instant.class).bind("lvl", level).bind("c", checklistId).execute();
    }

    /** Marks a step done or skipped; fails when someone changed it since {@code version} was read. */
    void close(Handle h, long stepId, int version, StepState state, Instant at, String by, Map<String, String> recorded,
            String skipReason) {
        int n = h.createUpdate("UPDATE checklist_step SET state = :st, completed_at = :at, completed_by = :by, "
                        + "recorded = :rec, skip_reason = :reason, version = version + 1 WHERE id = :id AND version = :v")
                .bind("st", state.name()).bindByType("at", at, Instant.class).bind("by", by)
                .bind("rec", recorded == null ? null : Rows.json(recorded)).bind("reason", skipReason)
                .bind("id", stepId).bind("v", version).execute();
        requireOne(n);
    }

    /** Reopens a step (its recorded values stay, to be amended); deadline is recomputed afterwards. */
    void reopen(Handle h, long stepId, int version, Instant windowStart) {
        int n = h.createUpdate("UPDATE checklist_step SET state = 'OPEN', completed_at = NULL, completed_by = NULL, "
                        + "skip_reason = NULL, window_start = :ws, version = version + 1 WHERE id = :id AND version = :v")
                .bindByType("ws", windowStart, Instant.class).bind("id", stepId).bind("v", version).execute();
        requireOne(n);
    }

    void setAgreedAt(Handle h, long stepId, int version, Instant agreedAt) {
        int n = h.createUpdate("UPDATE checklist_step SET agreed_at = :a, version = version + 1 WHERE id = :id AND version = :v")
                .bindByType("a", agreedAt, Instant.class).bind("id", stepId).bind("v", version).execute();
        requireOne(n);
    }

    void setDeadline(Handle h, long stepId, Instant deadline) {
        h.createUpdate("UPDATE checklist_step SET deadline = :d, version = version + 1 WHERE id = :id")
                .bindByType("d", deadline, Instant.class).bind("id", stepId).execute();
    }

    void moveWindows(Handle h, long checklistId, Instant from, Instant to) {
        h.createUpdate("UPDATE checklist_step SET window_start = :to, version = version + 1 "
                        + "WHERE checklist_id = :c AND state = 'OPEN' AND window_start = :from")
                .bindByType("to", to, Instant.class).bindByType("from", from, Instant.class).bind("c", checklistId)
                .execute();
    }

    void insertOutletReply(Handle h, long stepId, MediaContactRow contact) {
        h.createUpdate("INSERT INTO checklist_outlet_reply (step_id, media_contact_id, outlet, state, deadline) "
                        + "VALUES (:s, :m, :o, 'OPEN', :d)")
                .bind("s", stepId).bind("m", contact.id()).bind("o", contact.outlet())
                .bindByType("d", contact.journalistDeadline(), Instant.class).execute();
    }

    void updateOutletReply(Handle h, long id, String outlet, Instant deadline) {
        h.createUpdate("UPDATE checklist_outlet_reply SET outlet = :o, deadline = :d, version = version + 1 WHERE id = :id")
                .bind("o", outlet).bindByType("d", deadline, Instant.class).bind("id", id).execute();
    }

    void closeOutletReply(Handle h, long id, String text, Instant at, String by) {
        h.createUpdate("UPDATE checklist_outlet_reply SET state = 'DONE', reply_text = :t, replied_at = :at, "
                        + "replied_by = :by, version = version + 1 WHERE id = :id")
                .bind("t", text).bindByType("at", at, Instant.class).bind("by", by).bind("id", id).execute();
    }

    void reopenOutletReplies(Handle h, long stepId) {
        h.createUpdate("UPDATE checklist_outlet_reply SET state = 'OPEN', version = version + 1 WHERE step_id = :s")
                .bind("s", stepId).execute();
    }

    int setJournalistDeadline(Handle h, long incidentId, Long contactId, Instant deadline) {
        String where = contactId == null ? "" : " AND id = :m";
        var update = h.createUpdate("UPDATE media_contact SET journalist_deadline = :d, version = version + 1 "
                        + "WHERE incident_id = :i" + where)
                .bindByType("d", deadline, Instant.class).bind("i", incidentId);
        if (contactId != null) {
            update.bind("m", contactId.longValue());
        }
        return update.execute();
    }

    /**
     * The case's discovery channel in words (客服系统, not CS_SYSTEM): the discovery step records it
     * as written, and the timeline and PDF show that record. The code if the list no longer has it.
     */
    Optional<String> incidentChannel(Handle h, long incidentId) {
        List<String> channel = h.createQuery("SELECT COALESCE(r.label_zh, i.channel) FROM incident i "
                        + "LEFT JOIN ref_item r ON r.kind = 'CHANNEL' AND r.code = i.channel WHERE i.id = :i")
                .bind("i", incidentId)
                .mapTo(String.class).list();
        return channel.isEmpty() ? Optional.empty() : Optional.ofNullable(channel.get(0));
    }

    private static void requireOne(int n) {
        if (n != 1) {
            throw new UserException("checklist.changedMeanwhile");
        }
    }
}
