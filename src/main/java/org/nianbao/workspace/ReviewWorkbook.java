package org.nianbao.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.check.Finding;
import org.nianbao.i18n.Messages;

/**
 * The reviewer's summary of a folder of reports: one row per report (file, institution, year, kind,
 * parts found, errors, warnings, signature, the first three errors or why it could not be read),
 * then one sheet per report with its findings. Written to a temporary file and moved into place.
 */
public final class ReviewWorkbook {
    private ReviewWorkbook() {
    }

    public static void write(Path out, List<ReviewedReport> reports, Messages m) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = SummaryWorkbooks.bold(wb);
            Sheet summary = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("review.sheet.summary")));
            header(summary.createRow(0), bold, m, "review.column.file", "review.column.institution", "review.column.year",
                    "review.column.kind", "review.column.parts", "review.column.errors", "review.column.warnings",
                    "review.column.signature", "review.column.firstErrors");
            Set<String> names = new HashSet<>();
            names.add(summary.getSheetName());
            int r = 1;
            for (ReviewedReport report : reports) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(report.file().getFileName().toString());
                if (!report.read()) {
                    row.createCell(8).setCellValue(m.get(report.problemKey(), report.problemArgs().toArray()));
                    continue;
                }
                row.createCell(1).setCellValue(report.institution());
                row.createCell(2).setCellValue(report.year());
                row.createCell(3).setCellValue(report.kindId());
                row.createCell(4).setCellValue(report.parts());
                row.createCell(5).setCellValue(report.errors());
                row.createCell(6).setCellValue(report.warnings());
                row.createCell(7).setCellValue(report.signatureKey().isEmpty() ? "" : m.get(report.signatureKey()));
                StringBuilder first = new StringBuilder();
                for (Finding f : report.firstErrors(3)) {
                    first.append(first.isEmpty() ? "" : "\n").append(m.get(f.code(), f.argArray()));
                }
                row.createCell(8).setCellValue(first.toString());
                Sheet sheet = wb.createSheet(uniqueName(report.file().getFileName().toString(), names));
                header(sheet.createRow(0), bold, m, "review.column.severity", "review.column.code", "review.column.location",
                        "review.column.excerpt", "review.column.message");
                int k = 1;
                for (Finding f : report.findings()) {
                    Row fr = sheet.createRow(k++);
                    fr.createCell(0).setCellValue(m.get("cli.check.severity." + f.severity().id()));
                    fr.createCell(1).setCellValue(f.code());
                    fr.createCell(2).setCellValue(f.location());
                    fr.createCell(3).setCellValue(f.excerpt());
                    fr.createCell(4).setCellValue(m.get(f.code(), f.argArray()));
                }
                for (int c = 0; c < 5; c++) {
                    sheet.setColumnWidth(c, c == 4 ? 80 * 256 : 24 * 256);
                }
            }
            for (int c = 0; c < 9; c++) {
                summary.setColumnWidth(c, c == 8 ? 80 * 256 : 18 * 256);
            }
            SummaryWorkbooks.write(wb, out);
        }
    }

    private static void header(Row row, CellStyle bold, Messages m, String... keys) {
        SummaryWorkbooks.header(row, bold, java.util.Arrays.stream(keys).map(k -> m.get(k)).toList());
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
    private static String uniqueName(String file, Set<String> names) {
        String base = WorkbookUtil.createSafeSheetName(file.replaceFirst("\\.[^.]+$", ""));
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + "~" + i;
        }
        return name;
    }
}
