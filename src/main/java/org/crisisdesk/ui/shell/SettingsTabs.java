package org.crisisdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.ui.checklist.TemplatesView;
import org.crisisdesk.ui.checklist.TemplatesViewModel;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;
import org.crisisdesk.ui.operators.AuditView;
import org.crisisdesk.ui.operators.OperatorsView;
import org.crisisdesk.ui.settings.SettingsView;
import org.crisisdesk.ui.settings.rules.RulesView;
import org.crisisdesk.ui.settings.rules.RulesViewModel;

/** Settings with every capability's section: reference data, rules, templates, operators, audit. */
final class SettingsTabs {
    private final Desk desk;
    private final Executor background;
    private final Executor fx;
    private final Supplier<Actor> actor;

    private final java.util.function.UnaryOperator<java.nio.file.Path> restorer;

    SettingsTabs(Desk desk, Executor background, Executor fx, Supplier<Actor> actor,
                 java.util.function.UnaryOperator<java.nio.file.Path> restorer) {
        this.restorer = restorer;
        this.desk = desk;
        this.background = background;
        this.fx = fx;
        this.actor = actor;
    }

    SettingsView view(Async async, Labels labels) {
        var m = desk.messages();
        TemplatesViewModel templates = new TemplatesViewModel(desk.templates(), background, actor, m);
        templates.load();
        List<Tab> extra = new ArrayList<>(List.of(
                tab("settings.tab.rules", new RulesView(new RulesViewModel(desk.rules(), background, fx, m, actor), m)),
                tab("settings.tab.templates", new TemplatesView(templates, m)),
                tab("settings.tab.operators", new OperatorsView(desk.operators(), m, desk.clock(), actor, background)),
                tab("settings.tab.audit", new AuditView(desk.audit(), m, desk.clock(), actor, background))));
        if (Permissions.allows(actor.get(), Permissions.Action.ERASE_PERSONAL_DATA)) {
            // erasing cannot be undone: those who may not do it do not get the button at all
            extra.add(tab("settings.tab.retention", new RetentionPane(desk, async, labels, actor)));
        }
        var backups = new org.crisisdesk.ui.backup.BackupViewModel(desk.backups(),
                new org.crisisdesk.store.RestoreService(desk.dataDir(), desk.clock()), async, restorer);
        backups.setAuditing(() -> Permissions.require(actor.get(), Permissions.Action.CREATE_BACKUP),
                file -> desk.audit().appendBackup(actor.get(), file));
        extra.add(tab("settings.tab.backup", new org.crisisdesk.ui.backup.BackupPane(backups, m)));
        return new SettingsView(desk.settings(), async, labels, actor, extra);
    }

    private Tab tab(String key, Node content) {
        Tab t = new Tab(desk.messages().get(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }
}
