package org.nianbao.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;

/**
 * Every accepted record, application and count of a project in one workbook for the archive, each
 * row with its department and the file, sheet and row it came from. Dates are real date cells.
 * Streams rows (SXSSF), so a season's worth of records costs little memory.
 */
public final class ConsolidatedWorkbook {
    /** Its name when a PDF carries it ({@code export --attach-records}). */
    public static final String ATTACHMENT_NAME = "nianbao-records.xlsx";
    public static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.nianbao.intake.consolidate", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final ReportKind kind;

    public ConsolidatedWorkbook(ReportKind kind) {
        this.kind = kind;
    }

    public void write(Project project, OutputStream out) throws IOException {
        Map<String, String> channelNames = new HashMap<>();
        kind.channels().forEach(c -> channelNames.put(c.id(), c.name()));
        Map<Integer, String> categoryNames = new HashMap<>();
        kind.categories().forEach(c -> categoryNames.put(c.number(), c.name()));
        Map<Integer, String> itemNames = new HashMap<>();
        kind.items().forEach(i -> itemNames.put(i.number(), TemplateLayout.itemLabel(i.number(), i.name())));
        Map<String, String> applicantNames = new HashMap<>();
        kind.applicantTypes().forEach(a -> applicantNames.put(a.code(), a.name()));
        Map<String, String> outcomeNames = new HashMap<>();
        kind.outcomes().forEach(o -> outcomeNames.put(o.code(), o.name()));
        Map<String, ReportKind.CountDef> countDefs = new HashMap<>();
        kind.counts().forEach(c -> countDefs.put(c.id(), c));

        try (SXSSFWorkbook wb = StreamingWorkbook.create(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet records = sheet(wb, "records", header, "department", "date", "title", "channel", "category", "item",
                    "link", "note", "sourceFile", "sourceSheet", "sourceRow");
            int r = 1;
            for (DepartmentSubmission s : project.submissions()) {
                for (DisclosureRecord rec : s.records()) {
                    Row row = records.createRow(r++);
                    row.createCell(0).setCellValue(s.department());
                    dateCell(row, 1, rec.date(), date);
                    row.createCell(2).setCellValue(rec.title());
                    row.createCell(3).setCellValue(rec.channel().isEmpty() ? TEXT.getString("value.noChannel")
                            : channelNames.getOrDefault(rec.channel(), rec.channel()));
                    row.createCell(4).setCellValue(rec.category() == 0 ? TEXT.getString("value.uncategorised")
                            : categoryNames.getOrDefault(rec.category(), String.valueOf(rec.category())));
                    row.createCell(5).setCellValue(rec.item() == 0 ? "" : itemNames.getOrDefault(rec.item(), String.valueOf(rec.item())));
                    row.createCell(6).setCellValue(rec.link());
                    row.createCell(7).setCellValue(rec.note());
                    source(row, 8, rec.source().file(), rec.source().sheet(), rec.source().row());
                }
            }
            Sheet apps = sheet(wb, "applications", header, "department", "received", "applicant", "summary", "replied",
                    "outcome", "fee", "carriedOver", "note", "sourceFile", "sourceSheet", "sourceRow");
            r = 1;
            for (DepartmentSubmission s : project.submissions()) {
                for (ApplicationCase a : s.applications()) {
                    Row row = apps.createRow(r++);
                    row.createCell(0).setCellValue(s.department());
                    dateCell(row, 1, a.received(), date);
                    row.createCell(2).setCellValue(applicantNames.getOrDefault(a.applicantType(), a.applicantType()));
                    row.createCell(3).setCellValue(a.summary());
                    dateCell(row, 4, a.replied(), date);
                    row.createCell(5).setCellValue(outcomeNames.getOrDefault(a.outcome(), a.outcome()));
                    row.createCell(6).setCellValue(a.fee().doubleValue());
                    row.createCell(7).setCellValue(TEXT.getString(a.carriedOver() ? "value.yes" : "value.no"));
                    row.createCell(8).setCellValue(a.note());
                    source(row, 9, a.source().file(), a.source().sheet(), a.source().row());
                }
            }
            Sheet counts = sheet(wb, "counts", header, "department", "countName", "countValue", "countUnit");
            r = 1;
            for (DepartmentSubmission s : project.submissions()) {
                for (Map.Entry<String, Long> e : s.counts().entrySet()) {
                    ReportKind.CountDef def = countDefs.get(e.getKey());
                    Row row = counts.createRow(r++);
                    row.createCell(0).setCellValue(s.department());
                    row.createCell(1).setCellValue(def == null ? e.getKey() : def.name());
                    row.createCell(2).setCellValue(e.getValue());
                    row.createCell(3).setCellValue(def == null ? "" : def.unit());
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static Sheet sheet(SXSSFWorkbook wb, String key, CellStyle header, String... columns) {
        SXSSFSheet sheet = wb.createSheet(TEXT.getString("sheet." + key));
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(TEXT.getString("column." + columns[c]));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, (columns[c].equals("title") || columns[c].equals("summary") ? 40 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void dateCell(Row row, int col, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void source(Row row, int col, String file, String sheet, int sourceRow) {
        row.createCell(col).setCellValue(file);
        row.createCell(col + 1).setCellValue(sheet);
        row.createCell(col + 2).setCellValue(sourceRow);
    }

}
