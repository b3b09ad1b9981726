package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.check.ProseDateScanner.ProseDate;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.ChineseNumerals;
import org.nianbao.model.Section;

/**
 * The sentences that restate the project's own facts. A window sentence, in any of the ways reports
 * write it (统计期限自…起至…止, 统计时限为…, 统计数据的起止时间为…至…, 从…至…止, …起，至…止, with a
 * half-width comma or colon, or split across a line break), must name the project's window: two full
 * dates joined by 至/到/—/-, right after the words that say it is the statistics period. And
 * "全文包括…N部分" (报告内容包括…等六部分内容, 本报告主要由…七部分组成) must count the outline's
 * numbered parts and the parts the sentence itself lists.
 */
final class ProseWindowRule implements Rule {
    static final String MISMATCH = "check.prose.windowMismatch";
    static final String MISSING = "check.prose.windowMissing";
    static final String PARTS = "check.prose.partsCount";
    static final String PARTS_LISTED = "check.prose.partsCountListed";

    /** Words that say the dates after them are the statistics period. */
    private static final Pattern TRIGGER = Pattern.compile("统计|报告期|数据期限|数据时限|起止时间|时间范围|数据范围");
    /** What may stand between those words and the first date: 期限自, 数据的起止时间为, 时限：从. */
    private static final Pattern LEAD = Pattern.compile("[期限时段间区周范围起止的数据为是自从截日：:\\s,，]{0,14}");
    /** Between the two dates of a range: 至, 起至, 起，至, —, -, ~. */
    private static final Pattern GAP = Pattern.compile("\\s*起?\\s*[,，]?\\s*(?:至|到|~|～|——|—|－|-|–)\\s*");
    private static final Pattern PARTS_SENTENCE = Pattern.compile(
            "(?:全文|本报告|报告|年度报告|本年报|年报|报告内容|全文内容|报告正文)[^。；]{0,80}?(?:内容)?(?:共|主要|分别)?"
                    + "(?:包括|分为|包含|由|共有|共分|涵盖|共(?=[0-9一二三四五六七八九十]))"
                    + "([^。]{0,300}?)(等|共|在内的)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})个?(?:部分|方面)");

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        boolean windowStated = ctx.project().opening().isBlank(); // the generated opening states it
        String expected = ctx.window().chineseLabel();
        int parts = numberedParts(ctx);
        for (CheckContext.ProsePart part : ctx.prose()) {
            ProseText.Joined joined = new ProseText.Joined(part.text());
            windowStated |= windowSentences(ctx, part, joined, expected, report);
            Matcher p = PARTS_SENTENCE.matcher(joined.text);
            while (p.find()) {
                partsSentence(part, joined, p, parts, ctx.project().sections().size(), report);
            }
        }
        if (!windowStated) {
            report.accept(Finding.of(Finding.Severity.WARNING, MISSING, "opening", "", expected));
        }
    }

    /**
     * Where the prose states a statistics period (from the first date's start to the second's end),
     * in offsets of the prose: the dates there are this rule's to judge, not the date rule's.
     */
    static List<ProseText.Span> windowStatements(String prose, int contextYear) {
        ProseText.Joined joined = new ProseText.Joined(prose);
        List<ProseDate> dates = ProseDateScanner.scan(joined.text, contextYear);
        List<ProseText.Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            ProseDate from = dates.get(i);
            ProseDate to = dates.get(i + 1);
            if (GAP.matcher(joined.text).region(from.end(), to.start()).matches() && introduced(joined.text, from.start())) {
                out.add(new ProseText.Span(joined.source(from.start()), joined.source(to.end() - 1) + 1));
                i++;
            }
        }
        return out;
    }

    /** Reports each window sentence that names another window; true if the part states a window at all. */
    private static boolean windowSentences(CheckContext ctx, CheckContext.ProsePart part, ProseText.Joined joined,
                                           String expected, Consumer<Finding> report) {
        String text = joined.text;
        List<ProseDate> dates = ProseDateScanner.scan(text, ctx.window().start().getYear());
        boolean stated = false;
        for (int i = 0; i + 1 < dates.size(); i++) {
            ProseDate from = dates.get(i);
            ProseDate to = dates.get(i + 1);
            if (!GAP.matcher(text).region(from.end(), to.start()).matches() || !introduced(text, from.start())) {
                continue;
            }
            stated = true;
            i++;
            if (from.kind() != ProseDate.Kind.FULL || to.wrong()) {
                continue; // a malformed date is the date rule's finding
            }
            if (from.date().equals(ctx.window().start()) && to.date().equals(ctx.window().end())) {
                continue;
            }
            String written = joined.original(part.text(), from.start(), to.end());
            Finding f = Finding.of(Finding.Severity.ERROR, MISMATCH, part.at(joined.source(from.start())), written,
                    written.replace("\n", ""), expected);
            if (written.indexOf('\n') < 0) {
                String gap = text.substring(from.end(), to.start());
                f = f.withFix(new Finding.Fix(part.location(), joined.source(from.start()), written,
                        ChineseDates.format(ctx.window().start()) + gap + ChineseDates.format(ctx.window().end())));
            }
            report.accept(f);
        }
        return stated;
    }

    /** True if the words before {@code dateStart}, in its sentence, say that the statistics period follows. */
    private static boolean introduced(String text, int dateStart) {
        int sentence = ProseText.sentenceStart(text, dateStart);
        Matcher t = TRIGGER.matcher(text).region(sentence, dateStart);
        int triggerEnd = -1;
        while (t.find()) {
            triggerEnd = t.end();
        }
        return triggerEnd >= 0 && LEAD.matcher(text).region(triggerEnd, dateStart).matches();
    }

    private static void partsSentence(CheckContext.ProsePart part, ProseText.Joined joined, Matcher p, int numbered,
                                      int all, Consumer<Finding> report) {
        int written = ChineseNumerals.parse(p.group(3));
        if (written < 1) {
            return;
        }
        String excerpt = joined.text.substring(p.start(3), p.end());
        String location = part.at(joined.source(p.start(3)));
        int listed = listed(p.group(1));
        // Reports count the appendix or not; a sentence that lists it must count it.
        boolean listsAppendix = p.group(1).contains("附");
        int expected = listsAppendix ? all : numbered;
        // "…等七部分" usually follows the full list; a list of half the count or less is an abbreviation.
        boolean partial = "等".equals(p.group(2)) && listed * 2 <= written;
        if (listed >= 2 && (partial ? listed > written : listed != written)) {
            report.accept(Finding.of(Finding.Severity.WARNING, PARTS_LISTED, location, excerpt, listed, p.group(3)));
        } else if (expected > 0 && written != expected && (listsAppendix || written != all)) {
            report.accept(Finding.of(Finding.Severity.WARNING, PARTS, location, excerpt, p.group(3),
                    ChineseNumerals.of(expected), expected));
        }
    }

    /**
     * How many parts a sentence lists, where that can be told: items separated by ，or ；, or else by
     * 、 when no item is itself a run of 、-joined words (举报、复议、诉讼). -1 when it cannot be told.
     */
    static int listed(String list) {
        String s = list.strip().replaceFirst("^[：:]", "");
        for (String join : Proofreading.builtIn().partJoins) {
            s = s.replace(join, join.replace("、", "\u0001")); // 举报、复议、诉讼: one part with 、 inside
        }
        if (s.isEmpty()) {
            return -1;
        }
        String[] items;
        if (s.contains("，") || s.contains("；") || s.contains(";")) {
            items = s.split("[，；;,]");
        } else {
            items = s.split("、");
            for (String item : items) {
                if (item.strip().length() <= 2 && !item.strip().equals("概述") && !item.strip().equals("概况")) {
                    return -1; // 举报、复议、诉讼 or 新做法、新举措: one part written with 、 inside
                }
            }
        }
        List<String> real = new ArrayList<>();
        for (String item : items) {
            if (!item.isBlank()) {
                real.add(item);
            }
        }
        return real.size();
    }

    /** The report's numbered parts: its sections without the appendices. */
    private static int numberedParts(CheckContext ctx) {
        DocumentComposer composer = new DocumentComposer(ctx.kind());
        int n = 0;
        for (Section s : ctx.project().sections()) {
            if (!composer.isAppendix(s)) {
                n++;
            }
        }
        return n;
    }
}
