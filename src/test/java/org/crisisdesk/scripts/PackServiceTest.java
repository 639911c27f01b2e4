package org.crisisdesk.scripts;

import static org.crisisdesk.scripts.ScriptFixture.STAFF;
import static org.crisisdesk.scripts.ScriptFixture.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackServiceTest {
    @TempDir
    Path hq;
    @TempDir
    Path store;

    private static ImportPlan.Item item(ImportPlan plan, String code) {
        return plan.items().stream().filter(i -> i.entry().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void exportThenImportElsewhereRoundTrips() {
        String pack;
        try (ScriptFixture h = new ScriptFixture(hq)) {
            Script s = h.scripts.create(new ScriptEdit("节日期间答复", Scenario.MEDIA_RECEPTION, List.of("3·15", "节日"),
                    "{记者}记者您好,这起客诉我们已受理,进展将以书面形式告知您。"), SUPERVISOR).script();
            h.scripts.approve(s.id(), s.version(), SUPERVISOR);
            Script seed = h.byCode("calm-verify");
            h.scripts.edit(seed.id(), seed.version(), new ScriptEdit(seed.title(), seed.scenario(), seed.tags(),
                    seed.body() + "谢谢。"), SUPERVISOR);
            pack = h.packs.export(null);
        }
        assertTrue(pack.contains("\"format\" : \"crisisdesk-scripts\""), pack.substring(0, 80));
        assertTrue(pack.contains("节日期间答复"), "written as UTF-8 text, not escaped");
        List<PackEntry> entries = PackJson.read(pack);
        try (ScriptFixture st = new ScriptFixture(store)) {
            ImportPlan plan = st.packs.plan(entries);
            assertEquals(1, plan.count(ImportPlan.Kind.NEW));
            assertEquals(1, plan.count(ImportPlan.Kind.UPDATED));
            assertEquals(entries.size() - 2, plan.count(ImportPlan.Kind.UNCHANGED));
            assertEquals(ScriptState.DRAFT, item(plan, "calm-verify").arrivingState(), "exported as draft");
            st.packs.apply(entries, SUPERVISOR);
            Script imported = st.scripts.list().stream().filter(x -> x.title().equals("节日期间答复")).findFirst().orElseThrow();
            assertEquals(ScriptState.APPROVED, imported.state());
            assertEquals(Origin.PACK, imported.origin());
            assertEquals(List.of("3·15", "节日"), imported.tags());
            assertFalse(imported.locallyEdited());
            assertEquals(ScriptVersion.Action.IMPORT, st.scripts.versions(imported.id()).get(0).action());
            assertTrue(st.byCode("calm-verify").body().endsWith("谢谢。"));
            assertEquals(entries.size(), st.packs.plan(entries).count(ImportPlan.Kind.UNCHANGED), "idempotent");
        }
    }

    @Test
    void malformedPackNamesLineAndFieldAndChangesNothing() {
        String bad = """
                {"format": "crisisdesk-scripts", "version": 1, "scripts": [
                  {"code": "n1", "title": "新话术", "scenario": "顾客安抚", "tags": [], "body": "感谢您。", "approved": true},
                  {"code": "n2", "title": "缺正文", "scenario": "顾客安抚", "tags": [],
                   "approved": true}
                ]}
                """;
        try (ScriptFixture st = new ScriptFixture(store)) {
            List<Script> before = st.scripts.list();
            UserException e = assertThrows(UserException.class, () -> st.packs.plan(new StringReader(bad)));
            assertEquals("scripts.pack.missingField", e.key());
            assertEquals(3, e.args()[0]);
            assertEquals("body", e.args()[1]);
            assertEquals("话术包第 3 行：缺少字段 body", e.localized(new Messages(Locale.SIMPLIFIED_CHINESE)));
            UserException syntax = assertThrows(UserException.class,
                    () -> PackJson.read("{\"format\": \"crisisdesk-scripts\",\n \"version\": 1,\n \"scripts\": [ {,]}"));
            assertEquals("scripts.pack.syntax", syntax.key());
            assertEquals(3, syntax.args()[0]);
            UserException scenario = assertThrows(UserException.class, () -> PackJson.read(bad.replace("顾客安抚", "未知")));
            assertEquals("scenario", scenario.args()[1]);
            assertEquals(before, st.scripts.list());
        }
    }

    @Test
    void conflictingPackKeepsTheLocalEdit() {
        try (ScriptFixture st = new ScriptFixture(store)) {
            Script seed = st.byCode("social-follow-up");
            String local = seed.body() + "(本店补充)";
            st.scripts.edit(seed.id(), seed.version(), new ScriptEdit(seed.title(), seed.scenario(), seed.tags(), local),
                    SUPERVISOR);
            PackEntry fromHq = new PackEntry("social-follow-up", seed.title(), seed.scenario(), seed.tags(),
                    "感谢您的耐心等待,处理进展我们会及时告知您。", true, 2, "2026-03-10T00:00:00Z", 0);
            PackEntry other = new PackEntry("calm-listen", "顾客安抚:倾听", Scenario.CUSTOMER_CALMING, List.of(),
                    "您能再和我们说说具体的情况吗?", true, 2, null, 0);
            ImportPlan plan = st.packs.apply(List.of(fromHq, other), SUPERVISOR);
            assertEquals(ImportPlan.Kind.CONFLICT, item(plan, "social-follow-up").kind());
            assertEquals(ImportPlan.Kind.UPDATED, item(plan, "calm-listen").kind());
            assertEquals(local, st.byCode("social-follow-up").body());
            assertTrue(st.byCode("social-follow-up").locallyEdited());
            assertEquals("您能再和我们说说具体的情况吗?", st.byCode("calm-listen").body());

            ImportPlan taken = st.packs.apply(List.of(fromHq), java.util.Set.of("social-follow-up"), SUPERVISOR);
            assertEquals(ImportPlan.Kind.UPDATED, item(taken, "social-follow-up").kind(), "only when the user asks");
            assertEquals(fromHq.body(), st.byCode("social-follow-up").body());
            assertFalse(st.byCode("social-follow-up").locallyEdited());
            assertTrue(st.scripts.versions(st.byCode("social-follow-up").id()).stream()
                    .anyMatch(v -> v.body().equals(local)), "the local text stays in the kept versions");
        }
    }

    @Test
    void importedApprovedButHitArrivesAsDraftWithTheReason() {
        try (ScriptFixture st = new ScriptFixture(store)) {
            PackEntry hit = new PackEntry("hq-bad", "不妥话术", Scenario.MEDIA_RECEPTION, List.of(),
                    "这是私单,肯定退不了钱。", true, 1, null, 0);
            PackEntry draft = new PackEntry("hq-draft", "待审话术", Scenario.MEDIA_RECEPTION, List.of(),
                    "感谢您的关注。", false, 1, null, 0);
            PackEntry good = new PackEntry("hq-good", "好话术", Scenario.MEDIA_RECEPTION, List.of(),
                    "感谢您的关注,我们会以书面形式答复您。", true, 1, null, 0);
            st.packs.apply(List.of(hit, draft, good), SUPERVISOR);
            Script bad = st.byCode("hq-bad");
            assertEquals(ScriptState.DRAFT, bad.state());
            String reason = Reasons.localize(bad.stateReason(), new Messages(Locale.SIMPLIFIED_CHINESE));
            assertTrue(reason.contains("退不了"), reason);
            assertEquals(ScriptState.DRAFT, st.byCode("hq-draft").state());
            assertEquals(ScriptState.APPROVED, st.byCode("hq-good").state());
            assertNull(st.byCode("hq-good").stateReason());
        }
    }

    @Test
    void importIsASupervisorsActAndAllOrNothing() {
        try (ScriptFixture st = new ScriptFixture(store)) {
            PackEntry e = new PackEntry("hq-1", "话术", Scenario.MEDIA_RECEPTION, List.of(), "感谢您。", true, 1, null, 0);
            assertThrows(UserException.class, () -> st.packs.apply(List.of(e), STAFF));
            assertTrue(st.scripts.findByCode("hq-1").isEmpty());
            UserException dup = assertThrows(UserException.class, () -> PackJson.read(PackJson.write(List.of(e, e),
                    st.clock.instant())));
            assertEquals("scripts.pack.duplicateCode", dup.key());
        }
    }
}
