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
     * One line: glyphs {@code from} (inclusive) to {@code to} (exclusive) of the paragraph, the
     * extra space after each of its Chinese characters but the last (0 for a ragged or last line),
     * and the space taken away after some glyphs (glyph index → points) where full-width punctuation
     * is squeezed to fit the line (see {@link #lines}).
     */
    record Line(int from, int to, float stretch, java.util.Map<Integer, Float> squeeze) {
        Line {
            squeeze = java.util.Map.copyOf(squeeze);
        }

        Line(int from, int to, float stretch) {
            this(from, to, stretch, java.util.Map.of());
        }

        /** The space taken away after glyph {@code index}, 0 for most. */
        float squeezeAfter(int index) {
            return squeeze.getOrDefault(index, 0f);
        }
    }

    /** Full-width closing marks, whose blank half is on the right: squeezed by taking space away after them. */
    static final String CLOSING = "，。、；：？！）》」』”’〕】〉";
    /** Full-width opening marks, whose blank half is on the left: squeezed by taking space away before them. */
    static final String OPENING = "（《「『“‘〔【〈";

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
            // Only where the line could not break where it filled up (避头尾, or a piece that cannot be parted).
            int through = end < glyphs.size() && lastBreak > start && lastBreak < end ? nextBreak(glyphs, end) : -1;
            java.util.Map<Integer, Float> squeeze = through > 0 ? squeeze(glyphs, start, through, available, cellPitch) : java.util.Map.of();
            if (!squeeze.isEmpty()) {
                cut = through;
            }
            int visibleEnd = cut;
            while (visibleEnd > start && glyphs.get(visibleEnd - 1).codePoint() == ' ') {
                visibleEnd--;
            }
            boolean last = cut >= glyphs.size();
            float stretch = justify && !last && squeeze.isEmpty() ? stretch(glyphs, start, visibleEnd, available, cellPitch) : 0;
            lines.add(new Line(start, visibleEnd, stretch, squeeze));
            start = skipSpaces(glyphs, cut);
        }
        return lines;
    }

    /** About this many cells at most are won by squeezing a line's punctuation (four marks by half). */
    static final float MAX_SQUEEZE_CELLS = 2;

    /** The first place after glyph {@code end} where a line may break (or the paragraph's end). */
    private static int nextBreak(List<Glyph> glyphs, int end) {
        int j = end + 1;
        while (j < glyphs.size() && !mayBreakBefore(glyphs, j)) {
            j++;
        }
        return j;
    }

    /**
     * 避头尾 by squeezing instead of pushing down (the usual practice of Chinese typesetting, so the
     * line keeps its 28 characters, 撑满版心): where the line filled up but may only break earlier —
     * a closing mark would start the next line (…字，), an opening mark end this one (…“字), or a
     * piece such as 〔2021〕 cannot be parted — the glyphs up to the next break ({@code through}) are
     * taken onto the line as well when half the blank side of the line's full-width punctuation, the
     * last marks first, makes room for them (at most {@link #MAX_SQUEEZE_CELLS}). Returns the space to
     * take away after each glyph (an opening mark's is taken after the glyph before it), or nothing
     * when they do not fit so (the line then breaks earlier, as before).
     */
    private static java.util.Map<Integer, Float> squeeze(List<Glyph> glyphs, int start, int through, float available, float cellPitch) {
        float used = 0;
        for (int i = start; i < through; i++) {
            used += glyphs.get(i).advance();
        }
        float over = used - available;
        // A little over two cells still counts: four digits of Tinos are a hair wider than two cells.
        if (over > (MAX_SQUEEZE_CELLS + 0.25f) * cellPitch) {
            return java.util.Map.of();
        }
        java.util.Map<Integer, Float> squeeze = new java.util.HashMap<>();
        for (int i = through - 1; i >= start && over > ROUNDING; i--) {
            Glyph g = glyphs.get(i);
            int after = CLOSING.indexOf(g.codePoint()) >= 0 ? i : OPENING.indexOf(g.codePoint()) >= 0 && i > start ? i - 1 : -1;
            if (after < 0 || !g.cell() || !glyphs.get(after).cell() || squeeze.containsKey(after)) {
                continue;
            }
            float take = Math.min(cellPitch / 2, over);
            squeeze.put(after, take);
            over -= take;
        }
        return over > ROUNDING ? java.util.Map.of() : squeeze;
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
