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

    /** One line of a page: its text and where it starts and ends across the page, and its pieces with where each starts. */
    record Line(String text, float left, float right, float size, int page, List<Segment> segments) {
    }

    /** A run of text the PDF sets apart from its neighbours (a table's cell, on a row of cells). */
    record Segment(float x, float end, String text) {
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
        return withListTable(withoutRunningLines(lines));
    }

    /**
     * The text up to the 清单 table as paragraphs, the table (its header names 序号 and 事项) rebuilt
     * from where each piece of text stands: a row begins where the 序号 column holds a number, a
     * cell's wrapped lines join under the header cell they stand below; group rows (一、基本信息) and
     * the header repeated on later pages are left out. The table runs to the end of the document.
     */
    private static List<PublishedText.Block> withListTable(List<Line> lines) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.contains("序号") && t.contains("事项") && lines.get(i).segments().size() >= 3) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return paragraphs(lines);
        }
        List<PublishedText.Block> out = new ArrayList<>(paragraphs(lines.subList(0, header)));
        List<Segment> heads = lines.get(header).segments();
        // Header cells are centred, the cells below may not be: the columns are told apart by the
        // first full row (a number, then one piece per column).
        float[] anchors = new float[heads.size()];
        List<StringBuilder> names = new ArrayList<>();
        for (int c = 0; c < heads.size(); c++) {
            anchors[c] = c == 0 ? Float.NEGATIVE_INFINITY : (heads.get(c - 1).end() + heads.get(c).x()) / 2;
            names.add(new StringBuilder(heads.get(c).text().strip()));
        }
        for (Line l : lines.subList(header + 1, lines.size())) {
            List<Segment> segs = l.segments();
            if (segs.size() == heads.size() && segs.get(0).text().strip().matches("\\d{1,3}")) {
                for (int c = 1; c < segs.size(); c++) {
                    // Cells may be centred (公开情况, 责任部门): a column begins halfway between where the
                    // cell before it ends and where its own begins, so a shorter centred text still lands in it.
                    anchors[c] = (segs.get(c - 1).end() + segs.get(c).x()) / 2;
                }
                break;
            }
        }
        boolean repeated = false;
        List<List<String>> rows = new ArrayList<>();
        List<StringBuilder> row = null;
        boolean inHeader = true;
        for (Line l : lines.subList(header + 1, lines.size())) {
            if (l.text().contains("序号") && l.text().contains("事项")) {
                inHeader = true; // the header again, on the next page: its lines are not read again
                repeated = true;
                continue;
            }
            String first = l.segments().isEmpty() ? "" : l.segments().get(0).text().strip();
            boolean number = column(anchors, l.segments().get(0).x()) == 0 && first.matches("\\d{1,3}.*");
            boolean group = first.matches("^[一二三四五六七八九十]{1,3}、.*");
            if (group) {
                inHeader = false;
                if (row != null) {
                    rows.add(row.stream().map(b -> b.toString().strip()).toList());
                }
                row = null;
                continue;
            }
            if (number) {
                inHeader = false;
                if (row != null) {
                    rows.add(row.stream().map(b -> b.toString().strip()).toList());
                }
                row = new ArrayList<>();
                for (int c = 0; c < anchors.length; c++) {
                    row.add(new StringBuilder());
                }
            }
            List<StringBuilder> target = inHeader ? (repeated ? null : names) : row;
            if (target == null) {
                continue;
            }
            for (Segment seg : l.segments()) {
                int c = column(anchors, seg.x());
                String piece = seg.text().strip();
                if (c == 0 && number && piece.matches("\\d{1,3}\\S+")) {
                    // the number and the item's name ran together in one piece
                    String digits = piece.replaceAll("^(\\d{1,3}).*", "$1");
                    target.get(0).append(digits);
                    target.get(Math.min(1, anchors.length - 1)).append(piece.substring(digits.length()));
                    continue;
                }
                target.get(c).append(piece);
            }
        }
        if (row != null) {
            rows.add(row.stream().map(b -> b.toString().strip()).toList());
        }
        List<List<String>> table = new ArrayList<>();
        table.add(names.stream().map(StringBuilder::toString).toList());
        table.addAll(rows);
        out.add(new PublishedText.Table(table));
        return out;
    }

    /** The column a piece of text starting at {@code x} stands in: the last header cell starting at or left of it. */
    private static int column(float[] anchors, float x) {
        int c = 0;
        for (int i = 0; i < anchors.length; i++) {
            if (anchors[i] <= x) {
                c = i;
            }
        }
        return c;
    }

    /** Collects the lines of every page with their horizontal extent. */
    private static final class LineStripper extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Segment> segments = new ArrayList<>();
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
            // Pieces apart by more than half a character (two table cells the PDF set in one run) are two segments.
            StringBuilder piece = new StringBuilder();
            float start = 0;
            float end = 0;
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                boolean blank = u == null || u.isBlank();
                float gap = p.getXDirAdj() - end;
                if (!piece.isEmpty() && (blank || gap > Math.max(p.getWidthDirAdj(), 1f) * 0.5f)) {
                    segments.add(new Segment(start, end, piece.toString()));
                    piece.setLength(0);
                }
                if (blank) {
                    continue;
                }
                if (piece.isEmpty()) {
                    start = p.getXDirAdj();
                }
                piece.append(u);
                end = p.getXDirAdj() + p.getWidthDirAdj();
            }
            if (!piece.isEmpty()) {
                segments.add(new Segment(start, end, piece.toString()));
            }
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
                lines.add(new Line(t, left, right, size, getCurrentPageNo(), List.copyOf(segments)));
            }
            segments.clear();
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
