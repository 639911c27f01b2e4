package org.crisisdesk.ui.operators;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.store.WriteGuard;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What the counter sees while the desk is locked: the app's name, the time and "unlock" — no case
 * data at all. Put it in place of the main content (not over it), so that nothing behind it can be
 * reached by focus traversal or a screen reader.
 */
public final class LockScreen extends StackPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final OperatorService operators;
    private final WriteGuard writes;
    private final Messages messages;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Actor> onUnlocked;
    private final VBox face = new VBox(12);
    private final Label time = new Label();
    private final Label date = new Label();
    private final Timeline ticker;
    private String lastOperator;

    public LockScreen(OperatorService operators, Messages messages, Clock clock, Executor background,
            WriteGuard writes, Consumer<Actor> onUnlocked) {
        this(operators, messages, clock, background, Platform::runLater, writes, onUnlocked);
    }

    public LockScreen(OperatorService operators, Messages m, Clock clock, Executor background, Executor ui,
            Consumer<Actor> onUnlocked) {
        this(operators, m, clock, background, ui, WriteGuard.passThrough(), onUnlocked);
    }

    /** @param writes keeps an unlock the full disk refused (see {@link SignInViewModel}) */
    public LockScreen(OperatorService operators, Messages m, Clock clock, Executor background, Executor ui,
            WriteGuard writes, Consumer<Actor> onUnlocked) {
        this.writes = writes;
        this.operators = operators;
        this.messages = m;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        this.onUnlocked = onUnlocked;
        setId("lockScreen");
        Label name = new Label(m.get("app.name"));
        name.getStyleClass().add(Styles.TITLE_1);
        time.setId("lockTime");
        time.getStyleClass().add(Styles.TITLE_2);
        date.getStyleClass().add(Styles.TEXT_MUTED);
        Label hint = new Label(m.get("lock.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button unlock = new Button(m.get("lock.unlock"), new FontIcon(Material2AL.LOCK_OPEN));
        unlock.setId("lockUnlock");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        face.getChildren().addAll(name, time, date, hint, unlock);
        face.setAlignment(Pos.CENTER);
        getChildren().add(face);
        getStyleClass().add(Styles.BG_DEFAULT);

        unlock.setOnAction(e -> showSignIn());
        // a digit typed at the face starts the PIN, as on a phone: no click on "unlock" first
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (getChildren().contains(face) && typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
                e.consume();
                showSignIn().typeIntoPin(typed);
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> updateTime()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                updateTime();
                ticker.play();
                unlock.requestFocus(); // so that a digit typed at once reaches the face
            }
        });
        updateTime();
    }

    /** Whom the sign-in preselects: the operator who was signed in when the desk locked. */
    public void setLastOperator(String displayName) {
        lastOperator = displayName;
    }

    /** Back to the face (call before showing the lock screen again). */
    public void showFace() {
        getChildren().setAll(face);
    }

    private SignInView showSignIn() {
        SignInViewModel model = new SignInViewModel(operators, messages, clock, background, ui, writes, actor -> {
            showFace();
            onUnlocked.accept(actor);
        });
        if (lastOperator != null) {
            model.prefer(lastOperator);
        }
        SignInView view = new SignInView(model, messages);
        Button back = new Button(messages.get("lock.cancel"));
        back.setId("lockBack");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> showFace());
        view.getChildren().add(back);
        view.setAlignment(Pos.CENTER_LEFT);
        StackPane.setAlignment(view, Pos.CENTER);
        getChildren().setAll(view);
        view.focusPin();
        return view;
    }

    private void updateTime() {
        LocalDateTime now = LocalDateTime.now(clock);
        time.setText(TIME.format(now));
        date.setText(DATE.format(now));
    }
}
