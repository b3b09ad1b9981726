package org.nianbao.check;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.check.ProseDateScanner.ProseDate;
import org.nianbao.model.ChineseDates;

/**
 * Dates written in the prose. Digit runs that lost their 年 or 月 in publishing (202191日, 2023831止,
 * 20169月, a signature line 202615) are errors, fixed where only one date fits; a date not on the
 * calendar (2021年9月31日) is an error that says which day the month lacks. A date a year or less
 * before the window, or less than a year after the later of the report date and the deadline, is a
 * warning: most often last year's report pasted without changing the year. Older dates, sentences
 * about a regulation's coming into force, pasted web-page lines and the window sentence itself (the
 * window rule judges it) stay quiet. Document numbers (〔201423号) are the document-number rule's, not dates.
 */
final class ProseDateRule implements Rule {
    static final String MALFORMED = "check.prose.malformedDate";
    static final String MALFORMED_LIKELY = "check.prose.malformedDateLikely";
    static final String IMPOSSIBLE = "check.prose.impossibleDate";
    static final String IMPOSSIBLE_MONTH = "check.prose.impossibleDateMonth";
    static final String OUTSIDE = "check.prose.dateOutsideWindow";
    /** A sentence about when a regulation came into force or was issued: history, not the period's events. */
    private static final Pattern HISTORY = Pattern.compile("施行|颁布|生效|以来");
    /** Words that place what the sentence tells inside the report's period: a date outside it then contradicts them. */
    private static final Pattern THIS_PERIOD = Pattern.compile("本学年(?!度?报告)|本年度(?!报告)|学年内|年度内|报告期内");
    /** A year and month with no day after it: 2021年11月, 2021年9月份. */
    private static final Pattern YEAR_MONTH_ONLY = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*(?:\\d|[一二三四五六七八九十])+\\s*[日号])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(\\d{1,2})月");
    /** The numbers of a date as written, Arabic (also full-width) or Chinese. */
    private static final Pattern NUMBERS = Pattern.compile("[0-9０-９]+|[〇零○一二三四五六七八九十]+");

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        LocalDate reportDate = ctx.project().signOff().date();
        // Up to the report date or the deadline, whichever is later, a date after the window is the report's own.
        LocalDate lastHarmless = ctx.kind().deadline(ctx.project().year());
        if (reportDate != null && reportDate.isAfter(lastHarmless)) {
            lastHarmless = reportDate;
        }
        String window = ctx.window().chineseLabel();
        int contextYear = ctx.window().start().getYear();
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            List<DocumentNumbers.Found> numbers = DocumentNumbers.find(text, ctx.window().end().getYear());
            List<ProseText.Span> clutter = WebClutterRule.lines(text);
            List<ProseText.Span> windows = ProseWindowRule.windowStatements(text, contextYear);
            months(ctx, part, numbers, clutter, lastHarmless, report);
            for (ProseDate d : ProseDateScanner.scan(text, contextYear)) {
                if (DocumentNumbers.overlaps(numbers, d.start(), d.end()) || WebClutterRule.inside(clutter, d.start())) {
                    continue;
                }
                switch (d.kind()) {
                    case MALFORMED -> report.accept(malformed(part, d));
                    case IMPOSSIBLE -> report.accept(impossible(part, d));
                    case FULL, YEAR_IMPLIED -> {
                        LocalDate date = d.date();
                        if (ctx.window().contains(date) || date.equals(reportDate)) {
                            continue;
                        }
                        // "3月1日" with no year before it: the academic year's spring is in its second calendar year.
                        if (d.kind() == ProseDate.Kind.YEAR_IMPLIED
                                && ctx.window().contains(date.withYear(ctx.window().end().getYear()))) {
                            continue;
                        }
                        if (d.kind() == ProseDate.Kind.FULL && outside(ctx, date, date, lastHarmless, sentence(text, d.start()))
                                && !inside(windows, d.start())) {
                            report.accept(Finding.of(Finding.Severity.WARNING, OUTSIDE, part.at(d.start()),
                                    d.excerpt(), d.excerpt(), window));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /**
     * True if a date (or a month, from {@code first} to {@code last} day) is one to name: up to a year
     * before the window, or up to a year after the later of the report date and the deadline, or
     * anywhere outside the window in a sentence that says 本学年/本年度 — and the sentence is not
     * about a regulation's history.
     */
    private static boolean outside(CheckContext ctx, LocalDate first, LocalDate last, LocalDate lastHarmless, String sentence) {
        LocalDate start = ctx.window().start();
        LocalDate end = ctx.window().end();
        if (!last.isBefore(start) && !first.isAfter(end)) {
            return false;
        }
        if (HISTORY.matcher(sentence).find()) {
            return false;
        }
        boolean lastYear = !last.isBefore(start.minusYears(1)) && last.isBefore(start);
        boolean ahead = first.isAfter(lastHarmless) && !first.isAfter(lastHarmless.plusYears(1));
        boolean claimed = THIS_PERIOD.matcher(sentence).find() && !first.isBefore(start.minusYears(1))
                && !first.isAfter(end.plusYears(1));
        return lastYear || ahead || claimed;
    }

    /** 2021年11月 with no day: the same question for the whole month. */
    private static void months(CheckContext ctx, CheckContext.ProsePart part, List<DocumentNumbers.Found> numbers,
                               List<ProseText.Span> clutter, LocalDate lastHarmless, Consumer<Finding> report) {
        String text = part.text();
        Matcher m = YEAR_MONTH_ONLY.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12 || y < 1900 || y > 2100 || ProseText.isDigit(ProseText.at(text, m.start() - 1))
                    || DocumentNumbers.overlaps(numbers, m.start(), m.end()) || WebClutterRule.inside(clutter, m.start())
                    || YearRangeRule.inTitle(text, m.start())) {
                continue;
            }
            java.time.YearMonth ym = java.time.YearMonth.of(y, month);
            if (outside(ctx, ym.atDay(1), ym.atEndOfMonth(), lastHarmless, sentence(text, m.start()))) {
                String written = m.group();
                report.accept(Finding.of(Finding.Severity.WARNING, OUTSIDE, part.at(m.start()), written, written,
                        ctx.window().chineseLabel()));
            }
        }
    }

    private static boolean inside(List<ProseText.Span> spans, int offset) {
        return spans.stream().anyMatch(s -> offset >= s.start() && offset < s.end());
    }

    private static String sentence(String text, int at) {
        return text.substring(ProseText.sentenceStart(text, at), ProseText.sentenceEnd(text, at));
    }

    private static Finding malformed(CheckContext.ProsePart part, ProseDate d) {
        Matcher ym = YEAR_MONTH.matcher(d.excerpt());
        if (ym.matches()) {
            String fixed = ym.group(1) + "年" + Integer.parseInt(ym.group(2)) + "月";
            return Finding.of(Finding.Severity.ERROR, MALFORMED_LIKELY, part.at(d.start()), d.excerpt(), d.excerpt(), fixed)
                    .withFix(new Finding.Fix(part.location(), d.start(), d.excerpt(), fixed));
        }
        if (d.likelyIntended() == null) {
            return Finding.of(Finding.Severity.ERROR, MALFORMED, part.at(d.start()), d.excerpt(), d.excerpt());
        }
        String fixed = ChineseDates.format(d.likelyIntended());
        return Finding.of(Finding.Severity.ERROR, MALFORMED_LIKELY, part.at(d.start()), d.excerpt(), d.excerpt(), fixed)
                .withFix(new Finding.Fix(part.location(), d.start(), d.excerpt(), fixed));
    }

    /** 2021年9月31日: "9月没有31日"; 2022年13月1日: "没有13月". No fix: which day was meant is not known. */
    private static Finding impossible(CheckContext.ProsePart part, ProseDate d) {
        List<Integer> numbers = new java.util.ArrayList<>();
        Matcher m = NUMBERS.matcher(d.excerpt());
        while (m.find()) {
            StringBuilder ascii = new StringBuilder();
            m.group().chars().forEach(c -> ascii.append((char) (c >= '０' && c <= '９' ? c - '０' + '0' : c)));
            numbers.add(org.nianbao.model.ChineseNumerals.parse(ascii.toString()));
        }
        int month = numbers.size() >= 2 ? numbers.get(numbers.size() - 2) : -1;
        int day = numbers.isEmpty() ? -1 : numbers.get(numbers.size() - 1);
        if (month < 1 || month > 12) {
            return Finding.of(Finding.Severity.ERROR, IMPOSSIBLE_MONTH, part.at(d.start()), d.excerpt(), d.excerpt(), month);
        }
        return Finding.of(Finding.Severity.ERROR, IMPOSSIBLE, part.at(d.start()), d.excerpt(), d.excerpt(), month, day);
    }
}
