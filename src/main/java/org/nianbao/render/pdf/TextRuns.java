package org.nianbao.render.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.LineHeight;
import com.itextpdf.layout.properties.Property;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.render.fonts.FontRole;

/**
 * Text in the fonts GB/T 9704 asks for: Chinese in the role's font, digits and Latin letters in
 * the Times New Roman-style font beside it. iText breaks lines run by run, asking each run alone
 * whether a line may end after its last glyph; every run here is told the character that follows
 * it, so "2022" + "，" never puts the comma at the start of a line (避头尾 across font changes).
 */
final class TextRuns {
    /** Text meant for one font role, before digits and Latin letters are split off. */
    record Run(String text, FontRole role) {
    }

    /** A stretch drawn in one font. */
    private record Segment(String text, FontRole role) {
    }

    /** A run's own line box, in font sizes: inside every line pitch the renderer uses (1.25 and more). */
    private static final float RUN_LINE_HEIGHT = 1f;
    /**
     * How much narrower than the type area grid lines are filled: iText measures a line's last glyph
     * without the (negative) grid spacing, so a line filled to the last hundredth would wrap again.
     */
    static final float LINE_SLACK = 0.5f;

    private TextRuns() {
    }

    /** A paragraph of one role's text, set with the fonts' own character widths. */
    static Paragraph paragraph(String text, FontRole role, PdfFonts fonts) {
        return paragraph(List.of(new Run(text, role)), fonts, 0);
    }

    /** A paragraph of one role's text on the character grid: {@code cjkSpacing} after each Chinese character. */
    static Paragraph paragraph(String text, FontRole role, PdfFonts fonts, float cjkSpacing) {
        return paragraph(List.of(new Run(text, role)), fonts, cjkSpacing);
    }

    /**
     * A paragraph of runs (a run-in heading and the rest, say), each split into its fonts. Its line
     * pitch is the paragraph's own (the line box of its body font, a "strut"): every run's box is set
     * smaller than that, so no font's ascent or descent (Tinos beside 仿宋, say) can push a line down.
     */
    static Paragraph paragraph(List<Run> runs, PdfFonts fonts, float cjkSpacing) {
        Paragraph p = new Paragraph().setFont(fonts.get(FontRole.BODY));
        List<Segment> segments = segments(runs, fonts);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int following = i + 1 < segments.size() ? segments.get(i + 1).text().codePointAt(0) : -1;
            Text text = new Text(s.text()).setFont(fonts.get(s.role()));
            text.setProperty(Property.LINE_HEIGHT, LineHeight.createMultipliedValue(RUN_LINE_HEIGHT));
            if (cjkSpacing != 0 && !s.role().isLatin()) {
                text.setCharacterSpacing(cjkSpacing);
            }
            text.setProperty(Property.SPLIT_CHARACTERS, new ChineseSplitCharacters(following));
            if (fonts.emboldens(s.role())) {
                text.simulateBold();
            }
            p.add(text);
        }
        return p;
    }

    /**
     * Body text on the character grid, broken into lines here (see {@link GridLines}) and handed to
     * iText one line per {@link Paragraph}, so iText neither re-breaks nor letter-spaces it (a forced
     * line break inside one iText paragraph would leave a space character at the end of each line in
     * the text a reader copies). Chinese characters advance by the grid's pitch ({@code cjkSpacing}
     * after each); justified lines widen only their Chinese gaps, and only a little.
     *
     * @param width       the type area's width; lines are filled to a hair less, so iText never wraps them again
     * @param firstIndent the first line's indent
     * @param restIndent  the indent of the lines after it (a hanging indent, or 0)
     * @return the lines, indented; the caller sets their pitch
     */
    static List<Paragraph> gridLines(List<Run> runs, PdfFonts fonts, float size, float cjkSpacing, float width,
            float firstIndent, float restIndent, boolean justify) {
        List<GridLines.Glyph> glyphs = new ArrayList<>();
        for (Segment s : segments(runs, fonts)) {
            boolean cells = !s.role().isLatin();
            var font = fonts.get(s.role());
            s.text().codePoints().forEach(cp -> glyphs.add(new GridLines.Glyph(cp, s.role(), cells,
                    font.getWidth(Character.toString(cp), size) + (cells ? cjkSpacing : 0))));
        }
        float usable = width - LINE_SLACK;
        float pitch = size + cjkSpacing;
        List<Paragraph> out = new ArrayList<>();
        for (GridLines.Line line : GridLines.lines(glyphs, usable - firstIndent, usable - restIndent, justify, pitch)) {
            Paragraph p = new Paragraph().setFont(fonts.get(FontRole.BODY)).setFontSize(size)
                    .setFirstLineIndent(out.isEmpty() ? firstIndent : restIndent);
            int from = line.from();
            while (from < line.to()) {
                GridLines.Glyph first = glyphs.get(from);
                float spacing = spacing(first, from, line, cjkSpacing);
                StringBuilder text = new StringBuilder();
                int to = from;
                while (to < line.to() && glyphs.get(to).role() == first.role()
                        && spacing(glyphs.get(to), to, line, cjkSpacing) == spacing) {
                    text.appendCodePoint(glyphs.get(to).codePoint());
                    to++;
                }
                int following = to < glyphs.size() ? glyphs.get(to).codePoint() : -1;
                p.add(text(text.toString(), first.role(), fonts, spacing, following));
                from = to;
            }
            out.add(p);
        }
        if (out.isEmpty()) {
            out.add(new Paragraph().setFont(fonts.get(FontRole.BODY)).setFontSize(size));
        }
        return out;
    }

    /**
     * What iText adds after a glyph of this line: the grid's spacing after Chinese, plus the line's
     * stretch but after its last glyph, less what squeezing punctuation takes away there.
     */
    private static float spacing(GridLines.Glyph g, int index, GridLines.Line line, float cjkSpacing) {
        if (!g.cell()) {
            return 0;
        }
        return (index < line.to() - 1 ? cjkSpacing + line.stretch() : cjkSpacing) - line.squeezeAfter(index);
    }

    private static Text text(String s, FontRole role, PdfFonts fonts, float spacing, int following) {
        Text text = new Text(s).setFont(fonts.get(role));
        text.setProperty(Property.LINE_HEIGHT, LineHeight.createMultipliedValue(RUN_LINE_HEIGHT));
        if (spacing != 0) {
            text.setCharacterSpacing(spacing);
        }
        text.setProperty(Property.SPLIT_CHARACTERS, new ChineseSplitCharacters(following));
        if (fonts.emboldens(role)) {
            text.simulateBold();
        }
        return text;
    }

    /** The width of one role's text as {@link #paragraph(String, FontRole, PdfFonts, float)} sets it. */
    static float width(String text, FontRole role, float size, PdfFonts fonts, float cjkSpacing) {
        float width = 0;
        for (Segment s : segments(List.of(new Run(text, role)), fonts)) {
            width += fonts.get(s.role()).getWidth(s.text(), size);
            if (!s.role().isLatin()) {
                width += cjkSpacing * s.text().codePointCount(0, s.text().length());
            }
        }
        return width;
    }

    /** Whether the character is drawn by the role's Latin companion rather than by the role's own font. */
    static boolean drawnAsLatin(int codePoint, FontRole role, PdfFonts fonts) {
        FontRole latin = role.latin();
        return latin != role && codePoint >= 0x20 && codePoint <= 0x7E && fonts.draws(latin, codePoint);
    }

    private static List<Segment> segments(List<Run> runs, PdfFonts fonts) {
        List<Segment> segments = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            int start = 0;
            boolean latin = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean l = drawnAsLatin(cp, run.role(), fonts);
                if (i > start && l != latin) {
                    segments.add(new Segment(text.substring(start, i), latin ? run.role().latin() : run.role()));
                    start = i;
                }
                latin = l;
                i += Character.charCount(cp);
            }
            if (start < text.length()) {
                segments.add(new Segment(text.substring(start), latin ? run.role().latin() : run.role()));
            }
        }
        return segments;
    }
}
