package org.crisisdesk.checklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crisisdesk.operators.PersonalDataEraser;
import org.jdbi.v3.core.Handle;

/**
 * Retention for the checklist: what was typed on the case's steps (recorded values such as what
 * was agreed with the customer, skip reasons), step 7's outlet replies, the problem-solving notes
 * and the review go through the case's anonymising rule. States, times and deadlines stay.
 */
public final class ChecklistEraser implements PersonalDataEraser {
    private static final String STEPS = "SELECT s.id, s.recorded, s.skip_reason FROM checklist_step s "
            + "JOIN checklist c ON c.id = s.checklist_id WHERE c.incident_id = :id";
    private static final String REPLIES = "SELECT r.id, r.reply_text FROM checklist_outlet_reply r "
            + "JOIN checklist_step s ON s.id = r.step_id JOIN checklist c ON c.id = s.checklist_id "
            + "WHERE c.incident_id = :id";

    @Override
    public void erase(Handle h, long incidentId, UnaryOperator<String> anonymise) {
        h.createQuery(STEPS).bind("id", incidentId)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(s -> h.createUpdate("UPDATE checklist_step SET recorded = :rec, skip_reason = :reason, "
                        + "version = version + 1 WHERE id = :id")
                        .bind("rec", recorded((String) s[1], anonymise)).bind("reason", anonymise.apply((String) s[2]))
                        .bind("id", (Long) s[0]).execute());
        h.createQuery(REPLIES).bind("id", incidentId).map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list().forEach(r -> h.createUpdate("UPDATE checklist_outlet_reply SET reply_text = :t, "
                        + "version = version + 1 WHERE id = :id")
                        .bind("t", anonymise.apply((String) r[1])).bind("id", (Long) r[0]).execute());
        h.createQuery("SELECT id, body FROM checklist_track_note WHERE incident_id = :id").bind("id", incidentId)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(n -> h.createUpdate("UPDATE checklist_track_note SET body = :b WHERE id = :id")
                        .bind("b", anonymise.apply((String) n[1])).bind("id", (Long) n[0]).execute());
        h.createQuery("SELECT what_happened, what_worked, what_to_change FROM checklist_review WHERE incident_id = :id")
                .bind("id", incidentId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .findOne().ifPresent(r -> h.createUpdate("UPDATE checklist_review SET what_happened = :a, "
                        + "what_worked = :b, what_to_change = :c, version = version + 1 WHERE incident_id = :id")
                        .bind("a", anonymise.apply(r[0])).bind("b", anonymise.apply(r[1]))
                        .bind("c", anonymise.apply(r[2])).bind("id", incidentId).execute());
    }

    /** Recorded values are a JSON object label → value; only the values are typed by people. */
    private static String recorded(String json, UnaryOperator<String> anonymise) {
        if (json == null || json.isBlank()) {
            return json;
        }
        Map<String, String> out = new LinkedHashMap<>();
        Rows.recorded(json).forEach((label, value) -> out.put(label, anonymise.apply(value)));
        return Rows.json(out);
    }
}
