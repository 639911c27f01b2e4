package org.crisisdesk.ui.scripts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Messages;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptState;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One script in the library list: a scenario heading when the group starts, then the title with
 * favourite star, state badge, usage count and tags. The list stays flat so arrows move through
 * scripts only.
 */
final class ScriptCell extends ListCell<Script> {
    private final Messages m;
    private final Label heading = new Label();
    private final Label star = new Label();
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Label usage = new Label();
    private final Label tags = new Label();
    private final VBox box;

    ScriptCell(Messages m) {
        this.m = m;
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "scenario-heading");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        badge.getStyleClass().addAll("state-badge", Styles.TEXT_SMALL);
        usage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        tags.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(6, star, title, spacer, badge, usage);
        line.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, heading, line, tags);
    }

    @Override
    protected void updateItem(Script s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        int i = getIndex();
        boolean first = i == 0 || getListView().getItems().get(i - 1).scenario() != s.scenario();
        heading.setText(m.get(s.scenario().labelKey()));
        heading.setVisible(first);
        heading.setManaged(first);
        star.setGraphic(s.favourite() ? new FontIcon(Material2MZ.STAR) : null);
        title.setText(s.title());
        badge.setText(m.get(s.state().labelKey()));
        badge.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.TEXT_MUTED);
        badge.getStyleClass().add(s.state() == ScriptState.APPROVED ? Styles.SUCCESS
                : s.state() == ScriptState.DRAFT ? Styles.WARNING : Styles.TEXT_MUTED);
        usage.setText(m.get("scripts.view.usage", s.usageCount()));
        tags.setText(s.tags().isEmpty() ? "" : "#" + String.join("  #", s.tags()));
        setText(null);
        setGraphic(box);
    }
}
