package org.crisisdesk.ui.operators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.AuditQuery;
import org.crisisdesk.operators.AuditRecord;
import org.crisisdesk.operators.AuditVerification;

/** The audit view: filter by operator, case, date and action; verify the chain. Supervisors only (service-enforced). */
public final class AuditViewModel {
    public static final int LIMIT = 1000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ObservableList<AuditRecord> records = FXCollections.observableArrayList();
    private final ObservableList<String> operatorChoices = FXCollections.observableArrayList();
    private final ObservableList<String> actionChoices = FXCollections.observableArrayList();
    private final StringProperty operator = new SimpleStringProperty();
    private final StringProperty caseId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty action = new SimpleStringProperty();
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper verifyOk = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final Async async;

    public AuditViewModel(AuditLog audit, Messages messages, Clock clock, Supplier<Actor> actor, Executor background,
            Executor ui) {
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.async = new Async(background, ui, messages);
    }

    /** Loads the filter choices and runs the current search. */
    public void refresh() {
        async.run(() -> List.of(audit.distinct("operator"), audit.distinct("action")), lists -> {
            operatorChoices.setAll(lists.get(0));
            actionChoices.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""), lists.get(1).stream())
                    .toList()); // "" first: any action
        }, e -> error.set(async.text(e)));
        search();
    }

    public void search() {
        AuditQuery q;
        try {
            q = query();
        } catch (NumberFormatException e) {
            error.set(async.messages().get("audit.filter.case") + " ?");
            return;
        }
        async.run(() -> audit.find(actor.get(), q), list -> {
            error.set("");
            records.setAll(list);
        }, e -> error.set(async.text(e)));
    }

    AuditQuery query() {
        String c = caseId.get() == null ? "" : caseId.get().strip();
        Long id = c.isEmpty() ? null : Long.valueOf(c);
        var zone = clock.getZone();
        return new AuditQuery(blankToNull(operator.get()), id,
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                blankToNull(action.get()), LIMIT);
    }

    public void verify() {
        async.run(audit::verify, this::showVerification, e -> error.set(async.text(e)));
    }

    private void showVerification(AuditVerification v) {
        Messages m = async.messages();
        verifyOk.set(v.ok());
        verifyText.set(v.ok() ? m.get("audit.verify.ok", v.checked(), v.head().shortForm())
                : m.get("audit.verify.broken", v.firstBadSeq(), m.get("audit.problem." + v.problem())));
    }

    /** A stored value for display: digests of personal data and free text show as "(changed)". */
    /** An action code as the supervisor reads it (e.g. STEP_COMPLETE → 完成清单步骤); unknown codes as they are. */
    public String actionLabel(String code) {
        if (code == null) {
            return "";
        }
        String key = "audit.action." + code;
        return async.messages().has(key) ? async.messages().get(key) : code;
    }

    public String display(String value) {
        if (value == null) {
            return "";
        }
        return AuditRecord.isDigest(value) ? async.messages().get("audit.value.changed") : value;
    }

    public String displayAt(AuditRecord r) {
        return AT.format(LocalDateTime.ofInstant(r.at(), clock.getZone()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ObservableList<AuditRecord> records() {
        return FXCollections.unmodifiableObservableList(records);
    }

    public ObservableList<String> operatorChoices() {
        return operatorChoices;
    }

    public ObservableList<String> actionChoices() {
        return actionChoices;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty caseIdProperty() {
        return caseId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyOkProperty() {
        return verifyOk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
