package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.intake.TemplateLayout.ApplicationField;
import org.nianbao.intake.TemplateLayout.RecordField;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.platform.AtomicFile;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.Workbooks;
import org.nianbao.workspace.Workspace;

/** What a department secretary sees when opening the template, read back with POI. */
class TemplateWriterTest {
    private static final String DEPARTMENT = "教务处";
    private static final String WINDOW = "2021年9月1日至2022年8月31日";

    @TempDir
    Path dir;
    private final Workspace ws = Workspace.standard();
    private final ReportKind kind = ws.kind("moe-academic-year");
    private final Project project = Fixtures.project(ws);
    private final DataFormatter formatter = new DataFormatter();

    /** Written the way the app writes it: atomically, through the caller's stream. */
    static Path writeTemplate(Path dir, ReportKind kind, Project project, String department) throws IOException {
        Path file = dir.resolve("template.xlsx");
        TemplateWriter writer = new TemplateWriter(kind);
        AtomicFile.write(file, out -> writer.write(project, department, out));
        return file;
    }

    private Workbook open() throws IOException {
        return Workbooks.open(writeTemplate(dir, kind, project, DEPARTMENT));
    }

    @Test
    void sheetsComeInTheContractsOrderAndTheInstructionsAreWhatOpensFirst() throws Exception {
        try (Workbook wb = open()) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertThat(names).containsExactly(TemplateLayout.SHEET_INSTRUCTIONS, TemplateLayout.SHEET_RECORDS,
                    TemplateLayout.SHEET_APPLICATIONS, TemplateLayout.SHEET_COUNTS, TemplateLayout.SHEET_META,
                    TemplateLayout.SHEET_LISTS);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getFirstVisibleTab()).isZero();
            assertThat(wb.getSheetAt(0).isSelected()).isTrue();
            assertThat(IntStream.range(1, 6).filter(i -> wb.getSheetAt(i).isSelected())).isEmpty();
            for (int i = 0; i < 4; i++) {
                assertThat(wb.getSheetVisibility(i)).as(names.get(i)).isEqualTo(SheetVisibility.VISIBLE);
            }
            var core = ((XSSFWorkbook) wb).getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("示例职业技术学院2021-2022学年信息公开工作年度报告 部门报送表");
            assertThat(core.getCreator()).isEqualTo(Fixtures.INSTITUTION);
        }
    }

    @Test
    void instructionsNameTheDepartmentTheWindowTheDeadlineAndWhomToAsk() throws Exception {
        try (Workbook wb = open()) {
            List<String> lines = column(wb.getSheet(TemplateLayout.SHEET_INSTRUCTIONS), 0);
            String all = String.join("\n", lines);
            assertThat(lines.get(0)).isEqualTo("示例职业技术学院2021-2022学年信息公开工作年度报告 部门报送表");
            assertThat(all).contains(DEPARTMENT).contains(WINDOW)
                    .contains("学校报送截止：2022年10月31日")
                    .contains("部门报送截止：请按党政办公室通知")
                    .contains("党政办公室").contains("0577-1234 5678").contains("xxgk@example.edu.cn");
            assertThat(lines).filteredOn(l -> l.matches("\\d+\\. .+")).hasSizeGreaterThanOrEqualTo(6)
                    .anySatisfy(l -> assertThat(l).contains(TemplateLayout.SHEET_RECORDS))
                    .anySatisfy(l -> assertThat(l).contains(TemplateLayout.SHEET_APPLICATIONS))
                    .anySatisfy(l -> assertThat(l).contains(TemplateLayout.SHEET_COUNTS))
                    .anySatisfy(l -> assertThat(l).contains(TemplateLayout.SHEET_META));
            Sheet sheet = wb.getSheet(TemplateLayout.SHEET_INSTRUCTIONS);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(60 * 256);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void theExampleDateOfTheInstructionsAndTheValidationsLiesInTheProjectsWindow() throws Exception {
        // A calendar-year report for 2021: an example from 2022 would be refused by the import itself.
        ReportKind gov = ws.kind("gov-2021-calendar-year");
        Project calendar = ws.newProject("gov-2021-calendar-year", org.nianbao.model.AcademicYear.parse("2021-2022"),
                Fixtures.institution());
        try (XSSFWorkbook wb = (XSSFWorkbook) Workbooks.open(writeTemplate(dir, gov, calendar, DEPARTMENT))) {
            String all = String.join("\n", column(wb.getSheet(TemplateLayout.SHEET_INSTRUCTIONS), 0));
            assertThat(all).contains("请按 2021-07-15 的格式填写").doesNotContain("2022-03-15");
            assertThat(wb.getSheet(TemplateLayout.SHEET_RECORDS).getDataValidations())
                    .extracting(v -> v.getErrorBoxText()).filteredOn(t -> t != null && t.contains("格式填写"))
                    .isNotEmpty().allMatch(t -> t.contains("2021-07-15"));
        }
        try (Workbook wb = open()) {
            assertThat(String.join("\n", column(wb.getSheet(TemplateLayout.SHEET_INSTRUCTIONS), 0))).contains("请按 2022-03-15 的格式填写");
        }
    }

    @Test
    void eachTableStartsWithTheContractsHeadersFrozenInRowOne() throws Exception {
        try (Workbook wb = open()) {
            Sheet records = wb.getSheet(TemplateLayout.SHEET_RECORDS);
            assertThat(row(records, 0)).containsExactlyElementsOf(
                    Arrays.stream(RecordField.values()).map(RecordField::header).toList());
            assertThat(row(wb.getSheet(TemplateLayout.SHEET_APPLICATIONS), 0)).containsExactlyElementsOf(
                    Arrays.stream(ApplicationField.values()).map(ApplicationField::header).toList());
            assertThat(row(wb.getSheet(TemplateLayout.SHEET_COUNTS), 0)).containsExactlyElementsOf(TemplateLayout.COUNT_HEADERS);
            assertThat(records.getPaneInformation().isFreezePane()).isTrue();
            assertThat(records.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(wb.getFontAt(records.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(records.getColumnWidth(RecordField.TITLE.ordinal()))
                    .isGreaterThan(records.getColumnWidth(RecordField.DATE.ordinal()));
            assertThat(records.getLastRowNum()).as("no million styled rows").isZero();
            assertThat(records.getRepeatingRows()).as("headers repeat on printed pages").isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(records.getFitToPage()).isTrue();
        }
    }

    @Test
    void dateColumnsShowIsoDatesAndFreeTextColumnsKeepDigitsAsTyped() throws Exception {
        try (Workbook wb = open()) {
            Sheet records = wb.getSheet(TemplateLayout.SHEET_RECORDS);
            assertThat(records.getColumnStyle(RecordField.DATE.ordinal()).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            for (RecordField f : List.of(RecordField.TITLE, RecordField.LINK, RecordField.NOTE)) {
                assertThat(records.getColumnStyle(f.ordinal()).getDataFormatString()).as(f.header()).isEqualTo("@");
            }
            Sheet applications = wb.getSheet(TemplateLayout.SHEET_APPLICATIONS);
            assertThat(applications.getColumnStyle(ApplicationField.RECEIVED.ordinal()).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(applications.getColumnStyle(ApplicationField.REPLIED.ordinal()).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void publicationDatesOutsideTheWindowAreRefusedWithAMessageNamingIt() throws Exception {
        try (Workbook wb = open()) {
            DataValidation v = validationCovering(wb.getSheet(TemplateLayout.SHEET_RECORDS), RecordField.DATE);
            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(v.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DATE(2021,9,1)");
            assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("DATE(2022,8,31)");
            assertThat(v.getShowErrorBox()).isTrue();
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(v.getErrorBoxText()).contains("日期须在2021年9月1日至2022年8月31日之间");
            assertThat(regions(v)).containsExactly("A2:A1001");
        }
    }

    @Test
    void channelAndItemAreChosenFromListsOnTheHiddenListsSheet() throws Exception {
        try (Workbook wb = open()) {
            Sheet records = wb.getSheet(TemplateLayout.SHEET_RECORDS);
            Sheet lists = wb.getSheet(TemplateLayout.SHEET_LISTS);

            DataValidation channel = validationCovering(records, RecordField.CHANNEL);
            assertThat(channel.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(channel.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(listedValues(wb, channel)).containsExactlyElementsOf(
                    kind.channels().stream().map(ReportKind.Channel::name).toList());
            assertThat(regions(channel)).containsExactly("C2:C1001");

            DataValidation item = validationCovering(records, RecordField.ITEM);
            assertThat(item.getValidationConstraint().getFormula1()).startsWith("'_lists'!$");
            assertThat(listedValues(wb, item)).hasSize(kind.items().size())
                    .contains(TemplateLayout.itemLabel(1, kind.items().get(0).name()))
                    .endsWith(TemplateLayout.itemLabel(50, kind.items().get(49).name()));
            assertThat(regions(item)).containsExactly("D2:D1001");

            int listsIndex = wb.getSheetIndex(lists);
            assertThat(wb.getSheetVisibility(listsIndex)).isEqualTo(SheetVisibility.HIDDEN);
        }
    }

    @Test
    void applicationsHaveTheirOwnDropdownsAndRepliesMayComeAfterTheWindow() throws Exception {
        try (Workbook wb = open()) {
            Sheet applications = wb.getSheet(TemplateLayout.SHEET_APPLICATIONS);

            DataValidation received = validationCovering(applications, ApplicationField.RECEIVED);
            assertThat(received.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(received.getValidationConstraint().getFormula1()).isEqualTo("DATE(2021,9,1)");
            assertThat(received.getValidationConstraint().getFormula2()).isEqualTo("DATE(2022,8,31)");

            DataValidation replied = validationCovering(applications, ApplicationField.REPLIED);
            assertThat(replied.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(replied.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(replied.getValidationConstraint().getFormula1()).isEqualTo("DATE(2021,9,1)");
            assertThat(replied.getErrorBoxText()).contains("2021年9月1日");

            assertThat(listedValues(wb, validationCovering(applications, ApplicationField.APPLICANT)))
                    .containsExactlyElementsOf(kind.applicantTypes().stream().map(ReportKind.ApplicantType::name).toList());
            assertThat(listedValues(wb, validationCovering(applications, ApplicationField.OUTCOME)))
                    .containsExactlyElementsOf(kind.outcomes().stream().map(ReportKind.Outcome::name).toList());
            assertThat(listedValues(wb, validationCovering(applications, ApplicationField.CARRIED_OVER)))
                    .containsExactly("是", "否");

            DataValidation fee = validationCovering(applications, ApplicationField.FEE);
            assertThat(fee.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(fee.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(fee.getValidationConstraint().getFormula1()).isEqualTo("0");
        }
    }

    @Test
    void theDataSheetAsksForEveryCountOfTheKindAsAWholeNumber() throws Exception {
        try (Workbook wb = open()) {
            Sheet counts = wb.getSheet(TemplateLayout.SHEET_COUNTS);
            assertThat(counts.getLastRowNum()).isEqualTo(kind.counts().size());
            for (int i = 0; i < kind.counts().size(); i++) {
                ReportKind.CountDef def = kind.counts().get(i);
                Row row = counts.getRow(i + 1);
                assertThat(formatter.formatCellValue(row.getCell(0))).isEqualTo(def.name());
                assertThat(formatter.formatCellValue(row.getCell(1))).isEmpty();
                assertThat(formatter.formatCellValue(row.getCell(2))).isEqualTo(def.unit());
            }
            assertThat(formatter.formatCellValue(counts.getRow(1).getCell(3))).isEqualTo(kind.counts().get(0).hint());
            DataValidation value = counts.getDataValidations().get(0);
            assertThat(value.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(value.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(value.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(regions(value)).containsExactly("B2:B" + (kind.counts().size() + 1));
        }
    }

    @Test
    void metaIsHiddenProtectedAndIdentifiesKindYearWindowAndDepartment() throws Exception {
        try (Workbook wb = open()) {
            Sheet meta = wb.getSheet(TemplateLayout.SHEET_META);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(meta))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(meta.getProtect()).isTrue();
            assertThat(wb.getSheet(TemplateLayout.SHEET_LISTS).getProtect()).isTrue();
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            for (Row row : meta) {
                values.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
            }
            assertThat(values).containsExactly(
                    java.util.Map.entry(TemplateLayout.META_TEMPLATE_VERSION, String.valueOf(TemplateLayout.VERSION)),
                    java.util.Map.entry(TemplateLayout.META_KIND, "moe-academic-year"),
                    java.util.Map.entry(TemplateLayout.META_KIND_VERSION, String.valueOf(kind.version())),
                    java.util.Map.entry(TemplateLayout.META_YEAR, "2021-2022"),
                    java.util.Map.entry(TemplateLayout.META_WINDOW_START, "2021-09-01"),
                    java.util.Map.entry(TemplateLayout.META_WINDOW_END, "2022-08-31"),
                    java.util.Map.entry(TemplateLayout.META_DEPARTMENT, DEPARTMENT),
                    java.util.Map.entry(TemplateLayout.META_INSTITUTION, Fixtures.INSTITUTION));
        }
    }

    @Test
    void theTemplateStaysSmall() throws Exception {
        Path file = writeTemplate(dir, kind, project, DEPARTMENT);
        assertThat(Files.size(file)).isLessThan(40_000);
    }

    @Test
    void theWriterLeavesTheCallersStreamOpen() throws Exception {
        var closed = new boolean[1];
        var bytes = new java.io.ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new TemplateWriter(kind).write(project, DEPARTMENT, out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void aDepartmentWithoutANameIsRefused() {
        assertThatThrownBy(() -> new TemplateWriter(kind).write(project, "  ", OutputStream.nullOutputStream()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).key()).isEqualTo("model.department.nameMissing");
    }

    @Test
    void fileNamesCarryYearAndDepartmentWithoutCharactersWindowsForbids() {
        assertThat(TemplateWriter.fileNameFor(project, "教务处")).isEqualTo("2021-2022学年信息公开报送表-教务处.xlsx");
        assertThat(TemplateWriter.fileNameFor(project, " 招生/就业:处*?\"<>|\\ ")).isEqualTo("2021-2022学年信息公开报送表-招生就业处.xlsx");
        assertThat(TemplateWriter.fileNameFor(project, "图书馆.")).isEqualTo("2021-2022学年信息公开报送表-图书馆.xlsx");
    }

    @Test
    void everyTemplateTextIsUsedByTheWriter() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/nianbao/intake/template.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String source = Files.readString(Path.of("src/main/java/org/nianbao/intake/TemplateWriter.java"));
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(source).contains("\"" + key + "\""));
    }

    private DataValidation validationCovering(Sheet sheet, Enum<?> field) {
        int col = field.ordinal();
        List<DataValidation> found = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(TemplateLayout.FIRST_DATA_ROW - 1, col)) {
                    found.add(v);
                }
            }
        }
        assertThat(found).as("validations of %s", field).hasSize(1);
        return found.get(0);
    }

    /** The values a dropdown offers, read from the range its formula names. */
    private List<String> listedValues(Workbook wb, DataValidation v) {
        String formula = v.getValidationConstraint().getFormula1();
        assertThat(formula).matches("'_lists'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$\\d+");
        String[] ends = formula.substring(formula.indexOf('!') + 1).split(":");
        CellReference first = new CellReference(ends[0]);
        CellReference last = new CellReference(ends[1]);
        assertThat(first.getCol()).isEqualTo(last.getCol());
        Sheet lists = wb.getSheet(TemplateLayout.SHEET_LISTS);
        List<String> values = new ArrayList<>();
        for (int r = first.getRow(); r <= last.getRow(); r++) {
            values.add(formatter.formatCellValue(lists.getRow(r).getCell(first.getCol())));
        }
        assertThat(lists.getRow(last.getRow() + 1) == null || lists.getRow(last.getRow() + 1).getCell(first.getCol()) == null)
                .as("the range takes the whole list").isTrue();
        return values;
    }

    private static List<String> regions(DataValidation v) {
        return Arrays.stream(v.getRegions().getCellRangeAddresses()).map(CellRangeAddress::formatAsString).toList();
    }

    private List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(c -> cells.add(formatter.formatCellValue(c)));
        return cells;
    }

    private List<String> column(Sheet sheet, int col) {
        List<String> cells = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getCell(col) != null) {
                cells.add(formatter.formatCellValue(r.getCell(col)));
            }
        }
        return cells;
    }
}
