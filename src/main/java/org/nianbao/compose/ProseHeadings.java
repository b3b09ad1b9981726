package org.nianbao.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings the secretary writes inside a section's prose, by their GB/T 9704 numbering:
 * （一） is level 2, 1. (or 1．/１．) level 3, （1） level 4. A paragraph that is only the
 * numbered phrase ("（一）主动公开情况") is a heading of its own; one that goes on after the
 * first full stop ("（一）主动公开情况。本学年…") stays one paragraph whose first sentence is a
 * run-in heading, as published reports print them. The one place that decides this: the
 * renderers only lay out what it returns.
 */
final class ProseHeadings {
    private static final String CHINESE_NUMBER = "[一二三四五六七八九十]{1,3}";
    private static final String DIGITS = "[0-9０-９]{1,2}";
    private static final Pattern LEVEL2 = Pattern.compile("^[（(]" + CHINESE_NUMBER + "[）)]");
    /** "1." but not "1.5万", which opens a sentence with a decimal. */
    private static final Pattern LEVEL3 = Pattern.compile("^" + DIGITS + "[.．](?![0-9０-９])");
    private static final Pattern LEVEL4 = Pattern.compile("^[（(]" + DIGITS + "[）)]");
    private static final char FULL_STOP = '。';

    private ProseHeadings() {
    }

    /** The block for one resolved prose paragraph of a section. */
    static Block of(String text, String sectionId) {
        String where = new org.nianbao.model.Location.Section(sectionId).encode();
        int level = 0;
        int numberEnd = 0;
        Pattern[] patterns = {LEVEL2, LEVEL3, LEVEL4};
        for (int i = 0; i < patterns.length && level == 0; i++) {
            Matcher m = patterns[i].matcher(text);
            if (m.find()) {
                level = i + 2;
                numberEnd = m.end();
            }
        }
        if (level == 0 || numberEnd == text.length()) {
            // No numbering, or a bare number with nothing after it: ordinary text.
            return new Block.Paragraph(text, Block.Paragraph.Style.BODY, where);
        }
        int stop = text.indexOf(FULL_STOP, numberEnd);
        if (stop < 0 || stop == text.length() - 1) {
            return new Block.Heading(level, text.substring(0, numberEnd), text.substring(numberEnd), sectionId);
        }
        return new Block.Paragraph(text, Block.Paragraph.Style.BODY, where, new Block.Paragraph.Lead(level, stop + 1));
    }
}
