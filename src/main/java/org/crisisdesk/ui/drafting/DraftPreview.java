package org.crisisdesk.ui.drafting;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.crisisdesk.drafting.PlaceholderMatch;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.drafting.TextDiff;

/** Read-only renderings: the text as the recipient sees it, and a comparison of two versions. */
final class DraftPreview {
    private DraftPreview() {
    }

    /** Plain text; placeholders still in it stand out, as they would in the sent mail. */
    static void showRecipientView(TextFlow flow, String text) {
        List<Node> parts = new ArrayList<>();
        int last = 0;
        for (PlaceholderMatch m : Placeholders.findAll(text)) {
            parts.add(plain(text.substring(last, m.start())));
            Text t = new Text(text.substring(m.start(), m.end()));
            t.getStyleClass().add("preview-placeholder");
            parts.add(t);
            last = m.end();
        }
        parts.add(plain(text.substring(last)));
        flow.getChildren().setAll(parts);
    }

    static void showDiff(TextFlow flow, List<TextDiff.Segment> segments) {
        List<Node> parts = new ArrayList<>();
        for (TextDiff.Segment s : segments) {
            Text t = plain(s.text());
            if (s.op() == TextDiff.Op.DELETE) {
                t.getStyleClass().add("diff-delete");
                t.setStrikethrough(true);
            } else if (s.op() == TextDiff.Op.INSERT) {
                t.getStyleClass().add("diff-insert");
                t.setUnderline(true);
            }
            parts.add(t);
        }
        flow.getChildren().setAll(parts);
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("preview-text");
        return t;
    }
}
