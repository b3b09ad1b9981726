package org.nianbao.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The content of one binary entry of a project ({@code assets/…}, {@code sources/…}), held where it costs
 * no memory: small ones in memory, a department's workbook as received in a private copy on disk
 * ({@link #copyOf(Path)}), and what a project file already holds left in that file and read only when
 * a save copies it ({@link #inProjectFile}). Immutable: the content never changes once made, and a read
 * that finds other content than was recorded (the file changed under it) fails instead of passing it on.
 */
public abstract sealed class Attachment permits Attachment.InMemory, Attachment.Copy, Attachment.InProjectFile {
    private static final Cleaner CLEANER = Cleaner.create();

    private Attachment() {
    }

    /** The number of bytes. */
    public abstract long size();

    /** The content as a stream, from its first byte; the caller closes it. */
    public abstract InputStream open() throws IOException;

    /** The content in memory: for the small entries read whole (a seal image). */
    public byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    /** Whether the content is held in memory (what a load reads of {@code assets/}). */
    public boolean inMemory() {
        return this instanceof InMemory;
    }

    /**
     * This content where no other program can change or remove it: a content still in a project
     * file is copied out (before a save drops it from that file); the others are returned as they are.
     */
    public Attachment detached() throws IOException {
        if (!(this instanceof InProjectFile)) {
            return this;
        }
        try (InputStream in = open()) {
            return Copy.of(in);
        }
    }

    public static Attachment of(byte[] bytes) {
        return new InMemory(bytes.clone());
    }

    /**
     * A private copy of {@code file} in the temporary folder (readable by this user only, deleted when
     * no longer used or when the program ends), with its SHA-256: what a department sent, as read, even
     * if the file is changed or moved before the project is saved.
     */
    public static Copy copyOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Copy.of(in);
        }
    }

    /** An entry of a project file, read only when needed: its size and CRC-32 as the ZIP records them. */
    static Attachment inProjectFile(Path projectFile, String entry, long size, long crc) {
        return new InProjectFile(projectFile.toAbsolutePath(), entry, size, crc);
    }

    static final class InMemory extends Attachment {
        private final byte[] bytes;

        private InMemory(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** A private copy on disk; the file is deleted once no attachment refers to it. */
    public static final class Copy extends Attachment {
        private final Path file;
        private final long size;
        private final String sha256;

        private Copy(Path file, long size, String sha256) {
            this.file = file;
            this.size = size;
            this.sha256 = sha256;
            CLEANER.register(this, () -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // deleteOnExit tries again
                }
            });
        }

        static Copy of(InputStream in) throws IOException {
            Path file = Files.createTempFile("nianbao-", ".part"); // rw------- where the system has POSIX permissions
            file.toFile().deleteOnExit();
            MessageDigest digest = FileVersion.newDigest();
            long size;
            try (OutputStream out = Files.newOutputStream(file); InputStream hashed = new DigestInputStream(in, digest)) {
                size = hashed.transferTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new Copy(file, size, HexFormat.of().formatHex(digest.digest()));
        }

        /** The copy itself, for reading it (keep this attachment reachable meanwhile). */
        public Path file() {
            return file;
        }

        /** The SHA-256 of the content, as lower-case hex. */
        public String sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open() throws IOException {
            return new Checked(Files.newInputStream(file), file.toString(), size, -1, null);
        }
    }

    static final class InProjectFile extends Attachment {
        private final Path projectFile;
        private final String entry;
        private final long size;
        private final long crc;

        private InProjectFile(Path projectFile, String entry, long size, long crc) {
            this.projectFile = projectFile;
            this.entry = entry;
            this.size = size;
            this.crc = crc;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open() throws IOException {
            ZipFile zip = new ZipFile(projectFile.toFile(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                ZipEntry e = zip.getEntry(entry);
                if (e == null || e.getSize() != size || e.getCrc() != crc) {
                    throw new IOException(projectFile + " no longer holds " + entry + " as it was read");
                }
                return new Checked(zip.getInputStream(e), projectFile + "!" + entry, size, crc, zip);
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }
    }

    /**
     * Passes the content through and, at its end, checks it had the length (and CRC-32) it was recorded
     * with: a file changed under an attachment fails the read instead of giving other bytes.
     */
    private static final class Checked extends FilterInputStream {
        private final String where;
        private final long size;
        private final long crc;
        private final AutoCloseable owner;
        private final CRC32 sum = new CRC32();
        private long count;

        Checked(InputStream in, String where, long size, long crc, AutoCloseable owner) {
            super(in);
            this.where = where;
            this.size = size;
            this.crc = crc;
            this.owner = owner;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                atEnd();
            } else {
                sum.update(b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                atEnd();
            } else {
                sum.update(b, off, n);
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("not supported");
        }

        private void atEnd() throws IOException {
            if (count != size || (crc >= 0 && sum.getValue() != crc)) {
                throw new IOException(where + " changed after it was read (" + count + " bytes, " + size + " expected)");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                if (owner != null) {
                    try {
                        owner.close();
                    } catch (Exception e) {
                        // the stream itself is closed; the ZIP's handle goes with the object
                    }
                }
            }
        }
    }
}
