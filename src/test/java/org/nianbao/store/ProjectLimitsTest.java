package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.i18n.Messages;
import org.nianbao.model.Project;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** Whatever a save writes, a load reads: the same limits on both sides, reached with generated inputs. */
class ProjectLimitsTest {
    private static final ProjectLimits SMALL = new ProjectLimits(64 * 1024, 16 * 1024, 40 * 1024, 6, 64);

    @TempDir
    Path dir;
    private final ProjectStore small = new ProjectStore(SMALL);
    private final Project base = Fixtures.project(Workspace.standard()).withProse("evaluation", "");

    /** The project whose project.json is exactly {@code bytes} long (an ASCII text grown to fit). */
    private Project withJsonOf(long bytes) {
        long without = small.toJson(base).getBytes(StandardCharsets.UTF_8).length;
        Project p = base.withProse("evaluation", "a".repeat((int) (bytes - without)));
        assertThat(small.toJson(p).getBytes(StandardCharsets.UTF_8)).hasSize((int) bytes);
        return p;
    }

    private static String zh(ProjectFileException e) {
        return Messages.chinese().get(e.key(), e.args());
    }

    /** The file is as it was, and beside it only its backup: no temp file, no lock. */
    private void assertNothingWrittenBeside(Path file, byte[] before) throws Exception {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.equals(file.getFileName().toString())
                    || n.equals(file.getFileName() + ".bak"));
        }
    }

    @Test
    void aProjectJsonExactlyAtTheLimitSavesAndOpensAndOneByteMoreIsNotWritten() throws Exception {
        Path file = dir.resolve("r.nianbao");
        Project atLimit = withJsonOf(SMALL.maxJsonBytes());
        small.save(file, atLimit);
        assertThat(small.read(file).project()).isEqualTo(atLimit);
        byte[] before = Files.readAllBytes(file);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> small.save(file, withJsonOf(SMALL.maxJsonBytes() + 1)));
        assertThat(e.key()).isEqualTo("store.error.jsonTooLarge");
        assertThat(zh(e)).contains("64 KB", "未写入任何内容", "原文件保持不变");
        assertNothingWrittenBeside(file, before);
    }

    @Test
    void aLoadRefusesAProjectJsonOverTheLimitNamingTheEntryAndTheLimit() throws Exception {
        Path file = dir.resolve("hand-made.nianbao");
        String json = new ProjectStore().toJson(base);
        String padded = json + " ".repeat((int) SMALL.maxJsonBytes() + 1 - json.getBytes(StandardCharsets.UTF_8).length);
        Files.write(file, zip(Map.of("project.json", padded.getBytes(StandardCharsets.UTF_8))));
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> small.read(file));
        assertThat(e.key()).isEqualTo("store.error.entryTooLarge");
        assertThat(zh(e)).contains("project.json", "64 KB");
        // One byte less is fine: the same limit on both sides.
        Files.write(file, zip(Map.of("project.json", padded.substring(0, padded.length() - 1).getBytes(StandardCharsets.UTF_8))));
        assertThat(small.read(file).project()).isEqualTo(base);
    }

    @Test
    void aTextLongerThanJacksonsDefaultStringLimitSavesAndOpensAgain() throws Exception {
        Path file = dir.resolve("long.nianbao");
        ProjectStore store = new ProjectStore();
        Project p = base.withProse("evaluation", "长".repeat(10) + "a".repeat(21_000_000));
        store.save(file, p);
        assertThat(store.read(file).project().section("evaluation").orElseThrow().prose()).hasSize(21_000_010);
    }

    @Test
    void attachmentsALoadWouldRefuseAreNotSaved() throws Exception {
        Path file = dir.resolve("r.nianbao");
        small.save(file, base);
        byte[] before = Files.readAllBytes(file);

        StoredProject oneTooBig = StoredProject.of(base).withAttachment("sources/x/大.xlsx", new byte[(int) SMALL.maxAttachmentBytes() + 1]);
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> small.save(file, oneTooBig));
        assertThat(e.key()).isEqualTo("store.error.saveEntryTooLarge");
        assertThat(zh(e)).contains("sources/x/大.xlsx", "16 KB");

        StoredProject tooMuch = StoredProject.of(base);
        for (int i = 0; i < 3; i++) {
            tooMuch = tooMuch.withAttachment("sources/" + i + "/a.xlsx", new byte[15 * 1024]);
        }
        StoredProject allTogether = tooMuch;
        assertThat(catchThrowableOfType(ProjectFileException.class, () -> small.save(file, allTogether)).key())
                .isEqualTo("store.error.saveEntriesTooLarge");

        StoredProject many = StoredProject.of(base);
        for (int i = 0; i < SMALL.maxEntries(); i++) {
            many = many.withAttachment("sources/" + i + "/a.xlsx", new byte[1]);
        }
        StoredProject manyEntries = many;
        assertThat(catchThrowableOfType(ProjectFileException.class, () -> small.save(file, manyEntries)).key())
                .isEqualTo("store.error.saveTooManyEntries");
        assertNothingWrittenBeside(file, before);

        // At the limits exactly, it saves and opens.
        StoredProject fits = StoredProject.of(base).withAttachment("sources/x/a.xlsx", new byte[(int) SMALL.maxAttachmentBytes()]);
        small.save(file, fits);
        assertThat(small.read(file).attachments().get("sources/x/a.xlsx").bytes()).hasSize((int) SMALL.maxAttachmentBytes());
    }

    @Test
    void handMadeFilesOverALimitAreRefusedWithTheirReason() throws Exception {
        byte[] json = new ProjectStore().toJson(base).getBytes(StandardCharsets.UTF_8);
        Path big = dir.resolve("big.nianbao");
        Files.write(big, zip(Map.of("project.json", json, "sources/x/a.xlsx", new byte[(int) SMALL.maxAttachmentBytes() + 1])));
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> small.read(big));
        assertThat(e.key()).isEqualTo("store.error.entryTooLarge");
        assertThat(zh(e)).contains("sources/x/a.xlsx", "16 KB");

        Map<String, byte[]> entries = new java.util.TreeMap<>(Map.of("project.json", json));
        for (int i = 0; i < SMALL.maxEntries(); i++) {
            entries.put("sources/" + i + "/a.xlsx", new byte[1]);
        }
        Path many = dir.resolve("many.nianbao");
        Files.write(many, zip(entries));
        e = catchThrowableOfType(ProjectFileException.class, () -> small.read(many));
        assertThat(e.key()).isEqualTo("store.error.tooManyEntries");
        assertThat(zh(e)).contains("7", "6");

        Path deep = dir.resolve("deep.nianbao");
        String nested = "{\"schemaVersion\":1,\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
        Files.write(deep, zip(Map.of("project.json", nested.getBytes(StandardCharsets.UTF_8))));
        e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectStore().read(deep));
        assertThat(e.key()).isEqualTo("store.error.tooDeep");
        assertThat(zh(e)).contains("64 层");
    }

    @Test
    void aProjectWithTwoProjectJsonEntriesIsRefused() throws Exception {
        byte[] json = new ProjectStore().toJson(base).getBytes(StandardCharsets.UTF_8);
        byte[] other = new ProjectStore().toJson(base.withProse("overview", "另一份")).getBytes(StandardCharsets.UTF_8);
        // ZipOutputStream will not write a name twice: write "project.jsoX", then rename it in the bytes.
        byte[] bytes = zip(new java.util.TreeMap<>(Map.of("project.json", json, "project.jsoX", other)));
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("project.jsoX", "project.json");
        Path file = dir.resolve("twice.nianbao");
        Files.write(file, latin.getBytes(StandardCharsets.ISO_8859_1));
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> new ProjectStore().read(file));
        assertThat(e.key()).isEqualTo("store.error.duplicateEntry");
        assertThat(zh(e)).contains("“project.json”出现了两次");
    }

    @Test
    void theStandardLimitsLetJacksonReadEveryStringASaveCanWrite() {
        ProjectLimits l = ProjectLimits.STANDARD;
        assertThat(l.maxJsonBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(l.maxTotalBytes()).isGreaterThanOrEqualTo(l.maxAttachmentBytes());
        assertThat(l.maxAttachmentBytes()).isGreaterThan(org.nianbao.intake.WorkbookOpener.MAX_BYTES);
        assertThat(ProjectJson.mapper(l).getFactory().streamReadConstraints().getMaxStringLength())
                .isGreaterThanOrEqualTo((int) l.maxJsonBytes());
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
