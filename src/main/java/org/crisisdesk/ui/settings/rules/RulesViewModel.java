package org.crisisdesk.ui.settings.rules;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.checker.Rule;
import org.crisisdesk.checker.RuleException;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checker.RuleVerification;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.checker.StoredRule;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;

/**
 * The Rules section of Settings: the list of rules and one rule being edited. Saving runs every
 * example of the rule and shows which pass; a rule whose examples fail is refused with a message
 * naming the rule and the example. Database work runs on the injected executor; results come back
 * through the UI executor ({@code Platform::runLater} in the app, same-thread in tests). Holds no nodes.
 */
public final class RulesViewModel {
    /** One line of the rule list. */
    public record RuleRow(String id, String kind, Severity severity, String reason) {
    }

    /** One example of the rule being edited and how it fared at the last save. */
    public record ExampleRow(String text, boolean mustFlag, boolean passed) {
    }

    private final RuleService service;
    private final Executor background;
    private final Executor ui;
    private final Messages messages;
    private final Supplier<Actor> actor;

    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<ExampleRow> examples = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.WARN);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty patterns = new SimpleStringProperty("");
    private final StringProperty exceptions = new SimpleStringProperty("");
    private final StringProperty suggestions = new SimpleStringProperty("");
    private final StringProperty mustFlag = new SimpleStringProperty("");
    private final StringProperty mustNotFlag = new SimpleStringProperty("");

    private Integer loadedVersion; // null while editing a new rule

    public RulesViewModel(RuleService service, Executor background, Messages messages, Supplier<Actor> actor) {
        this(service, background, Platform::runLater, messages, actor);
    }

    public RulesViewModel(RuleService service, Executor background, Executor ui, Messages messages, Supplier<Actor> actor) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.messages = messages;
        this.actor = actor;
    }

    /** Loads the rule list; selects nothing. */
    public void load() {
        run(() -> {
            List<RuleRow> rows = rows(service.rules());
            ui.execute(() -> rules.setAll(rows));
        });
    }

    /** Opens a rule for editing. */
    public void select(String ruleId) {
        run(() -> {
            Optional<StoredRule> stored = service.rule(ruleId);
            ui.execute(() -> stored.ifPresent(this::show));
        });
    }

    /** Starts a new rule with empty fields. */
    public void startNew() {
        loadedVersion = null;
        editingExisting.set(false);
        id.set("");
        kind.set("");
        severity.set(Severity.WARN);
        reason.set("");
        patterns.set("");
        exceptions.set("");
        suggestions.set("");
        mustFlag.set("");
        mustNotFlag.set("");
        examples.clear();
        setStatus("", false);
    }

    /** Runs the examples and saves when they all pass; otherwise refuses, naming rule and example. */
    public void save() {
        Rule rule = toRule();
        Integer version = loadedVersion;
        run(() -> {
            RuleVerification v = service.preview(rule, version == null ? null : rule.id());
            List<ExampleRow> rows = v.examples().stream().filter(x -> x.ruleId().equals(rule.id()))
                    .map(x -> new ExampleRow(x.text(), x.mustFlag(), x.passed())).toList();
            try {
                service.save(rule, version, actor.get());
                List<RuleRow> list = rows(service.rules());
                Optional<StoredRule> saved = service.rule(rule.id());
                ui.execute(() -> {
                    rules.setAll(list);
                    saved.ifPresent(this::show);
                    examples.setAll(rows);
                    setStatus(messages.get("rules.saved", rule.id()), false);
                });
            } catch (UserException e) {
                ui.execute(() -> {
                    examples.setAll(rows);
                    setStatus(messages.get("rules.refused", e.localized(messages)), true);
                });
            }
        });
    }

    /** Deletes the rule being edited. */
    public void delete() {
        if (loadedVersion == null) {
            return;
        }
        String ruleId = id.get();
        int version = loadedVersion;
        run(() -> {
            service.delete(ruleId, version, actor.get());
            List<RuleRow> list = rows(service.rules());
            ui.execute(() -> {
                rules.setAll(list);
                startNew();
            });
        });
    }

    private void show(StoredRule stored) {
        Rule r = stored.rule();
        loadedVersion = stored.version();
        editingExisting.set(true);
        id.set(r.id());
        kind.set(r.kind());
        severity.set(r.severity());
        reason.set(r.reason());
        patterns.set(PatternText.format(r.patterns()));
        exceptions.set(PatternText.format(r.exceptions()));
        suggestions.set(String.join("\n", r.suggestions()));
        mustFlag.set(String.join("\n", r.mustFlag()));
        mustNotFlag.set(String.join("\n", r.mustNotFlag()));
        examples.clear();
        setStatus("", false);
    }

    Rule toRule() {
        return new Rule(id.get().strip(), kind.get().strip(), severity.get(), reason.get().strip(),
                PatternText.lines(suggestions.get()), PatternText.parse(patterns.get()),
                PatternText.parse(exceptions.get()), PatternText.lines(mustFlag.get()),
                PatternText.lines(mustNotFlag.get()));
    }

    private static List<RuleRow> rows(List<StoredRule> stored) {
        return stored.stream().map(s -> new RuleRow(s.id(), s.rule().kind(), s.rule().severity(), s.rule().reason())).toList();
    }

    private void run(Runnable work) {
        busy.set(true);
        background.execute(() -> {
            try {
                work.run();
            } catch (RuleException e) {
                ui.execute(() -> setStatus(messages.get("rules.refused", e.localized(messages)), true));
            } catch (UserException e) {
                ui.execute(() -> setStatus(e.localized(messages), true));
            } catch (RuntimeException e) {
                ui.execute(() -> setStatus(messages.get("rules.loadFailed", String.valueOf(e.getMessage())), true));
            } finally {
                ui.execute(() -> busy.set(false));
            }
        });
    }

    private void setStatus(String text, boolean isRefusal) {
        status.set(text);
        refused.set(isRefusal);
    }

    public ObservableList<RuleRow> rules() {
        return FXCollections.unmodifiableObservableList(rules);
    }

    public ObservableList<ExampleRow> examples() {
        return FXCollections.unmodifiableObservableList(examples);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty patternsProperty() {
        return patterns;
    }

    public StringProperty exceptionsProperty() {
        return exceptions;
    }

    public StringProperty suggestionsProperty() {
        return suggestions;
    }

    public StringProperty mustFlagProperty() {
        return mustFlag;
    }

    public StringProperty mustNotFlagProperty() {
        return mustNotFlag;
    }
}
