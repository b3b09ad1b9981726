package org.nianbao.workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Where internal errors (bugs, not the user's files) are written with their stack traces:
 * {@code ~/.nianbao/logs/nianbao.log}, kept to a few MB (the previous one as {@code nianbao.log.1}).
 * The user is shown a sentence and this path, never the trace.
 */
public final class ErrorLog {
    /** The log is moved aside when it grows past this. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path file;
    private final Clock clock;

    public ErrorLog(Path home, Clock clock) {
        this.file = home.resolve("logs").resolve("nianbao.log");
        this.clock = clock;
    }

    /** The time for the log line; the log must not fail because the clock did (it may be the bug). */
    private String now() {
        try {
            return ZonedDateTime.now(clock).toString();
        } catch (RuntimeException e) {
            return ZonedDateTime.now().toString();
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Appends the error with what was being done; the path written to, or empty when even the log
     * could not be written (then the caller still says what happened, without a path).
     */
    public synchronized Optional<Path> record(String doing, Throwable error) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(now() + " " + doing);
            error.printStackTrace(w);
            w.println();
        }
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
