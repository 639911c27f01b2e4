package org.crisisdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.crisisdesk.app.single.DeskChannel;
import org.crisisdesk.common.Messages;

/** Wires the desk's window to the single-instance channel (kept out of CrisisDeskApp to keep it short). */
final class SingleInstance {
    private SingleInstance() {
    }

    /** Listens for second launches; null when the port cannot be opened (the database lock still guards). */
    static DeskChannel listen(Path dataDir, Stage stage, Messages messages) {
        try {
            return DeskChannel.listen(dataDir, () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }), args -> Main.runInDesk(messages, args));
        } catch (IOException e) {
            System.err.println(messages.get("error.unexpected", String.valueOf(e.getMessage())));
            return null;
        }
    }
}
