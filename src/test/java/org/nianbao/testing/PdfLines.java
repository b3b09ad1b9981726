package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text lines as a reviewer measures them with {@code pdftotext -bbox}: glyphs grouped by
 * baseline, page by page, with each glyph's position and advance (in points, y from the page top).
 */
public final class PdfLines {
    /** One drawn character. */
    public record Glyph(String text, float x, float width, float size) {
        public float right() {
            return x + width;
        }

        /** A Han character or full-width punctuation: one cell of the 28-character grid. */
        public boolean fullWidth() {
            int c = text.codePointAt(0);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
        }
    }

    /** One line: its baseline (from the page top) and its glyphs left to right. */
    public record Line(int page, float baseline, List<Glyph> glyphs) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        public float left() {
            return glyphs.get(0).x();
        }

        public float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        public boolean allFullWidth() {
            return glyphs.stream().allMatch(Glyph::fullWidth);
        }

        public float size() {
            return glyphs.get(0).size();
        }

        /** The widest step from one glyph's left edge to the next one's. */
        public float widestStep() {
            float widest = 0;
            for (int i = 1; i < glyphs.size(); i++) {
                widest = Math.max(widest, glyphs.get(i).x() - glyphs.get(i - 1).x());
            }
            return widest;
        }
    }

    private PdfLines() {
    }

    /** Every text line of every page (page numbers included), top to bottom. */
    public static List<Line> of(Path pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                Map<Integer, List<Glyph>> byBaseline = new TreeMap<>();
                Map<Integer, Float> baselines = new TreeMap<>();
                int p = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        if (t.getUnicode().isBlank()) {
                            return;
                        }
                        // Baselines within a quarter point are one line (fonts of one line share a baseline).
                        int key = Math.round(t.getYDirAdj() * 4);
                        Integer found = baselines.keySet().stream().filter(k -> Math.abs(k - key) <= 1).findFirst().orElse(key);
                        baselines.putIfAbsent(found, t.getYDirAdj());
                        byBaseline.computeIfAbsent(found, k -> new ArrayList<>())
                                .add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt()));
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                for (var e : byBaseline.entrySet()) {
                    List<Glyph> glyphs = new ArrayList<>(e.getValue());
                    glyphs.sort(Comparator.comparing(Glyph::x));
                    lines.add(new Line(p, baselines.get(e.getKey()), List.copyOf(glyphs)));
                }
            }
        }
        return lines;
    }
}
