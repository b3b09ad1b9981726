package org.nianbao.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX app from a plain main class, so the fat jar runs with JavaFX on the class
 * path (a main class that extends Application would need JavaFX on the module path).
 */
public final class AppLauncher {
    private AppLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(NianbaoApp.class, args);
    }
}
