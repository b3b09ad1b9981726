package org.nianbao.render;

/**
 * GB/T 9704-2012 page geometry shared by the PDF and DOCX renderers: A4, top 37 mm, binding
 * (left) 28 mm, type area 156 × 225 mm, 22 lines of 28 characters in 3号 (16 pt).
 */
public final class PageGeometry {
    public static final float MM = 72f / 25.4f;
    public static final float PAGE_WIDTH_MM = 210;
    public static final float PAGE_HEIGHT_MM = 297;
    public static final float TOP_MM = 37;
    public static final float LEFT_MM = 28;
    public static final float TYPE_WIDTH_MM = 156;
    public static final float TYPE_HEIGHT_MM = 225;
    public static final float RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TYPE_WIDTH_MM;
    public static final float BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TYPE_HEIGHT_MM;

    /** 3号 body text. */
    public static final float BODY_PT = 16f;
    /** 2号 title. */
    public static final float TITLE_PT = 22f;
    /** 小四 (12 pt) table text, with its line pitch. */
    public static final float TABLE_PT = 12f;
    public static final float TABLE_LINE_PT = 18f;
    /** 4号 page numbers. */
    public static final float PAGE_NUMBER_PT = 14f;
    /** GB/T 9704 §5.2.3: 22 lines a page, 28 characters a line, filling the type area. */
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** Fixed line pitch that fits 22 lines into the 225 mm type area (28.95 pt). */
    public static final float LINE_PT = TYPE_HEIGHT_MM * MM / LINES_PER_PAGE;
    /**
     * Character pitch that fits 28 characters into the 156 mm type width (15.79 pt): the standard's
     * 3号 is 15.75 pt, so 16 pt glyphs are set 0.21 pt tighter, as Word's character grid does.
     */
    public static final float CHAR_PITCH_PT = TYPE_WIDTH_MM * MM / CHARS_PER_LINE;
    /** First-line indent of body paragraphs: two characters. */
    public static final float INDENT_PT = 2 * CHAR_PITCH_PT;
    /** The page number sits this far below the type area (GB/T 9704 7.5: 7 mm). */
    public static final float PAGE_NUMBER_GAP_MM = 7;

    private PageGeometry() {
    }

    public static float pt(float mm) {
        return mm * MM;
    }

    /** Page numbers as GB/T 9704 writes them: "— 1 —". */
    public static String pageNumberText(int page) {
        return "— " + page + " —";
    }
}
