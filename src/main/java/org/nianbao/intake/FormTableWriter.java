package org.nianbao.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.TableEntries;

/**
 * Writes typed form tables laid out as the official form prints them, so {@link FormTableReader}
 * reads them back and a person can fill them in a spreadsheet: the title, the corner and a header
 * of as many levels as the columns' headings (each heading merged across the columns it covers, a
 * column's name merged down to the last level), a row per line with its printed name, group rows
 * empty, empty cells empty.
 */
public final class FormTableWriter {
    private static final int NAME_WIDTH_CHARS = 44;
    private static final int FIGURE_WIDTH_CHARS = 10;

    private FormTableWriter() {
    }

    /** The printed layout as text cells and merged regions ({@code firstRow, lastRow, firstCol, lastCol}). */
    public record Layout(List<List<String>> cells, List<int[]> merges, int headerRows) {
    }

    public static Layout layout(ReportKind.FormTable table, TableEntries entries) {
        List<ReportKind.FormTable.Column> cols = table.columns();
        int width = cols.size() + 1;
        int levels = cols.stream().mapToInt(c -> c.heading().size()).max().orElse(0) + 1;
        List<List<String>> cells = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        cells.add(row(width, table.title()));
        merges.add(new int[] {0, 0, 0, width - 1});
        for (int level = 0; level < levels; level++) {
            List<String> line = row(width, level == 0 ? table.corner() : "");
            int r = 1 + level;
            for (int c = 0; c < cols.size(); c++) {
                List<String> heading = cols.get(c).heading();
                if (level < heading.size()) {
                    if (c > 0 && sameHeading(cols.get(c - 1), cols.get(c), level)) {
                        continue;
                    }
                    int end = c;
                    while (end + 1 < cols.size() && sameHeading(cols.get(end), cols.get(end + 1), level)) {
                        end++;
                    }
                    line.set(c + 1, heading.get(level));
                    if (end > c) {
                        merges.add(new int[] {r, r, c + 1, end + 1});
                    }
                } else if (level == heading.size()) {
                    line.set(c + 1, cols.get(c).name());
                    if (levels - 1 > level) {
                        merges.add(new int[] {r, 1 + levels - 1, c + 1, c + 1});
                    }
                }
            }
            cells.add(line);
        }
        if (levels > 1) {
            merges.add(new int[] {1, levels, 0, 0});
        }
        for (ReportKind.FormTable.Row row : table.rows()) {
            List<String> line = row(width, row.name());
            if (!row.group()) {
                for (int c = 0; c < cols.size(); c++) {
                    line.set(c + 1, entries.value(table.id(), row.id(), cols.get(c).id()).map(BigDecimal::toPlainString).orElse(""));
                }
            }
            cells.add(line);
        }
        return new Layout(cells, merges, 1 + levels);
    }

    private static boolean sameHeading(ReportKind.FormTable.Column a, ReportKind.FormTable.Column b, int level) {
        return a.heading().size() > level && b.heading().size() > level
                && a.heading().subList(0, level + 1).equals(b.heading().subList(0, level + 1));
    }

    private static List<String> row(int width, String first) {
        List<String> line = new ArrayList<>(width);
        line.add(first);
        while (line.size() < width) {
            line.add("");
        }
        return line;
    }

    /** One sheet per table, named by {@code sheetName}; the stream is left open. */
    public static void writeXlsx(List<ReportKind.FormTable> tables, TableEntries entries,
                                 Function<ReportKind.FormTable, String> sheetName, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            border(text);
            CellStyle head = wb.createCellStyle();
            head.cloneStyleFrom(text);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle figure = wb.createCellStyle();
            figure.cloneStyleFrom(head);
            figure.setDataFormat(wb.createDataFormat().getFormat("General"));
            for (ReportKind.FormTable t : tables) {
                Layout layout = layout(t, entries);
                Sheet sheet = wb.createSheet(sheetName.apply(t));
                sheet.setColumnWidth(0, NAME_WIDTH_CHARS * 256);
                for (int c = 1; c <= t.columns().size(); c++) {
                    sheet.setColumnWidth(c, FIGURE_WIDTH_CHARS * 256);
                }
                for (int r = 0; r < layout.cells().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> line = layout.cells().get(r);
                    for (int c = 0; c < line.size(); c++) {
                        Cell cell = row.createCell(c);
                        String v = line.get(c);
                        boolean data = r >= layout.headerRows() && c > 0;
                        cell.setCellStyle(r == 0 ? null : data ? figure : c == 0 && r >= layout.headerRows() ? text : head);
                        if (v.isEmpty()) {
                            continue;
                        }
                        if (data) {
                            cell.setCellValue(new BigDecimal(v).doubleValue());
                        } else {
                            cell.setCellValue(v);
                        }
                    }
                }
                for (int[] m : layout.merges()) {
                    CellRangeAddress region = new CellRangeAddress(m[0], m[1], m[2], m[3]);
                    sheet.addMergedRegion(region);
                    if (m[0] > 0) {
                        RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
                        RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
                        RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
                        RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
                    }
                }
            }
            wb.write(out);
        }
        out.flush();
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** The same layout as CSV in UTF-8 with a byte-order mark (so Excel reads the Chinese), merged cells blank. */
    public static void writeCsv(ReportKind.FormTable table, TableEntries entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (List<String> line : layout(table, entries).cells()) {
            for (int c = 0; c < line.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                w.write(csv(line.get(c)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static String csv(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
