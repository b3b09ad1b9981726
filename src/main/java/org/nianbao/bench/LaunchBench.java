package org.nianbao.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Launch to first shown window: the app started from the jar in a fresh JVM on the sample, with
 * {@code -Dnianbao.launchProbe=true} so it reports once its window is shown and quits. Wall time
 * from starting the process to that report.
 */
final class LaunchBench {
    private LaunchBench() {
    }

    /** Time in ms, or -1 when not running from the jar or there is no display to show a window on. */
    static long run(Path project, Path dir) throws Exception {
        String jar = LaunchBench.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean display = !linux || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!jar.endsWith(".jar") || !display) {
            return -1;
        }
        Path home = Files.createDirectories(dir.resolve("launch-home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Dnianbao.launchProbe=true", "-Duser.home=" + home, "-jar", jar,
                project.toString()).redirectErrorStream(true).start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("window-shown-ms ")) {
                    shown = (System.nanoTime() - start) / 1_000_000;
                    break;
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return shown;
    }
}
