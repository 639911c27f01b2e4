package org.crisisdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import org.crisisdesk.app.Desk;
import org.crisisdesk.checklist.CaseStatusPort;
import org.crisisdesk.common.Actor;
import org.crisisdesk.drafting.AutosaveScheduler;
import org.crisisdesk.drafting.ScriptSource;
import org.crisisdesk.ui.checklist.ProblemWindowView;
import org.crisisdesk.ui.checklist.ProblemWindowViewModel;
import org.crisisdesk.ui.checklist.StepView;
import org.crisisdesk.ui.checklist.StepViewModel;
import org.crisisdesk.ui.checklist.Ticker;
import org.crisisdesk.ui.drafting.DraftingView;
import org.crisisdesk.ui.drafting.DraftingViewModel;

/** The tabs a case view carries beyond its overview: the response checklist and the written replies. */
final class CaseTabs {
    private final Desk desk;
    private final Executor background;
    private final Executor fx;
    private final Supplier<Actor> actor;
    private final Ticker ticker;
    private final WorkspaceServices services;
    private final CaseStatusPort statusPort;
    private final Runnable onChecklistChanged;
    private final Supplier<ScriptSource> scripts;
    private final List<DraftingViewModel> openDrafting = new ArrayList<>();

    CaseTabs(Desk desk, Executor background, Executor fx, Supplier<Actor> actor, Ticker ticker,
             WorkspaceServices services, CaseStatusPort statusPort, Runnable onChecklistChanged,
             Supplier<ScriptSource> scripts) {
        this.desk = desk;
        this.background = background;
        this.fx = fx;
        this.actor = actor;
        this.ticker = ticker;
        this.services = services;
        this.statusPort = statusPort;
        this.onChecklistChanged = onChecklistChanged;
        this.scripts = scripts;
    }

    Tab checklist(long caseId) {
        StepViewModel steps = new StepViewModel(desk.checklists(), desk.escalationLookup(), statusPort, background,
                desk.clock(), actor, desk.messages(), services.writes());
        steps.setOnChanged(onChecklistChanged);
        steps.load(caseId);
        ProblemWindowViewModel window = new ProblemWindowViewModel(desk.checklists(), background, actor,
                desk.messages());
        window.load(caseId);
        VBox box = new VBox(12, new StepView(steps, ticker, desk.messages()),
                new ProblemWindowView(window, ticker, desk.messages()));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(desk.messages().get("case.tab.checklist"), scroll);
        tab.setId("case-tab-checklist");
        return tab;
    }

    Tab drafting(long caseId) {
        DraftingViewModel vm = new DraftingViewModel(caseId, desk.drafts(), desk.placeholders(), scripts.get(),
                desk.checker(), background, fx, services.autosave(), AutosaveScheduler.DEFAULT_WINDOW, actor,
                desk.messages(), services.writes());
        openDrafting.add(vm);
        vm.setOnScriptUsed(snippet -> desk.scripts().recordUse(snippet.id()));
        background.execute(() -> {
            var outlets = desk.caseQueries().mediaContacts(caseId).stream()
                    .map(c -> new DraftingViewModel.Outlet(c.id(), c.outlet()
                            + (c.journalistName() == null ? "" : " · " + c.journalistName()))).toList();
            fx.execute(() -> vm.getOutlets().setAll(outlets));
        });
        Tab tab = new Tab(desk.messages().get("case.tab.drafting"), new DraftingView(vm, services.checkExecutor()));
        tab.setId("case-tab-drafting");
        return tab;
    }

    /** Saves every open draft now (on lock, switch or exit) instead of waiting for the autosave window. */
    void flush() {
        openDrafting.forEach(DraftingViewModel::flushAll);
    }
}
