package org.crisisdesk.app.wiring;

import java.util.List;
import java.util.Optional;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.checklist.EscalationInfo;
import org.crisisdesk.checklist.EscalationLevels;
import org.crisisdesk.checklist.RouteInfo;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.SettingsRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The checklist's view of a case's escalation route: its level (for step 2) and whom to call. */
public final class EscalationLookup implements EscalationLevels, EscalationInfo {
    private final Jdbi jdbi;
    private final SettingsRepository settings;

    public EscalationLookup(Jdbi jdbi, SettingsRepository settings) {
        this.jdbi = jdbi;
        this.settings = settings;
    }

    private static Optional<EscalationRoute> route(Handle h, long incidentId) {
        return new Escalation(SettingsRepository.routes(h), SettingsRepository.rules(h))
                .routeFor(CaseQueries.mediaContacts(h, incidentId));
    }

    @Override
    public int levelFor(Handle h, long incidentId) {
        return route(h, incidentId).map(EscalationRoute::level).orElse(1);
    }

    @Override
    public Optional<RouteInfo> routeFor(long incidentId) {
        return jdbi.withHandle(h -> route(h, incidentId)).map(r -> {
            List<RouteInfo.Person> people = settings.contacts().stream()
                    .filter(c -> r.departmentList().contains(c.department()))
                    .map(c -> new RouteInfo.Person(c.department(), c.name(), c.title(), c.phone())).toList();
            return new RouteInfo(r.nameZh(), r.departmentList(), people);
        });
    }
}
