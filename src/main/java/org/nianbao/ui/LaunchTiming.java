package org.nianbao.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import org.nianbao.model.Project;

/**
 * For {@code nianbao bench}: with {@code -Dnianbao.launchProbe=true} the app prints, one line each,
 * {@code window-shown-ms <n>} (since the JVM started) once its window is shown; with a project to open,
 * {@code content-shown-ms <n>} (from asking to open it to its first step drawn), then, with the live
 * preview on, {@code preview-first-ms <n>} (its first pages) and, after one edit to a section,
 * {@code preview-update-ms <n>} (from the pause in typing, when the preview starts again, to the
 * pages in view drawn anew; the others follow) and {@code preview-after-edit-ms <n>} (from the edit itself); then it quits.
 */
final class LaunchTiming {
    static final String PROBE = "nianbao.launchProbe";
    /** What the probe "types" at the end of the first section. */
    private static final String TYPED = "本学年工作总体平稳。";

    private LaunchTiming() {
    }

    static boolean probing() {
        return Boolean.getBoolean(PROBE);
    }

    /** @param projectFollows whether a project is about to be opened (the probe then waits for it) */
    static void shown(boolean projectFollows) {
        if (probing()) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            say("window-shown-ms", ms);
            if (!projectFollows) {
                Platform.exit();
            }
        }
    }

    /** Runs once the project is shown; {@code openAsked} is when opening began (System.nanoTime). */
    static void opened(NianbaoApp.Window window, long openAsked) {
        if (!probing()) {
            return;
        }
        // The step's content is drawn on the next pulse after the model showed the project.
        Platform.runLater(() -> {
            say("content-shown-ms", (System.nanoTime() - openAsked) / 1_000_000);
            long previewAsked = System.nanoTime();
            long[] edited = {0};
            window.view().preview().onDrawn(began -> {
                if (edited[0] == 0) {
                    say("preview-first-ms", (System.nanoTime() - previewAsked) / 1_000_000);
                    edited[0] = System.nanoTime();
                    String section = window.vm().session().project().sections().get(0).id();
                    window.vm().edit(p -> p.withProse(section, prose(p, section) + TYPED));
                } else if (began > edited[0]) {
                    long now = System.nanoTime();
                    say("preview-update-ms", (now - began) / 1_000_000);
                    say("preview-after-edit-ms", (now - edited[0]) / 1_000_000);
                    Platform.exit();
                }
            });
            window.view().showPreview();
        });
    }

    private static String prose(Project p, String section) {
        return p.section(section).orElseThrow().prose();
    }

    private static void say(String what, long ms) {
        System.out.println(what + " " + ms);
        System.out.flush();
    }
}
