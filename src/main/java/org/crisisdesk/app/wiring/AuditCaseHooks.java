package org.crisisdesk.app.wiring;

import org.crisisdesk.cases.CaseHooks;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * Every case write enters the tamper-evident audit log in the same transaction. Personal data and
 * free text are recorded only as "changed" with a keyed digest, never their value.
 */
public final class AuditCaseHooks implements CaseHooks {
    private final AuditLog audit;

    public AuditCaseHooks(AuditLog audit) {
        this.audit = audit;
    }

    private static AuditEvent onCase(Actor actor, String action, long id) {
        return AuditEvent.of(actor, action).on("incident", id).inCase(id);
    }

    @Override
    public void afterCreate(Handle h, Incident created, Actor actor) {
        audit.append(h, onCase(actor, AuditActions.CASE_CREATE, created.id()).field("case_no")
                .change(null, created.caseNo()));
    }

    @Override
    public void afterMediaContactsChanged(Handle h, long incidentId, Actor actor) {
        audit.append(h, onCase(actor, AuditActions.CASE_EDIT, incidentId).field("media_contact")
                .textChange(null, String.valueOf(incidentId)));
    }

    @Override
    public void afterStatusChange(Handle h, Incident before, CaseStatus to, Actor actor) {
        audit.append(h, onCase(actor, AuditActions.CASE_EDIT, before.id()).field("status")
                .change(before.status().name(), to.name()));
    }

    @Override
    public void afterChange(Handle h, long incidentId, String what, String field, String oldValue, String newValue,
                            boolean personal, Actor actor) {
        AuditEvent e = onCase(actor, AuditActions.CASE_EDIT, incidentId).field(field == null ? what : field);
        audit.append(h, personal ? e.textChange(oldValue, newValue) : e.change(oldValue, newValue));
    }
}
