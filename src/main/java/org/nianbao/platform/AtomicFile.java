package org.nianbao.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers only ever see the old content or the complete new content: the
 * bytes go to a hidden temp file in the same folder, are forced to disk, and the temp file is
 * renamed over the target. A failure leaves the target as it was and no partial file behind.
 */
public final class AtomicFile {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        write(file, content, false);
    }

    /**
     * @param keepBackup copy the file being replaced to {@code <name>.bak} first
     */
    public static void write(Path file, Content content, boolean keepBackup) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            matchPermissions(tmp, target);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                // The content writer may close the stream (ZIP and PDF writers do); force through the channel,
                // which stays usable only while open, so flush first and force only if still open.
                content.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.exists(target)) {
                Path bak = target.resolveSibling(target.getFileName() + ".bak");
                Path bakTmp = Files.createTempFile(dir, "." + bak.getFileName() + ".", ".tmp");
                try {
                    Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING);
                    move(bakTmp, bak);
                } finally {
                    Files.deleteIfExists(bakTmp);
                }
            }
            move(tmp, target);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Temp files are created owner-only; the result should look like any file the user saves:
     * the permissions of the file it replaces, or rw-r--r-- for a new one.
     */
    private static void matchPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        // Makes the rename durable on Linux/macOS; Windows cannot open a directory and does not need it.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort, see above
        }
    }

    /** Lets writers that close their stream (iText, ZipOutputStream) finish without closing the channel. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
