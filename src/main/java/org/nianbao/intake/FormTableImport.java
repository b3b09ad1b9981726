package org.nianbao.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.TableEntries;

/**
 * A form table read from a workbook or pasted text: every cell of the rows it holds, an empty cell
 * as empty (null), and what was wrong with it. Nothing is applied while an error stands.
 */
public record FormTableImport(ReportKind.FormTable table, List<Cell> cells, List<ImportIssue> issues) {
    public FormTableImport {
        cells = List.copyOf(cells);
        issues = List.copyOf(issues);
    }

    /** One cell as read; {@code value} is null for a cell left empty. */
    public record Cell(ReportKind.FormTable.Row row, ReportKind.FormTable.Column column, BigDecimal value) {
    }

    /** A cell whose figure the import changes. */
    public record Change(ReportKind.FormTable.Row row, ReportKind.FormTable.Column column, Optional<BigDecimal> before,
                         Optional<BigDecimal> after) {
        /** The column as the form prints it (a two-level header joined). */
        public String columnName() {
            return FormTableReader.display(column);
        }
    }

    public boolean refused() {
        return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
    }

    /** The cells whose figures differ from {@code current}, in the form's order. */
    public List<Change> changes(TableEntries current) {
        List<Change> out = new ArrayList<>();
        for (Cell c : cells) {
            Optional<BigDecimal> before = current.value(table.id(), c.row().id(), c.column().id());
            Optional<BigDecimal> after = Optional.ofNullable(c.value());
            boolean same = before.isPresent() && after.isPresent() ? before.get().compareTo(after.get()) == 0
                    : Objects.equals(before, after);
            if (!same) {
                out.add(new Change(c.row(), c.column(), before, after));
            }
        }
        return out;
    }

    /** {@code current} with every cell read set, the empty ones cleared. */
    public TableEntries applyTo(TableEntries current) {
        if (refused()) {
            throw new IllegalStateException("a refused import is not applied");
        }
        TableEntries out = current;
        for (Cell c : cells) {
            out = out.with(table.id(), c.row().id(), c.column().id(), c.value());
        }
        return out;
    }
}
