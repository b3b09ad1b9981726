package org.nianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.check.QuotedFigures;
import org.nianbao.i18n.Messages;

/**
 * The province's 总表 as values, shared by the workbook and the HTML page so both show the same
 * table and the same two charts: 主动公开 by channel for the province (the sum of each channel's column)
 * and the applications each college received.
 *
 * @param header             the 总表's column titles
 * @param lines              one per report, in the folder's order
 * @param channels           the channel columns, in order
 * @param byChannel          per channel, the sum of the figures the colleges give (估读 ones included)
 * @param receivedByCollege  per college that gives the figure, the applications it received
 */
public record GatherSummary(List<String> header, List<Line> lines, List<String> channels, Map<String, Long> byChannel,
                            Map<String, Long> receivedByCollege) {
    private static final String CHANNEL = "channel:";

    public GatherSummary {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
        channels = List.copyOf(channels);
        byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
        receivedByCollege = Collections.unmodifiableMap(new LinkedHashMap<>(receivedByCollege));
    }

    /**
     * One row of the 总表.
     *
     * @param cells     under {@link #header}: a String, a Long or an Integer, or null for an empty cell
     * @param estimates column → the sentence an 估读 figure came from
     */
    public record Line(List<Object> cells, Map<Integer, String> estimates) {
        public Line {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
            estimates = Map.copyOf(estimates);
        }
    }

    public static GatherSummary of(List<GatheredReport> reports, Messages m) {
        List<GatheredReport> read = reports.stream().filter(GatheredReport::read).toList();
        Set<String> channels = channels(read);
        List<String> header = new ArrayList<>(List.of(m.get("review.column.file"), m.get("review.column.institution"),
                m.get("review.column.year"), m.get("review.column.signature"), m.get("gather.column.source")));
        List<String> figureColumns = figureColumns(channels, m);
        header.addAll(figureColumns);
        header.addAll(List.of(m.get("review.column.errors"), m.get("review.column.warnings"), m.get("gather.column.problem")));
        List<Line> lines = new ArrayList<>();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        channels.forEach(c -> byChannel.put(c, 0L));
        Map<String, Long> received = new LinkedHashMap<>();
        for (GatheredReport g : reports) {
            List<Object> cells = new ArrayList<>(Collections.nCopies(header.size(), null));
            Map<Integer, String> estimates = new LinkedHashMap<>();
            cells.set(0, g.file().getFileName().toString());
            if (!g.read()) {
                cells.set(header.size() - 1, m.get(g.review().problemKey(), g.review().problemArgs().toArray()));
                lines.add(new Line(cells, estimates));
                continue;
            }
            cells.set(1, g.institution());
            cells.set(2, g.year());
            String sig = g.review().signatureKey();
            cells.set(3, sig.isEmpty() ? "" : m.get(sig));
            cells.set(4, m.get(g.embedded() ? "gather.source.embedded" : "gather.source.estimated"));
            Map<String, QuotedFigures.Quote> quotes = quotes(g, channels, m);
            int c = 5;
            for (Map.Entry<String, Long> figure : figures(g, channels, m).entrySet()) {
                cells.set(c, figure.getValue());
                if (quotes.containsKey(figure.getKey())) {
                    estimates.put(c, quotes.get(figure.getKey()).sentence());
                }
                if (figure.getValue() != null && byChannel.containsKey(figure.getKey())) {
                    byChannel.merge(figure.getKey(), figure.getValue(), Long::sum);
                }
                if (figure.getValue() != null && figure.getKey().equals(m.get("gather.column.received"))) {
                    received.merge(g.institution(), figure.getValue(), Long::sum);
                }
                c++;
            }
            cells.set(c++, g.review().errors());
            cells.set(c, g.review().warnings());
            lines.add(new Line(cells, estimates));
        }
        return new GatherSummary(header, lines, List.copyOf(channels), byChannel, received);
    }

    /** The channels the reports give, in the order the first report with data lists them; 估读 ones after. */
    static Set<String> channels(List<GatheredReport> read) {
        Set<String> channels = new LinkedHashSet<>();
        for (GatheredReport r : read) {
            if (r.embedded()) {
                r.data().path("channels").forEach(c -> channels.add(c.path("name").asText()));
            }
        }
        for (GatheredReport r : read) {
            r.estimates().keySet().stream().filter(f -> f.startsWith(CHANNEL)).sorted()
                    .forEach(f -> channels.add(f.substring(CHANNEL.length())));
        }
        return channels;
    }

    /** The 总表's figure columns, in order: 主动公开 total, each channel, applications received / carried in / carried out, 不涉及. */
    static List<String> figureColumns(Set<String> channels, Messages m) {
        List<String> titles = new ArrayList<>(List.of(m.get("gather.column.records")));
        titles.addAll(channels);
        titles.addAll(List.of(m.get("gather.column.received"), m.get("gather.column.carriedIn"), m.get("gather.column.open"),
                m.get("gather.column.notApplicable")));
        return titles;
    }

    /** A report's figures under the 总表's column titles; null where the report does not give one (empty is not 0). */
    static Map<String, Long> figures(GatheredReport g, Set<String> channels, Messages m) {
        Map<String, Long> out = new LinkedHashMap<>();
        figureColumns(channels, m).forEach(t -> out.put(t, null));
        if (g.embedded()) {
            JsonNode data = g.data();
            out.put(m.get("gather.column.records"), data.path("records").asLong());
            Map<String, Long> byChannel = new LinkedHashMap<>();
            data.path("channels").forEach(ch -> byChannel.put(ch.path("name").asText(), ch.path("figure").asLong()));
            for (String ch : channels) {
                out.put(ch, byChannel.getOrDefault(ch, 0L));
            }
            JsonNode apps = data.path("applications");
            out.put(m.get("gather.column.received"), apps.path("received").asLong());
            out.put(m.get("gather.column.carriedIn"), apps.path("carriedOverFromLastYear").asLong());
            out.put(m.get("gather.column.open"), apps.path("open").asLong());
            long notApplicable = 0;
            for (JsonNode item : data.path("items")) {
                notApplicable += item.path("notApplicable").asBoolean(false) ? 1 : 0;
            }
            out.put(m.get("gather.column.notApplicable"), notApplicable);
        } else {
            quotes(g, channels, m).forEach((title, quote) -> out.put(title, quote.value()));
        }
        return out;
    }

    /** A report's 估读 figures under the 总表's column titles, with the sentence each came from. */
    static Map<String, QuotedFigures.Quote> quotes(GatheredReport g, Set<String> channels, Messages m) {
        Map<String, QuotedFigures.Quote> out = new LinkedHashMap<>();
        for (QuotedFigures.Quote q : g.estimates().values()) {
            String title = switch (q.figure()) {
                case QuotedFigures.RECORDS_FIGURE -> m.get("gather.column.records");
                case QuotedFigures.RECEIVED -> m.get("gather.column.received");
                case QuotedFigures.CARRIED_IN_FIGURE -> m.get("gather.column.carriedIn");
                case QuotedFigures.CARRIED_OUT -> m.get("gather.column.open");
                default -> q.figure().startsWith(CHANNEL) && channels.contains(q.figure().substring(CHANNEL.length()))
                        ? q.figure().substring(CHANNEL.length()) : null;
            };
            if (title != null) {
                out.put(title, q);
            }
        }
        return out;
    }
}
