package org.nianbao.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.compose.Block;
import org.nianbao.compose.Document;
import org.nianbao.render.PageGeometry;
import org.nianbao.render.TitleLines;
import org.nianbao.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * Lays out a {@link Document} as an editable DOCX with the same text as the PDF: A4 with GB/T 9704
 * margins, the preferred office fonts by role (方正小标宋简体, 黑体, 仿宋_GB2312 …) set in the
 * East-Asian slot of every run, exact 22-line pitch, and a "— PAGE —" footer field
 * (odd pages right, even pages left).
 */
public final class DocxRenderer {
    private static final int TWIPS_PER_PT = 20;

    public void render(Document document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            setUpPage(doc);
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(org.nianbao.model.Text.forXmlMetadata(document.info().title()));
            doc.getProperties().getCoreProperties().setCreator(org.nianbao.model.Text.forXmlMetadata(document.info().author()));
            doc.getProperties().getCoreProperties().setSubjectProperty(org.nianbao.model.Text.forXmlMetadata(document.info().subject()));
            boolean pageBreakPending = false;
            for (Block block : document.blocks()) {
                if (block instanceof Block.PageBreak) {
                    pageBreakPending = true;
                    continue;
                }
                XWPFParagraph first = addBlock(doc, block);
                if (pageBreakPending) {
                    first.setPageBreak(true);
                    pageBreakPending = false;
                }
            }
            addPageNumbers(doc);
            if (document.isDraft()) {
                for (HeaderFooterType type : new HeaderFooterType[] {HeaderFooterType.DEFAULT, HeaderFooterType.EVEN}) {
                    XWPFParagraph p = doc.createHeader(type).createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, document.draftMark(), FontRole.HEADING1, PageGeometry.PAGE_NUMBER_PT);
                }
            }
            attachData(doc, document.data());
            doc.write(out);
        }
    }

    /** Where the report's figures live in the DOCX, and the relationship that points there from the document. */
    public static final String DATA_PART = "/customXml/nianbao-report.xml";
    static final String CUSTOM_XML_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    /** The root element's namespace of the custom XML part. */
    public static final String DATA_NAMESPACE = "urn:nianbao:report-data";

    /**
     * The same {@code nianbao-report.json} the PDF carries, as a custom XML part related to the main
     * document (Word and WPS keep custom XML parts when they save), so a report edited in Word can
     * still be read as data.
     */
    private static void attachData(XWPFDocument doc, String json) throws IOException {
        if (json.isEmpty()) {
            return;
        }
        try {
            org.apache.poi.openxml4j.opc.PackagePartName name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(DATA_PART);
            org.apache.poi.openxml4j.opc.PackagePart part = doc.getPackage().createPart(name, "application/xml");
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<nianbao-report xmlns=\""
                    + DATA_NAMESPACE + "\" file=\"" + org.nianbao.compose.ReportData.FILE_NAME + "\"><![CDATA["
                    + json.replace("]]>", "]]]]><![CDATA[>") + "]]></nianbao-report>\n";
            try (OutputStream o = part.getOutputStream()) {
                o.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL, CUSTOM_XML_RELATION);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the data part's name is fixed and valid", e);
        }
    }

    private static XWPFParagraph addBlock(XWPFDocument doc, Block block) {
        if (block instanceof Block.Title t) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.TITLE);
            offGrid(p);
            p.setAlignment(ParagraphAlignment.CENTER);
            spacing(p, PageGeometry.LINE_PT, 0, PageGeometry.LINE_PT);
            // Broken where the PDF breaks it, with explicit line breaks (Word would break it mid-word).
            List<String> lines = TitleLines.of(t);
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun r = run(p, lines.get(i), FontRole.TITLE, PageGeometry.TITLE_PT);
                if (i + 1 < lines.size()) {
                    r.addBreak();
                }
            }
            return p;
        }
        if (block instanceof Block.Heading h) {
            XWPFParagraph p = bodyParagraph(doc, !h.number().isEmpty());
            p.setStyle(DocxStyles.heading(h.level()));
            run(p, h.fullText(), FontRole.ofHeading(h.level()), PageGeometry.BODY_PT);
            return p;
        }
        if (block instanceof Block.Paragraph para) {
            XWPFParagraph p = bodyParagraph(doc, para.style() == Block.Paragraph.Style.BODY);
            if (para.lead().present()) {
                // A run-in heading: the paragraph stays 正文, its first sentence takes the heading's font.
                run(p, para.leadText(), FontRole.ofHeading(para.lead().level()), PageGeometry.BODY_PT);
            }
            run(p, para.restText(), FontRole.BODY, PageGeometry.BODY_PT);
            return p;
        }
        if (block instanceof Block.Table t) {
            return table(doc, t);
        }
        if (block instanceof Block.AttachmentNote n) {
            return attachmentNote(doc, n);
        }
        if (block instanceof Block.Attachment a) {
            // GB/T 9704 §8: 附件 flush left in 黑体 on the first line, the title centred on the third.
            XWPFParagraph label = bodyParagraph(doc, false);
            label.setAlignment(ParagraphAlignment.LEFT);
            label.setKeepNext(true);
            run(label, a.label(), FontRole.HEADING1, PageGeometry.BODY_PT);
            XWPFParagraph blank = bodyParagraph(doc, false);
            blank.setKeepNext(true);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle(DocxStyles.TITLE);
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setKeepNext(true);
            offGrid(title);
            spacing(title, PageGeometry.LINE_PT, 0, PageGeometry.LINE_PT);
            run(title, a.title(), FontRole.TITLE, PageGeometry.TITLE_PT);
            return label;
        }
        Block.SignatureBlock s = (Block.SignatureBlock) block;
        // Name centred over the date; the date four characters in from the right (GB/T 9704, no seal).
        int nameChars = s.name().codePointCount(0, s.name().length());
        int dateChars = (int) Math.ceil(s.date().codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum());
        float dateRight = 4 * PageGeometry.BODY_PT;
        float nameRight = dateRight + (dateChars - nameChars) * PageGeometry.BODY_PT / 2;
        if (nameRight < 2 * PageGeometry.BODY_PT) {
            nameRight = 2 * PageGeometry.BODY_PT;
            dateRight = nameRight + (nameChars - dateChars) * PageGeometry.BODY_PT / 2;
        }
        XWPFParagraph name = signatureLine(doc, s.name(), nameRight);
        spacing(name, PageGeometry.LINE_PT, PageGeometry.LINE_PT * 2, 0);
        name.setKeepNext(true);
        XWPFParagraph date = signatureLine(doc, s.date(), dateRight);
        if (s.sealed()) {
            float dateWidth = dateChars * PageGeometry.BODY_PT;
            float centreX = PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM) - dateRight - dateWidth / 2;
            DocxSeal.add(date, s.seal(), centreX);
        }
        return name;
    }

    /** 附件说明: one blank line above, two characters in; further names under the first, wrapped lines under its first character. */
    private static XWPFParagraph attachmentNote(XWPFDocument doc, Block.AttachmentNote n) {
        List<String> lines = n.textLines();
        int labelChars = n.label().length() + 1;
        int numberHalves = n.names().size() > 1 ? 2 : 0;
        XWPFParagraph first = null;
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = bodyParagraph(doc, false);
            p.setAlignment(ParagraphAlignment.LEFT);
            // Hanging indent in characters of the grid (hundredths), so Word and WPS keep it when fonts change.
            int left = 200 + labelChars * 100 + numberHalves * 50;
            int start = i == 0 ? 200 : 200 + labelChars * 100;
            var ind = p.getCTP().getPPr().isSetInd() ? p.getCTP().getPPr().getInd() : p.getCTP().getPPr().addNewInd();
            ind.setLeftChars(BigInteger.valueOf(left));
            ind.setLeft(BigInteger.valueOf(Math.round(left / 100f * PageGeometry.CHAR_PITCH_PT * TWIPS_PER_PT)));
            ind.setHangingChars(BigInteger.valueOf(left - start));
            ind.setHanging(BigInteger.valueOf(Math.round((left - start) / 100f * PageGeometry.CHAR_PITCH_PT * TWIPS_PER_PT)));
            if (i == 0) {
                spacing(p, PageGeometry.LINE_PT, PageGeometry.LINE_PT, 0);
                p.setKeepNext(true);
                first = p;
            }
            run(p, lines.get(i), FontRole.BODY, PageGeometry.BODY_PT);
        }
        return first;
    }

    /** The same table as the PDF's: header row repeated on each page, group rows merged across. */
    private static XWPFParagraph table(XWPFDocument doc, Block.Table t) {
        XWPFParagraph before = doc.createParagraph();
        spacing(before, PageGeometry.LINE_PT / 2, 0, 0);
        int cols = t.widths().size();
        XWPFTable table = doc.createTable(t.rows().size(), cols);
        table.setWidth("100%");
        float total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        long typeWidth = twipsFromMm(PageGeometry.TYPE_WIDTH_MM);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < cols) {
            grid.addNewGridCol();
        }
        long[] colWidths = new long[cols];
        for (int c = 0; c < cols; c++) {
            colWidths[c] = Math.round(typeWidth * t.widths().get(c) / total);
            grid.getGridColArray(c).setW(BigInteger.valueOf(colWidths[c]));
        }
        // Cells spanning rows (the form's 自然人 under 申请人情况) start a vertical merge; the rows below
        // hold a continuing cell in their place, as Word writes it.
        int[] coveredRows = new int[cols];
        int[] coveredSpan = new int[cols];
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < t.headerRows();
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            java.util.Iterator<Block.Table.Cell> cells = t.rows().get(r).iterator();
            int slot = 0;
            for (int col = 0; col < cols; slot++) {
                Block.Table.Cell cell;
                int span;
                if (coveredRows[col] > 0) {
                    cell = null;
                    span = coveredSpan[col];
                    coveredRows[col]--;
                } else if (cells.hasNext()) {
                    cell = cells.next();
                    span = cell.colspan();
                    if (cell.rowspan() > 1) {
                        coveredRows[col] = cell.rowspan() - 1;
                        coveredSpan[col] = span;
                    }
                } else {
                    break;
                }
                XWPFTableCell xc = row.getCell(slot);
                var tcPr = xc.getCTTc().isSetTcPr() ? xc.getCTTc().getTcPr() : xc.getCTTc().addNewTcPr();
                long w = 0;
                for (int k = col; k < Math.min(cols, col + span); k++) {
                    w += colWidths[k];
                }
                xc.setWidth(String.valueOf(w));
                if (span > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell == null || cell.rowspan() > 1) {
                    tcPr.addNewVMerge().setVal(cell == null
                            ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE
                            : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                }
                XWPFParagraph p = xc.getParagraphs().get(0);
                p.setStyle(DocxStyles.TABLE);
                offGrid(p);
                p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                spacing(p, PageGeometry.TABLE_LINE_PT, 0, 0);
                if (cell != null) {
                    run(p, cell.text(), header || cell.group() ? FontRole.HEADING1 : FontRole.BODY, PageGeometry.TABLE_PT);
                    if (cell.group()) {
                        p.setKeepNext(true); // Word keeps a row whose text is kept with the next on that row's page
                    }
                }
                col += span;
            }
            for (int c = cols - 1; c >= slot; c--) {
                row.removeCell(c);
            }
        }
        return before;
    }

    private static XWPFParagraph signatureLine(XWPFDocument doc, String text, float rightIndentPt) {
        XWPFParagraph p = bodyParagraph(doc, false);
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setIndentationRight(Math.round(rightIndentPt * TWIPS_PER_PT));
        run(p, text, FontRole.BODY, PageGeometry.BODY_PT);
        return p;
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc, boolean indentFirstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        if (indentFirstLine) {
            p.setIndentationFirstLine(Math.round(PageGeometry.INDENT_PT * TWIPS_PER_PT));
            // Two characters of the grid, which Word and WPS keep when the font changes.
            p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        spacing(p, PageGeometry.LINE_PT, 0, 0);
        // Like the PDF: punctuation never hangs into the margin; the line breaks before it instead (避头尾).
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewOverflowPunct().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        return p;
    }

    /**
     * Text that is not 3号 body text (the 2号 title, 小四 table cells, the page number) keeps its own
     * character widths: on the 28-character grid Word and LibreOffice would squeeze or spread it.
     */
    private static void offGrid(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }

    private static void spacing(XWPFParagraph p, float linePt, float beforePt, float afterPt) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(twipsDown(linePt)));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.valueOf(twipsDown(beforePt)));
        sp.setAfter(BigInteger.valueOf(twipsDown(afterPt)));
    }

    /** Rounded down, as the grid's line pitch: 22 lines of 580 twips overflow the type area, of 579 they fit. */
    private static long twipsDown(float pt) {
        return (long) Math.floor(pt * TWIPS_PER_PT + 0.001f);
    }

    static XWPFRun run(XWPFParagraph p, String text, FontRole role, float sizePt) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(sizePt);
        fonts(r, role);
        if (role.bold()) {
            r.setBold(true);
        }
        return r;
    }


    /** All four font slots plus the East-Asian hint, or Word ignores the Chinese font. */
    static void fonts(XWPFRun r, FontRole role) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(role.latinFamily());
        f.setHAnsi(role.latinFamily());
        f.setCs(role.latinFamily());
        f.setEastAsia(role.preferredFamily());
        f.setHint(STHint.EAST_ASIA);
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setEastAsia("zh-CN");
    }

    private static void setUpPage(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twipsFromMm(PageGeometry.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twipsFromMm(PageGeometry.PAGE_HEIGHT_MM)));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twipsFromMm(PageGeometry.TOP_MM)));
        mar.setBottom(BigInteger.valueOf(twipsFromMm(PageGeometry.BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(twipsFromMm(PageGeometry.LEFT_MM)));
        mar.setRight(BigInteger.valueOf(twipsFromMm(PageGeometry.RIGHT_MM)));
        // The footer is one exact 4号 line whose bottom is the footer distance from the page's edge: put it so
        // that the 一字线, about a third of the size above a baseline that sits a fifth of the line up,
        // lies 7 mm below the type area, as in the PDF.
        float dashAboveLineBottom = PageGeometry.PAGE_NUMBER_PT * (FOOTER_BASELINE + 1f / 3);
        mar.setFooter(BigInteger.valueOf(twipsFromMm(PageGeometry.BOTTOM_MM - PageGeometry.PAGE_NUMBER_GAP_MM)
                - Math.round(dashAboveLineBottom * TWIPS_PER_PT)));
        mar.setHeader(BigInteger.valueOf(twipsFromMm(15)));
        // CT_PageMar requires all seven margins: without w:gutter the part breaks the schema, which strict
        // readers answer with a repair prompt.
        mar.setGutter(BigInteger.ZERO);
        // GB/T 9704's grid, 22 lines of 28 characters, as Word's 文档网格 ("指定行和字符网格"): the line pitch in
        // twips, the character pitch as the difference from the Normal style's 16 pt in 1/4096 pt (a
        // hair under 156/28 mm, so rounding never leaves 27 to a line).
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        // Rounded down: 22 lines of 580 twips are more than the 225 mm type area, and Word and LibreOffice would set 21.
        grid.setLinePitch(BigInteger.valueOf((long) Math.floor(PageGeometry.LINE_PT * TWIPS_PER_PT)));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /** The grid's character pitch, as Word writes it: (pitch − 16 pt) × 4096. */
    static final long CHAR_SPACE = (long) Math.floor(
            ((PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM) - 0.1f) / PageGeometry.CHARS_PER_LINE - PageGeometry.BODY_PT) * 4096);

    /** Where Word and LibreOffice put the baseline of an exact-height line: this share of its height up from its bottom. */
    private static final float FOOTER_BASELINE = 0.2f;

    private static long twipsFromMm(float mm) {
        return Math.round(mm / 25.4 * 1440);
    }

    /** Odd pages: "— N —" right, one character in; even pages: left. */
    private static void addPageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumberFooter(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumberFooter(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumberFooter(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        offGrid(p);
        spacing(p, PageGeometry.PAGE_NUMBER_PT, 0, 0);
        p.setAlignment(alignment);
        int oneChar = Math.round(PageGeometry.PAGE_NUMBER_PT * TWIPS_PER_PT);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        run(p, "— ", FontRole.PAGE_NUMBER, PageGeometry.PAGE_NUMBER_PT);
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        fonts(instr, FontRole.PAGE_NUMBER);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldChar(p, STFldCharType.SEPARATE);
        run(p, "1", FontRole.PAGE_NUMBER, PageGeometry.PAGE_NUMBER_PT);
        fieldChar(p, STFldCharType.END);
        run(p, " —", FontRole.PAGE_NUMBER, PageGeometry.PAGE_NUMBER_PT);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        fonts(r, FontRole.PAGE_NUMBER);
        r.setFontSize(PageGeometry.PAGE_NUMBER_PT);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }
}
