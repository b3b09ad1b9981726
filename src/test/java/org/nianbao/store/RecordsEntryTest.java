package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.i18n.Messages;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** The records live in records.jsonl, one line each, beside a project.json that stays small and readable. */
class RecordsEntryTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    private static Project withRecords(int n) {
        List<DisclosureRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new DisclosureRecord(LocalDate.of(2021, 9, 1).plusDays(i % 300), "第" + i + "条 \"引号\"\t制表",
                    i % 2 == 0 ? "website" : "公众号（自定）", 5, 28, i % 3 == 0 ? "" : "https://xxgk.example.edu.cn/" + i, "",
                    new SourceRef("教务处.xlsx", "ab12", "主动公开", i + 2)));
        }
        // One record from another workbook (a consolidated file) and one without a source.
        records.add(new DisclosureRecord(LocalDate.of(2022, 1, 4), "汇总表中的一条", "website", 1, 0, "", "备注",
                new SourceRef("汇总.xlsx", "cd34", "Sheet1", 9)));
        records.add(new DisclosureRecord(LocalDate.of(2022, 1, 5), "无来源", "website", 0, 0, "", "", null));
        ApplicationCase a = new ApplicationCase(LocalDate.of(2021, 11, 8), "natural-person", "询问收费标准", LocalDate.of(2021, 11, 19),
                "disclosed", BigDecimal.ZERO, false, "", new SourceRef("教务处.xlsx", "ab12", "依申请公开", 2));
        return Fixtures.project(Workspace.standard())
                .withSubmission(new DepartmentSubmission("教务处", "教务处.xlsx", "ab12", Instant.parse("2022-09-01T00:00:00Z"),
                        records, List.of(a), Map.of("meetings-party", 4L), 0, 0))
                .withSubmission(new DepartmentSubmission("财务处", "财务处.xlsx", "ef56", Instant.parse("2022-09-02T00:00:00Z"),
                        List.of(), List.of(), Map.of(), 0, 0));
    }

    private static Map<String, String> entries(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    out.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private Path zip(String name, Map<String, String> content) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (var e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void recordsAreSavedOneALineBesideProjectJsonAndReadBackTheSame() throws Exception {
        Project project = withRecords(1000);
        Path file = dir.resolve("r.nianbao");
        store.save(file, project);

        Map<String, String> entries = entries(file);
        assertThat(entries.keySet()).containsExactly("project.json", "records.jsonl");
        assertThat(entries.get("project.json")).contains("\"schemaVersion\" : 2", "询问收费标准").doesNotContain("第1条", "汇总表中的一条");
        List<String> lines = entries.get("records.jsonl").lines().toList();
        assertThat(lines).hasSize(1002);
        assertThat(lines.get(1)).isEqualTo("[\"教务处\",\"2021-09-02\",\"第1条 \\\"引号\\\"\\t制表\",\"公众号（自定）\",5,28,"
                + "\"https://xxgk.example.edu.cn/1\",\"\",\"主动公开\",3]");
        assertThat(lines.get(1000)).endsWith("\"Sheet1\",9,\"汇总.xlsx\",\"cd34\"]");
        assertThat(lines.get(1001)).endsWith("\"\",null]");

        Project back = store.readProject(file);
        assertThat(back).isEqualTo(project);
        List<DisclosureRecord> read = back.submission("教务处").orElseThrow().records();
        assertThat(read.get(7).date()).as("one date object per day, not one per row").isSameAs(read.get(307).date());
        assertThat(read.get(1).channel()).isSameAs(read.get(3).channel());
        assertThat(Files.readAllBytes(file)).as("the same project, the same bytes")
                .isEqualTo(saveAgain(back));
    }

    private byte[] saveAgain(Project p) throws Exception {
        Path again = dir.resolve("again.nianbao");
        store.save(again, p);
        return Files.readAllBytes(again);
    }

    @Test
    void aProjectWithoutRecordsHasNoRecordsEntry() throws Exception {
        Path file = dir.resolve("empty.nianbao");
        store.save(file, Fixtures.project(Workspace.standard()));
        assertThat(entries(file).keySet()).containsExactly("project.json");
        assertThat(store.readProject(file)).isEqualTo(Fixtures.project(Workspace.standard()));
    }

    @Test
    void aFileOfSchemaOneWithItsRecordsInsideProjectJsonStillOpensAndIsSavedInTheNewForm() throws Exception {
        Project project = withRecords(20);
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(store.toJson(project));
        tree.put("schemaVersion", 1);
        assertThat(tree.get("submissions").get(0).get("records")).hasSize(22);
        Path old = zip("old.nianbao", Map.of("project.json", tree.toPrettyString()));

        assertThat(store.readProject(old)).isEqualTo(project);
        store.save(old, store.read(old));
        assertThat(entries(old).get("records.jsonl").lines()).hasSize(22);
        assertThat(store.readProject(old)).isEqualTo(project);
    }

    @Test
    void aRecordNoPersonMeantInRecordsJsonlIsRefusedNamingItsLine() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, withRecords(3));
        Map<String, String> entries = entries(file);
        String edited = entries.get("records.jsonl").replace("\"主动公开\",3]", "\"主动公开\",3]").replaceFirst(",5,28,", ",5,99999,");
        entries.put("records.jsonl", edited);
        Path handEdited = zip("edited.nianbao", entries);
        byte[] before = Files.readAllBytes(handEdited);

        assertThatThrownBy(() -> store.read(handEdited)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.key()).isEqualTo("store.error.invalidContent");
            String said = Messages.chinese().get(e.key(), e.args());
            assertThat(said).contains("records.jsonl:1.item", "99999");
        });
        assertThat(Files.readAllBytes(handEdited)).isEqualTo(before);
    }

    @Test
    void recordsOfADepartmentWithoutASubmissionOrALineThatIsNoRecordAreRefused() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, withRecords(3));
        Map<String, String> entries = entries(file);
        for (String bad : List.of(entries.get("records.jsonl").replaceFirst("教务处", "图书馆"), "{\"a\":1}\n", "[\"教务处\",\"2021-13-01\"]\n")) {
            Map<String, String> edited = new LinkedHashMap<>(entries);
            edited.put("records.jsonl", bad);
            Path handEdited = zip("edited.nianbao", edited);
            assertThatThrownBy(() -> store.read(handEdited)).isInstanceOfSatisfying(ProjectFileException.class,
                    e -> assertThat(e.key()).isIn("store.error.invalidContent", "store.error.corrupt"));
        }
    }

    @Test
    void aSchemaOneFileWithARecordsEntryIsRefusedAsUnknown() throws Exception {
        Path file = dir.resolve("r.nianbao");
        store.save(file, withRecords(3));
        Map<String, String> entries = entries(file);
        entries.put("project.json", entries.get("project.json").replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1"));
        Path handEdited = zip("edited.nianbao", entries);
        assertThatThrownBy(() -> store.read(handEdited)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.key()).isEqualTo("store.error.unknownEntry"));
    }

    @Test
    void recordsOverTheirLimitAreNotSavedAndTheFileStaysAsItWas() throws Exception {
        ProjectStore small = new ProjectStore(new ProjectLimits(1 << 20, 1 << 20, 1 << 20, 10, 64, 4096));
        Path file = dir.resolve("r.nianbao");
        small.save(file, withRecords(10));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> small.save(file, withRecords(200))).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(Messages.chinese().get(e.key(), e.args())).contains("records.jsonl", "4 KB"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(small.readProject(file).records()).hasSize(12);
    }
}
