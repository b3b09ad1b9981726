package org.nianbao.render.fonts;

/**
 * The typographic roles of a GB/T 9704-style document. Each role names the font an office PC
 * usually has (used by the DOCX, which Word/WPS resolve locally) and the bundled OFL font that the
 * PDF embeds, so the PDF never depends on what the machine has installed.
 */
public enum FontRole {
    /** 2号 title, 小标宋 style: bundled, the heaviest Noto Serif SC. */
    TITLE("方正小标宋简体", BundledFont.SERIF_BLACK),
    /** 一、 headings, 黑体. */
    HEADING1("黑体", BundledFont.SANS_BOLD),
    /** （一） headings, 楷体: bundled, a 楷体-style face (LXGW WenKai, renamed). */
    HEADING2("楷体_GB2312", BundledFont.KAI_REGULAR),
    /** 1. headings, 仿宋 in bold: the bundled face is bold, an installed 仿宋 is emboldened. */
    HEADING3("仿宋_GB2312", BundledFont.SERIF_BOLD, true),
    /** Body text, 仿宋; also （1） headings. */
    BODY("仿宋_GB2312", BundledFont.SERIF_REGULAR),
    /** Page numbers, 宋体 (GB/T 9704 sets them in 宋体 digits, so they keep this font). */
    PAGE_NUMBER("宋体", BundledFont.SERIF_REGULAR),
    /** Digits and Latin letters beside regular-weight Chinese (仿宋, 楷体), Times New Roman-style. */
    LATIN("Times New Roman", BundledFont.LATIN_REGULAR),
    /** Digits and Latin letters beside heavy Chinese (小标宋, 黑体, bold 仿宋). */
    LATIN_BOLD("Times New Roman", BundledFont.LATIN_BOLD);

    /** Digits and Latin letters in official documents. */
    public static final String LATIN_FAMILY = "Times New Roman";

    private final String preferredFamily;
    private final BundledFont bundled;
    private final boolean bold;

    FontRole(String preferredFamily, BundledFont bundled) {
        this(preferredFamily, bundled, false);
    }

    FontRole(String preferredFamily, BundledFont bundled, boolean bold) {
        this.preferredFamily = preferredFamily;
        this.bundled = bundled;
        this.bold = bold;
    }

    /** GB/T 9704: 一、 黑体, （一） 楷体, 1. 仿宋 bold, （1） 仿宋 like the body. */
    public static FontRole ofHeading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            case 3 -> HEADING3;
            default -> BODY;
        };
    }

    /**
     * The role that draws this role's digits and Latin letters (GB/T 9704: Times New Roman), in a
     * weight that matches it; the role itself where they keep its font.
     */
    public FontRole latin() {
        return switch (this) {
            case TITLE, HEADING1, HEADING3, LATIN_BOLD -> LATIN_BOLD;
            case HEADING2, BODY, LATIN -> LATIN;
            case PAGE_NUMBER -> PAGE_NUMBER;
        };
    }

    /** The family that sets this role's digits and Latin letters: Times New Roman, but 宋体 for page numbers. */
    public String latinFamily() {
        return latin().preferredFamily();
    }

    /** Whether this role draws digits and Latin letters only (Times New Roman-style). */
    public boolean isLatin() {
        return this == LATIN || this == LATIN_BOLD;
    }

    /** Set in bold on top of the family (Word's "加粗"); the family itself has no bold face on office PCs. */
    public boolean bold() {
        return bold;
    }

    /** The family name an office PC usually has for this role (方正小标宋简体, 仿宋_GB2312 …). */
    public String preferredFamily() {
        return preferredFamily;
    }

    public BundledFont bundled() {
        return bundled;
    }
}
