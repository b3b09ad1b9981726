package org.nianbao.check;

import java.util.List;
import java.util.function.Consumer;

/**
 * Half-width punctuation in Chinese text (GB/T 15834): a {@code , : ; ? !} touching a Chinese
 * character, and {@code ( )} around Chinese words. URLs, times (14:30), numbers (1,234), e-mail
 * addresses and Latin text are left alone: there the ASCII mark is right.
 */
final class PunctuationWidthRule implements Rule {
    static final String CODE = "check.proof.halfWidthPunct";
    private static final String MARKS = ",:;?!";
    private static final String FULL = "，：；？！";

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            List<ProseText.Span> clutter = WebClutterRule.lines(text);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int mark = MARKS.indexOf(c);
                if (mark >= 0) {
                    if (inChineseText(text, i) && !WebClutterRule.inside(clutter, i)) {
                        report.accept(finding(part, text, i, i + 1, String.valueOf(FULL.charAt(mark))));
                    }
                } else if (c == '(') {
                    int close = closeOf(text, i);
                    if (close > 0 && hasHan(text, i + 1, close) && !WebClutterRule.inside(clutter, i)) {
                        String inner = text.substring(i + 1, close);
                        report.accept(finding(part, text, i, close + 1, "（" + inner + "）"));
                        i = close;
                    } else if (close < 0 && ProseText.isHan(ProseText.at(text, i + 1)) && !WebClutterRule.inside(clutter, i)) {
                        report.accept(finding(part, text, i, i + 1, "（"));
                    }
                } else if (c == ')' && ProseText.isHan(ProseText.at(text, i - 1)) && openBefore(text, i) < 0
                        && !WebClutterRule.inside(clutter, i)) {
                    report.accept(finding(part, text, i, i + 1, "）"));
                }
            }
        }
    }

    /** The ASCII mark at {@code i} stands in Chinese text: a Chinese character on one side, and no Latin or digits around it on the other. */
    private static boolean inChineseText(String text, int i) {
        int before = ProseText.at(text, i - 1);
        int next = i + 1;
        while (ProseText.at(text, next) == ' ') {
            next++;
        }
        int after = ProseText.at(text, next);
        boolean hanBefore = ProseText.isHan(before) || isChineseClose(before);
        boolean hanAfter = ProseText.isHan(after) || isChineseOpen(after);
        if (hanBefore && hanAfter) {
            return true;
        }
        char c = text.charAt(i);
        boolean endMark = c == '?' || c == '!';
        if (hanBefore) {
            // 统计时间:2021年…, 共发布120条,其中 … but not "见:" at the end of a line before a URL.
            return endMark ? after < 0 || after == '\n' || ProseText.isDigit(after) || after == ' ' || isChineseOpen(after)
                    : ProseText.isDigit(after);
        }
        if (hanAfter) {
            return ProseText.isDigit(before) && c != ':' && !ProseText.isDigit(ProseText.at(text, i + 1));
        }
        return false;
    }

    private static boolean isChineseClose(int c) {
        return "”’》）】〕」』".indexOf(c) >= 0 && c >= 0;
    }

    private static boolean isChineseOpen(int c) {
        return "“‘《（【〔「『".indexOf(c) >= 0 && c >= 0;
    }

    /** The matching ')' of '(' at {@code open} within 60 characters on the same line, or -1. */
    private static int closeOf(String text, int open) {
        for (int j = open + 1; j < text.length() && j <= open + 60; j++) {
            char c = text.charAt(j);
            if (c == ')') {
                return j;
            }
            if (c == '(' || c == '\n' || c == '）' || c == '。') {
                return -1;
            }
        }
        return -1;
    }

    private static int openBefore(String text, int close) {
        for (int j = close - 1; j >= 0 && j >= close - 60; j--) {
            char c = text.charAt(j);
            if (c == '(') {
                return j;
            }
            if (c == ')' || c == '\n' || c == '（' || c == '。') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasHan(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (ProseText.isHan(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(CheckContext.ProsePart part, String text, int start, int end, String with) {
        String replace = text.substring(start, end);
        int from = Math.max(0, start - 1);
        int to = Math.min(text.length(), end + 1);
        String excerpt = text.substring(from, to).replace('\n', ' ');
        return Finding.of(Finding.Severity.WARNING, CODE, part.at(start), excerpt, excerpt,
                        replace.length() == 1 ? replace : "( )")
                .withFix(new Finding.Fix(part.location(), start, replace, with));
    }
}
