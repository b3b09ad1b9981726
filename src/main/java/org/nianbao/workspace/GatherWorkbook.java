package org.nianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.nianbao.model.InvalidValueException;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.nianbao.check.Finding;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
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
        write(out, reports, Optional.empty(), m);
    }

    /**
     * The summary; with last year's ({@link #readLastYear}), a 同比 sheet too: per college and per
     * figure, last year, this year, the change and, where last year's figure is not 0, the change in %.
     */
    public static void write(Path out, List<GatheredReport> reports, Optional<LastYear> lastYear, Messages m) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = SummaryWorkbooks.bold(wb);
            List<GatheredReport> read = reports.stream().filter(GatheredReport::read).toList();
            GatherSummary table = GatherSummary.of(reports, m);
            Set<String> channels = new LinkedHashSet<>(table.channels());
            Set<String> outcomes = new LinkedHashSet<>();
            for (GatheredReport r : read) {
                if (r.embedded()) {
                    r.data().path("applications").path("byOutcome").fieldNames().forEachRemaining(outcomes::add);
                }
            }
            summary(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.summary"))), bold, table, m);
            applications(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.applications"))), bold, read, outcomes, m);
            items(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.items"))), bold, read, m);
            problems(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.problems"))), bold, read, m);
            charts(wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.charts"))), bold, table, m);
            if (lastYear.isPresent()) {
                yearOnYear(wb, wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("gather.sheet.yearOnYear"))), bold,
                        thisYear(read, channels, m), lastYear.get(), m);
            }
            SummaryWorkbooks.write(wb, out);
        }
    }

    private static void summary(Sheet sheet, CellStyle bold, GatherSummary table, Messages m) {
        SummaryWorkbooks.header(sheet.createRow(0), bold, table.header());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CellStyle estimated = sheet.getWorkbook().createCellStyle();
        Font italic = sheet.getWorkbook().createFont();
        italic.setItalic(true);
        estimated.setFont(italic);
        int r = 1;
        for (GatherSummary.Line line : table.lines()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.cells().size(); c++) {
                Object value = line.cells().get(c);
                String sentence = line.estimates().get(c);
                if (value == null && sentence == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.longValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
                if (sentence != null) {
                    // 估读: the sentence the figure was read from, where the reviewer looks for it.
                    cell.setCellStyle(estimated);
                    Comment comment = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, c, r - 1, c + 4, r + 3));
                    comment.setString(new XSSFRichTextString(m.get("gather.estimated.comment", sentence)));
                    comment.setAuthor("Nianbao");
                    cell.setCellComment(comment);
                }
            }
        }
        widths(sheet, table.header().size());
    }

    /**
     * 图表: the two charts people would rather look at than read, each over a small table on the same
     * sheet that its series refer to (columns A:B 主动公开 by channel for the province, D:E applications
     * per college), so the chart and its figures stay together when the sheet is copied.
     */
    private static void charts(XSSFSheet sheet, CellStyle bold, GatherSummary table, Messages m) {
        SummaryWorkbooks.header(sheet.createRow(0), bold, List.of(m.get("gather.chart.channel"), m.get("gather.chart.published"), "",
                m.get("review.column.institution"), m.get("gather.column.received")));
        int rows = Math.max(table.byChannel().size(), table.receivedByCollege().size());
        for (int r = 1; r <= rows; r++) {
            sheet.createRow(r);
        }
        int r = 1;
        for (Map.Entry<String, Long> e : table.byChannel().entrySet()) {
            sheet.getRow(r).createCell(0).setCellValue(e.getKey());
            sheet.getRow(r++).createCell(1).setCellValue(e.getValue());
        }
        r = 1;
        for (Map.Entry<String, Long> e : table.receivedByCollege().entrySet()) {
            sheet.getRow(r).createCell(3).setCellValue(e.getKey());
            sheet.getRow(r++).createCell(4).setCellValue(e.getValue());
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 2 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        sheet.setColumnWidth(4, 10 * 256);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        bar(drawing, sheet, 6, 0, table.byChannel().size(), 0, m.get("gather.chart.byChannel"), m.get("gather.chart.published"));
        bar(drawing, sheet, 6, 22, table.receivedByCollege().size(), 3, m.get("gather.chart.applications"),
                m.get("gather.column.received"));
    }

    /** A column chart of {@code count} rows under the header: names in column {@code at}, figures in the next. */
    private static void bar(XSSFDrawing drawing, XSSFSheet sheet, int col, int row, int count, int at, String title, String series) {
        if (count == 0) {
            return; // nothing to draw: the table says so by being empty
        }
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 10, row + 20));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis figures = chart.createValueAxis(AxisPosition.LEFT);
        figures.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, count, at, at));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, count, at + 1, at + 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, figures);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series s = data.addSeries(categories, values);
        s.setTitle(series, new CellReference(sheet.getSheetName(), 0, at + 1, true, true));
        // An explicit fill: without one LibreOffice draws the axes but no bars.
        s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x09, (byte) 0x69, (byte) 0xDA})));
        chart.plot(data);
    }

    /** This year's colleges as the 同比 sheet compares them. */
    private static LastYear thisYear(List<GatheredReport> read, Set<String> channels, Messages m) {
        Map<String, LastYear.College> colleges = new LinkedHashMap<>();
        for (GatheredReport g : read) {
            colleges.put(g.institution(), new LastYear.College(g.year(), !g.embedded(), GatherSummary.figures(g, channels, m)));
        }
        return new LastYear(GatherSummary.figureColumns(channels, m), colleges);
    }

    /**
     * A summary gather wrote (last year's, for 同比), read back from its 总表: per college its year,
     * whether its figures were 估读, and every figure column between 数据来源 and 错误 (blank: not given).
     *
     * @param figures the figure columns in the sheet's order
     */
    public record LastYear(List<String> figures, Map<String, College> colleges) {
        public LastYear {
            figures = List.copyOf(figures);
            colleges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(colleges));
        }

        public record College(String year, boolean estimated, Map<String, Long> figures) {
            public College {
                figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            }
        }
    }

    /**
     * Reads last year's summary (a workbook {@link #write} made) from its 总表, by the column titles
     * this build writes; rows of files that could not be used are left out.
     *
     * @throws InvalidValueException {@code gather.error.previousNotSummary} naming the file and what it lacks
     */
    public static LastYear readLastYear(Path file, Messages m) throws IOException {
        String sheetName = WorkbookUtil.createSafeSheetName(m.get("gather.sheet.summary"));
        try (InputStream in = Files.newInputStream(file);
             XSSFWorkbook wb = openSummary(in, file, sheetName)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw notSummary(file, sheetName);
            }
            Row header = sheet.getRow(0);
            int institution = column(header, m.get("review.column.institution"), file);
            int year = column(header, m.get("review.column.year"), file);
            int source = column(header, m.get("gather.column.source"), file);
            int errors = column(header, m.get("review.column.errors"), file);
            List<String> titles = new ArrayList<>();
            for (int c = source + 1; c < errors; c++) {
                titles.add(text(header.getCell(c)));
            }
            Map<String, LastYear.College> colleges = new LinkedHashMap<>();
            String estimated = m.get("gather.source.estimated");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = row == null ? "" : text(row.getCell(institution));
                if (name.isBlank()) {
                    continue; // a file that could not be used
                }
                Map<String, Long> figures = new LinkedHashMap<>();
                for (int c = source + 1; c < errors; c++) {
                    Cell cell = row.getCell(c);
                    figures.put(titles.get(c - source - 1), cell != null && cell.getCellType() == CellType.NUMERIC
                            ? Long.valueOf(Math.round(cell.getNumericCellValue())) : null);
                }
                colleges.put(name, new LastYear.College(text(row.getCell(year)), estimated.equals(text(row.getCell(source))), figures));
            }
            return new LastYear(titles, colleges);
        }
    }

    private static XSSFWorkbook openSummary(InputStream in, Path file, String sheetName) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.EmptyFileException e) {
            throw notSummary(file, sheetName);
        }
    }

    private static int column(Row header, String title, Path file) {
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
            if (title.equals(text(header.getCell(c)))) {
                return c;
            }
        }
        throw notSummary(file, title);
    }

    private static InvalidValueException notSummary(Path file, String missing) {
        return new InvalidValueException("gather.error.previousNotSummary", "not a summary gather wrote: no " + missing,
                file.getFileName().toString(), missing);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf(Math.round(cell.getNumericCellValue())) : cell.getStringCellValue();
    }

    /**
     * 同比: one row per college and figure (this year's colleges first, then last year's that sent
     * nothing this year), with last year, this year, the change and the change in % (only where last
     * year's figure is not 0), and a note: new this year, missing this year, or 估读 in either year.
     */
    private static void yearOnYear(XSSFWorkbook wb, Sheet sheet, CellStyle bold, LastYear now, LastYear before, Messages m) {
        SummaryWorkbooks.header(sheet.createRow(0), bold, List.of(m.get("review.column.institution"), m.get("gather.column.figure"),
                m.get("gather.column.lastYear"), m.get("gather.column.thisYear"), m.get("gather.column.change"),
                m.get("gather.column.changePercent"), m.get("gather.column.note")));
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        Set<String> figures = new LinkedHashSet<>(now.figures());
        figures.addAll(before.figures());
        Set<String> colleges = new LinkedHashSet<>(now.colleges().keySet());
        colleges.addAll(before.colleges().keySet());
        int r = 1;
        for (String college : colleges) {
            LastYear.College a = before.colleges().get(college);
            LastYear.College b = now.colleges().get(college);
            List<String> notes = new ArrayList<>();
            if (a == null) {
                notes.add(m.get("gather.yoy.new"));
            }
            if (b == null) {
                notes.add(m.get("gather.yoy.missing"));
            }
            if ((a != null && a.estimated()) || (b != null && b.estimated())) {
                notes.add(m.get("gather.yoy.estimated"));
            }
            for (String figure : figures) {
                Long last = a == null ? null : a.figures().get(figure);
                Long value = b == null ? null : b.figures().get(figure);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(college);
                row.createCell(1).setCellValue(figure);
                Cell c2 = row.createCell(2);
                Cell c3 = row.createCell(3);
                if (last != null) {
                    c2.setCellValue(last);
                }
                if (value != null) {
                    c3.setCellValue(value);
                }
                if (last != null && value != null) {
                    row.createCell(4).setCellValue(value - last);
                    if (last != 0) {
                        Cell pc = row.createCell(5);
                        pc.setCellValue((double) (value - last) / last);
                        pc.setCellStyle(percent);
                    }
                }
                row.createCell(6).setCellValue(String.join("；", notes));
            }
        }
        widths(sheet, 7);
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
