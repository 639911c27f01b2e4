package org.crisisdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Chooses files to attach. The real one is a FileChooser; tests inject their own (the chooser fails under Monocle). */
@FunctionalInterface
public interface FilePicker {
    List<Path> pick(Window owner);
}
