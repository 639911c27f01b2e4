package org.crisisdesk.ui.checklist;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;

/** Runs database work on the injected executor and hands the result back on the FX thread. */
final class FxTasks {
    private FxTasks() {
    }

    /**
     * Runs {@code work} on the executor; the callback runs at once when the executor ran it on the
     * calling thread (tests pass a same-thread executor, no FX toolkit needed), else on the FX thread.
     */
    static <T> void run(Executor executor, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Thread caller = Thread.currentThread();
        executor.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                back(caller, () -> failed.accept(e));
                return;
            }
            back(caller, () -> done.accept(result));
        });
    }

    /** Runs {@code r} at once on the caller's thread (tests' same-thread executors), else on the FX thread. */
    static void back(Thread caller, Runnable r) {
        if (Thread.currentThread() == caller) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** The user's message for a failure: the bundle text of a {@link UserException}, else a generic one. */
    static String message(Messages messages, Throwable e) {
        if (org.crisisdesk.store.DiskFailures.isDiskFailure(e)) {
            return messages.get("disk.notSaved"); // plain words, never H2's message
        }
        if (e instanceof UserException ue) {
            return ue.localized(messages);
        }
        return messages.get("error.unexpected", String.valueOf(e.getMessage()));
    }
}
