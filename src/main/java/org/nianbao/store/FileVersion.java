package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which content a project file had when it was read or written: its size and SHA-256.
 *
 * <p>A save compares the file's version now with the one its session read and refuses to overwrite
 * a file that changed in between. Size and hash rather than a revision counter in
 * {@code project.json}: they see every change, including one made by an older build, a hand
 * edit, a sync tool or a copy put back, and checking them does not need to parse the project.
 */
public record FileVersion(long size, String sha256) {
    /** The file did not exist (a new project): a save then refuses to replace one that appeared since. */
    public static final FileVersion ABSENT = new FileVersion(-1, "");

    public static FileVersion of(Path file) throws IOException {
        if (!Files.exists(file)) {
            return ABSENT;
        }
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        return new FileVersion(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** True when {@code file} still has this content; checks the size before reading it all. */
    public boolean matches(Path file) throws IOException {
        if (this == ABSENT || size < 0) {
            return !Files.exists(file);
        }
        try {
            if (Files.size(file) != size) {
                return false;
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return equals(of(file));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Counts and hashes what passes through, so a save knows the version it wrote without reading it back. */
    static final class Recording extends java.io.FilterOutputStream {
        private final MessageDigest digest = newDigest();
        private long size;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        FileVersion version() {
            return new FileVersion(size, HexFormat.of().formatHex(digest.digest()));
        }
    }
}
