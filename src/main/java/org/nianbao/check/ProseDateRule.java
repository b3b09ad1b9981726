package org.nianbao.check;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.nianbao.check.ProseDateScanner.ProseDate;
import org.nianbao.model.ChineseDates;

/**
 * Dates written in the prose: each one outside the window is flagged (except the report date),
 * and digit runs that lost their 年 or 月 ("202191日") are named with the date they likely meant.
 */
final class ProseDateRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        LocalDate reportDate = ctx.project().signOff().date();
        String window = ctx.window().chineseLabel();
        for (CheckContext.ProsePart part : ctx.prose()) {
            for (ProseDate d : ProseDateScanner.scan(part.text(), ctx.window().start().getYear())) {
                switch (d.kind()) {
                    case MALFORMED -> report.accept(d.likelyIntended() == null
                            ? Finding.of(Finding.Severity.ERROR, "check.prose.malformedDate", part.at(d.start()), d.excerpt(), d.excerpt())
                            : Finding.of(Finding.Severity.ERROR, "check.prose.malformedDateLikely", part.at(d.start()), d.excerpt(),
                                    d.excerpt(), ChineseDates.format(d.likelyIntended())));
                    case FULL, YEAR_IMPLIED -> {
                        LocalDate date = d.date();
                        if (ctx.window().contains(date) || date.equals(reportDate)) {
                            continue;
                        }
                        // "3月1日" with no year before it: the academic year's spring is in its second calendar year.
                        if (d.kind() == ProseDate.Kind.YEAR_IMPLIED
                                && ctx.window().contains(date.withYear(ctx.window().end().getYear()))) {
                            continue;
                        }
                        report.accept(Finding.of(Finding.Severity.WARNING, "check.prose.dateOutsideWindow", part.at(d.start()),
                                d.excerpt(), d.excerpt(), window));
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
