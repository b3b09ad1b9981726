package org.nianbao.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.testing.HandMadeXlsx;

/**
 * Writes the seed corpus of {@link WorkbookReaderFuzzTest}: one tiny file of each kind the opener
 * tells apart, each under 8 KB so the repository stays light. Not a test; run it by hand after
 * changing the reader, e.g. from the IDE, with the inputs folder as its argument:
 * {@code src/test/resources/org/nianbao/intake/WorkbookReaderFuzzTestInputs/anyFileIsOpenedAsAWorkbookOrRefusedWithAReadableReason}.
 */
final class WorkbookReaderFuzzSeeds {
    private static final int MAX_SEED_BYTES = 8 * 1024;

    private WorkbookReaderFuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        // POI-written workbooks: 1904 dates, a merged title, a hidden sheet, a formula.
        byte[] xlsx = poiWorkbook(new XSSFWorkbook(), true);
        keep(dir.resolve("poi-1904-merged-hidden.xlsx"), xlsx);
        keep(dir.resolve("poi-merged-hidden.xls"), poiWorkbook(new HSSFWorkbook(), false));
        // Stored (uncompressed) entries: mutations reach the XML instead of breaking the deflate stream.
        Path stored = Files.createTempFile("seed", ".xlsx");
        HandMadeXlsx.write(stored, "Sheet1", HandMadeXlsx.row(1, "发布日期", "标题", "发布渠道")
                + HandMadeXlsx.row(2, "2021-09-01", "校历发布", "学校官网")
                + "<row r=\"3\"><c r=\"A3\" s=\"0\"><v>44470</v></c><c r=\"B3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c r=\"D3\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>", true);
        keep(dir.resolve("handmade-stored.xlsx"), Files.readAllBytes(stored));
        Files.delete(stored);
        // Found by fuzzing: entries claiming codecs commons-compress loads from optional jars we do not ship.
        keep(dir.resolve("zip-entry-claims-xz.xlsx"), withFirstEntryCompressedBy(xlsx, 95));
        keep(dir.resolve("zip-entry-claims-zstandard.xlsx"), withFirstEntryCompressedBy(xlsx, 93));
        // Look-alikes that must be refused with their own message.
        keep(dir.resolve("html-table.xls"), "<html><body><table><tr><td>发布日期</td><td>标题</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        keep(dir.resolve("csv-gbk.xls"), "发布日期,标题\r\n2021-09-01,校历发布\r\n".getBytes(Charset.forName("GBK")));
        keep(dir.resolve("excel-2003-xml.xls"), ("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>")
                .getBytes(StandardCharsets.UTF_8));
        keep(dir.resolve("pdf.xlsx"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] poiWorkbook(Workbook wb, boolean date1904) throws IOException {
        if (date1904) {
            var ct = ((XSSFWorkbook) wb).getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet sheet = wb.createSheet("主动公开");
        sheet.createRow(0).createCell(0).setCellValue("教务处信息公开");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue("发布日期");
        header.createCell(1).setCellValue("标题");
        header.createCell(2).setCellValue("发布渠道");
        Row row = sheet.createRow(2);
        row.createCell(0).setCellValue(LocalDate.of(2021, 9, 1));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellFormula("\"校历\"&\"发布\"");
        row.createCell(2).setCellValue(44440);
        wb.setSheetHidden(wb.getSheetIndex(wb.createSheet("_meta")), true);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The same zip with the compression method of its first central-directory entry replaced
     * (95 = XZ, 93 = Zstandard; the readers trust the central directory, not the local header).
     */
    static byte[] withFirstEntryCompressedBy(byte[] zip, int method) {
        byte[] copy = zip.clone();
        for (int i = 0; i + 11 < copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
                copy[i + 10] = (byte) method;
                copy[i + 11] = 0;
                return copy;
            }
        }
        throw new IllegalArgumentException("not a zip: no central directory");
    }

    private static void keep(Path target, byte[] bytes) throws IOException {
        if (bytes.length > MAX_SEED_BYTES) {
            System.out.println("skipped " + target.getFileName() + ": " + bytes.length + " bytes");
            return;
        }
        Files.write(target, bytes);
        System.out.println("wrote " + target.getFileName() + ": " + bytes.length + " bytes");
    }
}
