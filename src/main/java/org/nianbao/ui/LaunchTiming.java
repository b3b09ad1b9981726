package org.nianbao.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * For {@code nianbao bench}: with {@code -Dnianbao.launchProbe=true} the app prints
 * {@code window-shown-ms <n>} (time since the JVM started) once its window is shown, then quits.
 */
final class LaunchTiming {
    static final String PROBE = "nianbao.launchProbe";

    private LaunchTiming() {
    }

    static void shown() {
        if (Boolean.getBoolean(PROBE)) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("window-shown-ms " + ms);
            System.out.flush();
            Platform.exit();
        }
    }
}
