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
        top.add(Block.Table.Cell.of(t.nameColumn().isEmpty() ? DocumentWords.get("summary.item") : t.nameColumn()));
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

    /**
     * Tables that the form prints as one, block by block (Table 1 of the government form): each block
     * under its caption across the width, then its own header (信息内容 and the block's columns), then
     * its rows; a block with fewer figure columns than the widest spreads its last one across the rest.
     */
    static Block.Table sheet(List<ReportKind.FormTable> tables, TableEntries entries) {
        int width = tables.stream().mapToInt(t -> t.columns().size()).max().orElse(1);
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        for (ReportKind.FormTable t : tables) {
            String caption = t.title();
            boolean headed = false;
            for (ReportKind.FormTable.Row row : t.rows()) {
                if (!row.caption().isEmpty() && (headed || !row.caption().equals(caption))) {
                    caption = row.caption();
                    headed = false;
                }
                if (!headed) {
                    rows.add(List.of(new Block.Table.Cell(caption, width + 1, true)));
                    List<Block.Table.Cell> head = new ArrayList<>();
                    head.add(new Block.Table.Cell(t.nameColumn().isEmpty() ? DocumentWords.get("summary.item") : t.nameColumn(), 1, true));
                    spread(t.columns().stream().map(ReportKind.FormTable.Column::name).toList(), width, true, head);
                    rows.add(head);
                    headed = true;
                }
                List<Block.Table.Cell> cells = new ArrayList<>();
                cells.add(Block.Table.Cell.of(row.name()));
                spread(t.columns().stream().map(c -> entries.value(t.id(), row.id(), c.id()).map(v -> v.toPlainString()).orElse(""))
                        .toList(), width, false, cells);
                rows.add(cells);
            }
        }
        List<Float> widths = new ArrayList<>();
        widths.add(Math.min(NAME_WIDTH_MAX, NAME_SHARE / width));
        for (int i = 0; i < width; i++) {
            widths.add(1f);
        }
        return new Block.Table(widths, 0, rows, "form:" + tables.get(0).sheet());
    }

    /** Cells for {@code texts} across {@code width} columns, the last one spanning what is left. */
    private static void spread(List<String> texts, int width, boolean head, List<Block.Table.Cell> into) {
        for (int i = 0; i < texts.size(); i++) {
            int span = i == texts.size() - 1 ? width - i : 1;
            into.add(new Block.Table.Cell(texts.get(i), span, head));
        }
    }
}
