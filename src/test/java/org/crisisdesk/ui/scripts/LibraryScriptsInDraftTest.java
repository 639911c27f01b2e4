package org.crisisdesk.ui.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.crisisdesk.drafting.FinalReplyListener;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.ScriptSnippet;
import org.crisisdesk.drafting.TestDb;
import org.crisisdesk.scripts.LibraryScriptSource;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptEdit;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.store.Database;
import org.crisisdesk.ui.drafting.DraftSession;
import org.crisisdesk.ui.drafting.DraftingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drafting workspace offers the library's approved scripts and fills them from the case. */
class LibraryScriptsInDraftTest {
    @TempDir
    Path dir;

    @Test
    void draftingOffersApprovedLibraryScriptsOnlyAndFillsThem() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Database db = TestDb.open(dir)) {
            Actor boss = new Actor("王主管", Actor.Role.SUPERVISOR);
            Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
            RuleService rules = new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC()));
            ScriptService scripts = new ScriptService(db.jdbi(), rules::checker, Clock.systemUTC());
            Script draft = scripts.create(new ScriptEdit("未审批", Scenario.WRITTEN_REPLY, List.of(), "感谢您。"), boss).script();
            long incident = TestDb.incident(db, "S01-2026-0009");
            PlaceholderValues values = PlaceholderValues.of(Map.of(Placeholder.COMPANY, "红星家居"));
            DraftingViewModel vm = new DraftingViewModel(incident, new DraftService(db.jdbi(), Clock.systemUTC(),
                    FinalReplyListener.NONE), (i, c) -> values, new LibraryScriptSource(scripts, s -> m.get(s.labelKey())),
                    new FakePhraseChecker(), Runnable::run, Runnable::run, timer, Duration.ofSeconds(30), () -> boss, m);
            List<ScriptSnippet> offered = vm.scripts();
            assertFalse(offered.stream().anyMatch(s -> s.id().equals(draft.code())), "drafts are not offered");
            ScriptSnippet basic = offered.stream().filter(s -> s.id().equals("basic-1")).findFirst().orElseThrow();
            vm.newDraft(DraftKind.HOLDING_REPLY, null, null);
            DraftSession s = vm.selectedProperty().get();
            String filled = vm.fillScript(s, basic);
            assertTrue(filled.endsWith("感谢您对红星家居的关注。"), filled);
            assertTrue(scripts.recordUse(basic.id()));
            assertEquals(1, scripts.findByCode("basic-1").orElseThrow().usageCount());
        } finally {
            timer.shutdownNow();
        }
    }
}
