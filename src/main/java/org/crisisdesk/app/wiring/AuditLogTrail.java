package org.crisisdesk.app.wiring;

import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.operators.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail of drafting, checklist, scripts, rules and settings: each event enters the
 * tamper-evident log in the caller's transaction. Free text becomes a digest keyed per case (or
 * just "changed" where there is no case), see {@link AuditLog}.
 */
public final class AuditLogTrail implements AuditTrail {
    private final AuditLog audit;

    public AuditLogTrail(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void record(Handle h, AuditEvent e) {
        audit.append(h, e);
    }
}
