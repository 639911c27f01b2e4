package org.crisisdesk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a labeled node actually draws, for tests that check nothing is cut to "…". Call on the FX thread. */
public final class ShownText {
    private ShownText() {
    }

    /** "full → shown" for every labeled node within these nodes whose text is drawn cut. */
    public static List<String> cut(Collection<? extends Node> roots) {
        List<String> cut = new ArrayList<>();
        for (Node root : roots) {
            for (Node node : root.lookupAll(".text")) {
                if (node instanceof Text text && text.getParent() instanceof Labeled owner && owner.getText() != null) {
                    String full = owner.getText().replace("\n", "");
                    String shown = text.getText().replace("\n", "");
                    if (!shown.equals(full)) {
                        cut.add(full + " → " + shown);
                    }
                }
            }
        }
        return cut;
    }
}
