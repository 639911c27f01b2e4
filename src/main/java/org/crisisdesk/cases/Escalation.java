package org.crisisdesk.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.EscalationRule;

/**
 * The case's escalation route (DOMAIN.md "Grading and escalation"): for each media contact the
 * higher of the route by reach and the route by outlet kind (on a tie, the route by reach); over
 * all contacts the highest (on a tie, the earliest contact's).
 */
public final class Escalation {
    private final Map<String, EscalationRoute> routes;
    private final Map<String, String> byReach;
    private final Map<String, String> byKind;

    public Escalation(Collection<EscalationRoute> routes, Collection<EscalationRule> rules) {
        this.routes = routes.stream().collect(Collectors.toMap(EscalationRoute::code, Function.identity()));
        this.byReach = rules.stream().filter(r -> EscalationRule.REACH.equals(r.basis()))
                .collect(Collectors.toMap(EscalationRule::valueCode, EscalationRule::routeCode));
        this.byKind = rules.stream().filter(r -> EscalationRule.MEDIA_KIND.equals(r.basis()))
                .collect(Collectors.toMap(EscalationRule::valueCode, EscalationRule::routeCode));
    }

    /** The route one contact calls for. */
    public Optional<EscalationRoute> routeFor(MediaKind kind, Reach reach) {
        Optional<EscalationRoute> r = Optional.ofNullable(routes.get(byReach.get(reach.name())));
        Optional<EscalationRoute> k = Optional.ofNullable(routes.get(byKind.get(kind.name())));
        if (r.isEmpty()) {
            return k;
        }
        if (k.isPresent() && k.get().level() > r.get().level()) {
            return k;
        }
        return r;
    }

    /** The case's route over all its contacts, earliest received first; empty without media. */
    public Optional<EscalationRoute> routeFor(List<MediaContact> contacts) {
        EscalationRoute best = null;
        List<MediaContact> ordered = contacts.stream()
                .sorted((a, b) -> a.receivedAt().compareTo(b.receivedAt())).toList();
        for (MediaContact c : ordered) {
            EscalationRoute route = routeFor(c.kind(), c.reach()).orElse(null);
            if (route != null && (best == null || route.level() > best.level())) {
                best = route;
            }
        }
        return Optional.ofNullable(best);
    }
}
