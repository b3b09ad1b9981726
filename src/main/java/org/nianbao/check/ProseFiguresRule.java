package org.nianbao.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
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
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Map<String, Long> dataByChannel = channelData(ctx);
        for (CheckContext.ProsePart part : ctx.prose()) {
            String text = part.text();
            for (QuotedFigures.ChannelQuote q : QuotedFigures.channels(text, ctx.kind())) {
                Long data = dataByChannel.get(q.channelId());
                if (data != null && !agrees(q.number(), data)) {
                    report.accept(Finding.of(Finding.Severity.ERROR, "check.prose.figureMismatch", part.at(q.at()),
                            q.written(), q.written(), channelLabel(ctx.kind(), q.channelId()), data));
                }
            }
            if (!ctx.project().submissions().isEmpty()) {
                Matcher m = QuotedFigures.APPLICATIONS.matcher(text);
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

    private static String channelLabel(ReportKind kind, String id) {
        return kind.channels().stream().filter(c -> c.id().equals(id)).map(ReportKind.Channel::name).findFirst().orElse(id);
    }

    static boolean agrees(MatchResult m, long data) {
        boolean atLeast = m.group(4) != null;
        return Approximate.of(m.group(1), m.group(2), m.group(3) != null, atLeast).admits(data, atLeast);
    }
}
