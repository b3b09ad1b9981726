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
import org.nianbao.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
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
            doc.write(out);
        }
    }

    private static XWPFParagraph addBlock(XWPFDocument doc, Block block) {
        if (block instanceof Block.Title t) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.TITLE);
            p.setAlignment(ParagraphAlignment.CENTER);
            spacing(p, PageGeometry.LINE_PT * 1.25f, 0, PageGeometry.LINE_PT);
            run(p, t.text(), FontRole.TITLE, PageGeometry.TITLE_PT);
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
        for (int c = 0; c < cols; c++) {
            long w = Math.round(typeWidth * t.widths().get(c) / total);
            grid.getGridColArray(c).setW(BigInteger.valueOf(w));
            for (int r = 0; r < t.rows().size(); r++) {
                if (c < t.rows().get(r).size() && t.rows().get(r).get(c).colspan() == 1) {
                    table.getRow(r).getCell(c).setWidth(String.valueOf(w));
                }
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < t.headerRows();
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<Block.Table.Cell> cells = t.rows().get(r);
            for (int c = cols - 1; c >= cells.size(); c--) {
                row.removeCell(c);
            }
            for (int c = 0; c < cells.size(); c++) {
                Block.Table.Cell cell = cells.get(c);
                XWPFTableCell xc = row.getCell(c);
                if (cell.colspan() > 1) {
                    xc.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                XWPFParagraph p = xc.getParagraphs().get(0);
                p.setStyle(DocxStyles.TABLE);
                p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                spacing(p, PageGeometry.TABLE_LINE_PT, 0, 0);
                run(p, cell.text(), header || cell.group() ? FontRole.HEADING1 : FontRole.BODY, PageGeometry.TABLE_PT);
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
        }
        spacing(p, PageGeometry.LINE_PT, 0, 0);
        // Like the PDF: punctuation never hangs into the margin; the line breaks before it instead (避头尾).
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewOverflowPunct().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        return p;
    }

    private static void spacing(XWPFParagraph p, float linePt, float beforePt, float afterPt) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(Math.round(linePt * TWIPS_PER_PT)));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.valueOf(Math.round(beforePt * TWIPS_PER_PT)));
        sp.setAfter(BigInteger.valueOf(Math.round(afterPt * TWIPS_PER_PT)));
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
        f.setAscii(FontRole.LATIN_FAMILY);
        f.setHAnsi(FontRole.LATIN_FAMILY);
        f.setCs(FontRole.LATIN_FAMILY);
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
        // The footer's baseline sits 7 mm below the type area, as in the PDF.
        mar.setFooter(BigInteger.valueOf(twipsFromMm(PageGeometry.BOTTOM_MM - PageGeometry.PAGE_NUMBER_GAP_MM)
                - Math.round(PageGeometry.PAGE_NUMBER_PT * TWIPS_PER_PT)));
        mar.setHeader(BigInteger.valueOf(twipsFromMm(15)));
        // CT_PageMar requires all seven margins: without w:gutter the part breaks the schema, which strict
        // readers answer with a repair prompt.
        mar.setGutter(BigInteger.ZERO);
    }

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
