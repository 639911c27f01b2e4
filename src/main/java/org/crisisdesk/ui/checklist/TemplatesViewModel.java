package org.crisisdesk.ui.checklist;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.checklist.DeadlineRule;
import org.crisisdesk.checklist.Template;
import org.crisisdesk.checklist.TemplateService;
import org.crisisdesk.checklist.TemplateStep;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;

/**
 * Supervisor editing of the checklist templates (Settings). Saving changes only checklists
 * started afterwards.
 */
public final class TemplatesViewModel {
    private final TemplateService service;
    private final Executor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObservableList<TemplateStep> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>(this, "template");
    private final ObjectProperty<TemplateStep> step = new SimpleObjectProperty<>(this, "step");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty lead = new SimpleStringProperty(this, "lead", "");
    private final StringProperty support = new SimpleStringProperty(this, "support", "");
    private final StringProperty guidance = new SimpleStringProperty(this, "guidance", "");
    private final StringProperty fields = new SimpleStringProperty(this, "fields", "");
    private final ObjectProperty<DeadlineRule.Kind> ruleKind = new SimpleObjectProperty<>(this, "ruleKind",
            DeadlineRule.Kind.OFFSET);
    private final StringProperty offsetMinutes = new SimpleStringProperty(this, "offsetMinutes", "");
    private final StringProperty offersStatus = new SimpleStringProperty(this, "offersStatus", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public TemplatesViewModel(TemplateService service, Executor executor, Supplier<Actor> actor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
        template.addListener((obs, old, t) -> steps.setAll(t == null ? List.of() : t.steps()));
        step.addListener((obs, old, s) -> edit(s));
    }

    public void load() {
        String code = template.get() == null ? null : template.get().code();
        String stepKey = step.get() == null ? null : step.get().key();
        FxTasks.run(executor, service::templates, list -> {
            templates.setAll(list);
            template.set(list.stream().filter(t -> t.code().equals(code)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            step.set(steps.stream().filter(s -> s.key().equals(stepKey)).findFirst().orElse(null));
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    private void edit(TemplateStep s) {
        key.set(s == null ? "" : s.key());
        title.set(s == null ? "" : s.title());
        lead.set(s == null ? "" : s.leadDepartments());
        support.set(s == null ? "" : s.supportDepartments());
        guidance.set(s == null || s.guidance() == null ? "" : s.guidance());
        fields.set(s == null ? "" : String.join("\n", s.recordFields()));
        ruleKind.set(s == null ? DeadlineRule.Kind.OFFSET : s.rule().kind());
        offsetMinutes.set(s == null || s.rule().offsetMinutes() == null ? "" : s.rule().offsetMinutes().toString());
        offersStatus.set(s == null || s.offersStatus() == null ? "" : s.offersStatus());
    }

    /** Starts a new step at the end of the selected template (saved with {@link #save()}). */
    public void addStep() {
        Template t = template.get();
        if (t == null) {
            return;
        }
        int no = t.steps().stream().mapToInt(TemplateStep::stepNo).max().orElse(0) + 1;
        step.set(new TemplateStep(t.code(), no, "STEP_" + no, "", "", "", "", List.of(),
                DeadlineRule.offset(Duration.ofHours(1)), null, TemplateStep.NEW));
    }

    public void save() {
        TemplateStep s = step.get();
        if (s == null) {
            return;
        }
        TemplateStep edited;
        try {
            edited = new TemplateStep(s.templateCode(), s.stepNo(),
                    s.version() == TemplateStep.NEW ? key.get().strip() : s.key(), title.get(), lead.get(),
                    support.get(), guidance.get(), List.of(fields.get().split("\n")), rule(), offersStatus.get(),
                    s.version());
        } catch (UserException e) {
            error.set(e.localized(messages));
            return;
        }
        FxTasks.run(executor, () -> {
            service.saveStep(edited, actor.get());
            return edited.key();
        }, savedKey -> {
            error.set(null);
            step.set(edited);
            load();
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    public void delete() {
        TemplateStep s = step.get();
        if (s == null || s.version() == TemplateStep.NEW) {
            step.set(null);
            return;
        }
        FxTasks.run(executor, () -> {
            service.deleteStep(s.templateCode(), s.key(), s.version(), actor.get());
            return s;
        }, done -> {
            step.set(null);
            load();
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    private DeadlineRule rule() {
        DeadlineRule.Kind kind = ruleKind.get();
        if (kind == DeadlineRule.Kind.OFFSET || kind == DeadlineRule.Kind.EARLIER_OF) {
            try {
                int minutes = Integer.parseInt(offsetMinutes.get().strip());
                if (minutes < 0) {
                    throw new NumberFormatException();
                }
                return new DeadlineRule(kind, Duration.ofMinutes(minutes));
            } catch (NumberFormatException e) {
                throw new UserException("checklist.badOffset", offsetMinutes.get());
            }
        }
        return new DeadlineRule(kind, null);
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObservableList<TemplateStep> steps() {
        return steps;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    public ObjectProperty<TemplateStep> stepProperty() {
        return step;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public StringProperty supportProperty() {
        return support;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    /** The labels of what must be recorded, one per line. */
    public StringProperty fieldsProperty() {
        return fields;
    }

    public ObjectProperty<DeadlineRule.Kind> ruleKindProperty() {
        return ruleKind;
    }

    public StringProperty offsetMinutesProperty() {
        return offsetMinutes;
    }

    public StringProperty offersStatusProperty() {
        return offersStatus;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
