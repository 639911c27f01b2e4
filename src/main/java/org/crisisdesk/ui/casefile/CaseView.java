package org.crisisdesk.ui.casefile;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.ui.common.FileOpener;
import org.crisisdesk.ui.common.FilePicker;
import org.crisisdesk.ui.common.FitContentCell;
import org.crisisdesk.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** One case: editable fields, media and escalation, undercover signs, timeline with notes, attachments. */
public final class CaseView extends BorderPane {
    private final CaseViewModel vm;
    private final Labels labels;
    private final java.util.function.BiPredicate<Long, CaseStatus> moveGuard;
    private HBox header;

    public CaseView(CaseViewModel vm, Labels labels, FilePicker picker, FileOpener opener,
                    List<Function<Long, Tab>> extraTabs, MediaContactDialog mediaDialog,
                    java.util.function.BiPredicate<Long, CaseStatus> moveGuard) {
        this.moveGuard = moveGuard;
        this.vm = vm;
        this.labels = labels;
        getStyleClass().add("case-view");
        setTop(header());
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab overview = new Tab(labels.get("case.tab.overview"), overview(picker, opener, mediaDialog));
        tabs.getTabs().add(overview);
        for (Function<Long, Tab> tab : extraTabs) {
            tabs.getTabs().add(tab.apply(vm.caseId()));
        }
        setCenter(tabs);
        Label message = new Label();
        message.textProperty().bind(vm.message());
        message.getStyleClass().add(Styles.DANGER);
        message.setId("case-message");
        setBottom(new HBox(message));
        vm.load();
    }

    private Node header() {
        Label number = new Label();
        number.getStyleClass().addAll(Styles.TEXT_MUTED);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("case-title");
        ComboBox<CaseStatus> status = new ComboBox<>();
        status.getItems().addAll(CaseStatus.values());
        status.setConverter(labels.converter());
        status.setId("case-status");
        vm.incident().addListener((o, a, i) -> {
            number.setText(i.caseNo());
            title.setText(i.title());
            status.setValue(i.status());
        });
        status.setOnAction(e -> {
            Incident i = vm.incident().get();
            if (i != null && status.getValue() != null && status.getValue() != i.status()) {
                if (moveGuard.test(i.id(), status.getValue())) {
                    vm.moveTo(status.getValue());
                } else {
                    status.setValue(i.status());
                }
            }
        });
        Button reveal = new Button(labels.get("case.reveal"), new FontIcon(Material2AL.LOCK_OPEN));
        reveal.setId("case-reveal");
        reveal.setOnAction(e -> vm.reveal());
        reveal.visibleProperty().bind(vm.revealed().not());
        HBox box = new HBox(12, number, title, new Label(labels.get("case.status")), status, reveal);
        this.header = box;
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(12));
        return box;
    }

    /** Adds a button to the header, e.g. the PDF export. */
    public void addHeaderAction(Node action) {
        header.getChildren().add(action);
    }

    private Node overview(FilePicker picker, FileOpener opener, MediaContactDialog mediaDialog) {
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(6);
        int r = 0;
        for (IncidentField f : List.of(IncidentField.TITLE, IncidentField.CUSTOMER_NAME, IncidentField.CUSTOMER_PHONE,
                IncidentField.RESPONSIBLE)) {
            fields.addRow(r++, new Label(labels.get(f.labelKey())), textEditor(new javafx.scene.control.TextField(), f));
        }
        ComboBox<Severity> severity = new ComboBox<>();
        severity.getItems().addAll(Severity.values());
        severity.setConverter(labels.converter());
        vm.incident().addListener((o, a, i) -> severity.setValue(i.severity()));
        severity.setOnAction(e -> {
            Incident i = vm.incident().get();
            if (i != null && severity.getValue() != null && severity.getValue() != i.severity()) {
                vm.edit(IncidentField.SEVERITY, severity.getValue());
            }
        });
        fields.addRow(r++, new Label(labels.get(IncidentField.SEVERITY.labelKey())), severity);
        TextArea description = textEditor(new TextArea(), IncidentField.DESCRIPTION);
        description.setWrapText(true);
        description.setPrefRowCount(5);
        fields.addRow(r, new Label(labels.get(IncidentField.DESCRIPTION.labelKey())), description);
        GridPane.setHgrow(description, Priority.ALWAYS);

        VBox left = new VBox(14, section("case.section.details", fields), mediaSection(mediaDialog), signsSection(),
                attachmentsSection(picker, opener));
        left.setPadding(new Insets(12));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(leftScroll, timelineSection());
        split.setDividerPositions(0.55);
        return split;
    }

    /** Saves on every change; text from the database only replaces the field while the user is not in it. */
    private <T extends TextInputControl> T textEditor(T control, IncidentField field) {
        control.setId("case-" + field.name());
        boolean masked = field.isPersonal() || field == IncidentField.DESCRIPTION;
        boolean[] updating = {false};
        Runnable show = () -> {
            Incident i = vm.incident().get();
            if (i == null) {
                return;
            }
            updating[0] = true;
            String v = switch (field) {
                case TITLE -> i.title();
                case CUSTOMER_NAME -> i.customerName();
                case CUSTOMER_PHONE -> i.customerPhone();
                case RESPONSIBLE -> i.responsible();
                case DESCRIPTION -> i.description();
                default -> null;
            };
            boolean hide = masked && !vm.revealed().get();
            // masking is for display only: a masked field is read-only, so no save ever writes a mask back
            control.setEditable(!hide);
            control.setText(v == null ? "" : hide ? Masks.of(field, v) : v);
            updating[0] = false;
        };
        vm.incident().addListener((o, a, i) -> {
            if (!control.isFocused() || a == null || !control.isEditable()) {
                show.run();
            }
        });
        vm.revealed().addListener((o, a, b) -> show.run());
        control.textProperty().addListener((o, a, b) -> {
            if (!updating[0] && control.isEditable() && vm.incident().get() != null) {
                vm.edit(field, b);
            }
        });
        return control;
    }

    private Node mediaSection(MediaContactDialog dialog) {
        ListView<MediaContact> list = new ListView<>(vm.media());
        vm.revealed().addListener((o, a, b) -> list.refresh());
        list.setId("case-media");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new FitContentCell<>() { // wraps: the deadline at the end must not be cut
            @Override
            protected void updateItem(MediaContact m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : labels.get("case.media.line", m.outlet(), labels.of(m.kind()),
                        labels.of(m.medium()), labels.of(m.reach()),
                        m.journalistName() == null ? "—" : vm.revealed().get() ? m.journalistName()
                                : org.crisisdesk.operators.PersonalDataMasker.name(m.journalistName()),
                        labels.time(m.receivedAt()),
                        labels.time(m.journalistDeadline())));
            }
        });
        Button add = new Button(labels.get("case.media.add"), new FontIcon(Material2AL.ADD));
        add.setId("case-add-media");
        add.setOnAction(e -> dialog.show(getScene().getWindow()).ifPresent(vm::addMediaContact));
        Label route = new Label();
        route.setId("case-route");
        route.setWrapText(true);
        route.getStyleClass().add(Styles.TEXT_BOLD);
        route.textProperty().bind(Bindings.createStringBinding(() -> vm.route().get()
                .map(r -> labels.get("case.route", String.join(" + ", r.departmentList()))).orElse(labels.get("case.route.none")),
                vm.route()));
        Label people = new Label();
        people.setWrapText(true);
        people.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.routeContacts().stream()
                .map(c -> labels.get("case.route.person", c.department(), c.name(), c.title() == null ? "" : c.title(),
                        c.phone() == null ? "" : c.phone())).toList()), vm.routeContacts()));
        return section("case.section.media", new VBox(6, list, add, route, people));
    }

    private Node signsSection() {
        CheckBox[] boxes = {new CheckBox(labels.get("sign.identity")), new CheckBox(labels.get("sign.noEmotion")),
                new CheckBox(labels.get("sign.oddMovement")), new CheckBox(labels.get("sign.professional"))};
        boolean[] updating = {false};
        vm.incident().addListener((o, a, i) -> {
            updating[0] = true;
            UndercoverSigns s = i.signs();
            boxes[0].setSelected(s.identityUnclear());
            boxes[1].setSelected(s.noEmotion());
            boxes[2].setSelected(s.oddMovement());
            boxes[3].setSelected(s.professional());
            updating[0] = false;
        });
        VBox guidance = new VBox(4, new Label(labels.get("undercover.guidance.title")),
                wrapped(labels.get("undercover.guidance.reception")), wrapped(labels.get("undercover.guidance.response")));
        guidance.getStyleClass().add("guidance");
        for (CheckBox b : boxes) {
            b.selectedProperty().addListener((o, a, v) -> {
                UndercoverSigns s = new UndercoverSigns(boxes[0].isSelected(), boxes[1].isSelected(),
                        boxes[2].isSelected(), boxes[3].isSelected());
                guidance.setVisible(s.showsGuidance());
                guidance.setManaged(s.showsGuidance());
                if (!updating[0]) {
                    vm.setSigns(s);
                }
            });
        }
        guidance.setVisible(false);
        guidance.setManaged(false);
        VBox box = new VBox(6, boxes);
        box.getChildren().add(guidance);
        return section("case.section.signs", box);
    }

    private Node attachmentsSection(FilePicker picker, FileOpener opener) {
        ListView<Attachment> list = new ListView<>(vm.attachments());
        list.setId("case-attachments");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (a.erased()) { // retention removed its file and name: nothing to open or flag
                    setGraphic(new Label(labels.get("case.attachment.line", labels.get("attachment.erased"),
                            Math.max(1, a.sizeBytes() / 1024), labels.time(a.addedAt()), a.addedBy())));
                    return;
                }
                CheckBox personal = new CheckBox(labels.get("case.attachment.personal"));
                personal.setSelected(a.personalData());
                personal.setOnAction(e -> vm.setPersonal(a, personal.isSelected()));
                Label name = new Label(labels.get("case.attachment.line", a.originalName(),
                        Math.max(1, a.sizeBytes() / 1024), labels.time(a.addedAt()), a.addedBy()));
                Button openButton = new Button(labels.get("case.attachment.open"));
                openButton.setOnAction(e -> opener.open(vm.fileOf(a)));
                HBox row = new HBox(8, name, personal, openButton);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        Button add = new Button(labels.get("case.attachment.add"), new FontIcon(Material2AL.ATTACH_FILE));
        add.setId("case-add-attachment");
        add.setOnAction(e -> picker.pick(getScene().getWindow()).forEach(p -> vm.attach(p, false)));
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                e.getDragboard().getFiles().forEach(f -> vm.attach(Path.of(f.getPath()), false));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Label hint = new Label(labels.get("case.attachment.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return section("case.section.attachments", new VBox(6, list, new HBox(8, add, hint)));
    }

    private Node timelineSection() {
        ListView<TimelineEntry> list = new ListView<>(vm.timeline());
        vm.revealed().addListener((o, a, b) -> list.refresh());
        list.setId("case-timeline");
        list.setCellFactory(v -> new FitContentCell<>() {
            {
                // long notes and replies wrap within the list instead of being cut at its edge
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(TimelineEntry t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null
                        : TimelineText.line(t, labels, vm.wording(), !vm.revealed().get()));
            }
        });
        vm.timeline().addListener((javafx.collections.ListChangeListener<TimelineEntry>) c ->
                list.scrollTo(Math.max(0, vm.timeline().size() - 1)));
        TextArea note = new TextArea();
        note.setId("case-note");
        note.setPromptText(labels.get("case.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button add = new Button(labels.get("case.note.add"));
        add.setId("case-add-note");
        add.setOnAction(e -> {
            if (!note.getText().isBlank()) {
                vm.addNote(note.getText());
                note.clear();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, sectionTitle("case.section.timeline"), list, note, add);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node section(String key, Node content) {
        return new VBox(6, sectionTitle(key), content);
    }

    private Label sectionTitle(String key) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
