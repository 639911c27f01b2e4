package org.crisisdesk.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.DirectoryContact;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.EscalationRule;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.SpecialPeriod;
import org.crisisdesk.settings.Store;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;

/**
 * Settings: company name, stores, lists, escalation routes and rules, the contact directory and
 * special periods. Later capabilities add their own tabs (rules, templates, operators).
 */
public final class SettingsView extends TabPane {
    private final SettingsRepository repo;
    private final Async async;
    private final Labels labels;
    /** Every settings write names who made it (audit). */
    private final Supplier<Actor> actor;
    private final Label message = new Label();
    /** Minutes of inactivity before the desk locks (1–15); read by the shell at start. */
    public static final String IDLE_MINUTES = "desk.idleMinutes";

    public SettingsView(SettingsRepository repo, Async async, Labels labels, Supplier<Actor> actor,
                        List<Tab> extraTabs) {
        this.repo = repo;
        this.actor = actor;
        this.async = async;
        this.labels = labels;
        message.getStyleClass().add(Styles.DANGER);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("settings.general", general()), tab("settings.lists", lists()),
                tab("settings.escalation", escalation()), tab("settings.directory", directory()));
        getTabs().addAll(extraTabs);
    }

    private Tab tab(String key, Node content) {
        ScrollPane scroll = new ScrollPane(new VBox(10, content, message));
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(14));
        return new Tab(labels.get(key), scroll);
    }

    private Node general() {
        TextField company = new TextField();
        company.setId("settings-company");
        async.run(repo::companyName, company::setText);
        Button save = new Button(labels.get("settings.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> saveThen(() -> {
            repo.putSetting(SettingsRepository.COMPANY_NAME, company.getText().strip(), actor.get());
            return null;
        }, null));
        EditableTable<Store> stores = table(s -> repo.saveStore(s, false, actor.get()));
        stores.text(labels.get("settings.store.code"), Store::code, null)
                .text(labels.get("settings.store.name"), Store::name,
                        (s, v) -> new Store(s.code(), v, s.region(), s.active(), s.sortOrder(), s.version()))
                .text(labels.get("settings.store.region"), Store::region,
                        (s, v) -> new Store(s.code(), s.name(), v, s.active(), s.sortOrder(), s.version()));
        reload(stores, repo::stores);
        TextField code = new TextField();
        code.setPromptText(labels.get("settings.store.code"));
        TextField name = new TextField();
        name.setPromptText(labels.get("settings.store.name"));
        Button add = new Button(labels.get("settings.add"));
        add.setOnAction(e -> saveThen(() -> {
            repo.saveStore(new Store(code.getText().strip().toUpperCase(java.util.Locale.ROOT), name.getText().strip(),
                    null, true, 99, 0), true, actor.get());
            return null;
        }, () -> reload(stores, repo::stores)));
        EditableTable<SpecialPeriod> periods = table(p -> repo.saveSpecialPeriod(p, actor.get()));
        periods.text(labels.get("settings.period.name"), SpecialPeriod::name,
                        (p, v) -> new SpecialPeriod(p.id(), v, p.startMd(), p.endMd(), p.version()))
                .text(labels.get("settings.period.start"), SpecialPeriod::startMd,
                        (p, v) -> new SpecialPeriod(p.id(), p.name(), v, p.endMd(), p.version()))
                .text(labels.get("settings.period.end"), SpecialPeriod::endMd,
                        (p, v) -> new SpecialPeriod(p.id(), p.name(), p.startMd(), v, p.version()));
        reload(periods, repo::specialPeriods);
        TextField idle = new TextField();
        idle.setId("settings-idle");
        idle.setPrefColumnCount(4);
        async.run(() -> repo.setting(IDLE_MINUTES).orElse("5"), idle::setText);
        Button saveIdle = new Button(labels.get("settings.save"));
        saveIdle.setOnAction(e -> {
            String v = idle.getText().strip();
            if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 15) {
                message.setText(labels.get("settings.idle.invalid"));
                return;
            }
            saveThen(() -> {
                repo.putSetting(IDLE_MINUTES, v, actor.get());
                return null;
            }, () -> message.setText(labels.get("settings.idle.saved")));
        });
        Label idleHint = new Label(labels.get("settings.idle.hint"));
        idleHint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(10, title("settings.company"), new HBox(8, company, save), title("settings.idle"),
                new HBox(8, idle, saveIdle, idleHint), title("settings.stores"), stores,
                new HBox(8, code, name, add), title("settings.periods"), periods);
    }

    private Node lists() {
        VBox box = new VBox(10);
        for (String kind : List.of(RefItem.CHANNEL, RefItem.CATEGORY, RefItem.RISK_TYPE, RefItem.ACTOR)) {
            EditableTable<RefItem> table = table(i -> repo.saveItem(i, false, actor.get()));
            table.text(labels.get("settings.item.code"), RefItem::code, null)
                    .text(labels.get("settings.item.zh"), RefItem::labelZh, (i, v) -> new RefItem(i.kind(), i.code(), v,
                            i.labelEn(), i.sortOrder(), i.active(), i.version()))
                    .text(labels.get("settings.item.en"), RefItem::labelEn, (i, v) -> new RefItem(i.kind(), i.code(),
                            i.labelZh(), v, i.sortOrder(), i.active(), i.version()));
            reload(table, () -> repo.items(kind));
            TextField zh = new TextField();
            zh.setPromptText(labels.get("settings.item.zh"));
            Button add = new Button(labels.get("settings.add"));
            add.setOnAction(e -> saveThen(() -> {
                String code = kind.substring(0, 1) + System.currentTimeMillis() % 100000;
                repo.saveItem(new RefItem(kind, code, zh.getText().strip(), zh.getText().strip(), 99, true, 0), true, actor.get());
                return null;
            }, () -> reload(table, () -> repo.items(kind))));
            box.getChildren().addAll(title("settings.kind." + kind), table, new HBox(8, zh, add));
        }
        return box;
    }

    private Node escalation() {
        EditableTable<EscalationRoute> routes = table(r -> repo.saveRoute(r, actor.get()));
        routes.text(labels.get("settings.route.code"), EscalationRoute::code, null)
                .text(labels.get("settings.route.name"), EscalationRoute::nameZh,
                        (r, v) -> new EscalationRoute(r.code(), v, r.nameEn(), r.level(), r.departments(), r.version()))
                .text(labels.get("settings.route.level"), r -> String.valueOf(r.level()),
                        (r, v) -> new EscalationRoute(r.code(), r.nameZh(), r.nameEn(), Integer.parseInt(v.strip()),
                                r.departments(), r.version()))
                .text(labels.get("settings.route.departments"), EscalationRoute::departments,
                        (r, v) -> new EscalationRoute(r.code(), r.nameZh(), r.nameEn(), r.level(), v, r.version()));
        reload(routes, repo::routes);
        EditableTable<EscalationRule> rules = table(r -> repo.saveRule(r, actor.get()));
        rules.text(labels.get("settings.rule.basis"), r -> labels.get("settings.basis." + r.basis()), null)
                .text(labels.get("settings.rule.value"), r -> labels.get(
                        (r.basis().equals(EscalationRule.REACH) ? "reach." : "mediaKind.") + r.valueCode()), null)
                .text(labels.get("settings.rule.route"), EscalationRule::routeCode,
                        (r, v) -> new EscalationRule(r.basis(), r.valueCode(), v.strip(), r.version()));
        reload(rules, repo::rules);
        Label hint = new Label(labels.get("settings.escalation.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(10, hint, title("settings.routes"), routes, title("settings.rules"), rules);
    }

    private Node directory() {
        EditableTable<DirectoryContact> table = table(c -> repo.saveContact(c, actor.get()));
        table.setId("settings-directory");
        table.text(labels.get("settings.contact.department"), DirectoryContact::department,
                        (c, v) -> new DirectoryContact(c.id(), v, c.name(), c.title(), c.phone(), c.note(), c.version()))
                .text(labels.get("settings.contact.name"), DirectoryContact::name,
                        (c, v) -> new DirectoryContact(c.id(), c.department(), v, c.title(), c.phone(), c.note(), c.version()))
                .text(labels.get("settings.contact.title"), DirectoryContact::title,
                        (c, v) -> new DirectoryContact(c.id(), c.department(), c.name(), v, c.phone(), c.note(), c.version()))
                .text(labels.get("settings.contact.phone"), DirectoryContact::phone,
                        (c, v) -> new DirectoryContact(c.id(), c.department(), c.name(), c.title(), v, c.note(), c.version()))
                .text(labels.get("settings.contact.note"), DirectoryContact::note,
                        (c, v) -> new DirectoryContact(c.id(), c.department(), c.name(), c.title(), c.phone(), v, c.version()));
        reload(table, repo::contacts);
        TextField department = new TextField();
        department.setPromptText(labels.get("settings.contact.department"));
        TextField name = new TextField();
        name.setPromptText(labels.get("settings.contact.name"));
        TextField phone = new TextField();
        phone.setPromptText(labels.get("settings.contact.phone"));
        Button add = new Button(labels.get("settings.add"));
        add.setOnAction(e -> saveThen(() -> {
            repo.saveContact(new DirectoryContact(0, department.getText().strip(), name.getText().strip(), null,
                    phone.getText().strip(), null, 0), actor.get());
            return null;
        }, () -> reload(table, repo::contacts)));
        Button delete = new Button(labels.get("settings.delete"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            DirectoryContact c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                saveThen(() -> {
                    repo.deleteContact(c.id(), actor.get());
                    return null;
                }, () -> reload(table, repo::contacts));
            }
        });
        return new VBox(10, title("settings.directory"), table, new HBox(8, department, name, phone, add, delete));
    }

    /** A table whose every edit saves the row and then reloads it, so the next edit starts from the stored version. */
    private <T> EditableTable<T> table(java.util.function.Consumer<T> persist) {
        java.util.List<EditableTable<T>> holder = new java.util.ArrayList<>(1);
        EditableTable<T> table = new EditableTable<>(row -> saveThen(() -> {
            persist.accept(row);
            return null;
        }, () -> holder.get(0).reload()));
        holder.add(table);
        return table;
    }

    private <T> void reload(EditableTable<T> table, Supplier<List<T>> rows) {
        table.reloader = () -> reload(table, rows);
        async.run(rows, list -> table.getItems().setAll(list));
    }

    private void saveThen(Supplier<Void> work, Runnable after) {
        async.run(work, v -> {
            message.setText("");
            if (after != null) {
                after.run();
            }
        }, message::setText);
    }

    private Label title(String key) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }
}
