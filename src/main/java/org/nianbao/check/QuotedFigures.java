package org.nianbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ChineseNumerals;

/**
 * Figures a report's prose quotes: "官网发布新闻612条" (a channel's), "报送的207条主动公开信息" (the
 * total), "共收到信息公开申请3件", "上学年结转的申请2件", "结转下学年1件". The check compares them with
 * the data ({@link ProseFiguresRule}); the province reads them as the figures of a report that carries
 * no data (估读), each with the sentence it came from.
 */
public final class QuotedFigures {
    /** A figure in a channel's clause: 约/近/共 before, 万 and 余/多 after, its unit. */
    static final Pattern NUMBER = Pattern.compile(
            "(约|近|共|累计|合计)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(条|篇|次|期|场|个|则)");
    static final Pattern APPLICATIONS = Pattern.compile(
            "收到[^。；]{0,12}?申请(?:共)?(\\d+|[一二三四五六七八九十零〇两]+)件");
    private static final String NUMERAL = "(\\d+|[一二三四五六七八九十零〇两]+)";
    private static final Pattern RECORDS = Pattern.compile(
            "(\\d+)条主动公开(?:的)?信息|主动公开(?:各类|政务|相关)?信息(?:共|合计|累计)?(\\d+)条");
    private static final Pattern CARRIED_IN = Pattern.compile(
            "上(?:一)?(?:学)?年(?:度)?结转(?:的|过来的)?(?:信息公开)?申请(?:共)?" + NUMERAL + "件");
    private static final Pattern NO_CARRIED_IN = Pattern.compile("(?:无|没有)上(?:一)?(?:学)?年(?:度)?结转");
    private static final Pattern OPEN = Pattern.compile(
            "结转(?:至|到)?下(?:一)?(?:学)?年(?:度)?(?:办理|处理)?(?:的)?(?:申请)?(?:共)?" + NUMERAL + "件");
    /** How far after a channel's name its figure may stand, within one clause. */
    static final int REACH = 16;

    /** The figures this reads, as {@link Quote#figure()} names them. */
    public static final String RECORDS_FIGURE = "records";
    public static final String RECEIVED = "received";
    public static final String CARRIED_IN_FIGURE = "carriedIn";
    public static final String CARRIED_OUT = "open";

    private QuotedFigures() {
    }

    /**
     * A figure the prose quotes.
     *
     * @param figure   {@code records}, {@code received}, {@code carriedIn}, {@code open}, or {@code channel:<channel name>}
     * @param written  the words that give it (官网发布新闻612条)
     * @param sentence the whole sentence it stands in, as the reader would look it up
     */
    public record Quote(String figure, long value, String written, String sentence) {
    }

    /** A channel's name and the figure after it in the same clause. */
    record ChannelQuote(String channelId, int at, String written, MatchResult number) {
    }

    /**
     * The first quote of each figure over the given texts (the report's parts in order): what the
     * province shows for a report without data. A figure written approximately (约250条, 250余条) gives
     * the number as written; its sentence says how.
     */
    public static Map<String, Quote> of(List<String> texts, ReportKind kind) {
        Map<String, Quote> out = new LinkedHashMap<>();
        for (String written : texts) {
            String text = withoutLayoutSpaces(written);
            find(out, text, RECORDS, RECORDS_FIGURE);
            for (ChannelQuote q : channels(text, kind)) {
                if (q.number().group(3) == null) { // 4.2万 is followers, not items published
                    String name = kind.channels().stream().filter(c -> c.id().equals(q.channelId())).findFirst()
                            .map(ReportKind.Channel::name).orElse(q.channelId());
                    long value = Math.round(Double.parseDouble(q.number().group(2)));
                    out.putIfAbsent("channel:" + name, new Quote("channel:" + name, value, q.written(), sentence(text, q.at())));
                }
            }
            find(out, text, APPLICATIONS, RECEIVED);
            find(out, text, CARRIED_IN, CARRIED_IN_FIGURE);
            Matcher none = NO_CARRIED_IN.matcher(text);
            if (!out.containsKey(CARRIED_IN_FIGURE) && none.find()) {
                out.put(CARRIED_IN_FIGURE, new Quote(CARRIED_IN_FIGURE, 0, none.group(), sentence(text, none.start())));
            }
            find(out, text, OPEN, CARRIED_OUT);
        }
        return out;
    }

    private static void find(Map<String, Quote> out, String text, Pattern pattern, String figure) {
        if (out.containsKey(figure)) {
            return;
        }
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            out.put(figure, new Quote(figure, ChineseNumerals.parse(number.replace('两', '二')), m.group(), sentence(text, m.start())));
        }
    }

    /** The sentence holding {@code at}, as {@link ProseText} bounds sentences. */
    static String sentence(String text, int at) {
        return text.substring(ProseText.sentenceStart(text, at), ProseText.sentenceEnd(text, at)).strip();
    }

    /**
     * The text without the spaces a layout puts between Chinese and digits ("信息 133 条" as a PDF
     * made by LibreOffice reads back): they are spacing, not words, and would hide the figure.
     */
    static String withoutLayoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u2002') {
                int j = i;
                while (j < text.length() && " \u00A0\u2009\u2002".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                int before = ProseText.at(text, i - 1);
                int after = ProseText.at(text, j);
                boolean hanBefore = ProseText.isHan(before) || ProseText.isChinesePunctuation(before);
                boolean hanAfter = ProseText.isHan(after) || ProseText.isChinesePunctuation(after);
                if ((hanBefore && ProseText.isDigit(after)) || (ProseText.isDigit(before) && hanAfter)) {
                    i = j - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every channel name (or synonym) in the text with the figure that follows it within its clause. */
    static List<ChannelQuote> channels(String text, ReportKind kind) {
        List<Map.Entry<String, String>> names = channelNames(kind);
        List<ChannelQuote> out = new ArrayList<>();
        for (Map.Entry<String, String> name : names) {
            int from = 0;
            for (int at; (at = text.indexOf(name.getKey(), from)) >= 0; from = at + name.getKey().length()) {
                if (coveredByLongerName(text, at, name.getKey(), names)) {
                    continue;
                }
                int end = Math.min(text.length(), at + name.getKey().length() + REACH);
                String clause = text.substring(at + name.getKey().length(), end).split("[。；，,;]", 2)[0];
                Matcher m = NUMBER.matcher(clause);
                if (m.find()) {
                    out.add(new ChannelQuote(name.getValue(), at, name.getKey() + clause.substring(0, m.end()), m.toMatchResult()));
                }
            }
        }
        return out;
    }

    /** Every name and synonym → channel id, longest first so 信息公开网 wins over 信息公开. */
    private static List<Map.Entry<String, String>> channelNames(ReportKind kind) {
        List<Map.Entry<String, String>> names = new ArrayList<>();
        for (ReportKind.Channel c : kind.channels()) {
            names.add(Map.entry(c.name(), c.id()));
            c.synonyms().forEach(s -> names.add(Map.entry(s, c.id())));
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return names;
    }

    private static boolean coveredByLongerName(String text, int at, String name, List<Map.Entry<String, String>> names) {
        for (Map.Entry<String, String> other : names) {
            String o = other.getKey();
            if (o.length() <= name.length() || !o.contains(name)) {
                continue;
            }
            int offset = o.indexOf(name);
            int start = at - offset;
            if (start >= 0 && text.startsWith(o, start)) {
                return true;
            }
        }
        return false;
    }
}
