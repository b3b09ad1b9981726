package org.nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbooks departments send, in code: our template filled in the way people fill it,
 * and their own tables with title rows, merged cells, totals and text dates.
 */
public final class WorkbookFixtures {
    private WorkbookFixtures() {
    }

    /** Opens a template and lets the test write cells into it, then saves it to {@code target}. */
    public static Filled fill(Path template, Path target) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = Workbooks.open(in);
        }
        return new Filled(wb, target);
    }

    /** A workbook being filled; values are strings, LocalDates (real date cells) or numbers. */
    public static final class Filled {
        private final Workbook wb;
        private final Path target;
        private final CellStyle dateStyle;

        Filled(Workbook wb, Path target) {
            this.wb = wb;
            this.target = target;
            this.dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        /** Writes a row (1-based row number as Excel shows it) on the named sheet. */
        public Filled row(String sheet, int excelRow, Object... values) {
            Sheet s = wb.getSheet(sheet);
            if (s == null) {
                s = wb.createSheet(sheet);
            }
            Row r = s.getRow(excelRow - 1) == null ? s.createRow(excelRow - 1) : s.getRow(excelRow - 1);
            for (int c = 0; c < values.length; c++) {
                set(r.getCell(c) == null ? r.createCell(c) : r.getCell(c), values[c]);
            }
            return this;
        }

        public Workbook workbook() {
            return wb;
        }

        private void set(Cell cell, Object v) {
            if (v == null) {
                cell.setBlank();
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }

        public Path save() throws IOException {
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            wb.close();
            return target;
        }
    }

    /** An empty workbook of our choice of format, to build a department's own table. */
    public static Filled blank(Path target, boolean xls) {
        return new Filled(xls ? new HSSFWorkbook() : new XSSFWorkbook(), target);
    }
}
