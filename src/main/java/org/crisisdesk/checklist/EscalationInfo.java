package org.crisisdesk.checklist;

import java.util.Optional;

/** The case's computed escalation route and whom to call on it, shown on step 2. */
@FunctionalInterface
public interface EscalationInfo {
    Optional<RouteInfo> routeFor(long incidentId);
}
