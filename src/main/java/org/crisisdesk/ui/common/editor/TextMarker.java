package org.crisisdesk.ui.common.editor;

import java.util.List;

/**
 * Extra marks the editor paints besides checker hits, e.g. placeholders such as {承诺时间}.
 * Called off the FX thread with the committed text; must be thread-safe.
 */
@FunctionalInterface
public interface TextMarker {
    List<Mark> marks(String text);

    TextMarker NONE = text -> List.of();

    /** A range [start, end) in the committed text painted with a style class. */
    record Mark(int start, int end, String styleClass) {
    }
}
