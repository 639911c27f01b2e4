package org.crisisdesk.drafting;

import java.util.List;
import java.util.function.UnaryOperator;
import org.crisisdesk.operators.PersonalDataEraser;
import org.jdbi.v3.core.Handle;

/**
 * Retention for drafts: every draft of the case and every stored version of it keeps its kind,
 * state and final flag, but its text goes through the case's anonymising rule. Versions are
 * rewritten too, or restoring an old version would bring the names back.
 */
public final class DraftEraser implements PersonalDataEraser {
    @Override
    public void erase(Handle h, long incidentId, UnaryOperator<String> anonymise) {
        List<Long> drafts = h.createQuery("SELECT id FROM draft WHERE incident_id = :id ORDER BY id")
                .bind("id", incidentId).mapTo(Long.class).list();
        for (long draftId : drafts) {
            var d = h.createQuery("SELECT title, body, override_reason FROM draft WHERE id = :id").bind("id", draftId)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).one();
            // version moves on so that an editor still open on the old text cannot save it back
            h.createUpdate("UPDATE draft SET title = :title, body = :body, override_reason = :reason, "
                    + "version = version + 1 WHERE id = :id")
                    .bind("title", anonymise.apply(d[0])).bind("body", anonymise.apply(d[1]))
                    .bind("reason", anonymise.apply(d[2])).bind("id", draftId).execute();
            h.createQuery("SELECT id, body FROM draft_version WHERE draft_id = :id").bind("id", draftId)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                    .forEach(v -> h.createUpdate("UPDATE draft_version SET body = :body WHERE id = :id")
                            .bind("body", anonymise.apply((String) v[1])).bind("id", (Long) v[0]).execute());
        }
    }
}
