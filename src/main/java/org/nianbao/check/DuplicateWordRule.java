package org.nianbao.check;

import java.util.List;
import java.util.function.Consumer;

/**
 * A word typed twice (关于关于, 工作工作, 信息公开信息公开): two to four Chinese characters repeated at
 * once. Real reduplicated words (研究研究, 雪白雪白, 一个一个) are listed in {@code proofreading.json}.
 */
final class DuplicateWordRule implements Rule {
    static final String CODE = "check.proof.duplicateWord";

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Proofreading facts = Proofreading.builtIn();
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            List<ProseText.Span> clutter = null;
            int n = text.length();
            for (int i = 0; i + 4 <= n; i++) {
                if (!ProseText.isHan(text.charAt(i))) {
                    continue;
                }
                for (int len = 4; len >= 2; len--) {
                    if (i + 2 * len > n || !text.regionMatches(i, text, i + len, len) || !allHan(text, i, i + len)) {
                        continue;
                    }
                    String unit = text.substring(i, i + len);
                    if (facts.isReduplication(unit) || tripled(text, i, len)) {
                        break;
                    }
                    if (clutter == null) {
                        clutter = WebClutterRule.lines(text);
                    }
                    if (!WebClutterRule.inside(clutter, i)) {
                        String twice = text.substring(i, i + 2 * len);
                        report.accept(Finding.of(Finding.Severity.WARNING, CODE, part.at(i), twice, twice, unit)
                                .withFix(new Finding.Fix(part.location(), i, twice, unit)));
                    }
                    i += 2 * len - 1;
                    break;
                }
            }
        }
    }

    private static boolean allHan(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!ProseText.isHan(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** The unit also stands just before: a deliberate pattern, not a slip of the keyboard. */
    private static boolean tripled(String text, int i, int len) {
        return i >= len && text.regionMatches(i - len, text, i, len);
    }
}
