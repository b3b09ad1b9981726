package org.nianbao.published;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as paragraphs, the way Chinese is set: lines joined with no space between Chinese
 * characters (a space only between Latin words), a paragraph ending where a line stops short of
 * the right margin or the next one is indented; page numbers ("— 3 —", "第3页", "3/10") and lines
 * repeated at the top or bottom of most pages (running headers and footers) dropped.
 */
final class PdfReading {
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\u3000-\\u9fff\\uff00-\\uffef])\\s+(?=[\\u3000-\\u9fff\\uff00-\\uffef])");
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|附[：:件]).*");

    private PdfReading() {
    }

    /** One line of a page: its text and where it starts and ends across the page. */
    record Line(String text, float left, float right, float size, int page) {
    }

    static List<PublishedText.Block> read(String name, byte[] bytes) throws PublishedReportException {
        List<Line> lines;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            LineStripper stripper = new LineStripper();
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            lines = stripper.lines;
        } catch (InvalidPasswordException e) {
            throw new PublishedReportException("published.error.encrypted", name + " is encrypted", e, name);
        } catch (IOException | RuntimeException e) {
            throw new PublishedReportException("published.error.damaged", name + " is not a readable PDF: " + e.getMessage(), e, name);
        }
        return paragraphs(withoutRunningLines(lines));
    }

    /** Collects the lines of every page with their horizontal extent. */
    private static final class LineStripper extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = 0;
        private float size = 0;

        LineStripper() throws IOException {
            super();
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            if (!text.isEmpty() && !positions.isEmpty()) {
                text.append(' ');
            }
            text.append(string);
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                size = Math.max(size, p.getWidthDirAdj());
            }
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
            flush();
        }

        private void flush() {
            // Justified Chinese lines come out letter-spaced: no space belongs between two Chinese characters.
            String t = CJK_GAP.matcher(text.toString().strip()).replaceAll("");
            if (!t.isEmpty()) {
                lines.add(new Line(t, left, right, size, getCurrentPageNo()));
            }
            text.setLength(0);
            left = Float.MAX_VALUE;
            right = 0;
            size = 0;
        }
    }

    /** Drops page numbers and lines that stand at the top or bottom of at least half of the pages. */
    private static List<Line> withoutRunningLines(List<Line> lines) {
        Map<Integer, List<Line>> byPage = new HashMap<>();
        lines.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        Map<String, Integer> edgeCount = new HashMap<>();
        for (List<Line> page : byPage.values()) {
            for (Line l : List.of(page.get(0), page.get(page.size() - 1))) {
                edgeCount.merge(l.text().replaceAll("\\d+", "#"), 1, Integer::sum);
            }
        }
        int pages = byPage.size();
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (PublishedReader.PAGE_NUMBER.matcher(l.text()).matches()) {
                continue;
            }
            List<Line> page = byPage.get(l.page());
            boolean edge = l == page.get(0) || l == page.get(page.size() - 1);
            if (pages >= 3 && edge && edgeCount.getOrDefault(l.text().replaceAll("\\d+", "#"), 0) * 2 >= pages + 1) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** Joins lines into paragraphs by the shape of the text block. */
    private static List<PublishedText.Block> paragraphs(List<Line> lines) {
        List<PublishedText.Block> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        float margin = Float.MAX_VALUE;
        float full = 0;
        for (Line l : lines) {
            margin = Math.min(margin, l.left());
            full = Math.max(full, l.right());
        }
        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        for (Line l : lines) {
            float em = l.size() > 0 ? l.size() : 10;
            boolean indented = l.left() > margin + em * 1.2f;
            boolean previousShort = previous != null && previous.right() < full - (previous.size() > 0 ? previous.size() : 10) * 1.5f;
            boolean heading = HEADING.matcher(l.text()).matches();
            boolean newPage = previous != null && previous.page() != l.page();
            if (previous != null && (indented || heading || (previousShort && !newPage) || previousHeading(previous))) {
                out.add(new PublishedText.Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            join(paragraph, l.text());
            previous = l;
        }
        out.add(new PublishedText.Paragraph(paragraph.toString()));
        return out;
    }

    private static boolean previousHeading(Line previous) {
        return HEADING.matcher(previous.text()).matches() && previous.text().length() <= 30 && !previous.text().endsWith("，");
    }

    /** No space where a line break fell between Chinese characters; one between Latin words. */
    private static void join(StringBuilder paragraph, String line) {
        if (paragraph.isEmpty()) {
            paragraph.append(line);
            return;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        char first = line.charAt(0);
        if (isLatin(last) && isLatin(first)) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
