package org.crisisdesk.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import javafx.concurrent.Task;

import org.crisisdesk.reports.ReportExports;

/**
 * One export in the background: progress and message for the bar, cancelled cooperatively through
 * {@link #requestCancel()}. Never call {@link #cancel()} on it: that interrupts the thread, which may
 * be inside H2 and would close the database file.
 */
public final class ExportTask extends Task<List<Path>> {
    /** The export itself, e.g. {@code (p, c) -> exports.exportCases(ids, target, layout, actor, unmask, p, c)}. */
    @FunctionalInterface
    public interface Job {
        List<Path> run(ReportExports.Progress progress, BooleanSupplier cancelled);
    }

    private final Job job;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public ExportTask(Job job) {
        this.job = Objects.requireNonNull(job);
    }

    @Override
    protected List<Path> call() {
        return job.run((fraction, message) -> {
            updateProgress(fraction, 1.0);
            updateMessage(message);
        }, cancelRequested::get);
    }

    /** Asks the export to stop at its next check (between cases and pages); it then fails with a CancellationException. */
    public void requestCancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }
}
