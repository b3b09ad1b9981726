package org.nianbao.check;

import java.util.function.Consumer;
import org.nianbao.stats.Figures;

/**
 * This year's 上年结转 equals last year's 结转下年度 when last year's project is linked: an
 * application carried forward must reappear, and none may appear from nowhere.
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
        long forward = Figures.of(ctx.previous().get()).applicationsOpen();
        long carried = ctx.figures().applicationsCarriedOver();
        if (forward != carried) {
            report.accept(Finding.of(Finding.Severity.ERROR, "check.carryOver.mismatch", "project",
                    String.valueOf(carried), carried, forward, ctx.previous().get().year()));
        }
    }
}
