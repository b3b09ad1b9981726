package org.nianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.kind.ReportKind;

/**
 * How the prose writes its year: a range that lost its dash (20212022学年) is an error; the same
 * report writing 2021-2022学年 here and 2021—2022学年 there is a note, fixed to the form it uses
 * most; a period word that does not fit the kind (2021-2022年度 in an academic-year report,
 * 2021-2022学年 as the period of a calendar-year one) is a note.
 */
final class YearRangeRule implements Rule {
    static final String MALFORMED = "check.prose.yearRangeMalformed";
    static final String MIXED = "check.prose.yearRangeMixed";
    static final String PERIOD = "check.prose.periodWording";
    private static final Pattern RANGE = Pattern.compile(
            "((?:19|20)\\d{2})([ \u3000]*(?:——|──|-|—|－|–|―|~|～|至|到)?[ \u3000]*)((?:19|20)\\d{2})(学年|年度)");
    private static final Pattern YEAR_AS_PERIOD = Pattern.compile(
            "((?:19|20)\\d{2})年度(?=(?:[（(][^）)]{0,30}[）)])?(?:信息公开|工作|报告|高校信息公开|学校信息公开))");

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        boolean academic = ctx.kind().windowRule() == ReportKind.WindowRule.ACADEMIC_YEAR;
        record Range(CheckContext.ProsePart part, int start, String written, String separator, int first, String word,
                     boolean inTitle) {
        }
        List<Range> ranges = new ArrayList<>();
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            Matcher m = RANGE.matcher(text);
            while (m.find()) {
                if (ProseText.isDigit(ProseText.at(text, m.start() - 1))) {
                    continue;
                }
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(3));
                if (second != first + 1) {
                    continue;
                }
                ranges.add(new Range(part, m.start(), m.group(), m.group(2).strip(), first, m.group(4), inTitle(text, m.start())));
            }
            if (academic) {
                Matcher y = YEAR_AS_PERIOD.matcher(text);
                while (y.find()) {
                    if (!ProseText.isDigit(ProseText.at(text, y.start() - 1)) && ProseText.at(text, y.start() - 1) != '-'
                            && !inTitle(text, y.start())) {
                        report.accept(Finding.of(Finding.Severity.INFO, PERIOD, part.at(y.start()), y.group(), y.group(),
                                ctx.window().chineseLabel()));
                    }
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Range r : ranges) {
            if (!r.separator().isEmpty() && !r.inTitle()) {
                counts.merge(r.separator(), 1, Integer::sum);
            }
        }
        String usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
        for (Range r : ranges) {
            String correct = r.first() + usual + (r.first() + 1) + r.word();
            if (r.separator().isEmpty()) {
                report.accept(Finding.of(Finding.Severity.ERROR, MALFORMED, r.part().at(r.start()), r.written(), r.written(), correct)
                        .withFix(new Finding.Fix(r.part().location(), r.start(), r.written(), correct)));
                continue;
            }
            if (r.inTitle()) {
                continue; // a title is quoted as its issuer wrote it
            }
            if (!r.separator().equals(usual)) {
                report.accept(Finding.of(Finding.Severity.INFO, MIXED, r.part().at(r.start()), r.written(), r.written(), correct)
                        .withFix(new Finding.Fix(r.part().location(), r.start(), r.written(), correct)));
            }
            boolean wrongWord = academic ? r.word().equals("年度") : r.word().equals("学年") && periodOfReport(r.part().text(), r.start() + r.written().length());
            if (wrongWord) {
                report.accept(Finding.of(Finding.Severity.INFO, PERIOD, r.part().at(r.start()), r.written(), r.written(),
                        ctx.window().chineseLabel()));
            }
        }
    }

    /**
     * 2021-2022学年 followed by 信息公开…/工作…/报告, or opening its sentence as the time of what
     * follows (2021-2022学年，我局…): the period of the report, not a school year mentioned in passing.
     */
    private static boolean periodOfReport(String text, int after) {
        int at = text.startsWith("度", after) ? after + 1 : after;
        return text.startsWith("信息公开", at) || text.startsWith("政府信息", at) || text.startsWith("工作", at)
                || text.startsWith("报告", at) || text.startsWith("，", at) || text.startsWith(",", at);
    }

    /** True if {@code at} lies inside 《…》: a title, quoted as its issuer wrote it. */
    static boolean inTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        if (open < 0) {
            return false;
        }
        int close = text.indexOf('》', open);
        return close > at && text.lastIndexOf('\n', at) < open;
    }
}
