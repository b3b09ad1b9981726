package org.nianbao.platform;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The log file on this computer ({@code <local folder>/logs/nianbao.log}): kept to a few MB (the one before as
 * {@code nianbao.log.1}). The app sends what it writes to standard error there as well — library warnings through
 * SLF4J, JavaFX's own complaints, a failed start — since a window started from a menu has no console to show them.
 */
public final class LogFile {
    /** The log is moved aside when it has grown past this. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private LogFile() {
    }

    /** Where the log is kept under this computer's folder for Nianbao. */
    public static Path in(Path localFolder) {
        return localFolder.resolve("logs").resolve("nianbao.log");
    }

    /** Moves a log grown past {@link #MAX_BYTES} aside; a log that cannot be moved (open elsewhere) is left to grow. */
    public static void rotate(Path log) {
        try {
            if (Files.exists(log) && Files.size(log) > MAX_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Keep writing to the one there is.
        }
    }

    /**
     * From now on, what the program writes to standard error also goes to the end of {@code log} (the console, when
     * there is one, still shows it). Nothing happens when the log cannot be opened: the console stays as it was.
     */
    public static void teeStandardError(Path log) {
        try {
            Files.createDirectories(log.getParent());
            rotate(log);
            OutputStream file = new FileOutputStream(log.toFile(), true);
            PrintStream console = System.err;
            System.setErr(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    console.write(b);
                    file.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    console.write(b, off, len);
                    file.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    console.flush();
                    file.flush();
                }
            }, true, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // No log file: the console is all there is.
        }
    }
}
