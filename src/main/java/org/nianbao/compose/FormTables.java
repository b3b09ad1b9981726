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
        int depth = 1 + cols.stream().mapToInt(c -> c.printedHeads().size()).max().orElse(0);
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<Block.Table.Cell> row = new ArrayList<>();
            if (level == 0 && t.rowNames()) {
                String corner = t.nameColumn().isEmpty() ? DocumentWords.get("summary.item") : t.nameColumn();
                row.add(new Block.Table.Cell(corner, 1, false, depth));
            }
            for (int i = 0; i < cols.size(); ) {
                List<String> heads = cols.get(i).printedHeads();
                if (level < heads.size()) {
                    // A header above the names: merged with the neighbours under the same heads so far.
                    int span = 1;
                    while (i + span < cols.size() && sameHeads(heads, cols.get(i + span).printedHeads(), level)) {
                        span++;
                    }
                    row.add(new Block.Table.Cell(heads.get(level), span, false));
                    i += span;
                } else {
                    if (level == heads.size()) {
                        row.add(new Block.Table.Cell(cols.get(i).name(), 1, false, depth - level));
                    }
                    i++;
                }
            }
            rows.add(row);
        }
        int width = cols.size() + (t.rowNames() ? 1 : 0);
        for (ReportKind.FormTable.Row row : t.rows()) {
            if (row.group()) {
                rows.add(List.of(new Block.Table.Cell(row.name(), width, true)));
                continue;
            }
            List<Block.Table.Cell> cells = new ArrayList<>();
            if (t.rowNames()) {
                cells.add(Block.Table.Cell.of(row.name()));
            }
            for (ReportKind.FormTable.Column c : cols) {
                cells.add(Block.Table.Cell.of(entries.value(t.id(), row.id(), c.id()).map(v -> v.toPlainString()).orElse("")));
            }
            rows.add(cells);
        }
        List<Float> widths = new ArrayList<>();
        if (t.rowNames()) {
            widths.add(Math.min(NAME_WIDTH_MAX, NAME_SHARE / cols.size()));
        }
        cols.forEach(c -> widths.add(1f));
        return new Block.Table(widths, depth, rows, "form:" + t.id());
    }

    /** Whether two columns share their header cells down to {@code level}. */
    private static boolean sameHeads(List<String> a, List<String> b, int level) {
        return b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
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
