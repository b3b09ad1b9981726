package org.nianbao.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.intake.DateParse;
import org.nianbao.intake.DateParser;
import org.nianbao.model.ChineseNumerals;

/**
 * The sentences that restate the project's own facts: "统计期限自…至…" must name the project's
 * window, and "全文包括…N部分" must count the outline's sections.
 */
final class ProseWindowRule implements Rule {
    private static final Pattern WINDOW = Pattern.compile(
            "统计(?:期限|时间|区间|期间|周期|时段)(?:为|是|自|从)?[：:\\s]*(?:自|从)?\\s*([^至到~～—－。；，]{6,20}?)\\s*(?:至|到|~|～|—|－)\\s*([^止。；，]{6,20}?)\\s*(?:止)?(?=[。；，]|$)");
    private static final Pattern PARTS = Pattern.compile(
            "全文(?:共)?(?:包括|分为|包含|由)[^。]{0,300}?(?:等|共)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:个)?部分");

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        boolean windowStated = ctx.project().opening().isBlank(); // the generated opening states it
        String expected = ctx.window().chineseLabel();
        for (CheckContext.ProsePart part : ctx.prose()) {
            Matcher m = WINDOW.matcher(part.text());
            while (m.find()) {
                windowStated = true;
                DateParse from = DateParser.parseText(m.group(1));
                DateParse to = DateParser.parseText(m.group(2));
                boolean right = from.ok() && to.ok() && from.date().equals(ctx.window().start()) && to.date().equals(ctx.window().end());
                if (!right) {
                    report.accept(Finding.of(Finding.Severity.ERROR, "check.prose.windowMismatch", part.at(m.start()),
                            m.group(), m.group(1) + "至" + m.group(2), expected));
                }
            }
            Matcher p = PARTS.matcher(part.text());
            while (p.find()) {
                int written = ChineseNumerals.parse(p.group(1));
                int sections = ctx.project().sections().size();
                if (written != sections) {
                    report.accept(Finding.of(Finding.Severity.ERROR, "check.prose.partsCount", part.at(p.start()),
                            excerpt(p.group()), p.group(1), ChineseNumerals.of(sections), sections));
                }
            }
        }
        if (!windowStated) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.prose.windowMissing", "opening", "", expected));
        }
    }

    private static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 12) + "…" + s.substring(s.length() - 20);
    }
}
