package org.nianbao.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the title breaks (GB/T 9704 §7.3.1: 回行时词意完整，排列对称，长短适宜): only between the
 * pieces the kind names (the institution, the year, 信息公开工作, 年度报告 …), on as few lines as
 * fit, and of those the break whose lines are closest in length, so the title reads in units and
 * stands as a trapezoid or a diamond. Both renderers use it, so PDF and DOCX break alike.
 */
public final class TitleLines {
    /** 2号 characters a line of the type area holds (156 mm at 22 pt: 20). */
    public static final int MAX_CELLS = (int) (PageGeometry.pt(PageGeometry.TYPE_WIDTH_MM) / PageGeometry.TITLE_PT);

    private TitleLines() {
    }

    /**
     * The title's lines: as the secretary broke them when she set it (a line too long for the type
     * area then wraps like any other), else chosen as below.
     */
    public static List<String> of(org.nianbao.compose.Block.Title title) {
        return title.asTyped() ? title.parts() : of(title.parts());
    }

    /** The title's lines, for a line of {@link #MAX_CELLS} characters. */
    public static List<String> of(List<String> parts) {
        return of(parts, MAX_CELLS * 2);
    }

    /** The title's lines; widths in half characters (a digit or Latin letter is one, a Chinese character two). */
    static List<String> of(List<String> parts, int maxHalves) {
        List<String> best = null;
        int bestSpread = Integer.MAX_VALUE;
        int n = parts.size();
        // Every way of grouping the pieces into lines (a title has a handful of pieces).
        for (int mask = 0; mask < 1 << Math.max(0, n - 1); mask++) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder(parts.isEmpty() ? "" : parts.get(0));
            for (int i = 1; i < n; i++) {
                if ((mask & (1 << (i - 1))) != 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(parts.get(i));
            }
            lines.add(line.toString());
            int longest = lines.stream().mapToInt(TitleLines::halves).max().orElse(0);
            int shortest = lines.stream().mapToInt(TitleLines::halves).min().orElse(0);
            if (longest > maxHalves) {
                continue;
            }
            int spread = longest - shortest;
            if (best == null || lines.size() < best.size() || (lines.size() == best.size() && spread < bestSpread)) {
                best = lines;
                bestSpread = spread;
            }
        }
        return best != null ? best : byCharacters(String.join("", parts), maxHalves);
    }

    /** A piece longer than a line (a very long institution name): lines of equal length, cut anywhere. */
    private static List<String> byCharacters(String text, int maxHalves) {
        int total = halves(text);
        int count = (total + maxHalves - 1) / maxHalves;
        int target = (total + count - 1) / count;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (halves(line.toString()) + halves(Character.toString(cp)) > target && lines.size() < count - 1) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    static int halves(String s) {
        return s.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
    }
}
