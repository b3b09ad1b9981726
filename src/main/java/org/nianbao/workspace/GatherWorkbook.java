package org.nianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.check.Finding;
import org.nianbao.i18n.Messages;

/**
 * The province's summary of a folder of reports (issue 19): 总表 (one row per college: signature,
 * where the figures come from, 主动公开 by channel, applications, 清单 不涉及, findings), 依申请公开
 * (outcomes per college), 清单 (items × colleges) and 问题 (every finding). Figures are exact where
 * a report carries its data; a report made elsewhere gets its row, marked 估读, with its review only.
 */
public final class GatherWorkbook {
    private GatherWorkbook() {
    }

    public static void write(Path out, List<GatheredReport> reports, Messages m) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = SummaryWorkbooks.bold(wb);
            List<GatheredReport> read = reports.stream().filter(GatheredReport::read).toList();
            Set<String> channels = new LinkedHashSet<>();
            Set<String> outcomes = new LinkedHashSet<>();
            for (GatheredReport r : read) {
                if (r.embedded()) {
                    r.data().path("channels").forEach(c -> channels.add(c.path("name").asText()));
                    r.data().path("applications").path("byOutcome").fieldNames().forEachRemaining(outcomes::add);
                }
            }
            summary(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.summary"))), bold, reports, channels, m);
            applications(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.applications"))), bold, read, outcomes, m);
            items(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.items"))), bold, read, m);
            problems(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.problems"))), bold, read, m);
            SummaryWorkbooks.write(wb, out);
        }
    }

    private static void summary(Sheet sheet, CellStyle bold, List<GatheredReport> reports, Set<String> channels, Messages m) {
        List<String> header = new ArrayList<>(List.of(m.get("review.column.file"), m.get("review.column.institution"),
                m.get("review.column.year"), m.get("review.column.signature"), m.get("gather.column.source"),
                m.get("gather.column.records")));
        header.addAll(channels);
        header.addAll(List.of(m.get("gather.column.received"), m.get("gather.column.carriedIn"), m.get("gather.column.open"),
                m.get("gather.column.notApplicable"), m.get("review.column.errors"), m.get("review.column.warnings"),
                m.get("gather.column.problem")));
        SummaryWorkbooks.header(sheet.createRow(0), bold, header);
        int r = 1;
        for (GatheredReport g : reports) {
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(g.file().getFileName().toString());
            if (!g.read()) {
                row.createCell(header.size() - 1).setCellValue(m.get(g.review().problemKey(), g.review().problemArgs().toArray()));
                continue;
            }
            row.createCell(c++).setCellValue(g.institution());
            row.createCell(c++).setCellValue(g.year());
            String sig = g.review().signatureKey();
            row.createCell(c++).setCellValue(sig.isEmpty() ? "" : m.get(sig));
            row.createCell(c++).setCellValue(m.get(g.embedded() ? "gather.source.embedded" : "gather.source.estimated"));
            if (g.embedded()) {
                JsonNode data = g.data();
                row.createCell(c++).setCellValue(data.path("records").asLong());
                Map<String, Long> byChannel = new LinkedHashMap<>();
                data.path("channels").forEach(ch -> byChannel.put(ch.path("name").asText(), ch.path("figure").asLong()));
                for (String ch : channels) {
                    row.createCell(c++).setCellValue(byChannel.getOrDefault(ch, 0L));
                }
                JsonNode apps = data.path("applications");
                row.createCell(c++).setCellValue(apps.path("received").asLong());
                row.createCell(c++).setCellValue(apps.path("carriedOverFromLastYear").asLong());
                row.createCell(c++).setCellValue(apps.path("open").asLong());
                long notApplicable = 0;
                for (JsonNode item : data.path("items")) {
                    notApplicable += item.path("notApplicable").asBoolean(false) ? 1 : 0;
                }
                row.createCell(c++).setCellValue(notApplicable);
            } else {
                c += 1 + channels.size() + 4;
            }
            row.createCell(c++).setCellValue(g.review().errors());
            row.createCell(c).setCellValue(g.review().warnings());
        }
        widths(sheet, header.size());
    }

    private static void applications(Sheet sheet, CellStyle bold, List<GatheredReport> reports, Set<String> outcomes, Messages m) {
        List<String> header = new ArrayList<>(List.of(m.get("review.column.institution"), m.get("gather.column.received"),
                m.get("gather.column.carriedIn"), m.get("gather.column.open")));
        header.addAll(outcomes);
        SummaryWorkbooks.header(sheet.createRow(0), bold, header);
        int r = 1;
        for (GatheredReport g : reports) {
            if (!g.embedded()) {
                continue;
            }
            JsonNode apps = g.data().path("applications");
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(g.institution());
            row.createCell(c++).setCellValue(apps.path("received").asLong());
            row.createCell(c++).setCellValue(apps.path("carriedOverFromLastYear").asLong());
            row.createCell(c++).setCellValue(apps.path("open").asLong());
            for (String o : outcomes) {
                row.createCell(c++).setCellValue(apps.path("byOutcome").path(o).asLong(0));
            }
        }
        widths(sheet, header.size());
    }

    private static void items(Sheet sheet, CellStyle bold, List<GatheredReport> reports, Messages m) {
        List<GatheredReport> withData = reports.stream().filter(GatheredReport::embedded).toList();
        List<String> header = new ArrayList<>(List.of(m.get("gather.column.itemNumber"), m.get("gather.column.item")));
        withData.forEach(g -> header.add(g.institution()));
        SummaryWorkbooks.header(sheet.createRow(0), bold, header);
        if (withData.isEmpty()) {
            return;
        }
        JsonNode first = withData.get(0).data().path("items");
        for (int i = 0; i < first.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(first.get(i).path("number").asInt());
            row.createCell(1).setCellValue(first.get(i).path("name").asText());
            int c = 2;
            for (GatheredReport g : withData) {
                JsonNode item = g.data().path("items").path(i);
                String key = item.path("notApplicable").asBoolean(false) ? "gather.item.notApplicable"
                        : item.path("records").asLong() > 0 || !item.path("column").asText("").isEmpty()
                        || !item.path("url").asText("").isEmpty() ? "gather.item.published" : "gather.item.open";
                row.createCell(c++).setCellValue(m.get(key));
            }
        }
        widths(sheet, header.size());
    }

    private static void problems(Sheet sheet, CellStyle bold, List<GatheredReport> reports, Messages m) {
        SummaryWorkbooks.header(sheet.createRow(0), bold, List.of(m.get("review.column.institution"), m.get("review.column.severity"),
                m.get("review.column.code"), m.get("review.column.location"), m.get("review.column.message")));
        int r = 1;
        for (GatheredReport g : reports) {
            for (Finding f : g.findings()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(g.institution());
                row.createCell(1).setCellValue(m.get("cli.check.severity." + f.severity().id()));
                row.createCell(2).setCellValue(f.code());
                row.createCell(3).setCellValue(f.location());
                row.createCell(4).setCellValue(m.get(f.code(), f.argArray()));
            }
        }
        widths(sheet, 5);
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }
}
