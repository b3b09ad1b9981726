package org.nianbao.render.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import org.nianbao.compose.ReportData;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.LineHeight;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.RenderingMode;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.compose.Block;
import org.nianbao.compose.Document;
import org.nianbao.render.MissingGlyphException;
import org.nianbao.render.PageGeometry;
import org.nianbao.render.TitleLines;
import org.nianbao.render.fonts.FontRole;
import org.nianbao.render.fonts.FontSource;

/**
 * Lays out a {@link Document} as a PDF/A-3b file in GB/T 9704 style: A4 with the standard margins,
 * embedded subset fonts (so Chinese text is selectable and never boxes), fixed 22-line pitch,
 * "— N —" page numbers (odd pages right, even pages left), bookmarks for headings.
 */
public final class PdfRenderer {
    /** One cell of the 28-character grid as the PDF sets it: 28 fill the type area but for the line slack. */
    static final float CELL = (PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM) - TextRuns.LINE_SLACK) / PageGeometry.CHARS_PER_LINE;
    /** Body text sits on the grid: this much after each Chinese character (negative: 16 pt glyphs, 15.8 pt cells). */
    static final float GRID = CELL - PageGeometry.BODY_PT;
    /** First-line indent of body paragraphs: two cells. */
    static final float INDENT = 2 * CELL;
    private static final float TYPE_WIDTH = PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM);
    private final FontSource source;

    /** Renders with the machine's installed office fonts where present, else the bundled ones. */
    public PdfRenderer() {
        this(FontSource.standard());
    }

    public PdfRenderer(FontSource source) {
        this.source = source;
    }

    /** Writes the PDF; the stream is closed when done. */
    public void render(Document document, OutputStream out) throws IOException {
        render(document, out, true);
    }

    /**
     * The same pages for the app's live preview, drawn and thrown away at once: laid out exactly as
     * {@link #render} lays them out, without what only the file kept needs (PDF/A's checks of every
     * object, its metadata and colour profile, the attached figures) and uncompressed, so it is made
     * and read back sooner. The stream is closed when done.
     */
    public void renderPreview(Document document, OutputStream out) throws IOException {
        render(document, out, false);
    }

    private void render(Document document, OutputStream out, boolean archival) throws IOException {
        checkGlyphs(document, source);
        PdfDocument pdf;
        if (archival) {
            PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata());
            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            // PDF/A-3b: like 2b, and it may carry the report's figures as an associated file (issue 19).
            pdf = new PdfADocument(writer, PdfAConformance.PDF_A_3B,
                    new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(icc)));
        } else {
            pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setCompressionLevel(
                    com.itextpdf.kernel.pdf.CompressionConstants.NO_COMPRESSION)));
        }
        try {
            PdfFonts fonts = new PdfFonts(source);
            describe(pdf, document.info());
            if (archival) {
                attachData(pdf, document.data());
                document.supplements().forEach(f -> attachSupplement(pdf, f));
            }
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, PageSize.A4, false);
            layout.setMargins(PageGeometry.pt(PageGeometry.TOP_MM), PageGeometry.pt(PageGeometry.RIGHT_MM),
                    PageGeometry.pt(PageGeometry.BOTTOM_MM), PageGeometry.pt(PageGeometry.LEFT_MM));
            layout.setProperty(Property.SPLIT_CHARACTERS, new ChineseSplitCharacters());
            // In its default mode iText breaks a line between two runs (a font change) whenever the
            // second run's first word does not fit, even where the first run forbids it ("2022" + "，"
            // would put the comma first on the next line); its HTML mode asks the runs. Line pitch is
            // the same in both: every paragraph sets leading and line height alike (see pitch()).
            layout.setProperty(Property.RENDERING_MODE, RenderingMode.HTML_MODE);
            Bookmarks bookmarks = new Bookmarks(pdf.getOutlines(false));
            List<Block> blocks = document.blocks();
            List<Paragraph> note = List.of();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                boolean beforeSignature = signatureFollows(blocks, i + 1);
                if (block instanceof Block.Title t) {
                    title(t, fonts).forEach(layout::add);
                } else if (block instanceof Block.Heading h) {
                    // A heading never ends a page: each of its lines goes with what follows (text or a table).
                    List<Paragraph> lines = heading(h, fonts);
                    bookmarks.mark(lines.get(0), h.level(), h.fullText());
                    if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Heading) {
                        // Headings in a row (六、 then （一）): iText keeps an element only with the next one, so
                        // they go as one block that stays whole and keeps with the text after them.
                        Div group = new Div().setKeepTogether(true).setKeepWithNext(true).setMargin(0).setPadding(0);
                        lines.forEach(group::add);
                        while (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Heading next) {
                            i++;
                            List<Paragraph> more = heading(next, fonts);
                            bookmarks.mark(more.get(0), next.level(), next.fullText());
                            more.forEach(group::add);
                        }
                        layout.add(group);
                    } else {
                        lines.forEach(l -> layout.add(l.setKeepWithNext(true)));
                    }
                } else if (block instanceof Block.Paragraph p) {
                    List<Paragraph> lines = paragraph(p, fonts);
                    if (p.lead().present()) {
                        bookmarks.mark(lines.get(0), p.lead().level(), bookmarkText(p.leadText()));
                    }
                    // GB/T 9704: the signature never stands alone on a page, so the last line goes with it.
                    lines.get(lines.size() - 1).setKeepWithNext(beforeSignature);
                    lines.forEach(layout::add);
                } else if (block instanceof Block.SignatureBlock s) {
                    addSignature(layout, s, fonts, note);
                    note = List.of();
                } else if (block instanceof Block.Table t) {
                    layout.add(table(t, fonts));
                } else if (block instanceof Block.PageBreak) {
                    layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                } else if (block instanceof Block.AttachmentNote n) {
                    if (beforeSignature) {
                        note = attachmentNote(n, fonts); // set on the signature's page, as one block with it
                    } else {
                        attachmentNote(n, fonts).forEach(layout::add);
                    }
                } else if (block instanceof Block.Attachment a) {
                    // GB/T 9704 §8: 附件 flush left on the first line, the title centred on the third.
                    Paragraph label = body(List.of(new TextRuns.Run(a.label(), FontRole.HEADING1)), fonts, false, false).get(0);
                    layout.add(label.setMarginBottom(PageGeometry.LINE_PT).setKeepWithNext(true));
                    List<Paragraph> lines = title(List.of(a.title()), fonts);
                    bookmarks.mark(lines.get(0), 1, a.title());
                    lines.forEach(layout::add);
                }
            }
            numberPages(pdf, fonts.get(FontRole.PAGE_NUMBER));
            if (document.isDraft()) {
                markDraft(pdf, fonts.get(FontRole.HEADING1), document.draftMark());
            }
            layout.close();
        } finally {
            if (!pdf.isClosed()) {
                pdf.close();
            }
        }
    }

    /**
     * The report's figures as {@code nianbao-report.json}, an associated file of the whole document
     * with the relationship Data (listed in the catalog's AF array and its embedded files), the way
     * e-invoices (Factur-X) carry their data in a PDF/A-3.
     */
    private static void attachData(PdfDocument pdf, String json) {
        if (json.isEmpty()) {
            return;
        }
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new com.itextpdf.kernel.pdf.PdfDate().getPdfObject());
        com.itextpdf.kernel.pdf.filespec.PdfFileSpec spec = com.itextpdf.kernel.pdf.filespec.PdfFileSpec.createEmbeddedFileSpec(
                pdf, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Nianbao report data (figures of this report)",
                ReportData.FILE_NAME, new PdfName("application/json"), params, PdfName.Data);
        pdf.addAssociatedFile(ReportData.FILE_NAME, spec);
        describeDataInXmp(pdf);
    }

    /** A further file for the archive (the records workbook), associated with the relationship Supplement. */
    private static void attachSupplement(PdfDocument pdf, Document.Supplement file) {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new com.itextpdf.kernel.pdf.PdfDate().getPdfObject());
        com.itextpdf.kernel.pdf.filespec.PdfFileSpec spec = com.itextpdf.kernel.pdf.filespec.PdfFileSpec.createEmbeddedFileSpec(
                pdf, file.bytes(), file.description(), file.fileName(), new PdfName(file.mimeType()), params, PdfName.Supplement);
        pdf.addAssociatedFile(file.fileName(), spec);
    }

    /** The namespace of the XMP properties that name the report's data attachment (like Factur-X's {@code fx:}). */
    public static final String XMP_NAMESPACE = "urn:nianbao:pdfa:report-data:1#";

    /**
     * Lists the data attachment in the document's XMP too, as Factur-X does for its invoice: the
     * file's name, what it is and its schema version under {@link #XMP_NAMESPACE}, with the PDF/A
     * extension schema that describes those properties (PDF/A allows only described properties).
     * iText merges the document info and pdfaid into this packet when the document closes.
     */
    private static void describeDataInXmp(PdfDocument pdf) {
        String packet = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>Nianbao report data PDF/A extension schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>%1$s</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>nb</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>DocumentFileName</pdfaProperty:name>
                         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                         <pdfaProperty:category>external</pdfaProperty:category>
                         <pdfaProperty:description>The name of the embedded file with the report's figures</pdfaProperty:description>
                        </rdf:li>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>DocumentType</pdfaProperty:name>
                         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                         <pdfaProperty:category>external</pdfaProperty:category>
                         <pdfaProperty:description>What the embedded file is: REPORT_DATA</pdfaProperty:description>
                        </rdf:li>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>Version</pdfaProperty:name>
                         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                         <pdfaProperty:category>external</pdfaProperty:category>
                         <pdfaProperty:description>The schemaVersion of the embedded file (docs/report-data.schema.json)</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:nb="%1$s">
                   <nb:DocumentFileName>%2$s</nb:DocumentFileName>
                   <nb:DocumentType>REPORT_DATA</nb:DocumentType>
                   <nb:Version>%3$d</nb:Version>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                """.formatted(XMP_NAMESPACE, ReportData.FILE_NAME, ReportData.SCHEMA_VERSION);
        try {
            pdf.setXmpMetadata(com.itextpdf.kernel.xmp.XMPMetaFactory.parseFromString(packet));
        } catch (com.itextpdf.kernel.xmp.XMPException e) {
            throw new IllegalStateException("the report data's XMP packet does not parse", e);
        }
    }

    private static void describe(PdfDocument pdf, Document.DocumentInfo info) {
        PdfDocumentInfo di = pdf.getDocumentInfo();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setCreator("Nianbao");
        pdf.getCatalog().setLang(new PdfString(info.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    /** The title in 2号, centred, broken where {@link TitleLines} says, one blank line under it. */
    private static List<Paragraph> title(Block.Title t, PdfFonts fonts) {
        return titleLines(TitleLines.of(t), fonts);
    }

    private static List<Paragraph> title(List<String> parts, PdfFonts fonts) {
        return titleLines(TitleLines.of(parts), fonts);
    }

    private static List<Paragraph> titleLines(List<String> lines, PdfFonts fonts) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // On the page's line grid, so the body below it keeps 22 lines a page.
            out.add(pitch(TextRuns.paragraph(lines.get(i), FontRole.TITLE, fonts), PageGeometry.LINE_PT)
                    .setFontSize(PageGeometry.TITLE_PT)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(0).setMarginBottom(i == lines.size() - 1 ? PageGeometry.LINE_PT : 0)
                    .setKeepWithNext(true));
        }
        return out;
    }

    private static List<Paragraph> heading(Block.Heading h, PdfFonts fonts) {
        boolean numbered = !h.number().isEmpty();
        return body(List.of(new TextRuns.Run(h.fullText(), roleOf(h))), fonts, numbered, numbered);
    }

    private static List<Paragraph> paragraph(Block.Paragraph p, PdfFonts fonts) {
        List<TextRuns.Run> parts = p.lead().present()
                ? List.of(new TextRuns.Run(p.leadText(), FontRole.ofHeading(p.lead().level())),
                        new TextRuns.Run(p.restText(), FontRole.BODY))
                : List.of(new TextRuns.Run(p.text(), FontRole.BODY));
        boolean bodyStyle = p.style() == Block.Paragraph.Style.BODY;
        return body(parts, fonts, bodyStyle, bodyStyle);
    }

    /** Text on the page's grid: 28 characters a line, the line pitch fixed, broken and justified by {@link GridLines}. */
    private static List<Paragraph> body(List<TextRuns.Run> runs, PdfFonts fonts, boolean indented, boolean justified) {
        return body(runs, fonts, indented ? INDENT : 0, 0, justified);
    }

    private static List<Paragraph> body(List<TextRuns.Run> runs, PdfFonts fonts, float firstIndent, float restIndent,
            boolean justified) {
        List<Paragraph> lines = TextRuns.gridLines(runs, fonts, PageGeometry.BODY_PT, GRID, TYPE_WIDTH,
                firstIndent, restIndent, justified);
        // Aligned left for iText: the lines are already broken and justified.
        lines.forEach(l -> pitch(l, PageGeometry.LINE_PT).setTextAlignment(TextAlignment.LEFT).setMargin(0));
        return lines;
    }

    /** Whether the signature comes next (after the 附件说明, if any). */
    private static boolean signatureFollows(List<Block> blocks, int i) {
        if (i < blocks.size() && blocks.get(i) instanceof Block.AttachmentNote) {
            i++;
        }
        return i < blocks.size() && blocks.get(i) instanceof Block.SignatureBlock;
    }

    /**
     * 附件说明 (GB/T 9704 §7.3.5): one blank line under the text, two characters in; with several
     * attachments each name starts under the first one's, and a long name wraps to its first character.
     */
    private static List<Paragraph> attachmentNote(Block.AttachmentNote n, PdfFonts fonts) {
        List<String> lines = n.textLines();
        float labelWidth = (n.label().length() + 1) * CELL;
        float numberWidth = n.names().size() > 1 ? TextRuns.width("1.", FontRole.BODY, PageGeometry.BODY_PT, fonts, GRID) : 0;
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            float first = i == 0 ? INDENT : INDENT + labelWidth;
            out.addAll(body(List.of(new TextRuns.Run(lines.get(i), FontRole.BODY)), fonts, first,
                    INDENT + labelWidth + numberWidth, false));
        }
        out.get(0).setMarginTop(PageGeometry.LINE_PT);
        return out;
    }

    /** A run-in heading's bookmark: the heading without the full stop that ends its sentence. */
    private static String bookmarkText(String lead) {
        return lead.endsWith("。") ? lead.substring(0, lead.length() - 1) : lead;
    }

    /** Bookmarks for headings of levels 1–3, each level nested under the one above it. */
    private static final class Bookmarks {
        private static final int DEEPEST = 3;
        private final PdfOutline[] open = new PdfOutline[DEEPEST + 1];
        private int count;

        Bookmarks(PdfOutline root) {
            open[0] = root;
        }

        Paragraph mark(Paragraph p, int level, String title) {
            if (level < 1 || level > DEEPEST) {
                return p;
            }
            int parent = level - 1;
            while (open[parent] == null) {
                parent--;
            }
            String dest = "h" + (++count);
            open[level] = open[parent].addOutline(title);
            open[level].addDestination(PdfDestination.makeDestination(new PdfString(dest)));
            for (int deeper = level + 1; deeper <= DEEPEST; deeper++) {
                open[deeper] = null;
            }
            return p.setDestination(dest);
        }
    }

    /** Ruled table; header rows repeat when it breaks across pages; group rows span the width. */
    private static Table table(Block.Table t, PdfFonts fonts) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout();
        table.setMarginTop(PageGeometry.LINE_PT / 2);
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            List<Block.Table.Cell> row = t.rows().get(r);
            if (!header && isGroupRow(row) && r + 1 < t.rows().size()) {
                // A group row (五、教学质量信息) never ends a page alone: it and the row under it are one row
                // of the table, drawn as a borderless cell holding both, so iText moves them together.
                Table pair = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout();
                for (int k = r; k <= r + 1; k++) {
                    for (Block.Table.Cell c : t.rows().get(k)) {
                        pair.addCell(cell(t, k, c, fonts));
                    }
                }
                table.addCell(new Cell(1, widths.length).add(pair).setPadding(0)
                        .setBorder(com.itextpdf.layout.borders.Border.NO_BORDER).setKeepTogether(true));
                r++;
                continue;
            }
            for (Block.Table.Cell c : row) {
                if (header) {
                    table.addHeaderCell(cell(t, r, c, fonts));
                } else {
                    table.addCell(cell(t, r, c, fonts));
                }
            }
        }
        return table;
    }

    private static boolean isGroupRow(List<Block.Table.Cell> row) {
        return row.size() == 1 && row.get(0).group();
    }

    private static Cell cell(Block.Table t, int r, Block.Table.Cell c, PdfFonts fonts) {
        boolean header = r < t.headerRows();
        Paragraph text = pitch(TextRuns.paragraph(c.text(), cellRole(t, r, c), fonts), PageGeometry.TABLE_LINE_PT)
                .setFontSize(PageGeometry.TABLE_PT)
                .setMargin(0)
                .setTextAlignment(header ? TextAlignment.CENTER : TextAlignment.LEFT);
        // A row never breaks across pages: it moves whole, as a reader expects of a ruled table.
        return new Cell(c.rowspan(), c.colspan()).add(text).setPaddings(2, 4, 2, 4).setKeepTogether(true);
    }

    /** A fixed line pitch, as leading (iText's default mode) and as line height (its HTML mode), so either lays out alike. */
    private static Paragraph pitch(Paragraph p, float pt) {
        p.setFixedLeading(pt);
        p.setProperty(Property.LINE_HEIGHT, LineHeight.createFixedValue(pt));
        return p;
    }

    private static Paragraph bodyShaped(Paragraph p) {
        return pitch(p, PageGeometry.LINE_PT).setFontSize(PageGeometry.BODY_PT)
                .setFirstLineIndent(0)
                .setMargin(0);
    }

    /**
     * GB/T 9704 without a seal: the date sits two characters in from the right edge, the
     * institution's name is centred above it; one blank line separates it from the text.
     */
    private static void addSignature(com.itextpdf.layout.Document layout, Block.SignatureBlock s, PdfFonts fonts,
            List<Paragraph> note) {
        float size = PageGeometry.BODY_PT;
        float nameWidth = TextRuns.width(s.name(), FontRole.BODY, size, fonts, GRID);
        float dateWidth = TextRuns.width(s.date(), FontRole.BODY, size, fonts, GRID);
        float dateRight = 4 * CELL;
        float nameRight = dateRight + (dateWidth - nameWidth) / 2;
        if (nameRight < 2 * CELL) {
            // A name longer than the date: keep it two characters in and centre the date under it.
            nameRight = 2 * CELL;
            dateRight = nameRight + (nameWidth - dateWidth) / 2;
        }
        Paragraph name = bodyShaped(TextRuns.paragraph(s.name(), FontRole.BODY, fonts, GRID))
                .setTextAlignment(TextAlignment.RIGHT).setMarginRight(nameRight);
        Paragraph date = bodyShaped(TextRuns.paragraph(s.date(), FontRole.BODY, fonts, GRID))
                .setTextAlignment(TextAlignment.RIGHT).setMarginRight(dateRight);
        float[] placed = new float[3];
        if (s.sealed()) {
            date.setNextRenderer(new PlacedParagraph(date, placed));
        }
        // 附件说明, name and date are one block: iText keeps one element with the next, not a chain of
        // three, so the paragraph before (kept with this block) and the block always share a page.
        Div block = new Div().setKeepTogether(true);
        note.forEach(block::add);
        block.add(name.setMarginTop(PageGeometry.LINE_PT * 2)).add(date);
        layout.add(block);
        if (s.sealed()) {
            placeSeal(layout.getPdfDocument(), s.seal(), placed, dateWidth, dateRight);
        }
    }

    /**
     * GB/T 9704 with a seal: the seal, 42 mm across, centred on the date line horizontally and
     * pressing down on name and date, so both sit in its lower middle.
     */
    private static void placeSeal(PdfDocument pdf, byte[] png, float[] placed, float dateWidth, float dateRight) {
        float diameter = PageGeometry.pt(SEAL_MM);
        float rightEdge = PageGeometry.pt(PageGeometry.LEFT_MM + PageGeometry.TYPE_WIDTH_MM) - dateRight;
        float centreX = rightEdge - dateWidth / 2;
        // placed = {page, bottom of the date line, top of the date line}; the name line is one pitch above.
        float centreY = placed[1] + PageGeometry.LINE_PT * 1.1f;
        com.itextpdf.layout.element.Image image = new com.itextpdf.layout.element.Image(
                com.itextpdf.io.image.ImageDataFactory.create(png));
        image.scaleToFit(diameter, diameter);
        float w = image.getImageScaledWidth();
        float h = image.getImageScaledHeight();
        image.setFixedPosition((int) placed[0], centreX - w / 2, centreY - h / 2);
        try (Canvas canvas = new Canvas(pdf.getPage((int) placed[0]), pdf.getPage((int) placed[0]).getPageSize())) {
            canvas.add(image);
        }
    }

    /** Seal diameter commonly used by schools (GB/T 9704 leaves the size to the seal's own rules). */
    private static final float SEAL_MM = 42f;

    /** A paragraph renderer that remembers on which page and at what height it was laid out. */
    private static final class PlacedParagraph extends com.itextpdf.layout.renderer.ParagraphRenderer {
        private final float[] placed;

        PlacedParagraph(Paragraph p, float[] placed) {
            super(p);
            this.placed = placed;
        }

        @Override
        public com.itextpdf.layout.layout.LayoutResult layout(com.itextpdf.layout.layout.LayoutContext context) {
            com.itextpdf.layout.layout.LayoutResult result = super.layout(context);
            if (occupiedArea != null) {
                placed[0] = occupiedArea.getPageNumber();
                placed[1] = occupiedArea.getBBox().getBottom();
                placed[2] = occupiedArea.getBBox().getTop();
            }
            return result;
        }

        @Override
        public com.itextpdf.layout.renderer.IRenderer getNextRenderer() {
            return new PlacedParagraph((Paragraph) modelElement, placed);
        }
    }

    /**
     * "— N —" in 4号 宋体, odd pages right, even pages left, one character in; GB/T 9704 §7.5 puts the
     * 一字线 7 mm below the type area, so the baseline sits the dash's own height above that line.
     */
    private static void numberPages(PdfDocument pdf, PdfFont font) {
        float size = PageGeometry.PAGE_NUMBER_PT;
        float baseline = PageGeometry.pt(PageGeometry.BOTTOM_MM - PageGeometry.PAGE_NUMBER_GAP_MM) - dashMiddle(font, size);
        float left = PageGeometry.pt(PageGeometry.LEFT_MM) + size;
        float right = PageGeometry.pt(PageGeometry.LEFT_MM + PageGeometry.TYPE_WIDTH_MM) - size;
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            String text = PageGeometry.pageNumberText(i);
            float x = i % 2 == 1 ? right - font.getWidth(text, size) : left;
            new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.getPage(i)).beginText().setFontAndSize(font, size)
                    .moveText(x, baseline).showText(text).endText();
        }
    }

    /** The height of the middle of the font's 一字线 (—) above the baseline. */
    static float dashMiddle(PdfFont font, float size) {
        com.itextpdf.io.font.otf.Glyph dash = font.getFontProgram().getGlyph('—');
        int[] box = dash != null ? dash.getBbox() : null;
        // Without outlines to measure, the middle of a CJK 一字线 is about a third of the size up.
        return box != null ? (box[1] + box[3]) / 2f / 1000f * size : size / 3;
    }

    /** "草稿（征求意见稿）" centred in the top margin of every page. */
    private static void markDraft(PdfDocument pdf, PdfFont font, String mark) {
        float x = PageGeometry.pt(PageGeometry.LEFT_MM + PageGeometry.TYPE_WIDTH_MM / 2);
        float y = PageGeometry.pt(PageGeometry.PAGE_HEIGHT_MM - PageGeometry.TOP_MM / 2);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            try (Canvas canvas = new Canvas(pdf.getPage(i), pdf.getPage(i).getPageSize())) {
                canvas.setFont(font).setFontSize(PageGeometry.PAGE_NUMBER_PT);
                canvas.showTextAligned(mark, x, y, TextAlignment.CENTER);
            }
        }
    }

    /** Fails before writing anything if a character has no glyph in the font of its role. */
    static void checkGlyphs(Document document, FontSource source) {
        List<MissingGlyphException> missing = missingGlyphs(document, 1, source);
        if (!missing.isEmpty()) {
            throw missing.get(0);
        }
    }

    /**
     * Every character of the document that the font of its role cannot draw (at most {@code limit}),
     * so the checks can name them all before anyone exports.
     */
    public static List<MissingGlyphException> missingGlyphs(Document document, int limit, FontSource source) {
        PdfFonts probe = new PdfFonts(source);
        List<MissingGlyphException> found = new java.util.ArrayList<>();
        if (document.isDraft()) {
            // The draft mark is drawn in one font, with no Latin companion.
            scan(document.draftMark(), FontRole.HEADING1, false, probe, "draft", found, limit);
        }
        for (Block b : document.blocks()) {
            String where = b instanceof Block.Paragraph p ? p.where()
                    : b instanceof Block.Table t ? new org.nianbao.model.Location.Table(t.where(), null, null).encode()
                    : b instanceof Block.Attachment a ? "heading:" + a.sourceId()
                    : b instanceof Block.AttachmentNote ? "attachments"
                    : b instanceof Block.Heading h ? (h.level() <= 1 ? "heading:" + h.sourceId()
                            : new org.nianbao.model.Location.Section(h.sourceId()).encode())
                    : b instanceof Block.Title ? "title" : "signature";
            if (b instanceof Block.Paragraph p && p.lead().present()) {
                scan(p.leadText(), FontRole.ofHeading(p.lead().level()), true, probe, where, found, limit);
                scan(p.restText(), FontRole.BODY, true, probe, where, found, limit);
            } else if (b instanceof Block.Attachment a) {
                scan(a.label(), FontRole.HEADING1, true, probe, where, found, limit);
                scan(a.title(), FontRole.TITLE, true, probe, where, found, limit);
            } else if (b instanceof Block.Table t) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (Block.Table.Cell c : t.rows().get(r)) {
                        scan(c.text(), cellRole(t, r, c), true, probe, where, found, limit);
                    }
                }
            } else {
                for (String line : b.textLines()) {
                    scan(line, roleOf(b), true, probe, where, found, limit);
                }
            }
        }
        return found;
    }

    private static void scan(String line, FontRole role, boolean withLatin, PdfFonts fonts, String where,
            List<MissingGlyphException> found, int limit) {
        for (int i = 0; i < line.length() && found.size() < limit; ) {
            int cp = line.codePointAt(i);
            boolean drawn = (withLatin && TextRuns.drawnAsLatin(cp, role, fonts)) || fonts.draws(role, cp);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !drawn) {
                found.add(new MissingGlyphException(cp, where, excerpt(line, cp)));
            }
            i += Character.charCount(cp);
        }
    }

    /** Header rows and group rows in 黑体, the rest like the body. */
    private static FontRole cellRole(Block.Table t, int row, Block.Table.Cell c) {
        return row < t.headerRows() || c.group() ? FontRole.HEADING1 : FontRole.BODY;
    }

    private static FontRole roleOf(Block b) {
        if (b instanceof Block.Title) {
            return FontRole.TITLE;
        }
        if (b instanceof Block.Heading h) {
            return FontRole.ofHeading(h.level());
        }
        return FontRole.BODY;
    }


    private static String excerpt(String line, int cp) {
        int i = line.indexOf(Character.toString(cp));
        int from = Math.max(0, i - 10);
        int to = Math.min(line.length(), i + 10);
        return line.substring(from, to);
    }
}
