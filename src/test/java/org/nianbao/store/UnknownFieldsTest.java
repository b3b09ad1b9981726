package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/**
 * Fields a newer build or a person added to project.json: kept through a save where they can be (the top of
 * the file), named in a warning before a save where they cannot, never dropped without a word.
 */
class UnknownFieldsTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();
    private final ObjectMapper json = new ObjectMapper();

    private Path handEdited(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Project p = Fixtures.project(Workspace.standard()).withSubmission(new DepartmentSubmission("教务处", "教务处.xlsx", "00",
                Instant.parse("2022-09-01T00:00:00Z"), List.of(), List.of(), Map.of("meetings-party", 4L), 0, 0));
        ObjectNode tree = (ObjectNode) json.readTree(store.toJson(p));
        edit.accept(tree);
        Path file = dir.resolve("r.nianbao");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
            zip.closeEntry();
        }
        return file;
    }

    private Path prose() throws Exception {
        return Files.writeString(dir.resolve("overview.txt"), "本学年，学校认真贯彻落实信息公开工作。", StandardCharsets.UTF_8);
    }

    private ObjectNode projectJson(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("project.json"))) {
            return (ObjectNode) json.readTree(in);
        }
    }

    @Test
    void aFileThisBuildSavedHasNoUnknownFields() throws Exception {
        Path file = handEdited(t -> { });
        assertThat(store.read(file).unknown().isEmpty()).isTrue();
        store.save(file, store.read(file));
        assertThat(store.read(file).unknown().isEmpty()).isTrue();
    }

    @Test
    void fieldsAtTheTopOfProjectJsonThatThisBuildDoesNotKnowAreKeptThroughAChangeAndASave() throws Exception {
        Path file = handEdited(t -> {
            t.putObject("reviewLog").put("by", "省教育厅").putArray("notes").add("第二轮").add(3);
            t.put("aNewerFeature", true);
        });
        CliRun run = CliRun.of("prose", file.toString(), "--section", "overview", "--from", prose().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("不认识");

        ObjectNode saved = projectJson(file);
        assertThat(saved.get("reviewLog").get("by").asText()).isEqualTo("省教育厅");
        assertThat(saved.get("reviewLog").get("notes").get(1).asInt()).isEqualTo(3);
        assertThat(saved.get("aNewerFeature").asBoolean()).isTrue();
        assertThat(store.readProject(file).section("overview").orElseThrow().prose()).contains("认真贯彻落实");
        assertThat(store.read(file).unknown().kept()).containsOnlyKeys("aNewerFeature", "reviewLog");
    }

    @Test
    void fieldsInsideTheProjectThatASaveCannotKeepAreNamedOnceBeforeTheCommandSaves() throws Exception {
        Path file = handEdited(t -> {
            ((ObjectNode) t.get("submissions").get(0)).put("reviewer", "张三");
            ((ObjectNode) t.get("institution")).put("fax", "0571-1234");
        });
        assertThat(store.read(file).unknown().dropped()).containsExactlyInAnyOrder("submissions[0].reviewer", "institution.fax");

        CliRun run = CliRun.of("prose", file.toString(), "--section", "overview", "--from", prose().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("不认识的字段", "submissions[0].reviewer", "institution.fax", "保存后将不再保留");
        assertThat(run.err().split("不认识的字段", -1)).as("said once").hasSize(2);

        CliRun english = CliRun.of("info", file.toString(), "--lang", "en");
        assertThat(english.err()).as("a command that only reads says nothing").doesNotContain("does not know");
    }
}
