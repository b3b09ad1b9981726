package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.WorkbookFixtures;
import org.nianbao.testing.Workbooks;

/** The secretary's September through the command line: templates out, workbooks in. */
class DepartmentImportTest {
    private static final String RECORDS = TemplateLayout.SHEET_RECORDS;
    private static final String APPS = TemplateLayout.SHEET_APPLICATIONS;

    @TempDir
    Path dir;
    Path project;
    Path templates;

    @BeforeEach
    void newProjectWithTemplates() {
        project = dir.resolve("r.nianbao");
        ok(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()));
        ok(CliRun.of("departments", project.toString(), "add", "教务处", "学生工作部", "财务处"));
        templates = dir.resolve("tpl");
        ok(CliRun.of("templates", project.toString(), "--out", templates.toString()));
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    private Path template(String department) {
        return templates.resolve("2021-2022学年信息公开报送表-" + department + ".xlsx");
    }

    private JsonNode importJson(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("import", project.toString()));
        all.addAll(List.of(args));
        all.add("--json");
        CliRun run = CliRun.of(all.toArray(String[]::new));
        JsonNode json = new ObjectMapper().readTree(run.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("exit", run.exitCode());
        return json;
    }

    private Project saved() throws Exception {
        return new ProjectStore().readProject(project);
    }

    private static JsonNode issueAt(JsonNode file, String cell) {
        for (JsonNode i : file.get("issues")) {
            if (i.get("cell").asText().equals(cell)) {
                return i;
            }
        }
        throw new AssertionError("no issue at " + cell + " in " + file.toPrettyString());
    }

    @Test
    void filledTemplateIsImportedRowByRowAndBadRowsAreNamedByCell() throws Exception {
        Path filled = WorkbookFixtures.fill(template("教务处"), dir.resolve("教务处-已填.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 1), "2021级新生入学须知", "学校官网", "28 专业设置、新增及停招专业", "https://x.edu.cn/1", "")
                .row(RECORDS, 3, "2022年8月31日", "学期校历", "官网", "五", "", "")
                .row(RECORDS, 4, "2022/9/1", "超出期限的通知", "学校官网", "27", "", "")
                .row(RECORDS, 5, "2022-02-30", "日期不存在", "学校官网", "27", "", "")
                .row(RECORDS, 6, "22/3/4", "年份不明", "学校官网", "27", "", "")
                .row(RECORDS, 7, LocalDate.of(2022, 3, 1), "", "学校官网", "27", "", "")
                .row(RECORDS, 8, LocalDate.of(2022, 3, 2), "类别写错", "学校官网", "教学质里信息", "", "")
                .row(RECORDS, 9, "20211015", "数字日期", "抖音号", "", "", "")
                .save();

        JsonNode json = importJson(filled.toString());
        JsonNode file = json.at("/files/0");
        assertThat(json.get("exit").asInt()).isEqualTo(Cli.INPUT);
        assertThat(file.get("status").asText()).isEqualTo("imported");
        assertThat(file.get("department").asText()).isEqualTo("教务处");
        assertThat(file.get("accepted").asInt()).isEqualTo(3);
        assertThat(file.get("rejected").asInt()).isEqualTo(5);

        assertThat(issueAt(file, "A4").get("code").asText()).isEqualTo("intake.date.outsideWindow");
        assertThat(issueAt(file, "A4").get("message").asText()).contains("2021年9月1日至2022年8月31日");
        assertThat(issueAt(file, "A4").get("row").asInt()).isEqualTo(4);
        assertThat(issueAt(file, "A4").get("sheet").asText()).isEqualTo(RECORDS);
        assertThat(issueAt(file, "A5").get("code").asText()).isEqualTo("intake.date.impossible");
        assertThat(issueAt(file, "A6").get("code").asText()).isEqualTo("intake.date.ambiguous");
        assertThat(issueAt(file, "B7").get("code").asText()).isEqualTo("intake.title.missing");
        JsonNode unknown = issueAt(file, "D8");
        assertThat(unknown.get("code").asText()).isEqualTo("intake.category.unknown");
        assertThat(unknown.get("message").asText()).contains("教学质量信息");
        assertThat(issueAt(file, "C9").get("code").asText()).isEqualTo("intake.channel.new");
        assertThat(issueAt(file, "C9").get("severity").asText()).isEqualTo("warning");

        Project p = saved();
        List<DisclosureRecord> records = p.records();
        assertThat(records).extracting(DisclosureRecord::title).containsExactly("2021级新生入学须知", "学期校历", "数字日期");
        assertThat(records.get(0).item()).isEqualTo(28);
        assertThat(records.get(0).category()).isEqualTo(5);
        assertThat(records.get(0).channel()).isEqualTo("website");
        assertThat(records.get(1).category()).isEqualTo(5);
        assertThat(records.get(1).date()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(records.get(2).date()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(records.get(2).channel()).isEqualTo("抖音号");
        assertThat(records.get(0).source().sheet()).isEqualTo(RECORDS);
        assertThat(records.get(0).source().row()).isEqualTo(2);
        assertThat(records.get(0).source().file()).isEqualTo("教务处-已填.xlsx");

        StoredProject stored = new ProjectStore().read(project);
        String sha = records.get(0).source().sha256();
        assertThat(sha).hasSize(64);
        assertThat(stored.attachments()).containsKey("sources/" + sha + "/教务处-已填.xlsx");
        assertThat(stored.attachments().get("sources/" + sha + "/教务处-已填.xlsx").bytes()).isEqualTo(Files.readAllBytes(filled));
    }

    @Test
    void everythingAcceptedExitsZeroAndApplicationsAndCountsAreKept() throws Exception {
        Path filled = WorkbookFixtures.fill(template("学生工作部"), dir.resolve("学工.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 11, 3), "国家奖学金评审结果公示", "信息公开网", "37 奖助学金、学费减免、助学贷款、勤工俭学管理规定", "", "")
                .row(APPS, 2, LocalDate.of(2021, 11, 8), "自然人", "询问收费标准", LocalDate.of(2021, 11, 19), "公开", 0, "否", "")
                .row(APPS, 3, LocalDate.of(2022, 8, 29), "法律服务机构", "询问招聘条件", null, "", "", "", "")
                .row(TemplateLayout.SHEET_COUNTS, 2, "学校官网发布新闻条数", 612)
                .save();
        JsonNode json = importJson(filled.toString());
        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(4);
        Project p = saved();
        assertThat(p.applications()).hasSize(2);
        assertThat(p.applications().get(0).outcome()).isEqualTo("disclosed");
        assertThat(p.applications().get(1).replied()).isNull();
        assertThat(p.applications().get(1).applicantType()).isEqualTo("legal-service");
        assertThat(p.submission("学生工作部").orElseThrow().counts()).containsEntry("posts-website", 612L);
    }

    @Test
    void departmentsOwnTableWithTitleRowsMergedCellsAndTotalsIsReadWithItsMapping() throws Exception {
        WorkbookFixtures.Filled own = WorkbookFixtures.blank(dir.resolve("财务处自制表.xls"), true)
                .row("Sheet1", 1, "财务处2021-2022学年信息公开情况统计表")
                .row("Sheet1", 3, "序号", "公开类别", "信息标题", "上线时间", "发布平台", "网址")
                .row("Sheet1", 4, 1, "财务资产及收费", "2022年部门预算公开", "2022.3.15", "信息公开网", "https://x.edu.cn/y")
                .row("Sheet1", 5, 2, null, "2021年部门决算公开", "２０２１年１２月２０日", "信息公开网", "")
                .row("Sheet1", 6)
                .row("Sheet1", 7, "合计", null, "2条");
        own.workbook().getSheet("Sheet1").addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        own.workbook().getSheet("Sheet1").addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        Path file = own.save();

        JsonNode refused = importJson(file.toString());
        assertThat(refused.at("/files/0/status").asText()).isEqualTo("refused");
        assertThat(refused.at("/files/0/message").asText()).contains("--department");

        JsonNode json = importJson(file.toString(), "--department", "财务处", "--map", "上线时间=date");
        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(2);
        Project p = saved();
        assertThat(p.records()).extracting(DisclosureRecord::date)
                .containsExactly(LocalDate.of(2022, 3, 15), LocalDate.of(2021, 12, 20));
        assertThat(p.records()).allSatisfy(r -> assertThat(r.category()).isEqualTo(3));
        assertThat(p.mappings().get("财务处")).containsEntry("上线时间", "date");

        // Next time the remembered mapping applies without --map.
        JsonNode again = importJson(file.toString(), "--department", "财务处");
        assertThat(again.at("/files/0/accepted").asInt()).isEqualTo(2);
        assertThat(saved().records()).hasSize(2);
    }

    @Test
    void reimportReplacesTheDepartmentsPreviousSubmission() throws Exception {
        Path first = WorkbookFixtures.fill(template("教务处"), dir.resolve("v1.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 10), "第一版", "学校官网", "27", "", "")
                .row(RECORDS, 3, LocalDate.of(2021, 9, 11), "第一版第二条", "学校官网", "27", "", "")
                .save();
        Path second = WorkbookFixtures.fill(template("教务处"), dir.resolve("v2.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 12), "第二版", "学校官网", "27", "", "")
                .save();
        importJson(first.toString());
        importJson(second.toString());
        StoredProject stored = new ProjectStore().read(project);
        assertThat(stored.project().records()).extracting(DisclosureRecord::title).containsExactly("第二版");
        assertThat(stored.attachments().keySet()).hasSize(1).allMatch(k -> k.endsWith("/v2.xlsx"));
    }

    @Test
    void sameRecordFromTwoDepartmentsIsAWarningNamingTheOtherPlace() throws Exception {
        Path a = WorkbookFixtures.fill(template("教务处"), dir.resolve("a.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 10), "校历发布", "学校官网", "27", "", "").save();
        Path b = WorkbookFixtures.fill(template("学生工作部"), dir.resolve("b.xlsx"))
                .row(RECORDS, 5, LocalDate.of(2021, 9, 10), "校历发布", "官网", "27", "", "").save();
        importJson(a.toString());
        JsonNode json = importJson(b.toString());
        assertThat(json.get("exit").asInt()).isZero();
        JsonNode warning = issueAt(json.at("/files/0"), "A5");
        assertThat(warning.get("code").asText()).isEqualTo("intake.duplicate.otherDepartment");
        assertThat(warning.get("message").asText()).contains("教务处").contains("a.xlsx").contains("2");
    }

    @Test
    void dryRunChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(project);
        Path a = WorkbookFixtures.fill(template("教务处"), dir.resolve("a.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 10), "校历发布", "学校官网", "27", "", "").save();
        JsonNode json = importJson(a.toString(), "--dry-run");
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(1);
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void templateOfAnotherYearIsRefused() throws Exception {
        Path other = dir.resolve("other.nianbao");
        ok(CliRun.of("new", "--year", "2020-2021", "--institution", "示例职业技术学院", "--out", other.toString()));
        ok(CliRun.of("departments", other.toString(), "add", "教务处"));
        ok(CliRun.of("templates", other.toString(), "--out", dir.resolve("old").toString()));
        byte[] before = Files.readAllBytes(project);
        JsonNode json = importJson(dir.resolve("old/2020-2021学年信息公开报送表-教务处.xlsx").toString());
        assertThat(json.at("/files/0/status").asText()).isEqualTo("refused");
        assertThat(json.at("/files/0/message").asText()).contains("2020-2021");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void consolidatedWorkbookHasEveryAcceptedRecordWithRealDates() throws Exception {
        Path a = WorkbookFixtures.fill(template("教务处"), dir.resolve("a.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 10), "校历发布", "学校官网", "27", "", "").save();
        importJson(a.toString());
        Path out = dir.resolve("汇总.xlsx");
        ok(CliRun.of("consolidate", project.toString(), "--out", out.toString()));
        try (var wb = Workbooks.open(out)) {
            var sheet = wb.getSheet("主动公开汇总");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("教务处");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 9, 10));
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("校历发布");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("学校官网");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("a.xlsx");
            assertThat((int) row.getCell(10).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void departmentsListShowsWhoHasSentWhat() throws Exception {
        Path a = WorkbookFixtures.fill(template("教务处"), dir.resolve("a.xlsx"))
                .row(RECORDS, 2, LocalDate.of(2021, 9, 10), "校历发布", "学校官网", "27", "", "").save();
        importJson(a.toString());
        CliRun list = CliRun.of("departments", project.toString(), "list");
        assertThat(list.out()).contains("教务处\t已报送 a.xlsx").contains("财务处\t未报送");
    }
}
