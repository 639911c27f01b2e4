package org.crisisdesk.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look of the desk: AtlantaFX Primer Light plus the bundled Noto Sans SC, so Chinese renders the
 * same on a PC without any CJK font installed.
 */
public final class Theme {
    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String[] FONTS = {"/org/crisisdesk/fonts/NotoSansSC-Regular.ttf",
            "/org/crisisdesk/fonts/NotoSansSC-Bold.ttf"};

    private Theme() {
    }

    /** Loads the bundled fonts and sets the user-agent theme; call once before the first scene. */
    public static boolean install() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
        return loadFonts();
    }

    public static String userAgentStylesheet() {
        return new PrimerLight().getUserAgentStylesheet();
    }

    /**
     * Loads the bundled fonts (about 20 MB). Safe before the toolkit has started, so the desk does it
     * on a background thread while JavaFX starts up; {@link #install()} does it in place.
     */
    public static boolean loadFonts() {
        boolean loaded = true;
        for (String font : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(font)) {
                loaded &= in != null && Font.loadFont(in, 13) != null;
            } catch (IOException e) {
                loaded = false;
            }
        }
        return loaded;
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/org/crisisdesk/ui/desk.css").toExternalForm());
    }
}
