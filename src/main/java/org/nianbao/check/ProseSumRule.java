package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.ChineseNumerals;

/**
 * Totals written beside their parts. Within one sentence: parts followed by 合计/总计/共 N must add up
 * to N, parts after 分别为 too, and parts after 其中 (which may list only some) may not exceed the
 * total before them; 余/多 read as "at least, below the
 * next step", 约 as ±10 %, 近 as "up to, within 10 %", so only sums that cannot agree are errors.
 * Within one paragraph: applications received (plus carried over from last year) must equal those
 * answered plus those carried over to next year, when all of them are written.
 */
final class ProseSumRule implements Rule {
    static final String SUM = "check.prose.sumMismatch";
    static final String BALANCE = "check.prose.applicationsBalance";

    private static final Pattern AMOUNT = Pattern.compile(
            "(约|近|超过|逾|达)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(人次|元|人|条|篇|件|次|个|项|场|期|名|份|则|所|门|台|套|户)");
    private static final Pattern PARTS_MARKER = Pattern.compile("其中|分别为|分别是");
    private static final Pattern TOTAL_WORD = Pattern.compile("(?:合计|总计|共计|总共|共|累计共|累计)");
    private static final Pattern CHANGE = Pattern.compile("增长|增加|减少|下降|同比|较上|比上|较去年|上升|提高|增幅|降幅|增多|减少了|多出|环比");
    private static final String NUMBER = "(\\d+|[一二三四五六七八九十两]+)";
    private static final Pattern RECEIVED = Pattern.compile("(?:收到|受理|新收)[^。；，,]{0,16}?申请[^。；，,\\d一二三四五六七八九十两]{0,4}?" + NUMBER + "件");
    private static final Pattern CARRIED_IN = Pattern.compile("上一?学?年度?结转[^。；，,\\d]{0,8}?" + NUMBER + "件");
    private static final Pattern ANSWERED = Pattern.compile("(?:已答复|已办结|办结|已处理|答复|办理完毕|处理完毕|完成答复|办理结果(?:合计|共计|总计))[^。；，,\\d率]{0,6}?" + NUMBER + "件");
    private static final Pattern CARRIED_OUT = Pattern.compile(
            "(?:结转(?:至|到)?下一?(?:学年|年度|年)[^。；，,\\d]{0,6}?" + NUMBER + "件|" + NUMBER + "件[^。；，,\\d]{0,6}?结转(?:至|到)?下一?(?:学年|年度|年)|(?:正在办理|尚在办理|仍在办理|办理中)[^。；，,\\d]{0,4}?" + NUMBER + "件)");

    /** A number in the prose with the range it stands for; a change (同比增长20条) is never a part or a total. */
    private record Amount(int start, int end, String unit, double low, double high, boolean change) {
    }

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            for (ProseText.Span paragraph : ProseText.paragraphs(text)) {
                int s = paragraph.start();
                while (s < paragraph.end()) {
                    int e = Math.min(paragraph.end(), ProseText.sentenceEnd(text, s));
                    sentence(part, text, s, e, report);
                    s = e;
                }
                balance(part, text, paragraph, report);
            }
        }
    }

    private static void sentence(CheckContext.ProsePart part, String text, int start, int end, Consumer<Finding> report) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text).region(start, end);
        while (m.find()) {
            if (ProseText.isDigit(ProseText.at(text, m.start() - 1)) || ProseText.isAsciiLetter(ProseText.at(text, m.start() - 1))
                    || isOrdinal(text, m.start())) {
                continue;
            }
            boolean atLeast = m.group(4) != null;
            Approximate range = Approximate.of(m.group(1), m.group(2), m.group(3) != null, atLeast);
            amounts.add(new Amount(m.start(), m.end(), m.group(5), range.low(), range.high(), isChange(text, m.start(), start)));
        }
        if (amounts.size() < 3) {
            return;
        }
        // Parts, then a clause of their total: "官网250条，微信190条，合计440条".
        for (int i = 2; i < amounts.size(); i++) {
            Amount total = amounts.get(i);
            if (!total.change() && startsClauseAsTotal(text, total.start(), start)) {
                List<Amount> parts = amounts.subList(0, i).stream()
                        .filter(a -> a.unit().equals(total.unit()) && !a.change()).toList();
                if (parts.size() >= 2 && (sum(parts, false) > total.high() || sum(parts, true) < total.low())) {
                    report(part, text, parts.get(0).start(), total.end(), parts, total, Finding.Severity.ERROR, report);
                }
                return;
            }
        }
        // A total, then its parts: "共1300余条，其中官网250余条、…" or "共980条，分别为410条、…".
        Matcher marker = PARTS_MARKER.matcher(text).region(start, end);
        while (marker.find()) {
            List<Amount> parts = listAfter(text, marker.end(), end, amounts);
            if (parts.size() < 2) {
                continue;
            }
            Amount total = null;
            for (Amount a : amounts) {
                if (a.end() <= marker.start() && a.unit().equals(parts.get(0).unit()) && !a.change()) {
                    total = a;
                }
            }
            if (total == null) {
                continue;
            }
            // 其中 may list only some of the parts, so only parts above the total are wrong; 分别为 lists them all.
            boolean exhaustive = marker.group().startsWith("分别");
            if (sum(parts, false) > total.high() || (exhaustive && sum(parts, true) < total.low())) {
                report(part, text, total.start(), parts.get(parts.size() - 1).end(), parts, total, Finding.Severity.ERROR, report);
            }
        }
    }

    /**
     * The parts listed after 其中 or 分别为: one amount per clause, the clauses joined by one kind of
     * separator (、 or ，), of one unit, ending at the sentence's end, a closing bracket, a change
     * (同比增长…) or a clause of another shape.
     */
    private static List<Amount> listAfter(String text, int from, int end, List<Amount> amounts) {
        List<Amount> parts = new ArrayList<>();
        char separator = 0;
        int pos = from;
        int stop = end;
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '）' || c == ')' || c == '\n') {
                stop = j;
                break;
            }
        }
        for (Amount a : amounts) {
            if (a.start() < pos) {
                continue;
            }
            if (a.end() > stop || a.change()) {
                break;
            }
            String gap = text.substring(pos, a.start());
            if (!parts.isEmpty()) {
                char sep = gap.indexOf('、') >= 0 ? '、' : gap.indexOf('，') >= 0 || gap.indexOf(',') >= 0 ? '，' : 0;
                boolean both = gap.indexOf('、') >= 0 && (gap.indexOf('，') >= 0 || gap.indexOf(',') >= 0);
                if (sep == 0 || both || (separator != 0 && sep != separator) || !a.unit().equals(parts.get(0).unit())
                        || gap.length() > 16) {
                    break;
                }
                separator = sep;
            } else if (gap.length() > 16) {
                break;
            }
            parts.add(a);
            pos = a.end();
        }
        return parts;
    }

    private static double sum(List<Amount> parts, boolean high) {
        return parts.stream().mapToDouble(high ? Amount::high : Amount::low).sum();
    }

    private static void report(CheckContext.ProsePart part, String text, int from, int to, List<Amount> parts, Amount total,
                               Finding.Severity severity, Consumer<Finding> report) {
        String excerpt = ProseText.quote(text.substring(from, to));
        String partsText = String.join("+", parts.stream().map(a -> text.substring(a.start(), a.end())).toList());
        report.accept(Finding.of(severity, SUM, part.at(from), excerpt, text.substring(total.start(), total.end()),
                partsText, format(sum(parts, false))));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** 同比增长20条, 较上年减少3件: a change, not a part. */
    private static boolean isChange(String text, int at, int sentenceStart) {
        int from = at;
        while (from > sentenceStart && at - from < 8 && "，,、；".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return CHANGE.matcher(text.substring(from, at)).find();
    }

    private static boolean isOrdinal(String text, int at) {
        return ProseText.at(text, at - 1) == '第';
    }

    /** The amount opens its clause with a total word: "，合计440条", "，共计1300余条". */
    private static boolean startsClauseAsTotal(String text, int at, int sentenceStart) {
        int clause = at;
        while (clause > sentenceStart && "，,、：:".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (clause == sentenceStart) {
            return false;
        }
        String head = text.substring(clause, at).replace("发布", "").replace("信息", "").replace("各类", "").strip();
        Matcher w = TOTAL_WORD.matcher(head);
        return w.lookingAt() && head.length() - w.end() <= 2 && !head.startsWith("累计");
    }

    private static void balance(CheckContext.ProsePart part, String text, ProseText.Span paragraph, Consumer<Finding> report) {
        String p = paragraph.of(text);
        Matcher received = RECEIVED.matcher(p);
        Matcher answered = ANSWERED.matcher(p);
        Matcher out = CARRIED_OUT.matcher(p);
        if (!received.find() || !out.find()) {
            return;
        }
        int receivedStart = received.start();
        int receivedEnd = received.end();
        if (!answered.find(receivedEnd)) {
            return;
        }
        int r = number(received.group(1));
        int a = number(answered.group(1));
        int o = number(out.group(1) != null ? out.group(1) : out.group(2) != null ? out.group(2) : out.group(3));
        Matcher in = CARRIED_IN.matcher(p);
        boolean carriedIn = in.find();
        int i = carriedIn ? number(in.group(1)) : 0;
        int from = carriedIn ? Math.min(receivedStart, in.start()) : receivedStart;
        if (r < 0 || a < 0 || o < 0 || i < 0 || received.find() || r + i == a + o) {
            return; // two figures for received applications: not one balance to check
        }
        int to = Math.max(out.end(), answered.end());
        report.accept(Finding.of(Finding.Severity.ERROR, BALANCE, part.at(paragraph.start() + receivedStart),
                ProseText.quote(p.substring(from, to)), r + i, a, o));
    }

    private static int number(String s) {
        return ChineseNumerals.parse(s.replace('两', '二'));
    }
}
