package org.crisisdesk.checklist;

import org.jdbi.v3.core.Handle;

/**
 * The level of a case's escalation route (1 = 区域, 2 = 集团; higher wins), computed over all
 * its media contacts. Implemented by the cases service; a raised level reopens step 2.
 */
@FunctionalInterface
public interface EscalationLevels {
    int levelFor(Handle h, long incidentId);
}
