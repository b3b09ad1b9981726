package org.nianbao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.HandMadeXlsx;

/**
 * An .xlsx read for import is streamed (a row at a time, never the whole sheet): read forward, every
 * sheet must give the same cells, merged regions filled, as the same file read whole.
 */
class StreamedSheetTest {
    @TempDir
    Path dir;

    @Test
    void aStreamedSheetReadsCellForCellAsTheWholeSheetWithItsMergedRegionsFilled() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        Random random = new Random(13);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("记录");
            for (int r = 0; r < 600; r++) {
                if (r % 7 == 3) {
                    continue; // rows with no cell at all
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    if (random.nextInt(4) > 0) {
                        if (c == 0) {
                            row.createCell(c).setCellValue(44800 + r);
                        } else {
                            row.createCell(c).setCellValue("第" + r + "行" + c);
                        }
                    }
                }
            }
            // A title over the table, a date merged down rows (one across the rows dropped from the window),
            // a region whose first cell is blank, overlapping regions (a file may have them), a region
            // reaching below the last row, one starting below it, and one more cells wide than 256 columns.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, 5));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(100, 260, 0, 0));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(200, 204, 1, 2));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(202, 210, 2, 4));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(203, 203, 0, 1));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(10, 12, 3, 3));
            row(sheet, 10).createCell(3).setCellValue("合并");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(59, 70, 1, 1)); // across the rows always kept
            row(sheet, 59).createCell(1).setCellValue("跨过保留的行");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(18, 18, 1, 4));
            XSSFRow blankFirst = row(sheet, 18);
            if (blankFirst.getCell(1) != null) {
                blankFirst.removeCell(blankFirst.getCell(1));
            }
            sheet.addMergedRegionUnsafe(new CellRangeAddress(590, 2000, 5, 5));
            row(sheet, 590).createCell(5).setCellValue("到最后");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(900, 905, 0, 3));
            sheet.addMergedRegionUnsafe(new CellRangeAddress(400, 401, 0, 400));
            row(sheet, 400).createCell(0).setCellValue("很宽");
            XSSFSheet second = wb.createSheet("第二张");
            second.createRow(0).createCell(0).setCellValue("只有一格");
            wb.write(out);
        }

        assertReadAlike(file);
    }

    @Test
    void aSheetWhoseRowsGoBackIsReadWholeAndAlike() throws Exception {
        // No spreadsheet program writes rows out of order, but a file may: such a sheet is held whole.
        Path file = HandMadeXlsx.write(dir.resolve("back.xlsx"), "Sheet1",
                HandMadeXlsx.row(1, "发布日期", "标题") + HandMadeXlsx.row(300, "2021-10-01", "后")
                        + HandMadeXlsx.row(2, "2021-09-01", "前") + HandMadeXlsx.row(150, "2021-09-15", "中"), false);

        assertReadAlike(file);
        try (WorkbookContent streamed = WorkbookOpener.openStreamed(file)) {
            SheetData sheet = streamed.sheets().get(0);
            assertThat(sheet.get(299, 1).display()).isEqualTo("后");
            assertThat(sheet.get(1, 1).display()).as("an earlier row, after a later one").isEqualTo("前");
        }
    }

    @Test
    void aRowAlreadyReadPastIsNotSilentlyBlank() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 500; r++) {
            rows.append(HandMadeXlsx.row(r, "第" + r + "行"));
        }
        Path file = HandMadeXlsx.write(dir.resolve("long.xlsx"), "Sheet1", rows.toString(), false);
        try (WorkbookContent streamed = WorkbookOpener.openStreamed(file)) {
            SheetData sheet = streamed.sheets().get(0);
            assertThat(sheet.rowCount()).isEqualTo(500);
            assertThat(sheet.get(5, 0).display()).isEqualTo("第6行");
            assertThat(sheet.get(450, 0).display()).isEqualTo("第451行");
            assertThat(sheet.get(5, 0).display()).as("the header rows are kept").isEqualTo("第6行");
            assertThat(sheet.get(450 - SheetData.WINDOW, 0).display()).isEqualTo("第" + (451 - SheetData.WINDOW) + "行");
            assertThatThrownBy(() -> sheet.get(200, 0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 201");
        }
    }

    @Test
    void theRowsOfAnImportsIssuesAreReadForwardWhateverTheirOrder() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 500; r++) {
            rows.append(HandMadeXlsx.row(r, "2021-09-" + (r % 28 + 1), "第" + r + "行", "", ""));
        }
        Path file = HandMadeXlsx.write(dir.resolve("issues.xlsx"), "Sheet1", rows.toString(), false);
        List<ImportIssue> issues = List.of(issue(450), issue(3), issue(200), issue(450), issue(201));

        var texts = IssueRows.of(file, issues);

        assertThat(texts).containsEntry(IssueRows.key("Sheet1", 3), "2021-09-4 | 第3行")
                .containsEntry(IssueRows.key("Sheet1", 200), "2021-09-5 | 第200行")
                .containsEntry(IssueRows.key("Sheet1", 201), "2021-09-6 | 第201行")
                .containsEntry(IssueRows.key("Sheet1", 450), "2021-09-3 | 第450行").hasSize(4);
    }

    private static ImportIssue issue(int row) {
        return new ImportIssue("issues.xlsx", "Sheet1", "A" + row, row, "intake.date.outsideWindow", ImportIssue.Severity.ERROR, List.of());
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        return sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    }

    /** Reads {@code file} whole and streamed and compares every cell, row by row, forward. */
    private static void assertReadAlike(Path file) throws Exception {
        WorkbookContent whole = WorkbookOpener.open(file);
        try (WorkbookContent streamed = WorkbookOpener.openStreamed(file)) {
            assertThat(streamed.date1904()).isEqualTo(whole.date1904());
            List<SheetData> a = whole.sheets();
            List<SheetData> b = streamed.sheets();
            assertThat(b).extracting(SheetData::name).isEqualTo(a.stream().map(SheetData::name).toList());
            for (int s = 0; s < a.size(); s++) {
                SheetData x = a.get(s);
                SheetData y = b.get(s);
                assertThat(y.rowCount()).as(x.name() + " rows").isEqualTo(x.rowCount());
                int cells = 0;
                for (int r = 0; r < x.rowCount() + 3; r++) {
                    assertThat(y.columnCount(r)).as(x.name() + " row " + (r + 1) + " width").isEqualTo(x.columnCount(r));
                    for (int c = 0; c < x.columnCount(r) + 2; c++) {
                        assertThat(y.get(r, c)).as(x.name() + " row " + (r + 1) + " column " + (c + 1)).isEqualTo(x.get(r, c));
                        cells += x.get(r, c) == null ? 0 : 1;
                    }
                }
                assertThat(cells).as("cells compared in " + x.name()).isPositive();
            }
        }
    }
}
