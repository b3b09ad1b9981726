package org.nianbao.store;

import org.nianbao.platform.AtomicFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Project;
import org.nianbao.model.SignOff;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

class ProjectStoreTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();
    private final Project project = Fixtures.project(Workspace.standard())
            .withSignOff(new SignOff(Fixtures.INSTITUTION, LocalDate.of(2022, 10, 30)));

    @Test
    void projectSurvivesARoundTripWithItsAttachments() throws Exception {
        Path file = dir.resolve("r.nianbao");
        byte[] seal = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        store.save(file, StoredProject.of(project).withAttachment("assets/seal.png", seal));

        StoredProject back = store.read(file);
        assertThat(back.project()).isEqualTo(project);
        assertThat(back.attachments().get("assets/seal.png").bytes()).isEqualTo(seal);
        assertThat(store.toJson(back.project())).contains("\"schemaVersion\" : " + ProjectStore.SCHEMA_VERSION, "\"year\" : \"2021-2022\"",
                "\"date\" : \"2022-10-30\"");
    }

    @Test
    void handEnteredTableFiguresSurviveARoundTrip() throws Exception {
        Path file = dir.resolve("r.nianbao");
        Project withTables = project.withTableEntry("3", "1", "natural", new java.math.BigDecimal("5"))
                .withTableEntry("1", "fees", "amount", new java.math.BigDecimal("12.50"))
                .withTableEntry("3", "3.1", "total", new java.math.BigDecimal("100"));
        store.save(file, new StoredProject(withTables, Map.of()));
        Project back = store.read(file).project();
        assertThat(back).isEqualTo(withTables);
        assertThat(back.tables().value("1", "fees", "amount")).contains(new java.math.BigDecimal("12.5"));
        assertThat(back.tables().value("3", "3.1", "total").orElseThrow().toPlainString()).isEqualTo("100");
    }

    @Test
    void aFileWrittenBeforeHandEnteredTablesExistedStillOpens() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(store.toJson(project));
        assertThat(json.has("tables")).isTrue();
        json.remove("tables");
        Path file = dir.resolve("old.nianbao");
        Files.write(file, zip("project.json", json.toPrettyString()));
        Project back = store.read(file).project();
        assertThat(back.tables().cells()).isEmpty();
        assertThat(back).isEqualTo(project);
    }

    @Test
    void importProblemsKeptWithASubmissionSurviveARoundTripAndOlderFilesOpenWithNone() throws Exception {
        org.nianbao.model.SubmissionIssue rejected = new org.nianbao.model.SubmissionIssue("主动公开", "A3", 3,
                "intake.date.outsideWindow", org.nianbao.model.SubmissionIssue.Level.ERROR,
                java.util.List.of("2022-09-03", "2021年9月1日至2022年8月31日"), "2022-09-03 | 窗口外的通知");
        Project withIssues = project.withSubmission(new org.nianbao.model.DepartmentSubmission("教务处", "教务处.xlsx", "00",
                java.time.Instant.EPOCH, java.util.List.of(), java.util.List.of(), Map.of(), 1, 0, java.util.List.of(rejected)));
        Path file = dir.resolve("r.nianbao");
        store.save(file, withIssues);
        assertThat(store.read(file).project()).isEqualTo(withIssues);
        assertThat(store.read(file).project().submission("教务处").orElseThrow().issues()).containsExactly(rejected);

        // A file saved before problems were kept has no "issues": it opens, with none.
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(store.toJson(withIssues));
        com.fasterxml.jackson.databind.node.ObjectNode submission = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("submissions").get(0);
        assertThat(submission.has("issues")).isTrue();
        submission.remove("issues");
        Path old = dir.resolve("old.nianbao");
        Files.write(old, zip("project.json", json.toPrettyString()));
        org.nianbao.model.DepartmentSubmission back = store.read(old).project().submission("教务处").orElseThrow();
        assertThat(back.issues()).isEmpty();
        assertThat(back.rejected()).isEqualTo(1);
    }

    @Test
    void savingTwiceKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, project);
        byte[] first = Files.readAllBytes(file);
        store.save(file, project.withProse("overview", "改过的文字。"));

        assertThat(Files.readAllBytes(dir.resolve("r.nianbao.bak"))).isEqualTo(first);
        assertThat(store.readProject(file).section("overview").orElseThrow().prose()).isEqualTo("改过的文字。");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.nianbao", "r.nianbao.bak");
        }
    }

    @Test
    void aFailedWriteLeavesTheOriginalAndNoTempFile() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, project);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, true)).hasMessage("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.nianbao");
        }
    }

    @Test
    void corruptFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("broken.nianbao");
        store.save(file, project);
        byte[] good = Files.readAllBytes(file);
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        Files.write(file, truncated);

        assertThatThrownBy(() -> store.read(file))
                .isInstanceOf(ProjectFileException.class)
                .satisfies(e -> assertThat(((ProjectFileException) e).key()).isEqualTo("store.error.corrupt"));
        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void textFileNamedNianbaoIsRefusedAsCorrupt() throws Exception {
        Path file = dir.resolve("notes.nianbao");
        Files.writeString(file, "这不是项目文件");
        assertThatThrownBy(() -> store.read(file))
                .satisfies(e -> assertThat(((ProjectFileException) e).key()).isEqualTo("store.error.corrupt"));
    }

    @Test
    void zipWithoutProjectJsonIsRefusedAsCorrupt() throws Exception {
        Path file = dir.resolve("other.nianbao");
        Files.write(file, zip("readme.txt", "hello"));
        assertThatThrownBy(() -> store.read(file))
                .satisfies(e -> assertThat(((ProjectFileException) e).key()).isEqualTo("store.error.corrupt"));
    }

    @Test
    void fileFromANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.nianbao");
        String json = store.toJson(project).replace("\"schemaVersion\" : " + ProjectStore.SCHEMA_VERSION, "\"schemaVersion\" : 99");
        byte[] bytes = zip("project.json", json);
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.read(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("schema 99")
                .satisfies(e -> {
                    ProjectFileException p = (ProjectFileException) e;
                    assertThat(p.key()).isEqualTo("store.error.newerSchema");
                    assertThat(p.isIoFailure()).isFalse();
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void invalidValueInsideTheJsonIsNamed() throws Exception {
        Path file = dir.resolve("bad-year.nianbao");
        Files.write(file, zip("project.json", store.toJson(project).replace("\"2021-2022\"", "\"2021-2023\"")));
        assertThatThrownBy(() -> store.read(file))
                .satisfies(e -> {
                    ProjectFileException p = (ProjectFileException) e;
                    assertThat(p.key()).isEqualTo("store.error.invalidContent");
                    assertThat(p.getMessage()).contains("year");
                });
    }

    @Test
    void missingFileIsAnIoFailure() {
        assertThatThrownBy(() -> store.read(dir.resolve("nope.nianbao")))
                .satisfies(e -> assertThat(((ProjectFileException) e).isIoFailure()).isTrue());
    }

    @Test
    void sameProjectAlwaysWritesTheSameBytes() throws Exception {
        store.save(dir.resolve("a.nianbao"), project);
        store.save(dir.resolve("b.nianbao"), project);
        assertThat(Files.readAllBytes(dir.resolve("a.nianbao"))).isEqualTo(Files.readAllBytes(dir.resolve("b.nianbao")));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
