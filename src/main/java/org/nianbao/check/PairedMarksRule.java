package org.nianbao.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Marks that come in pairs, within a paragraph: “ without ”, 《 without 》, （ or ( without a close,
 * and the other way round. A lone close after a list number at a sentence's start (1）, a)) is
 * numbering, not a mistake. Also ASCII angle brackets for a title inside a title
 * (《关于印发<…>的通知》), which GB/T 15834 writes with 〈〉; that one has a fix.
 */
final class PairedMarksRule implements Rule {
    static final String UNPAIRED = "check.proof.unpaired";
    static final String ANGLE = "check.proof.angleInTitle";
    private static final String OPEN = "“《（(【〔‘";
    private static final String CLOSE = "”》）)】〕’";

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            List<ProseText.Span> clutter = WebClutterRule.lines(text);
            // A document number that lost or mixed its brackets is the document-number rule's finding.
            for (DocumentNumbers.Found n : DocumentNumbers.find(text, ctx.window().end().getYear())) {
                if (n.problem() != DocumentNumbers.Problem.NONE) {
                    clutter.add(new ProseText.Span(n.start(), n.end() - 1));
                }
            }
            for (ProseText.Span paragraph : ProseText.paragraphs(text)) {
                pairs(part, text, paragraph, clutter, report);
                angles(part, text, paragraph, report);
            }
        }
    }

    private static void pairs(CheckContext.ProsePart part, String text, ProseText.Span paragraph,
                              List<ProseText.Span> clutter, Consumer<Finding> report) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            int o = OPEN.indexOf(c);
            int k = CLOSE.indexOf(c);
            if (c == '‘' || c == '’') {
                continue; // an apostrophe typed as ’ in English names is too common to judge
            }
            if (o >= 0) {
                open.push(i);
            } else if (k >= 0) {
                if (!open.isEmpty() && matches(text.charAt(open.peek()), c)) {
                    open.pop();
                } else if (!open.isEmpty() && containsMatching(open, text, c)) {
                    // a close for an outer mark: the inner ones were left open
                    while (!matches(text.charAt(open.peek()), c)) {
                        lone(part, text, open.pop(), clutter, report);
                    }
                    open.pop();
                } else if (!isListNumber(text, i, paragraph.start())) {
                    lone(part, text, i, clutter, report);
                }
            }
        }
        while (!open.isEmpty()) {
            lone(part, text, open.removeLast(), clutter, report);
        }
    }

    private static boolean matches(char open, char close) {
        int o = OPEN.indexOf(open);
        int k = CLOSE.indexOf(close);
        if (o == k) {
            return true;
        }
        return (open == '（' && close == ')') || (open == '(' && close == '）'); // a width slip is the width rule's business
    }

    private static boolean containsMatching(Deque<Integer> open, String text, char close) {
        for (int at : open) {
            if (matches(text.charAt(at), close)) {
                return true;
            }
        }
        return false;
    }

    /** 1）, 2), a), 一）, ①) at the start of a paragraph or after a sentence mark: a list number. */
    private static boolean isListNumber(String text, int close, int paragraphStart) {
        int j = close - 1;
        int len = 0;
        while (j >= paragraphStart && len < 3 && (ProseText.isDigit(text.charAt(j)) || ProseText.isAsciiLetter(text.charAt(j))
                || "一二三四五六七八九十".indexOf(text.charAt(j)) >= 0)) {
            j--;
            len++;
        }
        if (len == 0) {
            return false;
        }
        return j < paragraphStart || "。；：:;，,\n 　".indexOf(text.charAt(j)) >= 0;
    }

    /** @param clutter spans whose marks are another rule's business (web-page lines, broken document numbers) */
    private static void lone(CheckContext.ProsePart part, String text, int at, List<ProseText.Span> clutter,
                             Consumer<Finding> report) {
        if (WebClutterRule.inside(clutter, at)) {
            return;
        }
        int from = Math.max(0, at - 4);
        int to = Math.min(text.length(), at + 5);
        String excerpt = text.substring(from, to).replace('\n', ' ');
        report.accept(Finding.of(Finding.Severity.WARNING, UNPAIRED, part.at(at), excerpt, String.valueOf(text.charAt(at)), excerpt));
    }

    /** 《关于印发<高等学校信息公开事项清单>的通知》 → 《关于印发〈高等学校信息公开事项清单〉的通知》. */
    private static void angles(CheckContext.ProsePart part, String text, ProseText.Span paragraph, Consumer<Finding> report) {
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (text.charAt(i) != '《') {
                continue;
            }
            int close = text.indexOf('》', i + 1);
            if (close < 0 || close > paragraph.end()) {
                return;
            }
            String title = text.substring(i, close + 1);
            String fixed = title.replace('<', '〈').replace('>', '〉').replace('‹', '〈').replace('›', '〉')
                    .replace('＜', '〈').replace('＞', '〉');
            if (!fixed.equals(title)) {
                report.accept(Finding.of(Finding.Severity.WARNING, ANGLE, part.at(i), title, title, fixed)
                        .withFix(new Finding.Fix(part.location(), i, title, fixed)));
            }
            i = close;
        }
    }
}
