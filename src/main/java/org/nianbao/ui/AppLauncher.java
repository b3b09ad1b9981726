package org.nianbao.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the JavaFX app from a plain main class, so the fat jar runs with JavaFX on the class
 * path (a main class that extends Application would need JavaFX on the module path).
 */
public final class AppLauncher {
    /** Held so the level setting is not garbage-collected with the logger. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        // JavaFX warns "Unsupported JavaFX configuration" (through its general "javafx" logger) when
        // loaded from the class path, which is exactly how the single jar runs it; the warning only
        // worries users. Errors still show.
        PLATFORM_LOG.setLevel(Level.SEVERE);
        Application.launch(NianbaoApp.class, args);
    }
}
