package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.LibreOffice;
import org.nianbao.testing.PdfLines;
import org.nianbao.workspace.Workspace;

/**
 * The DOCX on GB/T 9704's grid: Word's 文档网格 declares 22 lines of 28 characters (read from the
 * XML as a reviewer opening document.xml would), and LibreOffice, laying the file out, gives the
 * same counts as our PDF, within one line a page.
 */
class DocxGridTest {
    /** A line that starts a heading: 六、…, （一）…. The sample's statistics tables (pages 4–6) and a heading
     *  moved whole to the next page leave fewer pages full of text than the text-only sample had. */
    private static final java.util.regex.Pattern HEADING_START = java.util.regex.Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)");
    private static final float MM = 72f / 25.4f;
    private static final float TYPE_LEFT = 28 * MM;
    private static final float TYPE_RIGHT = (28 + 156) * MM;
    private static final float TYPE_BOTTOM = (37 + 225) * MM;
    private static final float CELL = 156 * MM / 28;

    @TempDir
    Path dir;

    private Path sampleDocx() throws Exception {
        Path docx = dir.resolve("demo.docx");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(null, docx);
        return docx;
    }

    private static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static long attribute(String xml, String element, String attribute) {
        Matcher m = Pattern.compile("<w:" + element + "\\b[^>]*\\bw:" + attribute + "=\"(-?\\d+)\"").matcher(xml);
        assertThat(m.find()).as("w:%s/@w:%s in document.xml", element, attribute).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void wordsDocumentGridHolds22LinesOf28Characters() throws Exception {
        String xml = part(sampleDocx(), "word/document.xml");
        assertThat(Pattern.compile("<w:docGrid\\b[^>]*w:type=\"linesAndChars\"").matcher(xml).find()).as("w:docGrid linesAndChars").isTrue();
        long typeHeight = attribute(xml, "pgSz", "h") - attribute(xml, "pgMar", "top") - attribute(xml, "pgMar", "bottom");
        long typeWidth = attribute(xml, "pgSz", "w") - attribute(xml, "pgMar", "left") - attribute(xml, "pgMar", "right");
        long linePitch = attribute(xml, "docGrid", "linePitch");
        long charSpace = attribute(xml, "docGrid", "charSpace");
        assertThat(typeHeight / linePitch).as("lines a page (%d twips in lines of %d)", typeHeight, linePitch).isEqualTo(22);
        // Word's character pitch: the Normal style's size (16 pt, 3号) plus charSpace/4096 pt.
        String styles = part(sampleDocx(), "word/styles.xml");
        assertThat(Pattern.compile("w:default=\"(1|true)\"[\\s\\S]*?<w:sz w:val=\"32\"/>").matcher(styles).find()).as("Normal is 16 pt").isTrue();
        double pitch = 16 + charSpace / 4096.0;
        assertThat((int) Math.floor(typeWidth / 20.0 / pitch)).as("characters a line (pitch %.3f pt)", pitch).isEqualTo(28);
        // The title, table text and page number keep their own widths: off the grid.
        assertThat(xml.contains("<w:snapToGrid w:val=\"off\"/>")).as("w:snapToGrid off").isTrue();
    }

    @Test
    void libreOfficeSetsTheDocxAs22LinesOf28CharactersLikeOurPdf() throws Exception {
        Assumptions.assumeTrue(LibreOffice.installed(), "soffice is not installed here; .ci/run installs libreoffice-writer-nogui");
        Path pdf = LibreOffice.toPdf(sampleDocx(), dir);
        List<PdfLines.Line> lines = PdfLines.of(pdf);

        List<Integer> fullLines = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            if (Math.abs(line.size() - 16) < 0.5 && line.baseline() <= TYPE_BOTTOM + 1 && line.allFullWidth()
                    && line.right() >= TYPE_RIGHT - CELL / 2) {
                fullLines.add(Math.round((line.left() - TYPE_LEFT) / CELL) + line.glyphs().size());
            }
        }
        assertThat(fullLines).as("full lines of Chinese text").hasSizeGreaterThan(100)
                .allSatisfy(cells -> assertThat(cells).as("characters a line (避头尾 moves one down, or a closing mark hangs)").isBetween(27, 29));
        assertThat(fullLines.stream().filter(c -> c == 28).count()).as("lines of exactly 28").isGreaterThan(fullLines.size() * 3 / 4);

        Map<Integer, List<PdfLines.Line>> byPage = lines.stream().filter(l -> l.baseline() <= TYPE_BOTTOM + 1)
                .collect(Collectors.groupingBy(PdfLines.Line::page, TreeMap::new, Collectors.toList()));
        int signaturePage = byPage.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(l -> l.text().matches("2022.10.28.")))
                .map(Map.Entry::getKey).findFirst().orElse(Integer.MAX_VALUE);
        Map<Integer, Integer> rows = new TreeMap<>();
        byPage.forEach((page, onPage) -> {
            boolean table = onPage.stream().anyMatch(l -> l.size() < 15);
            // A page may end early where the next begins with a heading that moved with its text (the
            // measured document's text is all 东, so a heading shows as the next page's short first line).
            boolean headingMoved = byPage.containsKey(page + 1) && byPage.get(page + 1).stream()
                    .min(java.util.Comparator.comparingDouble(PdfLines.Line::baseline)).orElseThrow().glyphs().size() < 24;
            if (page > 1 && page < signaturePage - 1 && !table && !headingMoved) {
                rows.put(page, onPage.size());
            }
        });
        assertThat(rows).as("lines on each full page (page → lines)").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy((page, n) -> assertThat(n).as("page %d", page).isBetween(21, 22));
    }
}
