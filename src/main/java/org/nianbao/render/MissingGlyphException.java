package org.nianbao.render;

/**
 * A character that none of the document's fonts can draw. Raised before anything is written, so
 * the output never shows a box; names the character and where it stands.
 */
public class MissingGlyphException extends RuntimeException implements org.nianbao.model.UserError {
    private static final long serialVersionUID = 1L;
    private final int codePoint;
    private final String where;
    private final String excerpt;

    public MissingGlyphException(int codePoint, String where, String excerpt) {
        super(String.format("No font can draw \"%s\" (U+%04X) in %s: \"%s\"", Character.toString(codePoint), codePoint, where, excerpt));
        this.codePoint = codePoint;
        this.where = where;
        this.excerpt = excerpt;
    }

    @Override
    public String key() {
        return "render.error.missingGlyph";
    }

    @Override
    public Object[] args() {
        return new Object[] {character(), codePointLabel(), where, excerpt};
    }

    public String character() {
        return Character.toString(codePoint);
    }

    public String codePointLabel() {
        return String.format("U+%04X", codePoint);
    }

    public String where() {
        return where;
    }

    public String excerpt() {
        return excerpt;
    }
}
