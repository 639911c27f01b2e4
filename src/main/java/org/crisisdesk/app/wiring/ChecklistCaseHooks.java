package org.crisisdesk.app.wiring;

import org.crisisdesk.cases.CaseHooks;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.common.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Starts and updates the case's checklist inside the case's own transaction: the general flow for a
 * case without media, the media checklist as soon as a media contact is recorded.
 */
public final class ChecklistCaseHooks implements CaseHooks {
    private final ChecklistService checklists;

    public ChecklistCaseHooks(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public void afterCreate(Handle h, Incident created, Actor actor) {
        if (CaseQueries.mediaContacts(h, created.id()).isEmpty()) {
            checklists.onCaseCreated(h, created.id(), created.discoveredAt(), actor);
        }
    }

    @Override
    public void afterMediaContactsChanged(Handle h, long incidentId, Actor actor) {
        checklists.onMediaContactsChanged(h, incidentId, actor);
    }
}
