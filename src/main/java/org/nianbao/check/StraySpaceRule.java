package org.nianbao.check;

import java.util.List;
import java.util.function.Consumer;

/**
 * Spaces inside Chinese text: between two Chinese characters or marks (信息 公开, 、《 教育部), or
 * between a number and the Chinese around it (2022 年, 共 120 条), where Word's autospacing or a web
 * page left them. Spaces around Latin words, URLs and e-mail addresses are right and stay quiet.
 * Spaces a few characters apart are one finding (2021 年 9 月 1 日), fixed by removing them all.
 */
final class StraySpaceRule implements Rule {
    static final String CODE = "check.proof.space";
    /** Organisations end so; two of them side by side are joint issuers. */
    private static final String ISSUER_ENDS = "厅部委院局办府署室";
    /** Space runs at most this far apart are reported together. */
    private static final int GROUP = 4;

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            List<ProseText.Span> clutter = WebClutterRule.lines(text);
            int groupStart = -1;
            int groupEnd = -1;
            for (int i = 0; i < text.length(); i++) {
                if (!isSpace(text.charAt(i))) {
                    continue;
                }
                int runEnd = i;
                while (runEnd < text.length() && isSpace(text.charAt(runEnd))) {
                    runEnd++;
                }
                if (stray(text, i, runEnd) && !WebClutterRule.inside(clutter, i)) {
                    int from = i - 1;
                    int to = runEnd + 1;
                    if (groupStart >= 0 && (from <= groupEnd
                            || (from - groupEnd <= GROUP && text.substring(groupEnd, from).indexOf('\n') < 0))) {
                        groupEnd = to;
                    } else {
                        emit(part, text, groupStart, groupEnd, report);
                        groupStart = from;
                        groupEnd = to;
                    }
                }
                i = runEnd - 1;
            }
            emit(part, text, groupStart, groupEnd, report);
        }
    }

    private static void emit(CheckContext.ProsePart part, String text, int start, int end, Consumer<Finding> report) {
        if (start < 0) {
            return;
        }
        String replace = text.substring(start, end);
        String with = replace.replace(" ", "").replace("\u3000", "");
        report.accept(Finding.of(Finding.Severity.WARNING, CODE, part.at(start), replace, replace)
                .withFix(new Finding.Fix(part.location(), start, replace, with)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    /** The spaces in [start, end) stand inside Chinese text. */
    private static boolean stray(String text, int start, int end) {
        int b = ProseText.at(text, start - 1);
        int a = ProseText.at(text, end);
        if (b < 0 || a < 0 || b == '\n' || a == '\n' || a == '〔') {
            return false; // at a line's edge; before 〔 the document-number rule speaks
        }
        boolean chineseBefore = ProseText.isHan(b) || ProseText.isChinesePunctuation(b);
        boolean chineseAfter = ProseText.isHan(a) || ProseText.isChinesePunctuation(a);
        if (chineseBefore && chineseAfter) {
            // 中共中央办公厅 国务院办公厅: joint issuers are written with a space between them.
            return !(ISSUER_ENDS.indexOf(b) >= 0 && ProseText.isHan(a));
        }
        if (ProseText.isDigit(b) && ProseText.isHan(a)) {
            int digits = start - 1;
            while (ProseText.isDigit(ProseText.at(text, digits))) {
                digits--;
            }
            return !ProseText.isAsciiLetter(ProseText.at(text, digits)); // 2022 年, 120 条; not IPv6 访问
        }
        if (ProseText.isHan(b) && ProseText.isDigit(a)) {
            int digits = end;
            while (ProseText.isDigit(ProseText.at(text, digits))) {
                digits++;
            }
            // 于 2022年, 共 120 条; not 电话 0571-88001234 or an ID
            return digits - end <= 4 && ProseText.at(text, digits) != '-' && !ProseText.isAsciiLetter(ProseText.at(text, digits));
        }
        return false;
    }
}
