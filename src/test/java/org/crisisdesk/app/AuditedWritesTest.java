package org.crisisdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.checker.StoredRule;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.TemplateStep;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.operators.AuditQuery;
import org.crisisdesk.operators.AuditRecord;
import org.crisisdesk.operators.Fixture;
import org.crisisdesk.operators.MutableClock;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.ScriptEdit;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 file with the desk's own wiring: drafting, checklist, scripts and rules writes enter
 * the audit chain in their own transaction, with operator, action and case, never the free text.
 */
class AuditedWritesTest {
    /** Free text that must never reach the audit table in clear. */
    private static final String SECRET = "张丽女士 13800138000 私下答应赔偿";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(CaseFixtures.at(10, 0));
    Desk desk;
    Actor boss;
    long caseId;

    @BeforeEach
    void open() {
        Path data = dir.resolve("data");
        desk = new Desk(Database.open(DatabaseConfig.h2(data)), data, clock,
                new Messages(Locale.SIMPLIFIED_CHINESE), new PinHasher(1_000));
        boss = desk.operators().createFirstSupervisor("王主管", "246810".toCharArray());
        caseId = desk.cases().create(CaseFixtures.sofa("13800138000"),
                List.of(CaseFixtures.eveningPaper(CaseFixtures.at(9, 30))), boss).id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void draftWritesAreAuditedWithDigestsOnly() {
        Draft d = desk.drafts().create(caseId, DraftKind.CUSTOMER_REPLY, "回复", null, SECRET, boss);
        desk.drafts().saveText(d.id(), SECRET + "一", boss); // within the minute: no snapshot, no entry
        clock.advance(Duration.ofMinutes(2));
        desk.drafts().saveText(d.id(), SECRET + "二", boss);
        desk.drafts().markFinal(d.id(), boss, desk.checker());

        AuditRecord created = only(AuditActions.DRAFT_CREATE);
        assertEquals(boss.name(), created.operator());
        assertEquals(caseId, created.caseId());
        assertEquals("draft", created.entityType());
        assertEquals(String.valueOf(d.id()), created.entityId());
        AuditRecord saved = only(AuditActions.DRAFT_SAVE);
        assertEquals(caseId, saved.caseId());
        assertTrue(saved.after().startsWith(AuditRecord.DIGEST_PREFIX), saved.after());
        assertEquals("FINAL", only(AuditActions.DRAFT_FINAL).after());
        assertNoSecretAndChainValid();
    }

    @Test
    void aFinalRefusedByTheChecklistLeavesNoEntry() {
        long contact = desk.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM media_contact WHERE incident_id = :id").bind("id", caseId).mapTo(Long.class).one());
        Draft d = desk.drafts().create(caseId, DraftKind.FORMAL_REPLY, "正式回复", contact, "您好,感谢关注。", boss);
        // the formal reply comes before step 6 (script): the listener refuses after the draft's own writes
        UserException e = assertThrows(UserException.class, () -> desk.drafts().markFinal(d.id(), boss, desk.checker()));
        assertEquals("wiring.formalReplyBeforeScript", e.key());
        assertTrue(entries(AuditActions.DRAFT_FINAL).isEmpty());
        assertFalse(desk.drafts().get(d.id()).isFinal());
        assertTrue(desk.audit().verify().ok());
    }

    @Test
    void checklistWritesAreAuditedWithTheStepKeyAndCase() {
        Step step = desk.checklists().currentStep(caseId).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        step.recordFields().forEach(f -> values.put(f, SECRET));
        desk.checklists().complete(step.id(), step.version(), values, boss);
        Step done = desk.checklists().checklist(caseId).orElseThrow().step(step.key()).orElseThrow();
        desk.checklists().reopen(done.id(), done.version(), boss);
        desk.checklists().saveReview(caseId, SECRET, SECRET, SECRET, org.crisisdesk.checklist.Review.NEW, boss);

        AuditRecord complete = only(AuditActions.STEP_COMPLETE);
        assertEquals(boss.name(), complete.operator());
        assertEquals(caseId, complete.caseId());
        assertEquals(step.key(), complete.field());
        assertEquals("OPEN", complete.before());
        assertEquals("DONE", complete.after());
        assertEquals("OPEN", only(AuditActions.STEP_REOPEN).after());
        assertFalse(entries(AuditActions.STEP_RECORD).isEmpty());
        assertNoSecretAndChainValid();
    }

    @Test
    void templateEditsAreAudited() {
        TemplateStep first = desk.templates().templates().get(0).steps().get(0);
        desk.templates().saveStep(first, boss);
        AuditRecord r = only(AuditActions.TEMPLATE_EDIT);
        assertEquals(first.key(), r.field());
        assertEquals(null, r.caseId());
        assertTrue(desk.audit().verify().ok());
    }

    @Test
    void scriptWritesAreAuditedWithABodyDigest() {
        ScriptService scripts = desk.scripts();
        String body = "您好,关于沙发扶手的问题我们已安排上门查看。";
        var saved = scripts.create(new ScriptEdit("上门查看", Scenario.values()[0], List.of(), body), boss);
        var approved = scripts.approve(saved.script().id(), saved.script().version(), boss);
        scripts.retire(approved.id(), approved.version(), boss);

        assertEquals(2, entries(AuditActions.SCRIPT_CREATE).size(), "state and body digest");
        AuditRecord approve = only(AuditActions.SCRIPT_APPROVE);
        assertEquals("DRAFT", approve.before());
        assertEquals("APPROVED", approve.after());
        assertEquals(saved.script().code(), approve.entityId());
        assertEquals("RETIRED", only(AuditActions.SCRIPT_RETIRE).after());
        assertFalse(allAuditText().contains(body));
        assertTrue(desk.audit().verify().ok());
    }

    @Test
    void ruleWritesAreAuditedAndARefusedOneLeavesNothing() {
        StoredRule first = desk.rules().rules().get(0);
        desk.rules().save(first.rule(), first.version(), boss);
        desk.rules().delete(first.rule().id(), first.version() + 1, boss);
        desk.rules().save(first.rule(), null, boss);
        assertThrows(RuntimeException.class, () -> desk.rules().save(first.rule(), first.version(),
                new Actor("小李", Actor.Role.STAFF)));

        AuditRecord edit = only(AuditActions.RULE_EDIT);
        assertEquals(boss.name(), edit.operator());
        assertEquals(first.rule().id(), edit.entityId());
        assertTrue(edit.after().startsWith("sha256:"), edit.after());
        assertEquals(1, entries(AuditActions.RULE_ADD).size());
        assertEquals(1, entries(AuditActions.RULE_DELETE).size());
        assertTrue(desk.audit().find(boss, AuditQuery.all(1000)).stream().noneMatch(r -> r.operator().equals("小李")));
        assertTrue(desk.audit().verify().ok());
    }

    @Test
    void settingsWritesAreAuditedWithValuesButContactsOnlyAsChanged() {
        var settings = desk.settings();
        settings.putSetting("desk.idleMinutes", "5", boss);
        settings.putSetting("desk.idleMinutes", "10", boss);
        settings.saveContact(new org.crisisdesk.settings.DirectoryContact(0, "区域企划部", "李经理", null,
                "13911112222", null, 0), boss);
        var store = settings.stores().get(0);
        assertThrows(UserException.class, () -> settings.saveStore(new org.crisisdesk.settings.Store(store.code(),
                store.name(), store.region(), store.active(), store.sortOrder(), store.version() + 7), false, boss), "a stale write rolls back with its entry");

        assertEquals(AuditActions.SETTING_CHANGE, org.crisisdesk.settings.SettingsRepository.AUDIT_ACTION);
        List<AuditRecord> changes = entries(AuditActions.SETTING_CHANGE);
        assertEquals(3, changes.size(), changes.toString());
        AuditRecord idle = changes.stream().filter(r -> "10".equals(r.after())).findFirst().orElseThrow();
        assertEquals("5", idle.before());
        assertEquals(boss.name(), idle.operator());
        String all = allAuditText();
        assertFalse(all.contains("李经理") || all.contains("13911112222"), "directory contacts are personal data");
        assertTrue(desk.audit().verify().ok());
    }

    private List<AuditRecord> entries(String action) {
        return desk.audit().find(boss, AuditQuery.all(1000)).stream().filter(r -> r.action().equals(action)).toList();
    }

    private AuditRecord only(String action) {
        List<AuditRecord> found = entries(action);
        assertEquals(1, found.size(), action + ": " + found);
        return found.get(0);
    }

    /** Every column of every row, as stored. */
    private String allAuditText() {
        List<String> rows = desk.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit_entry")
                .map((rs, ctx) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        sb.append(rs.getString(i)).append('|');
                    }
                    return sb.toString();
                }).list());
        return String.join("\n", rows);
    }

    private void assertNoSecretAndChainValid() {
        String all = allAuditText();
        for (String part : SECRET.split(" ")) {
            assertFalse(all.contains(part), part);
        }
        assertTrue(desk.audit().verify().ok());
    }
}
