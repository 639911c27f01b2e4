package org.crisisdesk.app;

import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.MigrationFailedException;
import org.crisisdesk.store.RestoreService;

/**
 * A start that failed: says why and, when an upgrade failed, offers to put the pre-upgrade backup
 * back. Nothing has the database open at this point, so the restore can swap the file directly.
 */
final class StartupRecovery {
    private StartupRecovery() {
    }

    /** Shows the failure and, after a failed upgrade, offers to restore the pre-upgrade backup. */
    static void handle(UserException e, java.nio.file.Path dataDir, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.localized(messages));
        alert.setHeaderText(messages.get("app.cannotStart"));
        alert.setTitle(messages.get("app.title"));
        ButtonType restore = new ButtonType(messages.get("ui.upgrade.restore"), ButtonBar.ButtonData.OK_DONE);
        if (e instanceof MigrationFailedException) {
            alert.getButtonTypes().setAll(restore, ButtonType.CLOSE);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (e instanceof MigrationFailedException failed && answer.filter(restore::equals).isPresent()) {
            try {
                new RestoreService(dataDir, Clock.systemUTC()).restore(failed.backup());
                // this version's upgrade would fail again, so the desk does not reopen here
                Alert done = new Alert(Alert.AlertType.INFORMATION, messages.get("ui.upgrade.restored", failed.backup()));
                done.setTitle(messages.get("app.title"));
                done.showAndWait();
            } catch (UserException again) {
                Alert broken = new Alert(Alert.AlertType.ERROR, again.localized(messages));
                broken.setTitle(messages.get("app.title"));
                broken.showAndWait();
            }
        }
    }
}
