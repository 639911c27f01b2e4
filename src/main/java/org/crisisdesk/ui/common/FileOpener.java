package org.crisisdesk.ui.common;

import java.nio.file.Path;

/** Opens a file with the system viewer; injected so tests can replace it. */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
