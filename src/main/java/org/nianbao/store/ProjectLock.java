package org.nianbao.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Says "this project is being changed" to every other Nianbao, on this computer or on another one
 * sharing the folder: a small file {@code <name>.nianbao.lock} beside the project, holding who
 * (user, computer, process id, since when, which program). It is created atomically (only one
 * process can create it), kept fresh while held (its time is touched every minute) and deleted on
 * release.
 *
 * <p>A lock is stale, and taken over, when its process is gone (same computer, process id no longer
 * running) or it has not been touched for {@link #STALE_AFTER} (a crash on another computer, a
 * machine that went to sleep). Breaking a lock is the one place two processes could race; the
 * version check on save ({@link FileVersion}) still refuses to overwrite what the other wrote.
 */
public final class ProjectLock implements AutoCloseable {
    /** Who holds a project. {@code program} is e.g. {@code nianbao import} or {@link #APP}. */
    public record Holder(String owner, String host, long pid, Instant since, String program, String token) {
        /** The start time as the user reads it, in this computer's time zone. */
        public String sinceText() {
            return since == null ? "?" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                    .format(since.atZone(ZoneId.systemDefault()));
        }
    }

    /** The program name the desktop app holds its open project under (it holds it while open). */
    public static final String APP = "nianbao app";
    /** A lock not touched for this long is taken to belong to a crashed or sleeping process. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** A lock file without readable content is one being written at this moment, unless older than this. */
    private static final Duration HALF_WRITTEN = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScheduledExecutorService TOUCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-lock-touch");
        t.setDaemon(true);
        return t;
    });

    /** Locks this process holds, released when the JVM ends normally (the command line's System.exit, the app's exit). */
    private static final java.util.Set<ProjectLock> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> HELD.forEach(ProjectLock::close), "nianbao-lock-release"));
    }

    private final Path project;
    private final Path lockFile;
    private final Holder holder;
    private final ScheduledFuture<?> touching;
    private volatile boolean released;

    private ProjectLock(Path project, Path lockFile, Holder holder) {
        this.project = project;
        this.lockFile = lockFile;
        this.holder = holder;
        long every = TOUCH_EVERY.toMillis();
        this.touching = TOUCHER.scheduleAtFixedRate(this::touch, every, every, TimeUnit.MILLISECONDS);
        HELD.add(this);
    }

    /** The lock file of a project: {@code 报告.nianbao} → {@code 报告.nianbao.lock} in the same folder. */
    public static Path lockFileOf(Path project) {
        Path abs = project.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code project}. While another command holds it, waits up to {@code wait}
     * for it to finish; a project held by the app (open for as long as the user works) is refused
     * at once.
     *
     * @throws ProjectLockedException naming the holder; ProjectFileException when the lock file cannot be written
     */
    public static ProjectLock acquire(Path project, String program, Duration wait) throws ProjectFileException {
        Path abs = project.toAbsolutePath();
        Path lock = lockFileOf(abs);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Holder me = new Holder(System.getProperty("user.name", "?"), thisHost(), ProcessHandle.current().pid(),
                    Instant.now(), program, UUID.randomUUID().toString());
            try {
                Files.write(lock, content(me), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new ProjectLock(abs, lock, me);
            } catch (FileAlreadyExistsException taken) {
                // someone holds it: see below
            } catch (NoSuchFileException e) {
                throw ProjectFileException.of("store.error.notFound", abs, "the project's folder does not exist", e);
            } catch (AccessDeniedException e) {
                throw ProjectFileException.of("store.error.accessDenied", abs, "cannot create the lock file " + lock, e);
            } catch (IOException e) {
                throw ProjectFileException.of("store.error.write", abs, "cannot create the lock file: " + e.getMessage(), e,
                        String.valueOf(e.getMessage()));
            }
            Optional<Read> other = read(lock);
            if (other.isEmpty()) {
                continue; // released between our attempt and our look: try again
            }
            if (other.get().stale()) {
                breakStale(lock, other.get());
                continue;
            }
            Holder h = other.get().holder();
            if (APP.equals(h.program()) || System.nanoTime() > deadline) {
                throw locked(abs, h);
            }
            try {
                Thread.sleep(100 + (long) (Math.random() * 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw locked(abs, h);
            }
        }
    }

    /** Who holds {@code project} now, when a live process does (a stale lock counts as none). */
    public static Optional<Holder> holder(Path project) {
        return read(lockFileOf(project)).filter(r -> !r.stale()).map(Read::holder);
    }

    /** The refusal a command or the app reports when another process holds the project. */
    public static ProjectLockedException locked(Path project, Holder h) {
        return new ProjectLockedException(project.toAbsolutePath(), h);
    }

    public Path project() {
        return project;
    }

    public Holder holder() {
        return holder;
    }

    /** True while the lock file is still ours (false after release, or when another process took it over as stale). */
    public boolean isHeld() {
        return !released && read(lockFile).map(r -> r.holder().token().equals(holder.token())).orElse(false);
    }

    /** Deletes the lock file if it is still ours; safe to call twice. */
    @Override
    public void close() {
        if (released) {
            return;
        }
        touching.cancel(false);
        boolean ours = isHeld();
        released = true;
        HELD.remove(this);
        if (ours) {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // Left behind, it is stale as soon as this process ends: nothing is blocked for long.
            }
        }
    }

    private void touch() {
        if (isHeld()) {
            try {
                Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // the next touch tries again; a save checks the file's version anyway
            }
        }
    }

    /** What a lock file says, and whether it may be taken over. */
    private record Read(Holder holder, byte[] bytes, boolean stale) {
    }

    private static Optional<Read> read(Path lock) {
        byte[] bytes;
        FileTime touched;
        try {
            touched = Files.getLastModifiedTime(lock);
            bytes = Files.readAllBytes(lock);
        } catch (IOException e) {
            return Optional.empty();
        }
        Duration age = Duration.between(touched.toInstant(), Instant.now());
        Holder h;
        try {
            JsonNode n = JSON.readTree(bytes);
            h = new Holder(n.path("owner").asText("?"), n.path("host").asText("?"), n.path("pid").asLong(-1),
                    Instant.parse(n.path("since").asText()), n.path("program").asText("?"), n.path("token").asText(""));
        } catch (IOException | RuntimeException e) {
            // Being written this very moment, or left half-written by a crash.
            return Optional.of(new Read(new Holder("?", "?", -1, touched.toInstant(), "?", ""), bytes,
                    age.compareTo(HALF_WRITTEN) > 0));
        }
        boolean deadHere = h.host().equals(thisHost()) && h.pid() > 0
                && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
        return Optional.of(new Read(h, bytes, deadHere || age.compareTo(STALE_AFTER) > 0));
    }

    /** Deletes a stale lock, unless it changed since it was read (someone else took it over first). */
    private static void breakStale(Path lock, Read stale) {
        try {
            if (Arrays.equals(Files.readAllBytes(lock), stale.bytes())) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException e) {
            // gone already, or taken: the next attempt sees which
        }
    }

    private static byte[] content(Holder h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("owner", h.owner());
        n.put("host", h.host());
        n.put("pid", h.pid());
        n.put("since", h.since().toString());
        n.put("program", h.program());
        n.put("token", h.token());
        return n.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static volatile String host;

    /** This computer's name, without a network look-up (which can hang for seconds on an office PC). */
    static String thisHost() {
        String h = host;
        if (h == null) {
            h = System.getenv("COMPUTERNAME");
            if (h == null || h.isBlank()) {
                h = System.getenv("HOSTNAME");
            }
            if (h == null || h.isBlank()) {
                try {
                    h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
                } catch (IOException | RuntimeException e) {
                    h = null;
                }
            }
            if (h == null || h.isBlank()) {
                try {
                    h = java.net.InetAddress.getLocalHost().getHostName();
                } catch (IOException e) {
                    h = "localhost";
                }
            }
            host = h;
        }
        return h;
    }
}
