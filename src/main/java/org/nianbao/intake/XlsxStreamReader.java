package org.nianbao.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
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
            Parts parts = Parts.of(pkg);
            List<SheetData> sheets = new ArrayList<>();
            for (WorkbookXml.SheetEntry entry : parts.wb().sheets) {
                sheets.add(whole(parts, entry));
            }
            return new WorkbookContent(sheets, parts.wb().date1904);
        }
    }

    /**
     * As {@link #read}, but each sheet's rows are read from the file as they are asked for (see
     * {@link SheetData#streamed}): a first pass over each sheet checks what {@link #read} checks and
     * finds its row count and merged regions, and keeps no cell. A sheet whose cells go back to an
     * earlier row (no spreadsheet program writes one) is held whole. The content holds the file open
     * until it is closed.
     */
    static WorkbookContent stream(Path file) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        List<AutoCloseable> open = new ArrayList<>();
        AutoCloseable resources = () -> {
            for (AutoCloseable c : open) {
                c.close();
            }
            pkg.revert();
        };
        try {
            Parts parts = Parts.of(pkg);
            XSSFReader reader = parts.reader();
            List<SheetData> sheets = new ArrayList<>();
            for (WorkbookXml.SheetEntry entry : parts.wb().sheets) {
                Survey survey = new Survey();
                try (InputStream in = reader.getSheet(entry.relationId)) {
                    parse(in, new CellParser(survey, null, null));
                }
                if (!survey.inOrder) {
                    sheets.add(whole(parts, entry));
                    continue;
                }
                sheets.add(SheetData.streamed(entry.name, entry.hidden, survey.rowCount, survey.merges,
                        new RowFeed(() -> reader.getSheet(entry.relationId), new CellParser(null, parts.strings(), parts.styles()), open)));
            }
            return new WorkbookContent(sheets, parts.wb().date1904, resources);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException | Error e) {
            try {
                resources.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** What every sheet of an opened package is read with: its parts, the workbook's sheet list, strings and styles. */
    private record Parts(XSSFReader reader, WorkbookXml wb, ReadOnlySharedStringsTable strings, StylesTable styles) {
        static Parts of(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookXml wb = WorkbookXml.parse(reader.getWorkbookData());
            return new Parts(reader, wb, new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable());
        }
    }

    private static SheetData whole(Parts parts, WorkbookXml.SheetEntry entry) throws IOException, OpenXML4JException, SAXException {
        SheetData sheet = new SheetData(entry.name, entry.hidden);
        try (InputStream in = parts.reader().getSheet(entry.relationId)) {
            parse(in, new CellParser(new Cells() {
                @Override
                public void put(int row, int col, CellValue value) {
                    sheet.put(row, col, value);
                }

                @Override
                public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
                    sheet.merge(firstRow, lastRow, firstCol, lastCol);
                }
            }, parts.strings(), parts.styles()));
        }
        sheet.fillMerges();
        return sheet;
    }

    /** Runs a sheet part through the SAX parser. */
    private static void parse(InputStream in, CellParser cells) throws IOException, SAXException {
        XMLReader xml = newReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                cells.start(localName, atts::getValue);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                cells.characters(ch, start, length);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                cells.end(localName);
            }
        });
        xml.parse(new InputSource(in));
    }

    /** Where a sheet's cells and merged regions go as they are parsed. */
    private interface Cells {
        void put(int row, int col, CellValue value);

        void merge(int firstRow, int lastRow, int firstCol, int lastCol);
    }

    /** The first pass of a streamed sheet (cells located, their values not read): what {@link SheetData} would refuse, the row count, the merged regions. */
    private static final class Survey implements Cells {
        final List<int[]> merges = new ArrayList<>();
        int rowCount;
        boolean inOrder = true;
        private int lastRow = -1;

        @Override
        public void put(int row, int col, CellValue value) {
            SheetData.checkInGrid(row, col);
            if (row < lastRow) {
                inOrder = false;
            }
            lastRow = row;
            rowCount = Math.max(rowCount, row + 1);
        }

        @Override
        public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            SheetData.checkRegion(firstRow, firstCol);
            merges.add(new int[] {firstRow, lastRow, firstCol, lastCol});
        }
    }

    /** The second pass of a streamed sheet: the same parse as a pull parser, cell by cell as the sheet asks. */
    private static final class RowFeed implements SheetData.Feed {
        interface Source {
            InputStream open() throws Exception;
        }

        private final Source source;
        private final CellParser cells;
        private final List<AutoCloseable> open;
        private InputStream in;
        private XMLStreamReader xml;
        private SheetData target;
        private boolean gave;

        RowFeed(Source source, CellParser cells, List<AutoCloseable> open) {
            this.source = source;
            this.cells = cells;
            this.open = open;
        }

        @Override
        public boolean next(SheetData sheet) throws Exception {
            if (xml == null) {
                target = sheet;
                cells.sink = new Cells() {
                    @Override
                    public void put(int row, int col, CellValue value) {
                        target.put(row, col, value);
                        gave = true;
                    }

                    @Override
                    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
                        // known from the first pass
                    }
                };
                in = source.open();
                open.add(in);
                xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                open.add(xml::close);
            }
            gave = false;
            while (!gave && xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> cells.start(xml.getLocalName(), n -> xml.getAttributeValue(null, n));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            cells.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> cells.end(xml.getLocalName());
                    default -> {
                    }
                }
            }
            if (!gave) {
                xml.close();
                in.close();
            }
            return gave;
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

    /**
     * One worksheet part, event by event from either parser: {@code <c r="B7" s="3" t="s"><v>12</v></c>}
     * and {@code <mergeCell ref="A1:F1"/>}.
     */
    private static final class CellParser {
        private Cells sink;
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

        /** Without {@code strings} and {@code styles}, where a cell is, not what it holds: its value is put as null. */
        CellParser(Cells sink, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sink = sink;
            this.strings = strings;
            this.styles = styles;
        }

        void start(String localName, UnaryOperator<String> atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.apply("r");
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    col = -1;
                }
                case "c" -> {
                    String ref = atts.apply("r");
                    col = ref != null ? new CellReference(ref).getCol() : col + 1;
                    if (ref != null) {
                        int refRow = new CellReference(ref).getRow();
                        if (refRow >= 0) {
                            row = refRow;
                        }
                    }
                    type = atts.apply("t");
                    String s = atts.apply("s");
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
                    String ref = atts.apply("ref");
                    if (ref != null && ref.contains(":")) {
                        String[] ends = ref.split(":");
                        CellReference a = new CellReference(ends[0]);
                        CellReference b = new CellReference(ends[1]);
                        sink.merge(a.getRow(), b.getRow(), a.getCol(), b.getCol());
                    }
                }
                default -> {
                }
            }
        }

        void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                if (strings != null) {
                    chars.append(ch, start, length);
                }
                hasValue = true;
            }
        }

        void end(String localName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (hasValue) {
                        CellValue value = strings == null ? null : value(chars.toString());
                        if (value != null || strings == null) {
                            sink.put(row, col, value);
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
