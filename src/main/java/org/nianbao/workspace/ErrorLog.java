package org.nianbao.workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final long MAX_BYTES = org.nianbao.platform.LogFile.MAX_BYTES;

    private final Path file;
    private final Clock clock;

    public ErrorLog(Path home, Clock clock) {
        this.file = org.nianbao.platform.LogFile.in(home);
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
            // A log the app holds open cannot be moved on Windows: it then grows a little past the limit.
            org.nianbao.platform.LogFile.rotate(file);
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
