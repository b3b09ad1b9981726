package org.nianbao.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.kind.ReportKind;
import org.nianbao.stats.Figures;

/**
 * The statistics tables the report quotes: publications per channel, records per 清单 category,
 * applications by outcome. A table with no data at all is left out rather than printed as zeros.
 */
public final class SummaryTables {

    private SummaryTables() {
    }

    /**
     * The header rows of these tables as printed: a published report read back knows them as figures
     * composed from the data (next year's project composes its own), not as prose.
     */
    public static List<List<String>> headers() {
        return List.of(
                List.of(DocumentWords.get("summary.channel"), DocumentWords.get("summary.published")),
                List.of(DocumentWords.get("summary.category"), DocumentWords.get("summary.records")),
                List.of(DocumentWords.get("summary.item"), DocumentWords.get("summary.applications")));
    }

    static Optional<Block.Table> channels(ReportKind kind, Figures f) {
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        rows.add(List.of(cell("summary.channel"), cell("summary.published")));
        for (ReportKind.Channel c : kind.channels()) {
            long n = Fields.channelFigure(kind, f, c.id());
            if (n > 0) {
                rows.add(row(c.name(), n));
            }
        }
        f.recordsByChannel().forEach((channel, n) -> {
            boolean known = channel.isEmpty() || kind.channels().stream().anyMatch(c -> c.id().equals(channel));
            if (!known) {
                rows.add(row(channel, n));
            }
        });
        long unstated = f.recordsByChannel().getOrDefault("", 0L);
        if (unstated > 0) {
            rows.add(row(DocumentWords.get("summary.noChannel"), unstated));
        }
        return rows.size() == 1 ? Optional.empty() : Optional.of(new Block.Table(List.of(3f, 1.5f), 1, rows, "channels"));
    }

    static Optional<Block.Table> categories(ReportKind kind, Figures f) {
        if (f.records() == 0) {
            return Optional.empty();
        }
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        rows.add(List.of(cell("summary.category"), cell("summary.records")));
        for (ReportKind.Category c : kind.categories()) {
            rows.add(row(c.numeral() + "、" + c.name(), f.recordsByCategory().getOrDefault(c.number(), 0L)));
        }
        long uncategorised = f.recordsByCategory().getOrDefault(0, 0L);
        if (uncategorised > 0) {
            rows.add(row(DocumentWords.get("summary.uncategorised"), uncategorised));
        }
        rows.add(row(DocumentWords.get("summary.total"), f.records()));
        return Optional.of(new Block.Table(List.of(3f, 1.5f), 1, rows, "categories"));
    }

    /** 本年新收 + 上年结转 = 办结 (by outcome) + 结转下年度, as the government table prints it. */
    static Optional<Block.Table> outcomes(ReportKind kind, Figures f) {
        if (f.applicationsNew() + f.applicationsCarriedOver() == 0) {
            return Optional.empty();
        }
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        rows.add(List.of(cell("summary.item"), cell("summary.applications")));
        rows.add(row(DocumentWords.get("summary.new", kind), f.applicationsNew()));
        rows.add(row(DocumentWords.get("summary.carriedOver", kind), f.applicationsCarriedOver()));
        for (ReportKind.Outcome o : kind.outcomes()) {
            long n = f.applicationsByOutcome().getOrDefault(o.code(), 0L);
            if (n > 0) {
                rows.add(row(o.name(), n));
            }
        }
        rows.add(row(DocumentWords.get("summary.forward", kind), f.applicationsOpen()));
        return Optional.of(new Block.Table(List.of(3f, 1.5f), 1, rows, "outcomes"));
    }

    private static List<Block.Table.Cell> row(String label, long n) {
        return List.of(Block.Table.Cell.of(label), Block.Table.Cell.of(String.valueOf(n)));
    }

    private static Block.Table.Cell cell(String key) {
        return Block.Table.Cell.of(DocumentWords.get(key));
    }
}
