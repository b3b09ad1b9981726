package org.nianbao.model;

/** Normalisation shared by the records: null becomes empty, surrounding blanks go. */
public final class Text {
    private Text() {
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Text for a place XML 1.0 cannot hold control characters (an Office file's title and author):
     * a name with an ESC in it would make the file unreadable, so they are left out there.
     */
    public static String forXmlMetadata(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n').filter(c -> c != 0xFFFE && c != 0xFFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Prose as it comes in from a paste, a web page saved from a browser or an old Word file, made
     * plain: line breaks as {@code \n}; non-breaking and other fixed-width spaces as a plain space;
     * zero-width characters, soft hyphens, byte-order marks and control characters removed;
     * ideographic spaces that only indent a line (the renderer indents itself) dropped.
     * Ideographic spaces inside a line stay: they are text the checks may name.
     * The one place prose is normalised; every prose setter goes through it.
     */
    public static String normaliseProse(String prose) {
        return normalise(prose, true).strip();
    }

    /**
     * A title as typed: a line break where she typed one, or wrote {@code \n} (a shell or a
     * one-line field), each line trimmed, empty lines dropped, the rest cleaned like prose.
     */
    public static String normaliseTitle(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String typed = normalise(title.replace("\\n", "\n"), false);
        return String.join("\n", typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /**
     * The same character clean-up for a piece pasted into text being edited: line breaks,
     * invisible and fixed-width space characters as above, nothing stripped from its ends and no
     * indentation dropped (the editor's own text around it decides).
     */
    public static String normalisePasted(String pasted) {
        return normalise(pasted, false);
    }

    private static String normalise(String prose, boolean dropIndent) {
        if (prose == null || prose.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(prose.length());
        boolean lineStart = true;
        int n = prose.length();
        for (int i = 0; i < n; i++) {
            char c = prose.charAt(i);
            if (c == '\r') {
                c = '\n';
                if (i + 1 < n && prose.charAt(i + 1) == '\n') {
                    i++;
                }
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
                lineStart = true;
                continue;
            }
            if (invisible(c)) {
                continue;
            }
            if (c == '\t' || fixedSpace(c)) {
                c = ' ';
            }
            if (dropIndent && lineStart && (c == '\u3000' || c == ' ')) {
                continue;
            }
            lineStart = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Characters that print as nothing and only confuse search, line breaking and the fonts. */
    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u180E' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F
                || (c >= 0x80 && c < 0xA0);
    }

    private static boolean fixedSpace(char c) {
        return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }
}
