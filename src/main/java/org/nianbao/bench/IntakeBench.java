package org.nianbao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.StreamingWorkbook;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.platform.AtomicFile;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Import speed on a season far larger than any real one: many department workbooks with a
 * million rows in all, read through the full intake path (open, parse, validate, build records;
 * the dry-run import, so nothing is saved) and, in the same run over the same files, through a
 * bare POI SAX pass that only parses cells. The ratio of the two is the figure that matters.
 */
public final class IntakeBench {
    /**
     * @param saxBaselineMs POI's event API (XSSFReader + XSSFSheetXMLHandler), which also formats each value
     * @param rawSaxMs      the XML of every sheet parsed with a handler that does nothing: the floor
     */
    public record Result(int files, long rows, long accepted, long oursMs, long saxBaselineMs, long rawSaxMs, long maxHeapMb) {
        public double ratio() {
            return saxBaselineMs == 0 ? 0 : (double) oursMs / saxBaselineMs;
        }
    }

    private IntakeBench() {
    }

    static Result run(ProjectSession session, Path dir, int files, long totalRows) throws Exception {
        List<Path> workbooks = generate(session.project(), session.kind(), dir, files, totalRows);
        // Warm both paths on one file so the JIT and class loading do not favour the second run.
        saxPass(workbooks.subList(0, 1));
        new DepartmentIntake(session).importFiles(workbooks.subList(0, 1), ImportOptions.none(), true);

        rawPass(workbooks.subList(0, 1));
        long t0 = System.nanoTime();
        long cells = saxPass(workbooks);
        long sax = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        rawPass(workbooks);
        long raw = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        long accepted = 0;
        for (Path wb : workbooks) {
            // One file at a time, as the command line does, so memory holds one workbook's rows.
            DepartmentIntake.Report report = new DepartmentIntake(session).importFiles(List.of(wb), ImportOptions.none(), true);
            for (FileImport f : report.files()) {
                if (f.refused()) {
                    throw new IllegalStateException("bench workbook refused: " + f.issues());
                }
                accepted += f.accepted();
            }
        }
        long ours = (System.nanoTime() - t0) / 1_000_000;
        if (cells == 0) {
            throw new IllegalStateException("the SAX pass saw no cells");
        }
        return new Result(files, totalRows, accepted, ours, sax, raw, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Template-shaped workbooks (with _meta, so each names its department) of valid rows. */
    static List<Path> generate(Project project, ReportKind kind, Path dir, int files, long totalRows) throws IOException {
        List<Path> out = new ArrayList<>();
        LocalDate start = kind.window(project.year()).start();
        List<String> channels = kind.channels().stream().map(ReportKind.Channel::name).toList();
        List<String> items = kind.items().stream().map(i -> TemplateLayout.itemLabel(i.number(), i.name())).toList();
        for (int f = 0; f < files; f++) {
            long rows = totalRows / files + (f < totalRows % files ? 1 : 0);
            String department = "部门" + (f + 1);
            Path file = dir.resolve("bench-" + (f + 1) + ".xlsx");
            final int fileNo = f;
            AtomicFile.write(file, o -> writeWorkbook(o, project, kind, department, start, channels, items, rows, fileNo));
            out.add(file);
        }
        return out;
    }

    private static void writeWorkbook(OutputStream o, Project project, ReportKind kind, String department, LocalDate start,
                                      List<String> channels, List<String> items, long rows, int fileNo) throws IOException {
        try (SXSSFWorkbook wb = StreamingWorkbook.create(500)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = wb.createSheet(TemplateLayout.SHEET_RECORDS);
            Row header = sheet.createRow(0);
            TemplateLayout.RecordField[] fields = TemplateLayout.RecordField.values();
            for (int c = 0; c < fields.length; c++) {
                header.createCell(c).setCellValue(fields[c].header());
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                var d = row.createCell(0);
                d.setCellValue(start.plusDays((r * 7L + fileNo) % 365));
                d.setCellStyle(date);
                row.createCell(1).setCellValue("第" + (fileNo + 1) + "批公开信息第" + r + "条");
                row.createCell(2).setCellValue(channels.get(r % channels.size()));
                row.createCell(3).setCellValue(items.get(r % items.size()));
                row.createCell(4).setCellValue("https://xxgk.example.edu.cn/" + fileNo + "/" + r);
            }
            SXSSFSheet meta = wb.createSheet(TemplateLayout.SHEET_META);
            Map<String, String> values = Map.of(
                    TemplateLayout.META_TEMPLATE_VERSION, String.valueOf(TemplateLayout.VERSION),
                    TemplateLayout.META_KIND, kind.id(),
                    TemplateLayout.META_YEAR, project.year().toString(),
                    TemplateLayout.META_DEPARTMENT, department);
            int r = 0;
            for (var e : values.entrySet()) {
                Row row = meta.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.write(o);
            wb.dispose();
        }
    }

    /** Every sheet's XML through the SAX parser and nothing else. */
    static void rawPass(List<Path> files) throws Exception {
        for (Path file : files) {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
                while (it.hasNext()) {
                    try (InputStream in = it.next()) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
                        xml.parse(new InputSource(in));
                    }
                }
            }
        }
    }

    /** POI's own event API with a handler that only counts cells: the floor any reader stands on. */
    static long saxPass(List<Path> files) throws Exception {
        long[] cells = {0};
        XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
            }

            @Override
            public void endRow(int rowNum) {
            }

            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                cells[0]++;
            }
        };
        for (Path file : files) {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (it.hasNext()) {
                    try (InputStream in = it.next()) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, counter, false));
                        xml.parse(new InputSource(in));
                    }
                }
            }
        }
        return cells[0];
    }

}
