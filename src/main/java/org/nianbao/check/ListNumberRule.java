package org.nianbao.check;

import org.nianbao.model.Location;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.DisclosureRecord;

/**
 * A record filed under a 清单 category or item the kind does not have (a hand-edited or foreign
 * project: the import only takes the kind's own), or under an item of another category; a 清单 mark
 * for an item the kind does not have. Such a record would be counted but printed nowhere.
 */
final class ListNumberRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        Map<Integer, Integer> categoryOfItem = ctx.kind().items().stream()
                .collect(Collectors.toMap(ReportKind.ListItem::number, ReportKind.ListItem::category, (a, b) -> a));
        java.util.Set<Integer> categories = ctx.kind().categories().stream().map(ReportKind.Category::number)
                .collect(Collectors.toSet());
        for (DisclosureRecord r : ctx.project().records()) {
            String location = Location.record(r.source().location()).encode();
            if (r.category() != 0 && !categories.contains(r.category())) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.record.unknownCategory", location, r.title(), r.category()));
            } else if (r.item() != 0 && !categoryOfItem.containsKey(r.item())) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.record.unknownItem", location, r.title(), r.item()));
            } else if (r.item() != 0 && r.category() != 0 && categoryOfItem.get(r.item()) != r.category()) {
                report.accept(Finding.of(Finding.Severity.ERROR, "check.record.itemInOtherCategory", location, r.title(), r.item(),
                        categoryOfItem.get(r.item()), r.category()));
            }
        }
        for (int item : new java.util.TreeSet<>(ctx.project().itemMarks().keySet())) {
            if (!categoryOfItem.containsKey(item)) {
                report.accept(Finding.of(Finding.Severity.WARNING, "check.list.unknownItemMarked", new Location.Item(item).encode(), "", item));
            }
        }
    }
}
