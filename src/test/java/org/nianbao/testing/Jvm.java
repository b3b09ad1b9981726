package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a real second JVM on the tests' class path: two processes, not two threads, share a file. */
public final class Jvm {
    private Jvm() {
    }

    /** Starts {@code main} with {@code args}; its output (stdout and stderr together, UTF-8) goes to {@code log}. */
    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        return start("256m", main, log, args);
    }

    /** As {@link #start(Class, Path, String...)} with the heap given ({@code -Xmx<heap>}, e.g. "48m"). */
    public static Process start(String heap, Class<?> main, Path log, String... args) throws IOException {
        return start(List.of("-Xmx" + heap), main, log, args);
    }

    /** As {@link #start(Class, Path, String...)} with these JVM options (the heap among them) instead of -Xmx256m. */
    public static Process start(List<String> jvmOptions, Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.home=" + System.getProperty("user.home"));
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
