package org.crisisdesk.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.store.WriteGuard;
import org.crisisdesk.ui.common.FileOpener;
import org.crisisdesk.ui.common.FilePicker;

/**
 * The desktop services a workspace needs beyond the core: file chooser and system viewer (tests
 * replace both; they fail under headless Monocle), the executor the phrase checker runs on, the
 * timer that coalesces draft autosaves, how a backup is restored (the app closes the database,
 * swaps the files and asks to be reopened), and the guard that keeps saves a full disk refused.
 */
public record WorkspaceServices(FilePicker picker, FileOpener opener, Executor checkExecutor,
                                ScheduledExecutorService autosave, UnaryOperator<Path> restorer,
                                WriteGuard writes) {
    /** Without restore (tests): the Backups section then refuses restoring. */
    public WorkspaceServices(FilePicker picker, FileOpener opener, Executor checkExecutor,
                             ScheduledExecutorService autosave, WriteGuard writes) {
        this(picker, opener, checkExecutor, autosave, zip -> {
            throw new org.crisisdesk.common.UserException("backup.restoreUnavailable");
        }, writes);
    }
}
