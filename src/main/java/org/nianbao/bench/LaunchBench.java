package org.nianbao.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as a person feels it: started from the jar in a fresh JVM on the sample, with
 * {@code -Dnianbao.launchProbe=true} so it reports what it has shown and quits (see the app's
 * {@code LaunchTiming}): launch to first window (wall time from starting the process), open to
 * content, the live preview's first pages, and its update after one edit once typing pauses.
 */
final class LaunchBench {
    private LaunchBench() {
    }

    /**
     * Each figure in ms, -1 when not measured (not running from the jar, or no display to show a window on).
     *
     * @param windowMs         process start to the first shown window
     * @param openMs           asking to open the sample to its first step drawn
     * @param previewFirstMs   the preview turned on to its first pages drawn
     * @param previewUpdateMs  the pause in typing (the preview starts again) to the new pages drawn
     * @param previewAfterEditMs the edit to the new pages drawn: the wait for a pause included
     */
    public record Result(long windowMs, long openMs, long previewFirstMs, long previewUpdateMs, long previewAfterEditMs) {
        static Result none() {
            return new Result(-1, -1, -1, -1, -1);
        }
    }

    static Result run(Path project, Path dir) throws Exception {
        String jar = LaunchBench.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean display = !linux || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!jar.endsWith(".jar") || !display) {
            return Result.none();
        }
        Path home = Files.createDirectories(dir.resolve("launch-home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Dnianbao.launchProbe=true", "-Duser.home=" + home, "-jar", jar,
                project.toString()).redirectErrorStream(true).start();
        Map<String, Long> seen = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[0].endsWith("-ms") && parts[1].matches("\\d+")) {
                    seen.put(parts[0], parts[0].equals("window-shown-ms") ? (System.nanoTime() - start) / 1_000_000
                            : Long.parseLong(parts[1]));
                }
            }
        }
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(seen.getOrDefault("window-shown-ms", -1L), seen.getOrDefault("content-shown-ms", -1L),
                seen.getOrDefault("preview-first-ms", -1L), seen.getOrDefault("preview-update-ms", -1L),
                seen.getOrDefault("preview-after-edit-ms", -1L));
    }
}
