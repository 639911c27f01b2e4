package org.crisisdesk.ui.board;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** One case on the board: number, severity colour, title, store, age and the media badge. */
final class CaseCard extends VBox {
    CaseCard(CaseSummary c, String storeName, Labels labels, Instant now, Function<CaseSummary, Node> extras) {
        getStyleClass().addAll("case-card", "sev-" + c.severity().name());
        Label number = new Label(c.caseNo());
        number.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label severity = new Label(labels.of(c.severity()));
        severity.getStyleClass().addAll("sev-chip", "sev-chip-" + c.severity().name());
        severity.setMinWidth(Region.USE_PREF_SIZE); // the grade stays readable; the number may shorten
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, number, gap, severity);
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(c.shownTitle());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "case-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wrap to a second line instead of cutting with "…"

        Label where = new Label(storeName + " · " + labels.age(c.discoveredAt() != null ? c.discoveredAt() : c.updatedAt(), now));
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(top, title, where);

        if (c.hasMedia()) {
            Label media = new Label(c.firstOutlet() + " · " + labels.of(c.topReach())
                    + (c.mediaCount() > 1 ? " +" + (c.mediaCount() - 1) : ""), new FontIcon(Material2AL.ANNOUNCEMENT));
            media.getStyleClass().addAll("media-badge", "reach-" + c.topReach().name());
            getChildren().add(media);
        }
        if (extras != null) {
            Node extra = extras.apply(c);
            if (extra != null) {
                getChildren().add(extra);
            }
        }
        setSpacing(4);
        setFillWidth(true);
    }
}
