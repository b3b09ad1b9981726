package org.nianbao.check;

import org.nianbao.model.Location;
import java.util.function.Consumer;
import org.nianbao.intake.TemplateLayout;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;

/** Every 清单 item has a record or a place where it is published, or is marked 不涉及 with a reason. */
final class ListCoverageRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (ReportKind.ListItem item : ctx.kind().items()) {
            String label = TemplateLayout.itemLabel(item.number(), item.name());
            String location = new Location.Item(item.number()).encode();
            Project.ItemMark mark = ctx.project().itemMarks().get(item.number());
            boolean hasRecords = ctx.figures().recordsByItem().getOrDefault(item.number(), 0L) > 0;
            if (mark != null && mark.notApplicable()) {
                if (mark.reason().isEmpty()) {
                    report.accept(Finding.of(Finding.Severity.ERROR, "check.list.reasonMissing", location, label, label));
                }
                if (hasRecords) {
                    report.accept(Finding.of(Finding.Severity.WARNING, "check.list.notApplicableButPublished", location, label, label));
                }
                continue;
            }
            boolean hasPlace = mark != null && (!mark.column().isEmpty() || !mark.url().isEmpty());
            if (!hasRecords && !hasPlace) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.list.uncovered", location, label, label));
            }
        }
    }
}
