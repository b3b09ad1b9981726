package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

class ProjectLockTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    private Path project() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, Fixtures.project(Workspace.standard()));
        return file;
    }

    private static void writeLock(Path file, String host, long pid, String program, Instant touched) throws Exception {
        Path lock = ProjectLock.lockFileOf(file);
        Files.writeString(lock, "{\"owner\":\"李老师\",\"host\":\"" + host + "\",\"pid\":" + pid + ",\"since\":\"2026-09-30T01:00:00Z\","
                + "\"program\":\"" + program + "\",\"token\":\"t\"}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(lock, FileTime.from(touched));
    }

    @Test
    void theLockFileBesideTheProjectSaysWhoWhereAndSinceWhenAndGoesOnRelease() throws Exception {
        Path file = project();
        Path lockFile = dir.resolve("r.nianbao.lock");
        try (ProjectLock lock = ProjectLock.acquire(file, "nianbao import", Duration.ZERO)) {
            assertThat(lock.isHeld()).isTrue();
            JsonNode json = new ObjectMapper().readTree(lockFile.toFile());
            assertThat(json.get("owner").asText()).isEqualTo(System.getProperty("user.name"));
            assertThat(json.get("host").asText()).isEqualTo(ProjectLock.thisHost()).isNotBlank();
            assertThat(json.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
            assertThat(Instant.parse(json.get("since").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(json.get("program").asText()).isEqualTo("nianbao import");
            assertThat(ProjectLock.holder(file)).map(ProjectLock.Holder::program).contains("nianbao import");
        }
        assertThat(lockFile).doesNotExist();
        assertThat(ProjectLock.holder(file)).isEmpty();
    }

    @Test
    void aSecondWriterWaitsThenIsRefusedNamingTheHolder() throws Exception {
        Path file = project();
        try (ProjectLock first = ProjectLock.acquire(file, "nianbao import", Duration.ZERO)) {
            long start = System.nanoTime();
            ProjectLockedException e = catchThrowableOfType(ProjectLockedException.class,
                    () -> ProjectLock.acquire(file, "nianbao prose", Duration.ofMillis(600)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            assertThat(e.key()).isEqualTo("store.error.locked");
            assertThat(e.holder().program()).isEqualTo("nianbao import");
            assertThat(e.args()).contains(String.valueOf(ProcessHandle.current().pid()), "nianbao import");
            assertThat(e.isIoFailure()).isTrue();
        }
    }

    @Test
    void aLockReleasedWhileWaitingIsTaken() throws Exception {
        Path file = project();
        ProjectLock first = ProjectLock.acquire(file, "nianbao import", Duration.ZERO);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            first.close();
        });
        release.start();
        try (ProjectLock second = ProjectLock.acquire(file, "nianbao prose", Duration.ofSeconds(20))) {
            assertThat(second.isHeld()).isTrue();
            assertThat(first.isHeld()).isFalse();
        }
        release.join();
    }

    @Test
    void aLockOfAProcessThatIsGoneOnThisComputerIsTakenOver() throws Exception {
        Path file = project();
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        gone.waitFor();
        writeLock(file, ProjectLock.thisHost(), gone.pid(), ProjectLock.APP, Instant.now());
        assertThat(ProjectLock.holder(file)).isEmpty();
        try (ProjectLock lock = ProjectLock.acquire(file, "nianbao import", Duration.ZERO)) {
            assertThat(lock.isHeld()).isTrue();
        }
    }

    @Test
    void aLockFromAnotherComputerHoldsUntilItIsOlderThanTheLimit() throws Exception {
        Path file = project();
        writeLock(file, "办公室-PC-02", 4242, ProjectLock.APP, Instant.now().minusSeconds(60));
        ProjectLockedException e = catchThrowableOfType(ProjectLockedException.class,
                () -> ProjectLock.acquire(file, "nianbao import", Duration.ofSeconds(30)));
        assertThat(e.holder().host()).isEqualTo("办公室-PC-02");
        assertThat(e.holder().owner()).isEqualTo("李老师");

        writeLock(file, "办公室-PC-02", 4242, ProjectLock.APP, Instant.now().minus(ProjectLock.STALE_AFTER).minusSeconds(5));
        try (ProjectLock lock = ProjectLock.acquire(file, "nianbao import", Duration.ZERO)) {
            assertThat(lock.isHeld()).isTrue();
        }
    }

    @Test
    void aHalfWrittenLockIsHeldBrieflyThenTakenOver() throws Exception {
        Path file = project();
        Path lock = ProjectLock.lockFileOf(file);
        Files.write(lock, new byte[0]);
        assertThat(ProjectLock.holder(file)).isPresent();
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(ProjectLock.holder(file)).isEmpty();
        try (ProjectLock taken = ProjectLock.acquire(file, "nianbao import", Duration.ZERO)) {
            assertThat(taken.isHeld()).isTrue();
        }
    }

    @Test
    void aSaveOverAFileThatChangedSinceItWasReadWritesNothing() throws Exception {
        Path file = project();
        ProjectStore.Loaded loaded = store.load(file);
        assertThat(loaded.version()).isEqualTo(FileVersion.of(file));
        store.save(file, loaded.stored().project().withProse("overview", "别人的修改。"));
        byte[] theirs = Files.readAllBytes(file);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(file, loaded.stored().with(loaded.stored().project().withProse("overview", "我的修改。")),
                        loaded.version(), null));
        assertThat(e.key()).isEqualTo("store.error.changedOnDisk");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(ProjectLock.lockFileOf(file)).doesNotExist();

        // Saving over the version just written goes through, and returns the version now on disk.
        ProjectStore.Loaded again = store.load(file);
        FileVersion written = store.save(file, again.stored().with(again.stored().project().withProse("overview", "我的修改。")),
                again.version(), null);
        assertThat(written).isEqualTo(FileVersion.of(file));
    }

    @Test
    void aNewProjectIsNotWrittenOverAFileThatAppearedMeanwhile() throws Exception {
        Path file = project();
        byte[] there = Files.readAllBytes(file);
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(file, StoredProject.of(Fixtures.project(Workspace.standard())), FileVersion.ABSENT, null));
        assertThat(e.key()).isEqualTo("store.error.changedOnDisk");
        assertThat(Files.readAllBytes(file)).isEqualTo(there);
    }
}
