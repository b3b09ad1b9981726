package org.nianbao.check;

import org.nianbao.model.Location;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.ChineseDates;

/**
 * Applications answered later than the kind's working-day limit (15 under 教育部令第29号, 20 under the
 * 条例), or than limit and extension when the note marks the reply as extended, counted with the
 * holiday calendar; applications still unanswered when their limit has passed; a reply dated before
 * its receipt.
 */
final class ApplicationRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        TreeSet<Integer> unknownYears = new TreeSet<>();
        for (ApplicationCase a : ctx.project().applications()) {
            if (a.received() == null) {
                continue;
            }
            // An application whose note says the reply was extended has the extension on top (29号令: 15 + 15;
            // 条例第三十三条: 20 + 20).
            int limit = ctx.kind().replyLimitWorkingDays()
                    + (ctx.kind().marksExtension(a.note()) ? ctx.kind().replyExtensionWorkingDays() : 0);
            String location = Location.application(a.source().location()).encode();
            LocalDate due = ctx.calendar().addWorkingDays(a.received(), limit);
            for (int y = a.received().getYear(); y <= due.getYear(); y++) {
                if (!ctx.calendar().knows(y)) {
                    unknownYears.add(y);
                }
            }
            if (a.replied() != null && a.replied().isBefore(a.received())) {
                // No person answers before she is asked: a typo in one of the two dates, not a fast reply.
                report.accept(Finding.of(Finding.Severity.ERROR, "check.application.replyBeforeReceipt", location, a.summary(),
                        ChineseDates.format(a.received()), ChineseDates.format(a.replied())));
            } else if (a.replied() != null) {
                int days = ctx.calendar().workingDaysBetween(a.received(), a.replied());
                if (days > limit) {
                    report.accept(Finding.of(Finding.Severity.WARNING, "check.application.overdue", location, a.summary(),
                            ChineseDates.format(a.received()), ChineseDates.format(a.replied()), days, limit));
                }
            } else if (due.isBefore(ctx.window().end())) {
                report.accept(Finding.of(Finding.Severity.WARNING, "check.application.unanswered", location, a.summary(),
                        ChineseDates.format(a.received()), ChineseDates.format(due), limit));
            }
        }
        for (int year : unknownYears) {
            report.accept(Finding.of(Finding.Severity.INFO, "check.application.calendarUnknown", "project", "", year));
        }
    }
}
