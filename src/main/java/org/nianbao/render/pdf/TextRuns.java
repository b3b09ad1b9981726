package org.nianbao.render.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
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

    private TextRuns() {
    }

    /** A paragraph of one role's text. */
    static Paragraph paragraph(String text, FontRole role, PdfFonts fonts) {
        return paragraph(List.of(new Run(text, role)), fonts);
    }

    /** A paragraph of runs (a run-in heading and the rest, say), each split into its fonts. */
    static Paragraph paragraph(List<Run> runs, PdfFonts fonts) {
        Paragraph p = new Paragraph().setFont(fonts.get(runs.get(0).role()));
        List<Segment> segments = segments(runs, fonts);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int following = i + 1 < segments.size() ? segments.get(i + 1).text().codePointAt(0) : -1;
            Text text = new Text(s.text()).setFont(fonts.get(s.role()));
            text.setProperty(Property.SPLIT_CHARACTERS, new ChineseSplitCharacters(following));
            if (fonts.emboldens(s.role())) {
                text.simulateBold();
            }
            p.add(text);
        }
        return p;
    }

    /** The width of one role's text as {@link #paragraph(String, FontRole, PdfFonts)} sets it. */
    static float width(String text, FontRole role, float size, PdfFonts fonts) {
        float width = 0;
        for (Segment s : segments(List.of(new Run(text, role)), fonts)) {
            width += fonts.get(s.role()).getWidth(s.text(), size);
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
