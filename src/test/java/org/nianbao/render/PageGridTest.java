package org.nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.PdfLines;
import org.nianbao.workspace.Workspace;

/**
 * The body text on GB/T 9704's grid, measured as a reviewer measures it (text positions from the
 * PDF): 28 characters a full line across the 156 mm type area, 22 lines a full page whatever fonts a
 * line holds, and justified lines that never letter-space.
 */
class PageGridTest {
    /** A line that starts a heading: 六、…, （一）…. The sample's statistics tables (pages 4–6) and a heading
     *  moved whole to the next page leave fewer pages full of text than the text-only sample had. */
    private static final java.util.regex.Pattern HEADING_START = java.util.regex.Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)");
    /** The standard's figures, restated here so the test does not trust the code under test. */
    private static final float MM = 72f / 25.4f;
    private static final float TYPE_LEFT = 28 * MM;
    private static final float TYPE_RIGHT = (28 + 156) * MM;
    private static final float TYPE_BOTTOM = (37 + 225) * MM;
    private static final float CELL = 156 * MM / 28;
    private static final float LINE = 225 * MM / 22;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】";
    private static final String NO_LINE_END = "（《「『“‘〔【";

    @TempDir
    Path dir;

    @Test
    void everyFullLineOfTheSampleHolds28CharactersAndEveryFullPage22Lines() throws Exception {
        Path pdf = dir.resolve("demo.pdf");
        Workspace.standard().open(Path.of("samples", "demo.nianbao")).export(pdf, null);
        List<PdfLines.Line> lines = PdfLines.of(pdf);

        List<String> wrong = new ArrayList<>();
        int full = 0;
        int squeezed = 0;
        int short27 = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            if (!isBody(line) || !line.allFullWidth() || line.right() < TYPE_RIGHT - CELL / 2) {
                continue;
            }
            full++;
            float cells = cells(line);
            PdfLines.Line next = lines.get(i + 1);
            // 避头尾: a closing mark may not start the next line, an opening one may not end this one. The
            // 28th character is not pushed down for it: full-width punctuation gives up half its blank side
            // (two marks a cell) so the line holds it, as Chinese typesetting does. Only a line without two
            // marks to squeeze (counting the character it would take from the next line) may stay one short.
            String following = next.text();
            boolean pushed = isBody(next) && (NO_LINE_START.indexOf(following.charAt(0)) >= 0
                    || NO_LINE_END.indexOf(following.charAt(0)) >= 0
                    || (following.length() > 1 && NO_LINE_START.indexOf(following.charAt(1)) >= 0));
            if (cells != 28 && pushed && cells == 27) {
                short27++;
            }
            if (line.glyphs().size() > 28) {
                squeezed++;
            }
            boolean noRoomToSqueeze = marks(line.text() + following.charAt(0)) < 2;
            if (cells != 28 && !(pushed && cells == 27 && noRoomToSqueeze)) {
                wrong.add(cells + " cells: " + line.text());
            }
        }
        System.out.printf("PageGridTest: %d full lines, %d with a squeezed mark (29 characters in 28 cells), %d left one short%n",
                full, squeezed, short27);
        assertThat(full).as("full lines of Chinese text in the sample").isGreaterThan(100);
        assertThat(wrong).as("full lines that do not hold 28 characters").isEmpty();

        int signaturePage = lines.stream().filter(l -> l.text().equals("2022年10月28日")).findFirst().orElseThrow().page();
        Map<Integer, List<PdfLines.Line>> byPage = lines.stream().filter(PageGridTest::inTypeArea)
                .collect(Collectors.groupingBy(PdfLines.Line::page, TreeMap::new, Collectors.toList()));
        Map<Integer, Integer> counts = new TreeMap<>();
        for (var page : byPage.entrySet()) {
            boolean table = page.getValue().stream().anyMatch(l -> l.size() < 15);
            // The page before the signature's may end early: the last paragraph moves over with the signature.
            // A page followed by one that starts with a heading may end early: headings never end a page.
            boolean headingMoved = byPage.containsKey(page.getKey() + 1)
                    && HEADING_START.matcher(byPage.get(page.getKey() + 1).stream().min(java.util.Comparator.comparingDouble(PdfLines.Line::baseline)).orElseThrow().text().replaceAll("\\s", "")).find();
            if (page.getKey() < signaturePage - 1 && !table && !headingMoved) {
                List<PdfLines.Line> onPage = page.getValue();
                // The title's lines and the blank line under it take rows of the grid like body lines.
                long titleRows = onPage.stream().filter(l -> l.size() > 20).count();
                counts.put(page.getKey(), (int) (onPage.size() + (titleRows > 0 ? 1 : 0)));
            }
        }
        assertThat(counts).as("rows of the grid on each full page (page → rows)").hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy((page, rows) -> assertThat(rows).as("page %d", page).isEqualTo(22));
    }

    @Test
    void linesHoldingDigitsLatinLettersAndUrlsKeepTheFixedPitchAndNeverLetterSpace() throws Exception {
        String prose = String.join("\n\n",
                "本学年学校信息公开网（https://xxgk.example-university.edu.cn/info/2022/notice_list.html）发布信息190条，"
                        + "电子邮箱xinxigongkai.office@example-university.edu.cn受理咨询，咨询电话0577-8800 1234，"
                        + "统一社会信用代码12330000470000123X，项目编号ZJ2022-0815-0042-B，经费共计1234567.89元。",
                "学校官网发布新闻612条，校园网发布通知248条，二级单位网站发布信息1530余条，微信公众号推送356篇，"
                        + "视频号和抖音账号发布86条，2021年9月1日至2022年8月31日共召开会议46次，满意度为96.8%。");
;
        StringBuilder more = new StringBuilder(prose);
        for (int k = 0; k < 6; k++) {
            more.append("\n\n").append(prose);
        }
        Path pdf = dir.resolve("latin.pdf");
        Workspace ws = Workspace.standard();
        ws.create(dir.resolve("r.nianbao"), Fixtures.project(ws).withProse("other", more.toString()), false).export(pdf, null);
        List<PdfLines.Line> lines = PdfLines.of(pdf);

        List<String> spread = new ArrayList<>();
        List<String> offGrid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            if (!isBody(line)) {
                continue;
            }
            if (line.widestStep() > 1.3f * CELL) {
                spread.add(String.format("%.1f pt: %s", line.widestStep(), line.text()));
            }
            PdfLines.Line previous = i > 0 ? lines.get(i - 1) : null;
            if (previous != null && isBody(previous) && previous.page() == line.page()) {
                float rows = (line.baseline() - previous.baseline()) / LINE;
                if (Math.abs(rows - Math.round(rows)) > 0.01f) {
                    offGrid.add(String.format("%.2f pt after the line before: %s", line.baseline() - previous.baseline(), line.text()));
                }
            }
        }
        assertThat(spread).as("lines whose characters are spread wider than 1.3 characters").isEmpty();
        assertThat(offGrid).as("lines off the fixed line pitch").isEmpty();
        String text = lines.stream().map(PdfLines.Line::text).collect(Collectors.joining("\n"));
        // The long address breaks at one of its separators (no hyphen added); short numbers stay whole.
        assertThat(text).containsPattern("(https://|/|\\.|-|_)\n[a-z0-9]")
                .doesNotContain("-\n2022").doesNotContain("96.\n8").doesNotContain("2021\n-");
    }

    /** Body text: 3号 (16 pt) inside the type area (not the title, a table or the page number). */
    private static boolean isBody(PdfLines.Line line) {
        return Math.abs(line.size() - 16) < 0.5 && inTypeArea(line);
    }

    private static boolean inTypeArea(PdfLines.Line line) {
        return line.baseline() <= TYPE_BOTTOM + 1;
    }

    /**
     * Cells from the type area's left edge: the indent's, then each character's to the next one (a
     * squeezed mark takes half a cell), and the last one's to the right edge, in half cells.
     */
    private static float cells(PdfLines.Line line) {
        List<PdfLines.Glyph> g = line.glyphs();
        float cells = Math.round((line.left() - TYPE_LEFT) / CELL);
        for (int i = 0; i + 1 < g.size(); i++) {
            cells += halves((g.get(i + 1).x() - g.get(i).x()) / CELL);
        }
        return cells + Math.max(0.5f, Math.min(1f, halves((TYPE_RIGHT - g.get(g.size() - 1).x()) / CELL)));
    }

    private static float halves(float cells) {
        return Math.round(cells * 2) / 2f;
    }

    /** Full-width punctuation marks, each of which may give up half a cell. */
    private static int marks(String text) {
        return (int) text.codePoints().filter(c -> NO_LINE_START.indexOf(c) >= 0 || NO_LINE_END.indexOf(c) >= 0).count();
    }
}
