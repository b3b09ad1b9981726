package org.nianbao.render.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.nianbao.compose.Block;
import org.nianbao.compose.Document;
import org.nianbao.render.MissingGlyphException;
import org.nianbao.render.PageGeometry;
import org.nianbao.render.fonts.BundledFont;
import org.nianbao.render.fonts.FontRole;
import org.nianbao.render.fonts.FontSource;

/**
 * Lays out a {@link Document} as a PDF/A-2b file in GB/T 9704 style: A4 with the standard margins,
 * embedded subset fonts (so Chinese text is selectable and never boxes), fixed 22-line pitch,
 * "— N —" page numbers (odd pages right, even pages left), bookmarks for headings.
 */
public final class PdfRenderer {
    /** Parsed font programs by file (bundled resource path or installed file), kept for the run. */
    private static final Map<String, FontProgram> PROGRAMS = new java.util.HashMap<>();

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
        checkGlyphs(document, source);
        WriterProperties props = new WriterProperties().addXmpMetadata();
        PdfWriter writer = new PdfWriter(out, props);
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(icc)));
        try {
            Fonts fonts = new Fonts(source);
            describe(pdf, document.info());
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, PageSize.A4, false);
            layout.setMargins(PageGeometry.pt(PageGeometry.TOP_MM), PageGeometry.pt(PageGeometry.RIGHT_MM),
                    PageGeometry.pt(PageGeometry.BOTTOM_MM), PageGeometry.pt(PageGeometry.LEFT_MM));
            layout.setProperty(com.itextpdf.layout.properties.Property.SPLIT_CHARACTERS, new ChineseSplitCharacters());
            Bookmarks bookmarks = new Bookmarks(pdf.getOutlines(false));
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                boolean beforeSignature = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.SignatureBlock;
                if (block instanceof Block.Title t) {
                    layout.add(title(t, fonts));
                } else if (block instanceof Block.Heading h) {
                    layout.add(bookmarks.mark(heading(h, fonts), h.level(), h.fullText()));
                } else if (block instanceof Block.Paragraph p) {
                    // GB/T 9704: the signature never stands alone on a page, so the last paragraph goes with it.
                    Paragraph para = paragraph(p, fonts).setKeepWithNext(beforeSignature);
                    layout.add(p.lead().present() ? bookmarks.mark(para, p.lead().level(), bookmarkText(p.leadText())) : para);
                } else if (block instanceof Block.SignatureBlock s) {
                    addSignature(layout, s, fonts);
                } else if (block instanceof Block.Table t) {
                    layout.add(table(t, fonts));
                } else if (block instanceof Block.PageBreak) {
                    layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
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

    private static void describe(PdfDocument pdf, Document.DocumentInfo info) {
        PdfDocumentInfo di = pdf.getDocumentInfo();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setCreator("Nianbao");
        pdf.getCatalog().setLang(new PdfString(info.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    private static Paragraph title(Block.Title t, Fonts fonts) {
        return new Paragraph(t.text())
                .setFont(fonts.get(FontRole.TITLE)).setFontSize(PageGeometry.TITLE_PT)
                .setTextAlignment(TextAlignment.CENTER)
                .setFixedLeading(PageGeometry.LINE_PT * 1.25f)
                .setMarginTop(0).setMarginBottom(PageGeometry.LINE_PT);
    }

    private static Paragraph heading(Block.Heading h, Fonts fonts) {
        Paragraph p = bodyShaped(runs(List.of(new Run(h.fullText(), roleOf(h))), fonts));
        return h.number().isEmpty() ? p.setFirstLineIndent(0).setTextAlignment(TextAlignment.LEFT) : p;
    }

    private static Paragraph paragraph(Block.Paragraph p, Fonts fonts) {
        List<Run> parts = p.lead().present()
                ? List.of(new Run(p.leadText(), FontRole.ofHeading(p.lead().level())), new Run(p.restText(), FontRole.BODY))
                : List.of(new Run(p.text(), FontRole.BODY));
        Paragraph out = bodyShaped(runs(parts, fonts));
        if (p.style() == Block.Paragraph.Style.PLAIN) {
            out.setFirstLineIndent(0).setTextAlignment(TextAlignment.LEFT);
        }
        return out;
    }

    /** Text in one font role. */
    private record Run(String text, FontRole role) {
    }

    /**
     * A paragraph of runs in different fonts. Each run breaks lines by the Chinese rules knowing
     * the character after it, so a change of font never opens a gap in 避头尾.
     */
    private static Paragraph runs(List<Run> runs, Fonts fonts) {
        Paragraph p = new Paragraph().setFont(fonts.get(runs.get(0).role()));
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.text().isEmpty()) {
                continue;
            }
            int following = -1;
            for (int j = i + 1; j < runs.size() && following < 0; j++) {
                following = runs.get(j).text().isEmpty() ? -1 : runs.get(j).text().codePointAt(0);
            }
            Text text = new Text(run.text()).setFont(fonts.get(run.role()));
            text.setProperty(com.itextpdf.layout.properties.Property.SPLIT_CHARACTERS, new ChineseSplitCharacters(following));
            if (fonts.emboldens(run.role())) {
                text.simulateBold();
            }
            p.add(text);
        }
        return p;
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
    private static Table table(Block.Table t, Fonts fonts) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout();
        table.setMarginTop(PageGeometry.LINE_PT / 2);
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            for (Block.Table.Cell c : t.rows().get(r)) {
                Paragraph text = new Paragraph(c.text())
                        .setFont(fonts.get(header || c.group() ? FontRole.HEADING1 : FontRole.BODY))
                        .setFontSize(PageGeometry.TABLE_PT)
                        .setFixedLeading(PageGeometry.TABLE_LINE_PT)
                        .setMargin(0)
                        .setTextAlignment(header ? TextAlignment.CENTER : TextAlignment.LEFT);
                // A row never breaks across pages: it moves whole, as a reader expects of a ruled table.
                Cell cell = new Cell(1, c.colspan()).add(text).setPaddings(2, 4, 2, 4).setKeepTogether(true);
                if (header) {
                    table.addHeaderCell(cell);
                } else {
                    table.addCell(cell);
                }
            }
        }
        return table;
    }

    private static Paragraph bodyShaped(Paragraph p) {
        return p.setFontSize(PageGeometry.BODY_PT)
                .setFixedLeading(PageGeometry.LINE_PT)
                .setFirstLineIndent(PageGeometry.INDENT_PT)
                .setTextAlignment(TextAlignment.JUSTIFIED)
                .setMargin(0);
    }

    /**
     * GB/T 9704 without a seal: the date sits two characters in from the right edge, the
     * institution's name is centred above it; one blank line separates it from the text.
     */
    private static void addSignature(com.itextpdf.layout.Document layout, Block.SignatureBlock s, Fonts fonts) {
        PdfFont font = fonts.get(FontRole.BODY);
        float size = PageGeometry.BODY_PT;
        float nameWidth = font.getWidth(s.name(), size);
        float dateWidth = font.getWidth(s.date(), size);
        float dateRight = 4 * size;
        float nameRight = dateRight + (dateWidth - nameWidth) / 2;
        if (nameRight < 2 * size) {
            // A name longer than the date: keep it two characters in and centre the date under it.
            nameRight = 2 * size;
            dateRight = nameRight + (nameWidth - dateWidth) / 2;
        }
        layout.add(bodyShaped(new Paragraph(s.name()).setFont(font)).setFirstLineIndent(0)
                .setTextAlignment(TextAlignment.RIGHT).setMarginRight(nameRight).setMarginTop(PageGeometry.LINE_PT * 2)
                .setKeepWithNext(true));
        Paragraph date = bodyShaped(new Paragraph(s.date()).setFont(font)).setFirstLineIndent(0)
                .setTextAlignment(TextAlignment.RIGHT).setMarginRight(dateRight);
        if (s.sealed()) {
            float[] placed = new float[3];
            date.setNextRenderer(new PlacedParagraph(date, placed));
            layout.add(date);
            placeSeal(layout.getPdfDocument(), s.seal(), placed, dateWidth, dateRight);
        } else {
            layout.add(date);
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

    /** "— N —" 7 mm below the type area; odd pages right, even pages left, one character in. */
    private static void numberPages(PdfDocument pdf, PdfFont font) {
        float y = PageGeometry.pt(PageGeometry.BOTTOM_MM - PageGeometry.PAGE_NUMBER_GAP_MM) - PageGeometry.PAGE_NUMBER_PT;
        float left = PageGeometry.pt(PageGeometry.LEFT_MM) + PageGeometry.PAGE_NUMBER_PT;
        float right = PageGeometry.pt(PageGeometry.LEFT_MM + PageGeometry.TYPE_WIDTH_MM) - PageGeometry.PAGE_NUMBER_PT;
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            boolean odd = i % 2 == 1;
            try (Canvas canvas = new Canvas(pdf.getPage(i), pdf.getPage(i).getPageSize())) {
                canvas.setFont(font).setFontSize(PageGeometry.PAGE_NUMBER_PT);
                canvas.showTextAligned(PageGeometry.pageNumberText(i), odd ? right : left, y,
                        odd ? TextAlignment.RIGHT : TextAlignment.LEFT);
            }
        }
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
        Fonts probe = new Fonts(source);
        List<MissingGlyphException> found = new java.util.ArrayList<>();
        if (document.isDraft()) {
            scan(document.draftMark(), probe.program(FontRole.HEADING1), "draft", found, limit);
        }
        for (Block b : document.blocks()) {
            String where = b instanceof Block.Paragraph p ? p.where()
                    : b instanceof Block.Table t ? "table:" + t.where()
                    : b instanceof Block.Heading h ? (h.level() <= 1 ? "heading:" : "section:") + h.sourceId()
                    : b instanceof Block.Title ? "title" : "signature";
            if (b instanceof Block.Paragraph p && p.lead().present()) {
                scan(p.leadText(), probe.program(FontRole.ofHeading(p.lead().level())), where, found, limit);
                scan(p.restText(), probe.program(FontRole.BODY), where, found, limit);
                continue;
            }
            FontProgram program = probe.program(roleOf(b));
            for (String line : b.textLines()) {
                scan(line, program, where, found, limit);
            }
        }
        return found;
    }

    private static void scan(String line, FontProgram program, String where, List<MissingGlyphException> found, int limit) {
        for (int i = 0; i < line.length() && found.size() < limit; ) {
            int cp = line.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && program.getGlyph(cp) == null) {
                found.add(new MissingGlyphException(cp, where, excerpt(line, cp)));
            }
            i += Character.charCount(cp);
        }
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

    /** The fonts of one PDF (PdfFont objects belong to one document), over programs parsed once per run. */
    private static final class Fonts {
        private final FontSource source;
        private final Map<FontRole, PdfFont> fonts = new EnumMap<>(FontRole.class);
        private final Map<String, PdfFont> byFile = new java.util.HashMap<>();

        Fonts(FontSource source) {
            this.source = source;
        }

        /** The installed font for the role when it can be read and embedded, else the bundled one. */
        private String file(FontRole role) {
            Optional<java.nio.file.Path> installed = source.installed(role);
            if (installed.isPresent()) {
                String key = installed.get().toString();
                if (load(key) != null) {
                    return key;
                }
            }
            return role.bundled().resourcePath();
        }

        private static FontProgram load(String key) {
            synchronized (PROGRAMS) {
                if (PROGRAMS.containsKey(key)) {
                    return PROGRAMS.get(key);
                }
                FontProgram program;
                try {
                    BundledFont bundled = java.util.Arrays.stream(BundledFont.values())
                            .filter(f -> f.resourcePath().equals(key)).findFirst().orElse(null);
                    program = bundled != null ? FontProgramFactory.createFont(bundled.bytes())
                            : FontProgramFactory.createFont(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(key)));
                    if (bundled == null && !program.getFontNames().allowEmbedding()) {
                        program = null; // a font whose licence forbids embedding cannot go into a PDF/A
                    }
                } catch (IOException | RuntimeException e) {
                    if (key.startsWith("/org/nianbao/")) {
                        throw new IllegalStateException("Bundled font unreadable: " + key, e);
                    }
                    program = null; // a damaged installed font: fall back to the bundled one
                }
                PROGRAMS.put(key, program);
                return program;
            }
        }

        FontProgram program(FontRole role) {
            return load(file(role));
        }

        /** A bold role drawn with an installed regular face (仿宋 has no bold): iText strokes it thicker. */
        boolean emboldens(FontRole role) {
            return role.bold() && !file(role).equals(role.bundled().resourcePath());
        }

        PdfFont get(FontRole role) {
            return fonts.computeIfAbsent(role, r -> byFile.computeIfAbsent(file(r), f ->
                    PdfFontFactory.createFont(load(f), PdfEncodings.IDENTITY_H,
                            PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED)));
        }
    }
}
