package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/**
 * Values no person could have meant, in a hand-edited or foreign project: refused on load, with the
 * place in project.json's own words and the reason, the file left as it was.
 */
class ImpossibleValuesTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode plausibleProject() throws Exception {
        DisclosureRecord r = new DisclosureRecord(LocalDate.of(2021, 10, 8), "开学通知", "website", 5, 28, "", "",
                new SourceRef("教务处.xlsx", "00", "主动公开", 2));
        ApplicationCase a = new ApplicationCase(LocalDate.of(2021, 11, 8), "natural-person", "询问收费标准", LocalDate.of(2021, 11, 19),
                "disclosed", BigDecimal.ZERO, false, "", new SourceRef("教务处.xlsx", "00", "依申请公开", 2));
        Project p = Fixtures.project(Workspace.standard()).withSubmission(new DepartmentSubmission("教务处", "教务处.xlsx", "00",
                Instant.parse("2022-09-01T00:00:00Z"), List.of(r), List.of(a), Map.of("meetings-party", 4L), 0, 0))
                .withTableEntry("3", "1", "natural", new BigDecimal("5"));
        return (ObjectNode) json.readTree(store.toJson(p));
    }

    private Path handEdited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = plausibleProject();
        edit.accept(tree);
        Path file = Files.createTempFile(dir, "hand-edited", ".nianbao");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(json.writeValueAsBytes(tree));
            zip.closeEntry();
        }
        return file;
    }

    private static ObjectNode submission(ObjectNode tree) {
        return (ObjectNode) tree.get("submissions").get(0);
    }

    private static ObjectNode record(ObjectNode tree) {
        return (ObjectNode) submission(tree).get("records").get(0);
    }

    private static ObjectNode application(ObjectNode tree) {
        return (ObjectNode) submission(tree).get("applications").get(0);
    }

    private void refused(Consumer<ObjectNode> edit, String place, String... reason) throws Exception {
        Path file = handEdited(edit);
        byte[] before = Files.readAllBytes(file);
        long start = System.nanoTime();
        CliRun run = CliRun.of("info", file.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("位置：" + place).contains(reason)
                .doesNotContain("org.nianbao", "java.util", "内部错误", "\tat ");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theUneditedProjectOpens() throws Exception {
        CliRun run = CliRun.of("info", handEdited(t -> { }).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void categoriesAndItemsNoListCouldHaveAreRefusedWithTheirPlace() throws Exception {
        refused(t -> record(t).put("category", -5), "submissions[0].records[0].category", "清单类别 -5 不可能是真实的");
        refused(t -> record(t).put("category", Integer.MAX_VALUE), "submissions[0].records[0].category", "清单类别 2147483647");
        refused(t -> record(t).put("item", 99999), "submissions[0].records[0].item", "清单事项 99999 不可能是真实的");
        refused(t -> ((ObjectNode) t.get("itemMarks")).putObject("99999").put("notApplicable", true).put("reason", "x"),
                "itemMarks.99999", "清单事项 99999");
    }

    @Test
    void countsThatCannotBeAddedUpAreRefused() throws Exception {
        refused(t -> ((ObjectNode) submission(t).get("counts")).put("meetings-party", Long.MAX_VALUE), "submissions[0].counts.meetings-party",
                "统计数“meetings-party”为 9223372036854775807");
        refused(t -> ((ObjectNode) submission(t).get("counts")).put("meetings-party", -3), "submissions[0].counts.meetings-party", "为 -3");
        refused(t -> submission(t).put("rejected", -1), "submissions[0].rejected", "“rejected”为 -1");
    }

    @Test
    void datesOutsideAnyReportsCenturiesAreRefused() throws Exception {
        refused(t -> record(t).put("date", "9999-12-31"), "submissions[0].records[0].date", "日期 9999-12-31（date）");
        refused(t -> application(t).put("received", "0001-01-01"), "submissions[0].applications[0].received", "日期 0001-01-01（received）");
        refused(t -> ((ObjectNode) t.get("signOff")).put("date", "+999999999-12-31"), "signOff.date", "不可能是真实的");
    }

    @Test
    void aTableFigureOfABillionDigitsIsRefusedAtOnce() throws Exception {
        refused(t -> ((ObjectNode) t.get("tables").get("cells").get("3")).put("1|natural", new BigDecimal("1e999999999")),
                "tables.cells.3.1|natural", "超出可表示的范围");
        refused(t -> ((ObjectNode) t.get("tables").get("cells").get("3")).put("1|natural", new BigDecimal("1e30")),
                "tables.cells.3.1|natural", "表格单元格 3/1/natural 中的数", "E+30 不可能是真实的（绝对值应不超过 999999999999999");
        refused(t -> ((ObjectNode) t.get("tables").get("cells").get("3")).put("1|natural", new BigDecimal("0.0000001")),
                "tables.cells.3.1|natural", "中的数 1", "最多 6 位小数");
    }
}
