package org.crisisdesk.operators;

import java.util.List;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Jdbi;

/** Staff and supervisors reveal one case's personal data on demand; every reveal is audited. */
public final class RevealService {
    private final Jdbi jdbi;
    private final AuditLog audit;

    public RevealService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Refused for viewers ({@code permission.denied}); the audit entry and the read share a transaction. */
    public RevealedPersonalData reveal(Actor actor, long caseId) {
        Permissions.require(actor, Action.REVEAL_PERSONAL_DATA);
        return jdbi.inTransaction(h -> {
            String[] customer = h.createQuery("SELECT customer_name, customer_phone FROM incident WHERE id = :id")
                    .bind("id", caseId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .findOne().orElseThrow(() -> new UserException("operators.caseNotFound", caseId));
            List<RevealedPersonalData.Journalist> journalists = h.createQuery("SELECT id, outlet, journalist_name, "
                    + "journalist_phone FROM media_contact WHERE incident_id = :id ORDER BY id").bind("id", caseId)
                    .map((r, c) -> new RevealedPersonalData.Journalist(r.getLong(1), r.getString(2), r.getString(3),
                            r.getString(4)))
                    .list();
            RevealedPersonalData data = new RevealedPersonalData(caseId, customer[0], customer[1], journalists);
            audit.append(h, AuditEvent.of(actor, AuditActions.REVEAL_PERSONAL_DATA).on("incident", caseId)
                    .inCase(caseId));
            return data;
        });
    }
}
