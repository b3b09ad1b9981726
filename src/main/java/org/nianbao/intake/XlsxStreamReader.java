package org.nianbao.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads .xlsx/.xlsm with POI's streaming parts (no usermodel), so a 100,000-row sheet costs
 * megabytes, not a gigabyte. Cells keep their type; numbers in date formats are marked as dates;
 * formulas give their cached value; merged regions and sheet visibility are kept.
 */
final class XlsxStreamReader {
    private XlsxStreamReader() {
    }

    static WorkbookContent read(Path file) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookXml wb = WorkbookXml.parse(reader.getWorkbookData());
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<SheetData> sheets = new ArrayList<>();
            for (WorkbookXml.SheetEntry entry : wb.sheets) {
                SheetData sheet = new SheetData(entry.name, entry.hidden);
                try (InputStream in = reader.getSheet(entry.relationId)) {
                    XMLReader xml = newReader();
                    xml.setContentHandler(new SheetHandler(sheet, strings, styles));
                    xml.parse(new InputSource(in));
                }
                sheet.fillMerges();
                sheets.add(sheet);
            }
            return new WorkbookContent(sheets, wb.date1904);
        }
    }

    private static XMLReader newReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** workbook.xml: sheet names, order, visibility, relation ids, and the date system. */
    private static final class WorkbookXml extends DefaultHandler {
        record SheetEntry(String name, String relationId, boolean hidden) {
        }

        final List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904;

        static WorkbookXml parse(InputStream in) throws IOException, SAXException {
            WorkbookXml handler = new WorkbookXml();
            try (in) {
                XMLReader xml = newReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(in));
            }
            return handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (localName.equals("workbookPr")) {
                String v = atts.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            } else if (localName.equals("sheet")) {
                String relId = null;
                for (int i = 0; i < atts.getLength(); i++) {
                    if (atts.getLocalName(i).equals("id")) {
                        relId = atts.getValue(i);
                    }
                }
                String state = atts.getValue("state");
                sheets.add(new SheetEntry(atts.getValue("name"), relId, state != null && !state.equals("visible")));
            }
        }
    }

    /** One worksheet part: {@code <c r="B7" s="3" t="s"><v>12</v></c>} and {@code <mergeCell ref="A1:F1"/>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final SheetData sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder chars = new StringBuilder();
        private int row = -1;
        private int col = -1;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInlineText;
        private boolean hasValue;

        SheetHandler(SheetData sheet, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    col = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref != null ? new CellReference(ref).getCol() : col + 1;
                    if (ref != null) {
                        int refRow = new CellReference(ref).getRow();
                        if (refRow >= 0) {
                            row = refRow;
                        }
                    }
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    chars.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    chars.setLength(0);
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                    }
                }
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        String[] ends = ref.split(":");
                        CellReference a = new CellReference(ends[0]);
                        CellReference b = new CellReference(ends[1]);
                        sheet.merge(a.getRow(), b.getRow(), a.getCol(), b.getCol());
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                chars.append(ch, start, length);
                hasValue = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (hasValue) {
                        CellValue value = value(chars.toString());
                        if (value != null) {
                            sheet.put(row, col, value);
                        }
                    }
                }
                default -> {
                }
            }
        }

        private CellValue value(String raw) {
            if (type == null || type.equals("n")) {
                double d;
                try {
                    d = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    return CellValue.text(raw);
                }
                return CellValue.number(d, isDateStyle(style));
            }
            return switch (type) {
                case "s" -> {
                    try {
                        yield CellValue.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                    } catch (RuntimeException e) {
                        yield new CellValue(CellValue.Type.ERROR, "#REF!", 0);
                    }
                }
                case "b" -> new CellValue(CellValue.Type.BOOLEAN, "1".equals(raw.strip()) ? "TRUE" : "FALSE", 0);
                case "e" -> new CellValue(CellValue.Type.ERROR, raw, 0);
                default -> CellValue.text(raw); // str (formula text), inlineStr, d (ISO date text)
            };
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle st = styles.getStyleAt(i);
                return st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
            });
        }
    }
}
