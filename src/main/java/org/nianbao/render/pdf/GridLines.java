package org.nianbao.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.render.fonts.FontRole;

/**
 * Breaks body text into lines on the page's character grid, as GB/T 9704 sets it, instead of
 * leaving it to iText: every Chinese character takes one cell (28 to a line), lines break where
 * Chinese typesetting allows (避头尾), long Latin runs such as URLs and e-mail addresses break after
 * {@code / . - _ @} with no hyphen added, and a justified line's gaps widen only a little: a line
 * that would need more (before a word that cannot be broken) stays ragged instead of letter-spaced.
 */
final class GridLines {
    /**
     * A justified line's gaps may widen by at most this share of a character. Readers' text extraction
     * (PDFBox, poppler) takes a gap of about an eighth of a character for a space, which would break
     * copying and searching ("文 件 要 求"); a tenth stays below that.
     */
    static final float MAX_STRETCH = 0.1f;

    /** One character to set: its font role, whether it is a grid cell (Chinese), and its advance in points. */
    record Glyph(int codePoint, FontRole role, boolean cell, float advance) {
        String text() {
            return Character.toString(codePoint);
        }
    }

    /**
     * One line: glyphs {@code from} (inclusive) to {@code to} (exclusive) of the paragraph, and the
     * extra space after each of its Chinese characters but the last (0 for a ragged or last line).
     */
    record Line(int from, int to, float stretch) {
    }

    /** 28 cells add up to the line's width; float sums may miss it by a few millionths. */
    private static final float ROUNDING = 0.01f;

    private GridLines() {
    }

    /**
     * Greedy line breaking: each line takes as much as fits {@code width} ({@code firstWidth} for the
     * first), breaking only where allowed; a piece that cannot break and is wider than a line is cut
     * where the line is full. Spaces at a break are dropped.
     *
     * @param cellPitch the grid's character pitch, which bounds how far a justified line may stretch
     */
    static List<Line> lines(List<Glyph> glyphs, float firstWidth, float width, boolean justify, float cellPitch) {
        List<Line> lines = new ArrayList<>();
        int start = skipSpaces(glyphs, 0);
        while (start < glyphs.size()) {
            float available = lines.isEmpty() ? firstWidth : width;
            float used = 0;
            int end = start;        // exclusive end of what fits
            int lastBreak = -1;     // exclusive end of the line at the last break opportunity that fits
            while (end < glyphs.size() && used + glyphs.get(end).advance() <= available + ROUNDING) {
                used += glyphs.get(end).advance();
                end++;
                if (end < glyphs.size() && mayBreakBefore(glyphs, end)) {
                    lastBreak = end;
                }
            }
            int cut;
            if (end >= glyphs.size()) {
                cut = glyphs.size();
            } else if (lastBreak > start) {
                cut = lastBreak;
            } else {
                // Nothing breakable fits: cut where the line is full (at least one glyph, so it ends).
                cut = Math.max(end, start + 1);
            }
            int visibleEnd = cut;
            while (visibleEnd > start && glyphs.get(visibleEnd - 1).codePoint() == ' ') {
                visibleEnd--;
            }
            boolean last = cut >= glyphs.size();
            float stretch = justify && !last ? stretch(glyphs, start, visibleEnd, available, cellPitch) : 0;
            lines.add(new Line(start, visibleEnd, stretch));
            start = skipSpaces(glyphs, cut);
        }
        return lines;
    }

    /** The extra space after each Chinese character but the line's last that fills the line, or 0 if that is too much. */
    private static float stretch(List<Glyph> glyphs, int from, int to, float available, float cellPitch) {
        float used = 0;
        int gaps = 0;
        for (int i = from; i < to; i++) {
            used += glyphs.get(i).advance();
            if (glyphs.get(i).cell() && i < to - 1) {
                gaps++;
            }
        }
        float free = available - used;
        if (gaps == 0 || free <= 0) {
            return 0;
        }
        float each = free / gaps;
        return each <= MAX_STRETCH * cellPitch ? each : 0;
    }

    private static int skipSpaces(List<Glyph> glyphs, int i) {
        while (i < glyphs.size() && glyphs.get(i).codePoint() == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a line may end before glyph {@code i} (and after glyph {@code i - 1}). */
    static boolean mayBreakBefore(List<Glyph> glyphs, int i) {
        int c = glyphs.get(i - 1).codePoint();
        int next = glyphs.get(i).codePoint();
        if (ChineseSplitCharacters.NO_LINE_END.indexOf(c) >= 0 || ChineseSplitCharacters.NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (c == ' ' || next == ' ') {
            return next != ' ';
        }
        if (ChineseSplitCharacters.isCjk(c) || ChineseSplitCharacters.isCjk(next)) {
            // Not inside a run of dashes or ellipses (——, ……), which are one mark.
            return !(c == next && (c == '—' || c == '…'));
        }
        return breaksInsideLatin(glyphs, i, c, next);
    }

    /**
     * Inside a run of Latin letters and digits a line breaks only after a URL's or an address's
     * separators: always after {@code / _ @}, after {@code .} before a letter (not in 96.8), after
     * {@code -} next to a letter (dongou-vtc, not 2021-2022 or 0577-8800).
     */
    private static boolean breaksInsideLatin(List<Glyph> glyphs, int i, int c, int next) {
        if (!isLatinWordChar(next)) {
            return false;
        }
        int before = i >= 2 ? glyphs.get(i - 2).codePoint() : -1;
        return switch (c) {
            case '/' -> true;
            case '_', '@' -> true;
            case '.' -> Character.isLetter(next);
            case '-' -> Character.isLetter(next) || (before >= 0 && Character.isLetter(before));
            default -> false;
        };
    }

    private static boolean isLatinWordChar(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
