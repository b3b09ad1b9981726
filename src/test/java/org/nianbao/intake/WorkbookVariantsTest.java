package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Cli;
import org.nianbao.intake.TemplateLayout.ApplicationField;
import org.nianbao.intake.TemplateLayout.RecordField;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectStore;
import org.nianbao.testing.CliRun;
import org.nianbao.testing.HandMadeXlsx;
import org.nianbao.testing.Workbooks;

/**
 * Workbooks that are fine but unusual (DESIGN.md §7): other date systems, datetimes, serials,
 * formulas, macro-enabled and legacy formats, hidden sheets, Chinese dates, lying extensions.
 * Each must arrive with the dates and titles the department sees in Excel.
 */
class WorkbookVariantsTest {
    private static final String[] HEADERS = {"发布日期", "标题", "发布渠道", "清单事项"};

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void newProject() {
        project = dir.resolve("r.nianbao");
        ok(CliRun.of("new", "--year", "2021-2022", "--institution", "示例职业技术学院", "--out", project.toString()));
        ok(CliRun.of("departments", project.toString(), "add", "教务处", "学生工作部"));
    }

    @Test
    void realDateCellsOfA1904DateSystemWorkbookAreStoredAsTheDatesExcelShows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        Path file = new OwnTable(wb)
                .row(LocalDate.of(2021, 9, 1), "2021-2022学年校历", "学校官网", "27")
                .row(LocalDate.of(2022, 8, 31), "学年末工作安排", "学校官网", "27")
                .save(dir.resolve("教务处-1904.xlsx"));
        try (InputStream in = Files.newInputStream(file); Workbook back = Workbooks.open(in)) {
            // The file really holds 1904 serials: 2021-09-01 is 44440 in 1900, 1462 less in 1904.
            assertThat(back.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(44440 - 1462);
        }

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::date)
                .containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31));
    }

    @Test
    void datetimeCellCountsAsItsDayAndIsNeverRoundedIntoOrOutOfTheWindow() throws Exception {
        Path file = new OwnTable(new XSSFWorkbook())
                .row(LocalDateTime.of(2021, 9, 1, 14, 30), "开学典礼", "学校官网", "27")
                .row(LocalDateTime.of(2022, 8, 31, 23, 59, 59), "最后一分钟发布", "学校官网", "27")
                .row(LocalDateTime.of(2021, 8, 31, 23, 59, 59), "前一学年最后一分钟", "学校官网", "27")
                .save(dir.resolve("教务处.xlsx"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.at("/files/0/accepted").asInt()).as(json.toPrettyString()).isEqualTo(2);
        assertThat(json.at("/files/0/rejected").asInt()).isEqualTo(1);
        assertThat(issueAt(json, "A4").get("code").asText()).isEqualTo("intake.date.outsideWindow");
        assertThat(saved().records()).extracting(DisclosureRecord::date)
                .containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31));
    }

    @Test
    void excelSerialNumbersTypedAsPlainNumbersInTheDateColumnAreReadAsDates() throws Exception {
        Path file = new OwnTable(new XSSFWorkbook())
                .row(44440, "以序列号填写的日期", "学校官网", "27")
                .row(44804.0, "学年最后一天", "学校官网", "27")
                .row(20211015, "以数字填写的日期", "学校官网", "27")
                .save(dir.resolve("教务处.xlsx"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::date)
                .containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31), LocalDate.of(2021, 10, 15));
    }

    @Test
    void formulaCellsInXlsxAreReadByTheirCachedValues() throws Exception {
        formulaCellsAreReadByTheirCachedValues(new XSSFWorkbook(), "教务处.xlsx");
    }

    @Test
    void formulaCellsInXlsAreReadByTheirCachedValues() throws Exception {
        formulaCellsAreReadByTheirCachedValues(new HSSFWorkbook(), "教务处.xls");
    }

    private void formulaCellsAreReadByTheirCachedValues(Workbook wb, String name) throws Exception {
        OwnTable table = new OwnTable(wb)
                .row("=DATE(2021,9,1)", "=\"校历\"&\"发布\"", "=IF(1>0,\"学校官网\",\"\")", "27")
                .row("=A2+30", "=B2&\"（修订）\"", "学校官网", "=\"2\"&\"7\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = table.save(dir.resolve(name));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        List<DisclosureRecord> records = saved().records();
        assertThat(records).extracting(DisclosureRecord::title).containsExactly("校历发布", "校历发布（修订）");
        assertThat(records).extracting(DisclosureRecord::date).containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 1));
        assertThat(records).extracting(DisclosureRecord::channel).containsOnly("website");
    }

    @Test
    void macroEnabledXlsmIsImportedByItsContent() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        Path file = new OwnTable(wb)
                .row(LocalDate.of(2021, 9, 1), "宏表格中的记录", "学校官网", "27")
                .save(dir.resolve("教务处.xlsm"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::title).containsExactly("宏表格中的记录");
        assertThat(saved().records().get(0).source().file()).isEqualTo("教务处.xlsm");
    }

    @Test
    void templateRetypedAsAnXlsWithoutMetaIsImportedForTheNamedDepartment() throws Exception {
        // A department copied our sheets into an old .xls: same sheet names and headers, no _meta.
        Workbook wb = new HSSFWorkbook();
        OwnTable.cells(wb.createSheet(TemplateLayout.SHEET_INSTRUCTIONS), 0, wb, "请按表头填写，日期为 2021年9月1日至2022年8月31日。");
        Sheet records = wb.createSheet(TemplateLayout.SHEET_RECORDS);
        OwnTable.cells(records, 0, wb, Arrays.stream(RecordField.values()).map(RecordField::header).toArray());
        OwnTable.cells(records, 1, wb, LocalDate.of(2021, 11, 3), "国家奖学金评审结果公示", "信息公开网",
                "37 奖助学金、学费减免、助学贷款、勤工俭学管理规定", "", "");
        Sheet apps = wb.createSheet(TemplateLayout.SHEET_APPLICATIONS);
        OwnTable.cells(apps, 0, wb, Arrays.stream(ApplicationField.values()).map(ApplicationField::header).toArray());
        OwnTable.cells(apps, 1, wb, LocalDate.of(2021, 11, 8), "自然人", "询问收费标准", LocalDate.of(2021, 11, 19), "公开", 0, "否", "");
        Sheet counts = wb.createSheet(TemplateLayout.SHEET_COUNTS);
        OwnTable.cells(counts, 0, wb, TemplateLayout.COUNT_HEADERS.toArray());
        OwnTable.cells(counts, 1, wb, "学校官网发布新闻条数", 612);
        Path file = OwnTable.write(wb, dir.resolve("学工部报送表.xls"));

        JsonNode json = importJson(file, "--department", "学生工作部");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(json.at("/files/0/department").asText()).isEqualTo("学生工作部");
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(3);
        Project p = saved();
        assertThat(p.records()).extracting(DisclosureRecord::title).containsExactly("国家奖学金评审结果公示");
        assertThat(p.records().get(0).date()).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(p.applications()).extracting(ApplicationCase::outcome).containsExactly("disclosed");
        assertThat(p.applications().get(0).replied()).isEqualTo(LocalDate.of(2021, 11, 19));
        assertThat(p.submission("学生工作部").orElseThrow().counts()).containsEntry("posts-website", 612L);
    }

    @Test
    void hiddenSheetsAreIgnoredWithAnInfoNamingEachAndTheirRowsAreNotCounted() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        OwnTable visible = new OwnTable(wb).row(LocalDate.of(2021, 9, 1), "正式报送的记录", "学校官网", "27");
        Sheet draft = wb.createSheet("草稿");
        OwnTable.cells(draft, 0, wb, (Object[]) HEADERS);
        OwnTable.cells(draft, 1, wb, LocalDate.of(2021, 9, 2), "草稿中的记录", "学校官网", "27");
        OwnTable.cells(draft, 2, wb, LocalDate.of(2021, 9, 3), "草稿中的另一条", "学校官网", "27");
        wb.setSheetHidden(wb.getSheetIndex(draft), true);
        Sheet old = wb.createSheet("往年数据");
        OwnTable.cells(old, 0, wb, (Object[]) HEADERS);
        OwnTable.cells(old, 1, wb, LocalDate.of(2021, 9, 4), "深度隐藏表中的记录", "学校官网", "27");
        wb.setSheetVisibility(wb.getSheetIndex(old), SheetVisibility.VERY_HIDDEN);
        Path file = visible.save(dir.resolve("教务处.xlsx"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as("info is not a rejection: " + json.toPrettyString()).isZero();
        assertThat(json.at("/files/0/accepted").asInt()).isEqualTo(1);
        List<JsonNode> hidden = new ArrayList<>();
        json.at("/files/0/issues").forEach(i -> {
            if (i.get("code").asText().equals("intake.sheet.hidden")) {
                hidden.add(i);
            }
        });
        assertThat(hidden).extracting(i -> i.get("sheet").asText()).containsExactly("草稿", "往年数据");
        assertThat(hidden).allSatisfy(i -> assertThat(i.get("severity").asText()).isEqualTo("info"));
        assertThat(hidden.get(0).get("message").asText()).contains("草稿");
        assertThat(saved().records()).extracting(DisclosureRecord::title).containsExactly("正式报送的记录");
    }

    @Test
    void fullWidthDigitsAndChineseNumeralDatesTypedAsTextAreRead() throws Exception {
        Path file = new OwnTable(new XSSFWorkbook())
                .row("２０２１年９月１日", "全角年月日", "学校官网", "27")
                .row("２０２１－０９－０２", "全角连字符", "学校官网", "27")
                .row("２０２１/９/３", "全角数字斜杠", "学校官网", "27")
                .row("二〇二一年九月一日", "中文数字", "学校官网", "27")
                .row("二〇二一年十月十五日", "中文数字十五", "学校官网", "27")
                .row("二〇二二年八月三十一日", "中文数字三十一", "学校官网", "27")
                .save(dir.resolve("教务处.xlsx"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::date).containsExactly(
                LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3),
                LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 15), LocalDate.of(2022, 8, 31));
    }

    @Test
    void xlsxContentNamedXlsIsStillImported() throws Exception {
        Path file = new OwnTable(new XSSFWorkbook())
                .row(LocalDate.of(2021, 9, 1), "扩展名写错的表格", "学校官网", "27")
                .save(dir.resolve("教务处.xls"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::title).containsExactly("扩展名写错的表格");
    }

    @Test
    void xlsContentNamedXlsxIsStillImported() throws Exception {
        Path file = new OwnTable(new HSSFWorkbook())
                .row(LocalDate.of(2021, 9, 1), "旧格式改了扩展名", "学校官网", "27")
                .save(dir.resolve("教务处.xlsx"));

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::title).containsExactly("旧格式改了扩展名");
    }

    @Test
    void minimalXlsxFromAnotherProgramWithInlineStringsAndNoStylesIsImported() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("教务处.xlsx"), "导出数据",
                HandMadeXlsx.row(1, HEADERS) + HandMadeXlsx.row(2, "2021-09-01", "系统导出的记录", "学校官网", "27"), false);

        JsonNode json = importJson(file, "--department", "教务处");

        assertThat(json.get("exit").asInt()).as(json.toPrettyString()).isZero();
        assertThat(saved().records()).extracting(DisclosureRecord::title).containsExactly("系统导出的记录");
        assertThat(saved().records().get(0).source().sheet()).isEqualTo("导出数据");
    }

    // ---- helpers ----

    /** A department's own table on its first sheet: header row 1, then one row per call. */
    private static final class OwnTable {
        private final Workbook wb;
        private final Sheet sheet;
        private int next = 1;

        OwnTable(Workbook wb) {
            this.wb = wb;
            this.sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, wb, (Object[]) HEADERS);
        }

        OwnTable row(Object... values) {
            cells(sheet, next++, wb, values);
            return this;
        }

        Path save(Path target) throws IOException {
            return write(wb, target);
        }

        /** LocalDate/LocalDateTime become real date cells, "=…" a formula, numbers numbers. */
        static void cells(Sheet sheet, int rowIndex, Workbook wb, Object... values) {
            Row row = sheet.createRow(rowIndex);
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                Object v = values[c];
                if (v instanceof LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(style(wb, "yyyy-mm-dd hh:mm:ss"));
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(style(wb, "yyyy-mm-dd"));
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                    if (s.startsWith("=DATE(") || s.startsWith("=A")) {
                        cell.setCellStyle(style(wb, "yyyy-mm-dd"));
                    }
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
            }
        }

        private static CellStyle style(Workbook wb, String format) {
            short f = wb.createDataFormat().getFormat(format);
            for (int i = 0; i < wb.getNumCellStyles(); i++) {
                if (wb.getCellStyleAt(i).getDataFormat() == f) {
                    return wb.getCellStyleAt(i);
                }
            }
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(f);
            return s;
        }

        static Path write(Workbook wb, Path target) throws IOException {
            try (wb; OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            return target;
        }
    }

    private JsonNode importJson(Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("import", project.toString(), file.toString()));
        args.addAll(List.of(options));
        args.add("--json");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(Cli.OK, Cli.INPUT);
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(run.out());
        json.put("exit", run.exitCode());
        return json;
    }

    private static JsonNode issueAt(JsonNode json, String cell) {
        for (JsonNode i : json.at("/files/0/issues")) {
            if (i.get("cell").asText().equals(cell)) {
                return i;
            }
        }
        throw new AssertionError("no issue at " + cell + " in " + json.toPrettyString());
    }

    private Project saved() throws Exception {
        return new ProjectStore().readProject(project);
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }
}
