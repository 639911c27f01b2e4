package org.crisisdesk.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.WriteGuard;

/**
 * Runs storage and file work off the FX thread and hands results back on it. One instance is
 * created by the composition root; tests pass same-thread executors so view models run synchronously.
 */
public final class Async {
    private final Executor background;
    private final Executor fx;
    private final Messages messages;
    private final Consumer<String> errorSink;
    private final WriteGuard writes;

    public Async(Executor background, Executor fx, Messages messages, Consumer<String> errorSink) {
        this(background, fx, messages, errorSink, WriteGuard.passThrough());
    }

    /**
     * @param writes told of every failure, so a save the disk refused outside the guard (a board move,
     *               a setting) still starts the wait for space and the reopen; the user reads plain words
     */
    public Async(Executor background, Executor fx, Messages messages, Consumer<String> errorSink, WriteGuard writes) {
        this.writes = writes;
        this.background = background;
        this.fx = fx;
        this.messages = messages;
        this.errorSink = errorSink;
    }

    /** Runs {@code work} in the background; {@code onDone} or the error message reaches the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onDone) {
        return run(work, onDone, errorSink);
    }

    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<String> onError) {
        CompletableFuture<T> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                T value = work.get();
                fx.execute(() -> {
                    onDone.accept(value);
                    result.complete(value);
                });
            } catch (RuntimeException e) {
                String text = writes.failed(e) ? messages.get("disk.notSaved") : describe(e);
                fx.execute(() -> {
                    onError.accept(text);
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** The user's wording for a failure; never a stack trace. */
    public String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserException ue) {
                return ue.localized(messages);
            }
        }
        java.util.logging.Logger.getLogger(Async.class.getName()).log(java.util.logging.Level.WARNING,
                "unexpected failure", e);
        return messages.get("error.unexpected", e.getClass().getSimpleName());
    }

    public Messages messages() {
        return messages;
    }

    public Executor background() {
        return background;
    }

    public Executor fx() {
        return fx;
    }
}
