package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.checklist.OutletReply;
import org.crisisdesk.checklist.RouteInfo;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.common.FitContentCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The checklist of one case: the current (or selected) step large — title, countdown, lead and
 * support, guidance, what to record, complete / skip / reopen — with the whole list beside it.
 */
public final class StepView extends BorderPane {
    private final StepViewModel model;
    private final Ticker ticker;
    private final Messages messages;
    private final Clock clock;
    private final VBox detail = new VBox(10);
    private final ListView<Step> list = new ListView<>();
    private final Label error = new Label();
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();

    public StepView(StepViewModel model, Ticker ticker, Messages messages) {
        this.model = model;
        this.ticker = ticker;
        this.messages = messages;
        this.clock = ticker.clock();
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        list.setId("checklist-steps");
        list.setPrefWidth(320);
        list.setCellFactory(v -> new StepCell());
        list.setItems(model.steps());
        detail.setId("checklist-detail");
        detail.setPadding(new Insets(16));
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("checklist-error");
    }

    private void layoutParts() {
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setRight(list);
        setTop(error);
        error.managedProperty().bind(error.visibleProperty());
    }

    private void bind() {
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        InvalidationListener redraw = obs -> showDetail();
        model.selectedStepProperty().addListener(redraw);
        model.routeProperty().addListener(redraw);
        model.readOnlyProperty().addListener(redraw);
        model.selectedStepProperty().addListener((obs, old, s) -> {
            if (s != null && list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && s != model.selectedStepProperty().get()) {
                model.selectedStepProperty().set(s);
            }
        });
        showDetail();
    }

    private void showDetail() {
        detail.getChildren().clear();
        inputs.clear();
        Step s = model.selectedStepProperty().get();
        if (s == null) {
            detail.getChildren().add(muted(messages.get("checklist.noChecklist")));
            return;
        }
        Step current = model.currentStepProperty().get();
        Label number = muted(messages.get(current != null && current.id() == s.id() ? "checklist.currentStep"
                : "checklist.stepNo", s.stepNo()));
        Label title = new Label(s.title());
        title.setId("checklist-current-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
        badge.setId("checklist-current-badge");
        badge.getStyleClass().add(Styles.TITLE_3);
        badge.show(s);
        detail.getChildren().addAll(number, title, new HBox(12, badge, muted(deadlineText(s))));
        detail.getChildren().add(keyValue(messages.get("checklist.lead"), s.leadDepartments()));
        detail.getChildren().add(keyValue(messages.get("checklist.support"), s.supportDepartments()));
        Label guidance = new Label(s.guidance(), new FontIcon(Material2AL.INFO));
        guidance.setWrapText(true);
        guidance.getStyleClass().add("checklist-guidance");
        detail.getChildren().add(guidance);
        if (Step.REPORT.equals(s.key())) {
            detail.getChildren().add(routeBox(model.routeProperty().get()));
        }
        if (Step.REPLY.equals(s.key())) {
            detail.getChildren().add(outletBox(s));
        }
        boolean editable = s.isOpen() && !model.readOnlyProperty().get();
        if (editable && s.usesJournalistDeadline()) {
            detail.getChildren().add(timeEntry("checklist-journalist-deadline", messages.get("checklist.journalistDeadline"),
                    model::setJournalistDeadline));
        }
        if (editable && s.takesAgreedTime()) {
            detail.getChildren().add(timeEntry("checklist-agreed-time", messages.get("checklist.agreedTime"),
                    model::setAgreedTime));
        }
        detail.getChildren().add(fields(s, editable));
        detail.getChildren().add(outcome(s));
        detail.getChildren().add(actions(s));
    }

    private Region fields(Step s, boolean editable) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (String field : s.recordFields()) {
            TextInputControl input = isLong(field) ? new TextArea() : new TextField();
            if (input instanceof TextArea area) {
                area.setPrefRowCount(3);
                area.setWrapText(true);
            }
            input.setId("field-" + row);
            input.setText(s.recorded().getOrDefault(field, ""));
            input.setEditable(editable);
            GridPane.setHgrow(input, Priority.ALWAYS);
            grid.addRow(row++, new Label(field), input);
            inputs.put(field, input);
        }
        return grid;
    }

    /** Long free text (scripts, replies, outlines) gets a text area; times and names a line. */
    private static boolean isLong(String field) {
        return List.of("话术", "回复", "提纲", "经过", "方案", "口径", "情况", "反馈", "结论").stream().anyMatch(field::contains);
    }

    private Region outcome(Step s) {
        if (s.state() == StepState.DONE) {
            String late = s.lateBy().filter(d -> !d.isZero())
                    .map(d -> messages.get("checklist.doneLate", org.crisisdesk.checklist.Countdown.format(d)))
                    .orElse(messages.get("checklist.doneOnTime"));
            return muted(messages.get("checklist.doneBy", s.completedBy(), time(s.completedAt()), late));
        }
        if (s.state() == StepState.SKIPPED) {
            return muted(messages.get("checklist.skippedBy", s.completedBy(), time(s.completedAt()), s.skipReason()));
        }
        return new Region();
    }

    private Region actions(Step s) {
        Button complete = new Button(messages.get("checklist.complete"), new FontIcon(Material2AL.CHECK));
        complete.setId("checklist-complete");
        complete.getStyleClass().add(Styles.SUCCESS);
        complete.setDefaultButton(true);
        complete.setOnAction(e -> {
            Map<String, String> values = new LinkedHashMap<>();
            inputs.forEach((field, input) -> values.put(field, input.getText()));
            model.complete(values);
        });
        TextField reason = new TextField();
        reason.setId("checklist-skip-reason");
        reason.setPromptText(messages.get("checklist.skipReason"));
        Button skip = new Button(messages.get("checklist.skip"), new FontIcon(Material2MZ.SKIP_NEXT));
        skip.setId("checklist-skip");
        skip.setOnAction(e -> model.skip(reason.getText()));
        Button reopen = new Button(messages.get("checklist.reopen"), new FontIcon(Material2MZ.REPLAY));
        reopen.setId("checklist-reopen");
        reopen.setOnAction(e -> model.reopen());
        boolean locked = model.readOnlyProperty().get();
        skip.setDisable(!s.isOpen() || locked);
        reason.setDisable(!s.isOpen() || locked);
        reopen.setDisable(s.isOpen() || locked);
        complete.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !s.isOpen() || locked)));
        HBox bar = new HBox(8, complete, reason, skip, reopen);
        HBox.setHgrow(reason, Priority.ALWAYS);
        return bar;
    }

    private Region routeBox(RouteInfo route) {
        VBox box = new VBox(4);
        box.setId("checklist-route");
        box.getStyleClass().add("checklist-route");
        if (route == null) {
            box.getChildren().add(muted(messages.get("checklist.route.none")));
            return box;
        }
        Label name = new Label(messages.get("checklist.route", route.name(), String.join("、", route.departments())),
                new FontIcon(Material2AL.ACCOUNT_TREE));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(name);
        for (RouteInfo.Person p : route.people()) {
            box.getChildren().add(new Label(messages.get("checklist.route.person", p.department(), p.name(),
                    p.title() == null ? "" : p.title(), p.phone() == null ? "" : p.phone()), new FontIcon(Material2MZ.PHONE)));
        }
        return box;
    }

    private Region outletBox(Step s) {
        VBox box = new VBox(4);
        box.setId("checklist-outlets");
        for (OutletReply r : model.outletReplies()) {
            if (r.stepId() != s.id()) {
                continue;
            }
            CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
            badge.stateProperty().set(r.state());
            badge.windowStartProperty().set(s.windowStart());
            badge.deadlineProperty().set(r.deadline());
            String state = r.isDone() ? messages.get("checklist.outlet.replied", r.repliedBy(), time(r.repliedAt()))
                    : messages.get("checklist.outlet.open");
            box.getChildren().add(new HBox(8, new Label(r.outlet()), badge, muted(state)));
        }
        return box;
    }

    private Region timeEntry(String id, String label, java.util.function.Consumer<String> apply) {
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(model.timePrompt());
        Button set = new Button(messages.get("checklist.setTime"));
        set.setId(id + "-set");
        set.setOnAction(e -> apply.accept(input.getText()));
        HBox row = new HBox(8, new Label(label), input, set);
        return row;
    }

    private String deadlineText(Step s) {
        if (s.deadline() == null) {
            return messages.get(s.takesAgreedTime() ? "checklist.pending.agreed" : "checklist.pending.journalist");
        }
        return messages.get("checklist.due", time(s.deadline()));
    }

    String time(Instant t) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(clock.getZone());
        boolean today = z.toLocalDate().equals(LocalDate.now(clock));
        return z.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "MM-dd HH:mm"));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private static Region keyValue(String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add(Styles.TEXT_BOLD);
        Label v = new Label(value);
        v.setWrapText(true);
        return new HBox(6, k, v);
    }

    /** A list row: number, title, countdown; as tall as the row, so a two-line title is shown whole. */
    private final class StepCell extends FitContentCell<Step> {
        private final CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
        private final Label title = new Label();
        private final HBox row = new HBox(8, title, new Region(), badge);

        StepCell() {
            HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            title.setWrapText(true);
            title.setMaxWidth(210);
        }

        @Override
        protected void updateItem(Step s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            title.setText(s.stepNo() + ". " + s.title());
            badge.show(s);
            setGraphic(row);
        }
    }
}
