package org.crisisdesk.scripts;

import static org.crisisdesk.scripts.ScriptFixture.STAFF;
import static org.crisisdesk.scripts.ScriptFixture.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.ScriptSnippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptServiceTest {
    @TempDir
    Path dir;
    ScriptFixture f;

    @BeforeEach
    void open() {
        f = new ScriptFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> codes(ScriptFilter filter) {
        return filter.apply(f.scripts.list()).stream().map(Script::code).toList();
    }

    @Test
    void searchFindsChineseSubstringsInTitleBodyAndTags() {
        assertTrue(codes(new ScriptFilter("先行赔", null, null, false)).contains("basic-2"), "body/title");
        assertEquals(List.of("social-public-reply"), codes(new ScriptFilter("小红书", null, null, false)), "tag");
        assertTrue(codes(new ScriptFilter("厂商沟通", null, null, false)).contains("calm-manufacturer"));
        assertEquals(List.of("media-outline"), codes(new ScriptFilter("采访 提纲  核实", null, null, false)),
                "every word must match");
        assertTrue(codes(new ScriptFilter("{承诺时间}", null, null, false)).contains("media-written-reply"));
        assertTrue(codes(new ScriptFilter("｛承诺时间｝", null, null, false)).contains("media-written-reply"),
                "full-width braces fold");
        assertEquals(List.of(), codes(new ScriptFilter("无此内容", null, null, false)));
    }

    @Test
    void filtersByScenarioStateAndFavourite() {
        List<String> undercover = codes(new ScriptFilter("", Scenario.UNDERCOVER, null, false));
        assertEquals(3, undercover.size());
        assertTrue(undercover.stream().allMatch(c -> c.startsWith("undercover-")));
        assertEquals(List.of(), codes(new ScriptFilter("", null, ScriptState.DRAFT, false)));
        f.scripts.setFavourite(f.byCode("calm-listen").id(), true);
        assertEquals(List.of("calm-listen"), codes(new ScriptFilter("", null, null, true)));
        assertEquals(List.of(), codes(new ScriptFilter("", Scenario.WRITTEN_REPLY, null, true)));
    }

    @Test
    void approveIsRefusedWhileTheCheckerFindsABlockHitAndNamesIt() {
        ScriptService.Saved saved = f.scripts.create(new ScriptEdit("临时答复", Scenario.CUSTOMER_CALMING, List.of("试"),
                "我认为这件事不大,{门店}会处理。"), SUPERVISOR);
        assertEquals(List.of("门店"), saved.unknownPlaceholders(), "unknown placeholder flagged on save");
        Script draft = saved.script();
        assertEquals(ScriptState.DRAFT, draft.state());
        UserException e = assertThrows(UserException.class, () -> f.scripts.approve(draft.id(), draft.version(), SUPERVISOR));
        assertEquals("scripts.approve.blocked", e.key());
        assertEquals("我认为", e.args()[0]);
        assertEquals(ScriptState.DRAFT, f.scripts.find(draft.id()).orElseThrow().state());

        Script fixed = f.scripts.edit(draft.id(), draft.version(), new ScriptEdit("临时答复", Scenario.CUSTOMER_CALMING,
                List.of("试"), "我们会先核实情况,再以书面形式给您答复。"), SUPERVISOR).script();
        Script approved = f.scripts.approve(fixed.id(), fixed.version(), SUPERVISOR);
        assertEquals(ScriptState.APPROVED, approved.state());
        assertEquals("王主管", approved.approvedBy());
    }

    @Test
    void onlyASupervisorMayApprove() {
        Script s = f.scripts.create(new ScriptEdit("答复", Scenario.WRITTEN_REPLY, List.of(), "感谢您的耐心等待。"),
                SUPERVISOR).script();
        UserException e = assertThrows(UserException.class, () -> f.scripts.approve(s.id(), s.version(), STAFF));
        assertEquals("permission.denied", e.key());
        assertEquals(ScriptState.DRAFT, f.scripts.find(s.id()).orElseThrow().state());
        assertThrows(UserException.class, () -> f.scripts.create(
                new ScriptEdit("x", Scenario.WRITTEN_REPLY, List.of(), "y"), STAFF));
    }

    @Test
    void everyVersionIsKeptAndCanBeRestored() {
        Script seed = f.byCode("calm-manufacturer");
        String original = seed.body();
        Script edited = f.scripts.edit(seed.id(), seed.version(), new ScriptEdit(seed.title(), seed.scenario(),
                seed.tags(), original + "请您放心。"), SUPERVISOR).script();
        assertEquals(ScriptState.DRAFT, edited.state(), "an edit needs approving again");
        assertTrue(edited.locallyEdited());
        List<ScriptVersion> versions = f.scripts.versions(seed.id());
        assertEquals(2, versions.size());
        assertEquals(ScriptVersion.Action.EDIT, versions.get(0).action());
        assertEquals("王主管", versions.get(0).savedBy());
        assertEquals(ScriptVersion.Action.SEED, versions.get(1).action());
        assertFalse(ScriptService.compare(versions.get(1).body(), versions.get(0).body()).isEmpty());

        Script restored = f.scripts.restore(seed.id(), edited.version(), versions.get(1).id(), SUPERVISOR);
        assertEquals(original, restored.body());
        assertEquals(3, f.scripts.versions(seed.id()).size());
        Script approved = f.scripts.approve(restored.id(), restored.version(), SUPERVISOR);
        Script retired = f.scripts.retire(approved.id(), approved.version(), SUPERVISOR);
        assertEquals(ScriptState.RETIRED, retired.state());
        assertEquals(5, f.scripts.versions(seed.id()).size());
        UserException stale = assertThrows(UserException.class,
                () -> f.scripts.retire(approved.id(), approved.version(), SUPERVISOR));
        assertEquals("scripts.stale", stale.key());
    }

    @Test
    void libraryScriptSourceOffersApprovedScriptsOnlyAndUsageIsCounted() {
        Script seed = f.byCode("calm-listen");
        f.scripts.retire(seed.id(), seed.version(), SUPERVISOR);
        f.scripts.create(new ScriptEdit("草稿", Scenario.WRITTEN_REPLY, List.of(), "感谢您。"), SUPERVISOR);
        List<ScriptSnippet> snippets = new LibraryScriptSource(f.scripts).approvedScripts();
        assertEquals(f.scripts.list().size() - 2, snippets.size());
        assertTrue(snippets.stream().noneMatch(s -> s.id().equals("calm-listen")));
        ScriptSnippet basic = snippets.stream().filter(s -> s.id().equals("basic-1")).findFirst().orElseThrow();
        assertEquals("书面回复", basic.scenario());

        assertTrue(f.scripts.recordUse("basic-1"));
        assertTrue(f.scripts.recordUse("basic-1"));
        assertFalse(f.scripts.recordUse("no-such"));
        assertEquals(2, f.byCode("basic-1").usageCount());
    }
}
