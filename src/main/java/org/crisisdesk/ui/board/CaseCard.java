package org.crisisdesk.ui.board;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One case on the board: number, severity colour, title, store, age and the media badge. A list cell
 * builds one card and {@link #show shows} each case it scrolls to in it. Severity and reach are
 * pseudo-classes, not style classes: JavaFX restyles a node and everything inside it when a style
 * class changes, but only switches cached styles when a pseudo-class does.
 */
final class CaseCard extends VBox {
    /** By {@link Severity#ordinal()}: {@code .case-card:sev-i} is the red 特别重大 card, and so on. */
    private static final PseudoClass[] SEVERITY = {PseudoClass.getPseudoClass("sev-iv"),
            PseudoClass.getPseudoClass("sev-iii"), PseudoClass.getPseudoClass("sev-ii"),
            PseudoClass.getPseudoClass("sev-i")};
    /** National or provincial media: the badge turns red. */
    private static final PseudoClass WIDE_REACH = PseudoClass.getPseudoClass("wide-reach");

    private final Labels labels;
    private final Label number = new Label();
    private final Label severity = new Label();
    private final Label title = new Label();
    private final Label where = new Label();
    private final Label media = new Label(null, new FontIcon(Material2AL.ANNOUNCEMENT));
    private final CardExtra extra;

    CaseCard(Labels labels, CardExtra extra) {
        this.labels = labels;
        this.extra = extra;
        getStyleClass().add("case-card");
        number.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        severity.getStyleClass().add("sev-chip");
        severity.setMinWidth(Region.USE_PREF_SIZE); // the grade stays readable; the number may shorten
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, number, gap, severity);
        top.setAlignment(Pos.CENTER_LEFT);

        title.getStyleClass().addAll(Styles.TEXT_BOLD, "case-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wrap to a second line instead of cutting with "…"
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        media.getStyleClass().add("media-badge");
        media.managedProperty().bind(media.visibleProperty());
        getChildren().addAll(top, title, where, media);
        if (extra != null) {
            extra.node().managedProperty().bind(extra.node().visibleProperty());
            getChildren().add(extra.node());
        }
        setSpacing(4);
        setFillWidth(true);
    }

    /** An empty cell keeps its card, transparent and without the last case's words. */
    void clear() {
        number.setText(null);
        severity.setText(null);
        title.setText(null);
        where.setText(null);
        media.setText(null);
        if (extra != null) {
            extra.clear();
        }
    }

    void show(CaseSummary c, String storeName, Instant now) {
        number.setText(c.caseNo());
        severity.setText(labels.of(c.severity()));
        for (Severity s : Severity.values()) {
            boolean on = s == c.severity();
            pseudoClassStateChanged(SEVERITY[s.ordinal()], on);
            severity.pseudoClassStateChanged(SEVERITY[s.ordinal()], on);
        }
        title.setText(c.shownTitle());
        where.setText(storeName + " · " + labels.age(c.discoveredAt() != null ? c.discoveredAt() : c.updatedAt(), now));
        media.setVisible(c.hasMedia());
        if (c.hasMedia()) {
            media.setText(c.firstOutlet() + " · " + labels.of(c.topReach())
                    + (c.mediaCount() > 1 ? " +" + (c.mediaCount() - 1) : ""));
            media.pseudoClassStateChanged(WIDE_REACH, c.topReach() == Reach.NATIONAL || c.topReach() == Reach.PROVINCIAL);
        }
        if (extra != null) {
            extra.node().setVisible(extra.show(c));
        }
    }
}
