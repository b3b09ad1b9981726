package org.nianbao.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Location;
import org.nianbao.model.Project;
import org.nianbao.model.TableEntries;
import org.nianbao.stats.Figures;
import org.nianbao.stats.FormTableFigures;

/**
 * This year's 上年结转 equals last year's 结转下年度 when last year's project is linked: an
 * application carried forward must reappear, and none may appear from nowhere. A kind with the
 * government Table 3 compares the table as each year prints it (typed, or counted from the
 * applications), column by column: 二、上年结转 against last year's 四、结转下年度继续办理, with the fix
 * that fills in last year's figure; otherwise the applications carried over against last year's open ones.
 */
final class CarryOverRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        String link = ctx.project().previous();
        if (link.isEmpty()) {
            return;
        }
        if (!org.nianbao.model.PreviousLink.isFollowable(link)) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.previous.notRelative", "project", link, link));
            return;
        }
        if (ctx.previous().isEmpty()) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.previous.unreadable", "project", link, link));
            return;
        }
        Project last = ctx.previous().get();
        Optional<ReportKind.FormTable> table3 = ctx.kind().formTable(FormTableFigures.APPLICATIONS);
        if (table3.isPresent()) {
            table(ctx, table3.get(), last, link, report);
            return;
        }
        long forward = Figures.of(last).applicationsOpen();
        long carried = ctx.figures().applicationsCarriedOver();
        if (forward != carried) {
            report.accept(Finding.of(Finding.Severity.ERROR, "check.carryOver.mismatch", "project",
                    String.valueOf(carried), carried, forward, last.year()));
        }
    }

    /**
     * Each column's 二、上年结转 against last year's 四、结转下年度继续办理 as each table prints. A
     * figure that differs is an error; a blank one where last year carried something forward a
     * warning (the table is not filled in yet); where last year left the row blank there is nothing to compare.
     */
    private static void table(CheckContext ctx, ReportKind.FormTable t, Project last, String link, Consumer<Finding> report) {
        TableEntries now = FormTableFigures.printed(ctx.project(), ctx.kind());
        TableEntries then = FormTableFigures.printed(last, ctx.kind());
        String carriedOver = t.row(FormTableFigures.CARRIED_OVER).map(ReportKind.FormTable.Row::name).orElse(FormTableFigures.CARRIED_OVER);
        String forward = t.row(FormTableFigures.CARRIED_FORWARD).map(ReportKind.FormTable.Row::name).orElse(FormTableFigures.CARRIED_FORWARD);
        for (ReportKind.FormTable.Column c : t.columns()) {
            Optional<BigDecimal> lastYear = then.value(t.id(), FormTableFigures.CARRIED_FORWARD, c.id());
            if (lastYear.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> thisYear = now.value(t.id(), FormTableFigures.CARRIED_OVER, c.id());
            if (thisYear.isPresent() ? thisYear.get().compareTo(lastYear.get()) == 0 : lastYear.get().signum() == 0) {
                continue;
            }
            String where = new Location.Table(t.id(), FormTableFigures.CARRIED_OVER, c.id()).encode();
            String typed = ctx.project().tables().value(t.id(), FormTableFigures.CARRIED_OVER, c.id())
                    .map(BigDecimal::toPlainString).orElse("");
            String figure = thisYear.map(BigDecimal::toPlainString).orElse("");
            report.accept(Finding.of(thisYear.isPresent() ? Finding.Severity.ERROR : Finding.Severity.WARNING,
                    thisYear.isPresent() ? "check.carryOver.tableMismatch" : "check.carryOver.tableBlank", where, figure,
                    carriedOver, c.name(), figure, lastYear.get().toPlainString(), forward, link, last.year())
                    .withFix(new Finding.Fix(where, 0, typed, lastYear.get().toPlainString())));
        }
    }
}
