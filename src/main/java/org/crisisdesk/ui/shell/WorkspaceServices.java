package org.crisisdesk.ui.shell;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.ui.common.FileOpener;
import org.crisisdesk.ui.common.FilePicker;

/**
 * The desktop services a workspace needs beyond the core: file chooser and system viewer (tests
 * replace both; they fail under headless Monocle), the executor the phrase checker runs on, and the
 * timer that coalesces draft autosaves.
 */
public record WorkspaceServices(FilePicker picker, FileOpener opener, Executor checkExecutor,
                                ScheduledExecutorService autosave) {
}
