package org.nianbao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx assembled part by part with java.util.zip, the way small generators (and attackers)
 * write them: only the five parts a reader needs, inline strings, no styles. Lets tests build files
 * POI would never write, such as a zip bomb or a package with stored (uncompressed) entries.
 */
public final class HandMadeXlsx {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            </Types>""";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    private HandMadeXlsx() {
    }

    /** Opening of sheet1.xml up to and including {@code <sheetData>}. */
    public static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>";
    public static final String SHEET_END = "</sheetData></worksheet>";

    /** One row of inline-string cells, 1-based row number, columns from A. */
    public static String row(int excelRow, String... texts) {
        StringBuilder sb = new StringBuilder("<row r=\"" + excelRow + "\">");
        for (int c = 0; c < texts.length; c++) {
            sb.append("<c r=\"").append((char) ('A' + c)).append(excelRow).append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[c]).append("</t></is></c>");
        }
        return sb.append("</row>").toString();
    }

    /** A workbook of one sheet named {@code sheetName} holding {@code rowsXml}. */
    public static Path write(Path target, String sheetName, String rowsXml, boolean stored) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            writeFixedParts(zip, sheetName, stored);
            entry(zip, "xl/worksheets/sheet1.xml", SHEET_START + rowsXml + SHEET_END, stored);
        }
        return target;
    }

    /**
     * A zip bomb: a valid package whose sheet1.xml inflates to {@code expandedBytes} of one short
     * element repeated, streamed through the deflater so the test never holds it in memory.
     */
    public static Path writeZipBomb(Path target, long expandedBytes) throws IOException {
        byte[] chunk = "<row/>".repeat(1 << 17).getBytes(StandardCharsets.US_ASCII); // 768 KiB
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            writeFixedParts(zip, "Sheet1", false);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < expandedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    private static void writeFixedParts(ZipOutputStream zip, String sheetName, boolean stored) throws IOException {
        entry(zip, "[Content_Types].xml", CONTENT_TYPES, stored);
        entry(zip, "_rels/.rels", ROOT_RELS, stored);
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets><sheet name=\"" + sheetName
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", stored);
        entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, stored);
    }

    private static void entry(ZipOutputStream zip, String name, String text, boolean stored) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
