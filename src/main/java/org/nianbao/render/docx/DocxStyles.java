package org.nianbao.render.docx;

import java.math.BigInteger;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.render.PageGeometry;
import org.nianbao.render.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Named paragraph styles, so the secretary can restyle the report in Word or WPS: 标题 for the
 * title, 一级标题 / 二级标题 / 三级标题 for headings (outline levels, so they show in the navigation pane),
 * 表格 for table text, and the document's Normal style (正文 in Chinese Word) for body text.
 */
final class DocxStyles {
    static final String TITLE = "NianbaoTitle";
    static final String HEADING1 = "NianbaoHeading1";
    static final String HEADING2 = "NianbaoHeading2";
    static final String HEADING3 = "NianbaoHeading3";
    static final String TABLE = "NianbaoTable";
    static final String NORMAL = "Normal";

    private static final ResourceBundle NAMES = ResourceBundle.getBundle("org.nianbao.compose.document", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setEastAsia("zh-CN");
        styles.addStyle(style(NORMAL, "Normal", FontRole.BODY, PageGeometry.BODY_PT, -1, true));
        styles.addStyle(style(TITLE, NAMES.getString("style.title"), FontRole.TITLE, PageGeometry.TITLE_PT, -1, false));
        styles.addStyle(style(HEADING1, NAMES.getString("style.heading1"), FontRole.HEADING1, PageGeometry.BODY_PT, 0, false));
        styles.addStyle(style(HEADING2, NAMES.getString("style.heading2"), FontRole.HEADING2, PageGeometry.BODY_PT, 1, false));
        styles.addStyle(style(HEADING3, NAMES.getString("style.heading3"), FontRole.HEADING3, PageGeometry.BODY_PT, 2, false));
        styles.addStyle(style(TABLE, NAMES.getString("style.table"), FontRole.BODY, PageGeometry.TABLE_PT, -1, false));
    }

    /** The paragraph style of a heading level; （1） headings are body text. */
    static String heading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            case 3 -> HEADING3;
            default -> NORMAL;
        };
    }

    private static XWPFStyle style(String id, String name, FontRole role, float sizePt, int outlineLevel, boolean isDefault) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (isDefault) {
            ct.setDefault(true);
        } else {
            ct.addNewBasedOn().setVal(NORMAL);
            ct.addNewNext().setVal(NORMAL);
            ct.addNewQFormat();
        }
        CTPPrGeneral ppr = ct.addNewPPr();
        if (isDefault) {
            // No widow/orphan control: GB/T 9704 fills every page with 22 lines, as the PDF does.
            ppr.addNewWidowControl().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        }
        if (outlineLevel >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ppr.addNewKeepNext();
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FontRole.LATIN_FAMILY);
        f.setHAnsi(FontRole.LATIN_FAMILY);
        f.setCs(FontRole.LATIN_FAMILY);
        f.setEastAsia(role.preferredFamily());
        f.setHint(STHint.EAST_ASIA);
        if (role.bold()) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(sizePt * 2)));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(sizePt * 2)));
        return new XWPFStyle(ct);
    }
}
