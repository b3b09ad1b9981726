package org.nianbao.check;

import org.nianbao.model.Location;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.DisclosureRecord;

/**
 * The statistics window: every record and application date inside it, the report dated after it
 * ends, and the deadline (31 October for the MOE kind) not passed.
 */
final class WindowRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        String window = ctx.window().chineseLabel();
        for (DisclosureRecord r : ctx.project().records()) {
            if (!ctx.window().contains(r.date())) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.window.record", Location.record(r.source().location()).encode(),
                        r.title(), ChineseDates.format(r.date()), window));
            }
        }
        for (ApplicationCase a : ctx.project().applications()) {
            if (!a.carriedOver() && a.received() != null && !ctx.window().contains(a.received())) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.window.application", Location.application(a.source().location()).encode(),
                        a.summary(), ChineseDates.format(a.received()), window));
            }
        }
        LocalDate reportDate = ctx.project().signOff().date();
        LocalDate deadline = ctx.kind().deadline(ctx.project().year());
        if (reportDate != null && !reportDate.isAfter(ctx.window().end())) {
            report.accept(Finding.of(Finding.Severity.ERROR, "check.reportDate.tooEarly", "signature",
                    ChineseDates.format(reportDate), ChineseDates.format(reportDate), ChineseDates.format(ctx.window().end())));
        }
        if (reportDate != null && reportDate.isAfter(deadline)) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.deadline.reportDateLate", "signature",
                    ChineseDates.format(reportDate), ChineseDates.format(reportDate), ChineseDates.format(deadline)));
        } else if (ctx.today().isAfter(deadline)) {
            report.accept(Finding.of(Finding.Severity.WARNING, "check.deadline.passed", "project",
                    ChineseDates.format(deadline), ChineseDates.format(deadline)));
        }
    }
}
