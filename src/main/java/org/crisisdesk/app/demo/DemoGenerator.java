package org.crisisdesk.app.demo;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.crisisdesk.cases.CaseStatus;

/**
 * Endless variations of the demo scenarios for benchmarks: random store, status, age and customer,
 * media kept on a share of the cases. Deterministic for a given seed.
 */
public final class DemoGenerator {
    private static final CaseStatus[] OPEN = {CaseStatus.NEW, CaseStatus.VERIFYING, CaseStatus.COORDINATING,
            CaseStatus.SOLUTION_SET, CaseStatus.REPLIED, CaseStatus.CARRIED_OUT};
    private final List<Scenario> scenarios;
    private final List<String> stores;
    private final DemoPlanner planner;
    private final Random random;
    private final double openShare;
    private final double mediaShare;

    /**
     * @param openShare  share of cases still open (the board's working set), e.g. 0.02
     * @param mediaShare share of media-bearing scenarios that keep their contacts, e.g. 0.4
     */
    public DemoGenerator(List<Scenario> scenarios, List<String> stores, Instant now, long seed, double openShare,
                         double mediaShare) {
        this.scenarios = List.copyOf(scenarios);
        this.stores = List.copyOf(stores);
        this.planner = new DemoPlanner(now);
        this.random = new Random(seed);
        this.openShare = openShare;
        this.mediaShare = mediaShare;
    }

    public DemoPlan next() {
        Scenario s = scenarios.get(random.nextInt(scenarios.size()));
        boolean open = random.nextDouble() < openShare;
        CaseStatus status = open ? OPEN[random.nextInt(OPEN.length)] : CaseStatus.CLOSED;
        // open cases are hours to a month old; closed ones up to three years
        double ageHours = open ? 0.5 + random.nextDouble() * 24 * 30 : 24 + random.nextDouble() * 24 * 1095;
        String customer = null;
        String phone = null;
        var honorific = s.honorific();
        if (s.customer() != null) {
            DemoPeople.Person p = DemoPeople.next(random);
            customer = p.name();
            phone = p.phone();
            honorific = p.honorific();
        }
        boolean keepMedia = random.nextDouble() < mediaShare;
        return planner.plan(s, new DemoPlanner.Variation(stores.get(random.nextInt(stores.size())), status, ageHours,
                customer, honorific, phone, keepMedia));
    }
}
