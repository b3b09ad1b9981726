package org.nianbao.check;

import org.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.TableEntries;
import org.nianbao.stats.FormTableFigures;

/**
 * The cross-checks (勾稽关系) the government form prints under its tables, on the figures the
 * secretary typed in (with Table 3's blank cells counted from the applications, as printed); a typed
 * Table 3 figure that differs from the applications' count is a warning naming both. Table 3: for every column 一 + 二 = 三（七） + 四; every row's 总计 is the sum
 * of the applicant columns; （七） is the sum of the outcome rows; group rows hold no figures.
 * Table 4: each group's 总计 is 维持 + 纠正 + 其他 + 尚未审结. No figure is negative; counts are
 * whole (Table 1's fees, in 万元, may have decimals).
 * Row ids are the form's numbering ("3.7" is 三（七）), as the kind's layout names them. An empty
 * cell adds nothing to a sum, but a total left empty is reported as 未填写, never as 0.
 */
final class FormTableRule implements Rule {
    static final String APPLICATIONS = FormTableFigures.APPLICATIONS;
    static final String REVIEWS = "4";
    private static final String NEW = FormTableFigures.NEW;
    private static final String CARRIED_OVER = FormTableFigures.CARRIED_OVER;
    private static final String OUTCOMES_TOTAL = FormTableFigures.OUTCOMES_TOTAL;
    private static final String CARRIED_FORWARD = FormTableFigures.CARRIED_FORWARD;
    private static final String OUTCOME_PREFIX = FormTableFigures.OUTCOME_PREFIX;
    private static final String TOTAL = FormTableFigures.TOTAL;

    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        TableEntries typed = ctx.project().tables();
        TableEntries counted = FormTableFigures.counted(ctx.project(), ctx.kind());
        // The sums are checked on what the tables print: typed figures over those counted from the applications.
        TableEntries entries = typed.over(counted);
        for (ReportKind.FormTable table : ctx.kind().formTables()) {
            if (!typed.has(table.id())) {
                continue; // nothing typed: blank, or counted (which adds up by construction)
            }
            cells(table, typed, report);
            if (table.id().equals(APPLICATIONS)) {
                applications(table, entries, report);
                againstRecords(table, typed, counted, report);
            } else if (table.id().equals(REVIEWS)) {
                reviews(table, entries, report);
            }
        }
    }

    /**
     * A figure typed into Table 3 that differs from what the departments' applications count: a
     * warning naming the cell and both figures (which is right, the check cannot know), with the
     * fix that clears the typed figure so the counted one prints.
     */
    private static void againstRecords(ReportKind.FormTable t, TableEntries typed, TableEntries counted, Consumer<Finding> report) {
        for (ReportKind.FormTable.Row row : t.rows()) {
            for (ReportKind.FormTable.Column col : t.columns()) {
                java.util.Optional<BigDecimal> mine = typed.value(t.id(), row.id(), col.id());
                java.util.Optional<BigDecimal> theirs = counted.value(t.id(), row.id(), col.id());
                if (mine.isPresent() && theirs.isPresent() && mine.get().compareTo(theirs.get()) != 0) {
                    String where = location(t, row, col);
                    report.accept(Finding.of(Finding.Severity.WARNING, "check.table.differsFromRecords", where,
                            mine.get().toPlainString(), t.id(), row.name(), col.name(), mine.get().toPlainString(),
                            theirs.get().toPlainString())
                            .withFix(new Finding.Fix(where, 0, mine.get().toPlainString(), "")));
                }
            }
        }
    }

    /** Whole, non-negative counts, and nothing in a group row. */
    private static void cells(ReportKind.FormTable table, TableEntries entries, Consumer<Finding> report) {
        for (ReportKind.FormTable.Row row : table.rows()) {
            for (ReportKind.FormTable.Column col : table.columns()) {
                entries.value(table.id(), row.id(), col.id()).ifPresent(v -> {
                    String where = location(table, row, col);
                    if (row.group()) {
                        report.accept(Finding.of(Finding.Severity.ERROR, "check.table.groupRowFilled", where,
                                v.toPlainString(), table.id(), row.name(), col.name()));
                    } else if (v.signum() < 0) {
                        report.accept(Finding.of(Finding.Severity.ERROR, "check.table.negative", where,
                                v.toPlainString(), table.id(), row.name(), col.name()));
                    } else if (!table.decimal() && v.stripTrailingZeros().scale() > 0) {
                        report.accept(Finding.of(Finding.Severity.ERROR, "check.table.notACount", where,
                                v.toPlainString(), table.id(), row.name(), col.name()));
                    }
                });
            }
        }
    }

    private static void applications(ReportKind.FormTable t, TableEntries e, Consumer<Finding> report) {
        List<ReportKind.FormTable.Column> applicants = t.columns().stream().filter(c -> !c.id().equals(TOTAL)).toList();
        for (ReportKind.FormTable.Column col : t.columns()) {
            BigDecimal in = v(t, e, NEW, col).add(v(t, e, CARRIED_OVER, col));
            BigDecimal out = v(t, e, OUTCOMES_TOTAL, col).add(v(t, e, CARRIED_FORWARD, col));
            if (in.compareTo(out) != 0) {
                boolean nothingOut = blank(t, e, OUTCOMES_TOTAL, col) && blank(t, e, CARRIED_FORWARD, col);
                report.accept(Finding.of(Finding.Severity.ERROR, nothingOut ? "check.table.unbalancedBlank" : "check.table.unbalanced",
                        location(t, CARRIED_FORWARD, col), col.name(), col.name(), in.toPlainString(), out.toPlainString()));
            }
            BigDecimal outcomes = BigDecimal.ZERO;
            for (ReportKind.FormTable.Row row : t.rows()) {
                if (row.id().startsWith(OUTCOME_PREFIX) && !row.group() && !row.id().equals(OUTCOMES_TOTAL)) {
                    outcomes = outcomes.add(v(t, e, row.id(), col));
                }
            }
            if (outcomes.compareTo(v(t, e, OUTCOMES_TOTAL, col)) != 0) {
                report.accept(Finding.of(Finding.Severity.ERROR,
                        blank(t, e, OUTCOMES_TOTAL, col) ? "check.table.outcomesTotalBlank" : "check.table.outcomesTotal",
                        location(t, OUTCOMES_TOTAL, col),
                        col.name(), col.name(), v(t, e, OUTCOMES_TOTAL, col).toPlainString(), outcomes.toPlainString()));
            }
        }
        if (t.column(TOTAL).isEmpty()) {
            return;
        }
        for (ReportKind.FormTable.Row row : t.rows()) {
            if (row.group()) {
                continue;
            }
            BigDecimal sum = applicants.stream().map(c -> v(t, e, row.id(), c)).reduce(BigDecimal.ZERO, BigDecimal::add);
            ReportKind.FormTable.Column totalColumn = t.column(TOTAL).get();
            BigDecimal total = v(t, e, row.id(), totalColumn);
            if (sum.compareTo(total) != 0) {
                report.accept(Finding.of(Finding.Severity.ERROR,
                        blank(t, e, row.id(), totalColumn) ? "check.table.rowTotalBlank" : "check.table.rowTotal",
                        location(t, row, totalColumn),
                        row.name(), t.id(), row.name(), total.toPlainString(), sum.toPlainString()));
            }
        }
    }

    /** Columns are {@code <group>.<result>}; each group's {@code total} is the sum of its other results. */
    private static void reviews(ReportKind.FormTable t, TableEntries e, Consumer<Finding> report) {
        for (ReportKind.FormTable.Row row : t.rows()) {
            for (ReportKind.FormTable.Column total : t.columns()) {
                if (!total.id().endsWith("." + TOTAL)) {
                    continue;
                }
                String group = total.id().substring(0, total.id().length() - TOTAL.length());
                BigDecimal sum = t.columns().stream().filter(c -> c.id().startsWith(group) && c != total)
                        .map(c -> v(t, e, row.id(), c)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(v(t, e, row.id(), total)) != 0) {
                    report.accept(Finding.of(Finding.Severity.ERROR,
                            blank(t, e, row.id(), total) ? "check.table.groupTotalBlank" : "check.table.groupTotal", location(t, row, total),
                            total.group(), total.group(), v(t, e, row.id(), total).toPlainString(), sum.toPlainString()));
                }
            }
        }
    }

    /** A cell left empty, which the messages name as such rather than as 0 (the sums still count it as nothing). */
    private static boolean blank(ReportKind.FormTable t, TableEntries e, String row, ReportKind.FormTable.Column col) {
        return e.value(t.id(), row, col.id()).isEmpty();
    }

    private static BigDecimal v(ReportKind.FormTable t, TableEntries e, String row, ReportKind.FormTable.Column col) {
        return e.valueOrZero(t.id(), row, col.id());
    }

    /**
     * {@code table:<table>/<row>/<column>}, one place per cell, so an accepted finding stays on the
     * column it was accepted for. A column's balance is placed on its 四 (carried forward) cell.
     */
    private static String location(ReportKind.FormTable t, ReportKind.FormTable.Row row, ReportKind.FormTable.Column col) {
        return location(t, row.id(), col);
    }

    private static String location(ReportKind.FormTable t, String row, ReportKind.FormTable.Column col) {
        return new Location.Table(t.id(), row, col.id()).encode();
    }
}
