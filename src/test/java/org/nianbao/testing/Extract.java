package org.nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads exported files back with real readers: PDFBox for PDF, POI for DOCX. */
public final class Extract {
    private Extract() {
    }

    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * Text in reading position order (top to bottom, left to right), for PDFs written by other
     * programs that draw a line's glyph runs out of order (LibreOffice draws CJK quotes apart).
     */
    public static String pdfTextByPosition(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).lines()
                    .filter(line -> !line.strip().matches("— \\d+ —|—\\s*\\d+\\s*—"))
                    .collect(Collectors.joining());
        }
    }

    /**
     * PDF text without page numbers and line breaks, so sentences that wrap across lines and pages
     * can be searched whole.
     */
    public static String pdfTextJoined(Path pdf) throws IOException {
        return pdfText(pdf).lines()
                .filter(line -> !line.strip().matches("—\\s*\\d+\\s*—"))
                .collect(Collectors.joining());
    }

    /**
     * The fonts (names without the subset tag, e.g. "NotoSerifSC-Bold") that draw each character of
     * the first place where {@code text} appears in the PDF, in order; empty when it does not appear.
     */
    public static List<String> pdfFontsOf(Path pdf, String text) throws IOException {
        StringBuilder chars = new StringBuilder();
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String name = p.getFont().getName();
                        for (int i = 0; i < p.getUnicode().length(); i++) {
                            chars.append(p.getUnicode().charAt(i));
                            fonts.add(name.substring(name.indexOf('+') + 1));
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        int at = chars.indexOf(text);
        return at < 0 ? List.of() : List.copyOf(fonts.subList(at, at + text.length()));
    }

    public static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }
}
