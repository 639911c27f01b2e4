package org.crisisdesk.ui.operators;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;

/**
 * Runs service work on the background executor and hands the result (or the user-facing error
 * text) to the UI executor. View models get both executors; views pass {@code Platform::runLater}
 * and tests a same-thread one.
 */
final class Async {
    private final Executor background;
    private final Executor ui;
    private final Messages messages;

    Async(Executor background, Executor ui, Messages messages) {
        this.background = background;
        this.ui = ui;
        this.messages = messages;
    }

    <T> void run(Supplier<T> work, Consumer<T> onOk, Consumer<Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept(e));
                return;
            }
            ui.execute(() -> onOk.accept(result));
        });
    }

    String text(Throwable e) {
        return e instanceof UserException ue ? ue.localized(messages)
                : messages.get("error.unexpected", String.valueOf(e.getMessage()));
    }

    Messages messages() {
        return messages;
    }
}
