package org.crisisdesk.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Phones;
import org.junit.jupiter.api.Test;

class DemoPlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void everyScenarioPlansEventsInOrderBeforeNowAndEndsInItsStatus() {
        List<Scenario> scenarios = DemoScenarios.load();
        assertTrue(scenarios.size() >= 30);
        for (DemoPlan plan : DemoData.plans(NOW)) {
            Instant last = plan.createdAt();
            assertFalse(plan.incident().discoveredAt().isAfter(plan.createdAt()), plan.scenarioTitle());
            CaseStatus status = CaseStatus.NEW;
            for (DemoEvent e : plan.events()) {
                assertTrue(e.at().isAfter(last), plan.scenarioTitle() + " events in order");
                assertFalse(e.at().isAfter(NOW), plan.scenarioTitle() + " not after now");
                last = e.at();
                if (e.kind() == DemoEvent.Kind.MOVE) {
                    assertTrue(e.moveTo().ordinal() > status.ordinal(), plan.scenarioTitle() + " moves forward");
                    status = e.moveTo();
                }
                if (e.kind() == DemoEvent.Kind.MEDIA && e.contact().journalistDeadline() != null) {
                    assertTrue(e.contact().journalistDeadline().isAfter(e.at()));
                }
            }
            assertEquals(plan.finalStatus(), status, plan.scenarioTitle());
            String phone = plan.incident().customerPhone();
            assertTrue(phone == null || Phones.isValid(phone), plan.scenarioTitle() + " phone " + phone);
        }
    }

    @Test
    void generatorKeepsTheOpenShareAndIsRepeatable() {
        List<Scenario> scenarios = DemoScenarios.load();
        List<String> stores = List.of("SH01", "SH02", "HZ01", "BJ01");
        DemoGenerator a = new DemoGenerator(scenarios, stores, NOW, 7, 0.02, 0.4);
        DemoGenerator b = new DemoGenerator(scenarios, stores, NOW, 7, 0.02, 0.4);
        int open = 0;
        int withMedia = 0;
        for (int i = 0; i < 5000; i++) {
            DemoPlan p = a.next();
            assertEquals(p.incident(), b.next().incident());
            if (p.finalStatus().isOpen()) {
                open++;
            } else {
                assertTrue(p.closedAt() != null && !p.closedAt().isAfter(NOW));
            }
            if (p.events().stream().anyMatch(e -> e.kind() == DemoEvent.Kind.MEDIA)) {
                withMedia++;
            }
        }
        assertTrue(open > 50 && open < 150, "about 2% open: " + open);
        assertTrue(withMedia > 500 && withMedia < 2000, "a realistic share with media: " + withMedia);
    }
}
