package org.nianbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.compose.Fields;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ChineseNumerals;

/**
 * Figures written by hand that contradict the data: "官网发布250余条" while the departments' counts
 * (or, without counts, the records) say 190; "本学年共收到信息公开申请5件" while 3 were imported.
 * 余/多, 约 and 近 as {@link Approximate} reads them.
 * Channels with no data at all are not judged.
 */
final class ProseFiguresRule implements Rule {
    private static final Pattern NUMBER = Pattern.compile(
            "(约|近|共|累计|合计)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(条|篇|次|期|场|个|则)");
    private static final Pattern APPLICATIONS = Pattern.compile(
            "收到[^。；]{0,12}?申请(?:共)?(\\d+|[一二三四五六七八九十零〇两]+)件");
    /** How far after a channel's name its figure may stand, within one clause. */
    private static final int REACH = 16;

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Map<String, Long> dataByChannel = channelData(ctx);
        List<Map.Entry<String, String>> names = channelNames(ctx.kind());
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            for (Map.Entry<String, String> name : names) {
                Long data = dataByChannel.get(name.getValue());
                if (data == null) {
                    continue;
                }
                int from = 0;
                for (int at; (at = text.indexOf(name.getKey(), from)) >= 0; from = at + name.getKey().length()) {
                    if (coveredByLongerName(text, at, name.getKey(), names)) {
                        continue;
                    }
                    int end = Math.min(text.length(), at + name.getKey().length() + REACH);
                    String clause = text.substring(at + name.getKey().length(), end).split("[。；，,;]", 2)[0];
                    Matcher m = NUMBER.matcher(clause);
                    if (m.find() && !agrees(m, data)) {
                        String written = name.getKey() + clause.substring(0, m.end());
                        report.accept(Finding.of(Finding.Severity.ERROR, "check.prose.figureMismatch", part.at(at),
                                written, written, channelLabel(ctx.kind(), name.getValue()), data));
                    }
                }
            }
            if (!ctx.project().submissions().isEmpty()) {
                Matcher m = APPLICATIONS.matcher(text);
                while (m.find()) {
                    long written = ChineseNumerals.parse(m.group(1).replace('两', '二'));
                    long data = ctx.figures().applicationsNew();
                    if (written != data) {
                        report.accept(Finding.of(Finding.Severity.ERROR, "check.prose.applicationsMismatch", part.at(m.start()),
                                m.group(), m.group(), data));
                    }
                }
            }
        }
    }

    /** The kind's channels that have data, with it (the same figure the {{…发布条数}} fields print). */
    private static Map<String, Long> channelData(CheckContext ctx) {
        Map<String, Long> data = new HashMap<>();
        for (ReportKind.Channel c : ctx.kind().channels()) {
            Fields.channelData(ctx.kind(), ctx.figures(), c.id()).ifPresent(n -> data.put(c.id(), n));
        }
        return data;
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

    private static String channelLabel(ReportKind kind, String id) {
        return kind.channels().stream().filter(c -> c.id().equals(id)).map(ReportKind.Channel::name).findFirst().orElse(id);
    }

    static boolean agrees(Matcher m, long data) {
        boolean atLeast = m.group(4) != null;
        return Approximate.of(m.group(1), m.group(2), m.group(3) != null, atLeast).admits(data, atLeast);
    }
}
