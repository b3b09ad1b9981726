package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.TableEntries;
import org.nianbao.testing.OfficialTables;
import org.nianbao.testing.Workbooks;
import org.nianbao.workspace.Workspace;

/** A Table 3 or 4 laid out as the form prints it is read by its printed names, from a workbook or pasted text. */
class FormTableImportTest {
    private static final ReportKind KIND = Workspace.standard().kind("gov-2021-calendar-year");
    private static final ReportKind.FormTable TABLE3 = KIND.formTable("3").orElseThrow();
    private static final ReportKind.FormTable TABLE4 = KIND.formTable("4").orElseThrow();

    @TempDir
    Path dir;

    private static FormTableImport read(ReportKind.FormTable t, CellGrid grid) {
        return FormTableReader.read(t, grid, "表三");
    }

    private static List<String> errors(FormTableImport i) {
        return i.issues().stream().filter(x -> x.severity() == ImportIssue.Severity.ERROR).map(ImportIssue::code).toList();
    }

    @Test
    void aWorkbookLaidOutAsThePrintedFormSetsExactlyTheCellsTypedOneByOne() throws Exception {
        Path xlsx = OfficialTables.writeXlsx(dir.resolve("表三.xlsx"), OfficialTables.table3(), OfficialTables.table3Merges());
        SheetData sheet = WorkbookOpener.open(xlsx).sheets().get(0);
        CellGrid grid = CellGrid.of(sheet);
        assertThat(FormTableReader.detect(KIND.formTables(), grid)).contains(TABLE3);

        FormTableImport read = read(TABLE3, grid);
        assertThat(read.issues()).isEmpty();
        assertThat(read.applyTo(TableEntries.NONE)).isEqualTo(OfficialTables.table3TypedOneByOne());
        assertThat(read.applyTo(TableEntries.NONE).value("3", "1", "other-org")).as("a typed 0 stays 0").contains(BigDecimal.ZERO);
        assertThat(read.applyTo(TableEntries.NONE).value("3", "1", "research")).as("an empty cell stays empty").isEmpty();
        // Every figure cell of the 25 rows is read, the empty ones as empty.
        assertThat(read.cells()).hasSize(25 * 7);
    }

    @Test
    void textCopiedFromWordOrABrowserReadsTheSame() {
        TableEntries expected = OfficialTables.table3TypedOneByOne();
        FormTableImport word = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(OfficialTables.table3())));
        assertThat(word.issues()).isEmpty();
        assertThat(word.applyTo(TableEntries.NONE)).isEqualTo(expected);

        String browser = OfficialTables.browserText(OfficialTables.table3(), 7, 3);
        assertThat(browser).as("rows under a merged name are shorter").contains("\n2．其他法律行政法规禁止公开\t\t");
        FormTableImport web = read(TABLE3, CellGrid.ofPaste(browser));
        assertThat(web.issues()).isEmpty();
        assertThat(web.applyTo(TableEntries.NONE)).isEqualTo(expected);
    }

    @Test
    void importingAgainClearsWhatWasEmptiedAndShowsOnlyTheChanges() {
        TableEntries before = OfficialTables.table3TypedOneByOne().with("3", "3.5.2", "natural", BigDecimal.ONE);
        FormTableImport again = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(OfficialTables.table3())));
        assertThat(again.changes(before)).extracting(c -> c.row().id() + "/" + c.column().id() + " " + c.after())
                .containsExactly("3.5.2/natural Optional.empty");
        assertThat(again.applyTo(before)).isEqualTo(OfficialTables.table3TypedOneByOne());
    }

    @Test
    void table4sThreeLevelHeaderAndUnnamedRowAreRead() {
        List<List<String>> rows = OfficialTables.table4("1", "", "", "", "1", "０", "1", "", "", "1", "", "", "", "2", "2");
        FormTableImport read = read(TABLE4, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(read.issues()).isEmpty();
        TableEntries e = read.applyTo(TableEntries.NONE);
        assertThat(e.value("4", "count", "review.upheld")).contains(BigDecimal.ONE);
        assertThat(e.value("4", "count", "direct.upheld")).contains(BigDecimal.ZERO);
        assertThat(e.value("4", "count", "direct.corrected")).contains(BigDecimal.ONE);
        assertThat(e.value("4", "count", "after.pending")).contains(new BigDecimal("2"));
        assertThat(e.value("4", "count", "after.total")).contains(new BigDecimal("2"));
        assertThat(e.value("4", "count", "after.upheld")).isEmpty();
        assertThat(FormTableReader.detect(KIND.formTables(), CellGrid.ofPaste(OfficialTables.wordText(rows)))).contains(TABLE4);
        FormTableImport web = read(TABLE4, CellGrid.ofPaste(OfficialTables.browserText(rows, 15, 3)));
        assertThat(web.issues()).isEmpty();
        assertThat(web.applyTo(TableEntries.NONE)).isEqualTo(e);
    }

    @Test
    void aWorkbookWhoseMergedCellsAreFilledInReadsTheSame() {
        // Some tools write the merged text into every cell it covers: the header repeats, the nested names repeat.
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : OfficialTables.table3()) {
            rows.add(new ArrayList<>(r));
        }
        for (int[] m : OfficialTables.table3Merges()) {
            String v = rows.get(m[0]).get(m[2]);
            for (int r = m[0]; r <= m[1]; r++) {
                for (int c = m[2]; c <= m[3]; c++) {
                    rows.get(r).set(c, v);
                }
            }
        }
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(read.issues()).isEmpty();
        assertThat(read.applyTo(TableEntries.NONE)).isEqualTo(OfficialTables.table3TypedOneByOne());
    }

    @Test
    void aColumnNameThatDoesNotMatchIsRefusedWithTheColumnItStandsFor() {
        List<List<String>> rows = new ArrayList<>(OfficialTables.table3());
        List<String> names = new ArrayList<>(rows.get(2));
        names.set(5, "科研院所");
        rows.set(2, names);
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(read.refused()).isTrue();
        assertThat(read.cells()).isEmpty();
        ImportIssue issue = read.issues().get(0);
        assertThat(issue.code()).isEqualTo("intake.table.unknownColumn");
        assertThat(issue.args()).containsExactly("科研院所", "3", "法人或其他组织 科研机构");
        assertThat(issue.cell()).isEqualTo("F");
        assertThat(issue.row()).isEqualTo(3);
    }

    @Test
    void aRowNameThatDoesNotMatchIsRefusedWithItsLineAndName() {
        List<List<String>> rows = new ArrayList<>(OfficialTables.table3());
        List<String> row = new ArrayList<>(rows.get(17));
        row.set(2, "2．重复申请的");
        rows.set(17, row);
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(errors(read)).containsExactly("intake.table.unknownRow");
        assertThat(read.issues().get(0).args()).containsExactly("18", "2．重复申请的", "3");
        assertThat(read.cells()).as("nothing is set from a refused table").isEmpty();
    }

    @Test
    void aFigureThatIsNotANumberIsRefusedWithItsRowAndColumn() {
        List<List<String>> rows = new ArrayList<>(OfficialTables.table3());
        List<String> row = new ArrayList<>(rows.get(3));
        row.set(4, "两件");
        rows.set(3, row);
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(errors(read)).containsExactly("intake.table.notANumber");
        assertThat(read.issues().get(0).args()).containsExactly("一、本年新收政府信息公开申请数量", "法人或其他组织 商业企业", "两件");
        assertThat(read.issues().get(0).cell()).isEqualTo("E4");
    }

    @Test
    void aMissingColumnIsNamed() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : OfficialTables.table3()) {
            rows.add(r.subList(0, r.size() - 1)); // the 总计 column left out
        }
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(read.refused()).isTrue();
        assertThat(read.issues()).extracting(ImportIssue::code).contains("intake.table.missingColumn");
        assertThat(read.issues().stream().filter(i -> i.code().equals("intake.table.missingColumn")).findFirst().orElseThrow().args())
                .containsExactly("3", "总计");
    }

    @Test
    void rowsPastedWithoutTheirHeaderAreReadInThePrintedOrderAndSaySo() {
        List<List<String>> rows = OfficialTables.table3().subList(3, 28);
        FormTableImport read = read(TABLE3, CellGrid.ofPaste(OfficialTables.wordText(rows)));
        assertThat(read.issues()).extracting(ImportIssue::code).containsExactly("intake.table.noHeader");
        assertThat(read.applyTo(TableEntries.NONE)).isEqualTo(OfficialTables.table3TypedOneByOne());
    }

    @Test
    void exportWritesTheLayoutImportReadsBackAsXlsxAndAsCsv() throws Exception {
        TableEntries typed = OfficialTables.table3TypedOneByOne().with("4", "count", "review.upheld", BigDecimal.ONE)
                .with("4", "count", "review.total", BigDecimal.ONE);
        Path xlsx = dir.resolve("tables.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            FormTableWriter.writeXlsx(List.of(TABLE3, TABLE4), typed, t -> "表" + t.id(), out);
        }
        try (var wb = Workbooks.open(xlsx)) {
            Sheet s3 = wb.getSheet("表3");
            assertThat(s3.getRow(1).getCell(0).getStringCellValue()).startsWith("（本列数据的勾稽关系为");
            assertThat(s3.getRow(1).getCell(1).getStringCellValue()).isEqualTo("申请人情况");
            assertThat(s3.getRow(2).getCell(2).getStringCellValue()).isEqualTo("法人或其他组织");
            assertThat(s3.getMergedRegions()).extracting(r -> r.formatAsString()).contains("A2:A4", "B2:H2", "B3:B4", "C3:G3", "H3:H4");
            Sheet s4 = wb.getSheet("表4");
            assertThat(s4.getRow(2).getCell(6).getStringCellValue()).isEqualTo("未经复议直接起诉");
        }
        WorkbookContent content = WorkbookOpener.open(xlsx);
        TableEntries back = TableEntries.NONE;
        for (SheetData sheet : content.sheets()) {
            CellGrid grid = CellGrid.of(sheet);
            ReportKind.FormTable t = FormTableReader.detect(KIND.formTables(), grid).orElseThrow();
            FormTableImport read = read(t, grid);
            assertThat(read.issues()).as(sheet.name()).isEmpty();
            back = read.applyTo(back);
        }
        assertThat(back).isEqualTo(typed);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        FormTableWriter.writeCsv(TABLE3, typed, csv);
        FormTableImport fromCsv = read(TABLE3, CellGrid.ofCsv(CellGrid.decode(csv.toByteArray())));
        assertThat(fromCsv.issues()).isEmpty();
        assertThat(fromCsv.applyTo(TableEntries.NONE)).isEqualTo(OfficialTables.table3TypedOneByOne());
    }

    @Test
    void csvSavedByChineseExcelInGb18030IsDecoded() {
        String text = OfficialTables.wordText(OfficialTables.table3()).replace('\t', ',');
        String decoded = CellGrid.decode(text.getBytes(Charset.forName("GB18030")));
        assertThat(decoded).isEqualTo(text);
        assertThat(read(TABLE3, CellGrid.ofCsv(decoded)).applyTo(TableEntries.NONE)).isEqualTo(OfficialTables.table3TypedOneByOne());
    }
}
