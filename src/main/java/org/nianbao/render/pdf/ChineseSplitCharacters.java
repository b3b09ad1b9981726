package org.nianbao.render.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where iText may break a line in Chinese text, with the 避头尾 rules iText lacks: no line starts
 * with closing punctuation (，。、；：？！）》」』” …) and none ends with an opening one (（《「『“ …).
 * A break is allowed after any CJK character, between CJK and Latin text, and at spaces, unless
 * those rules forbid it; "2021-2022" is never split at its hyphen, URLs only after a slash.
 */
public final class ChineseSplitCharacters implements ISplitCharacters {
    /** Characters that may not start a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉％‰℃·…—,.;:?!)]}%";
    /** Characters that may not end a line. */
    static final String NO_LINE_END = "（《「『“‘〔【〈([{";

    private final DefaultSplitCharacters latin = new DefaultSplitCharacters();
    private final int following;

    /** For text that is a paragraph of its own. */
    public ChineseSplitCharacters() {
        this(-1);
    }

    /**
     * For one run of a paragraph set in several fonts: iText asks each run alone whether a line may
     * break after its last glyph, so the run must know the character that follows it
     * ({@code following}, -1 at the paragraph's end) or "2022" + "，" could put the comma first on a line.
     */
    public ChineseSplitCharacters(int following) {
        this.following = following;
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int c = unicode(text.get(glyphPos));
        if (c < 0 || NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        // size(), not getEnd(): the part of a run already placed on a line ends early, the run does not.
        int next = glyphPos + 1 < text.size() ? unicode(text.get(glyphPos + 1)) : following;
        if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (isCjk(c) || (next >= 0 && isCjk(next))) {
            return true;
        }
        // Between Latin letters and digits only a space breaks: "2021-2022" and URLs stay whole
        // unless they cannot fit a line, in which case iText breaks them anyway.
        // A URL may break after a slash (only where it must: iText prefers the last split point that fits).
        return (c == ' ' || c == '/') && (c == '/' || latin.isSplitCharacter(text, glyphPos));
    }

    private static int unicode(Glyph g) {
        return g.hasValidUnicode() ? g.getUnicode() : -1;
    }

    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F)   // CJK symbols and punctuation
                || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms
                || (c >= 0x2010 && c <= 0x2027);  // dashes, quotes, ellipsis used in Chinese text
    }
}
