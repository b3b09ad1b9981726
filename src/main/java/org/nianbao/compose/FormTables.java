package org.nianbao.compose;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.TableEntries;

/**
 * A form table of the kind (government Tables 3 and 4) as the form prints it, with the figures the
 * secretary typed in: a column of row names, grouped columns under a merged header, group rows
 * across the width, blank cells left blank.
 */
final class FormTables {
    /** The row names take about a third of a 7-column table's width, less when there are many figure columns. */
    private static final float NAME_SHARE = 25f;
    private static final float NAME_WIDTH_MAX = 4f;

    private FormTables() {
    }

    static Block.Table of(ReportKind.FormTable t, TableEntries entries) {
        List<ReportKind.FormTable.Column> cols = t.columns();
        boolean grouped = cols.stream().anyMatch(c -> !c.group().isEmpty());
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        List<Block.Table.Cell> top = new ArrayList<>();
        top.add(Block.Table.Cell.of(DocumentWords.get("summary.item")));
        List<Block.Table.Cell> second = new ArrayList<>();
        second.add(Block.Table.Cell.of(""));
        for (int i = 0; i < cols.size(); ) {
            String group = cols.get(i).group();
            int span = 1;
            while (!group.isEmpty() && i + span < cols.size() && cols.get(i + span).group().equals(group)) {
                span++;
            }
            if (group.isEmpty()) {
                top.add(Block.Table.Cell.of(cols.get(i).name()));
                second.add(Block.Table.Cell.of(""));
            } else {
                top.add(new Block.Table.Cell(group, span, false));
                for (int k = 0; k < span; k++) {
                    second.add(Block.Table.Cell.of(cols.get(i + k).name()));
                }
            }
            i += span;
        }
        rows.add(top);
        if (grouped) {
            rows.add(second);
        }
        for (ReportKind.FormTable.Row row : t.rows()) {
            if (row.group()) {
                rows.add(List.of(new Block.Table.Cell(row.name(), cols.size() + 1, true)));
                continue;
            }
            List<Block.Table.Cell> cells = new ArrayList<>();
            cells.add(Block.Table.Cell.of(row.name()));
            for (ReportKind.FormTable.Column c : cols) {
                cells.add(Block.Table.Cell.of(entries.value(t.id(), row.id(), c.id()).map(v -> v.toPlainString()).orElse("")));
            }
            rows.add(cells);
        }
        List<Float> widths = new ArrayList<>();
        widths.add(Math.min(NAME_WIDTH_MAX, NAME_SHARE / cols.size()));
        cols.forEach(c -> widths.add(1f));
        return new Block.Table(widths, grouped ? 2 : 1, rows, "form:" + t.id());
    }
}
