package org.nianbao.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;

/**
 * The appendix 清单事项公开情况表: one group row per category, one row per item with its status
 * (已公开 / 不涉及 / 未填写), where it is published or why it does not apply, and who is responsible.
 */
final class ListTable {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.nianbao.compose.document", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ListTable() {
    }

    static Block.Table of(ReportKind kind, Project project, Map<Integer, Long> recordsByItem) {
        List<List<Block.Table.Cell>> rows = new ArrayList<>();
        rows.add(List.of(cell("list.column.number"), cell("list.column.item"), cell("list.column.status"),
                cell("list.column.place"), cell("list.column.department")));
        for (ReportKind.Category c : kind.categories()) {
            rows.add(List.of(new Block.Table.Cell(c.numeral() + "、" + c.name(), 5, true)));
            for (ReportKind.ListItem item : kind.items()) {
                if (item.category() != c.number()) {
                    continue;
                }
                Project.ItemMark m = project.itemMarks().get(item.number());
                String status;
                String place;
                String department = m == null ? fromRecords(project, item.number()).department() : m.department();
                if (m != null && m.notApplicable()) {
                    status = TEXT.getString("list.status.notApplicable");
                    place = m.reason();
                } else if (m != null || recordsByItem.getOrDefault(item.number(), 0L) > 0) {
                    status = TEXT.getString("list.status.published");
                    place = m == null ? fromRecords(project, item.number()).place(kind) : join(m.column(), m.url());
                } else {
                    status = TEXT.getString("list.status.open");
                    place = "";
                }
                rows.add(List.of(Block.Table.Cell.of(String.valueOf(item.number())), Block.Table.Cell.of(item.printedName()),
                        Block.Table.Cell.of(status), Block.Table.Cell.of(place), Block.Table.Cell.of(department)));
            }
        }
        return new Block.Table(List.of(1.0f, 4.0f, 1.3f, 3.4f, 1.6f), 1, rows, "list-table");
    }

    /** What the departments' records of an item say about where it is published and who published it. */
    private record Reported(List<String> channels, String link, List<String> departments) {
        String place(ReportKind kind) {
            String names = channels.stream().map(id -> kind.channels().stream().filter(c -> c.id().equals(id))
                    .map(ReportKind.Channel::name).findFirst().orElse(id)).distinct()
                    .collect(java.util.stream.Collectors.joining(TEXT.getString("sentence.listSeparator")));
            return join(names, link);
        }

        String department() {
            return String.join(TEXT.getString("sentence.listSeparator"), departments);
        }
    }

    /**
     * An item with records but no mark of its own: its channels (most used first), the link of its
     * latest record that has one, and the departments that reported it.
     */
    private static Reported fromRecords(Project project, int item) {
        Map<String, Long> channels = new java.util.HashMap<>();
        List<String> departments = new ArrayList<>();
        org.nianbao.model.DisclosureRecord latestLinked = null;
        for (org.nianbao.model.DepartmentSubmission s : project.submissions()) {
            for (org.nianbao.model.DisclosureRecord r : s.records()) {
                if (r.item() != item) {
                    continue;
                }
                if (!r.channel().isEmpty()) {
                    channels.merge(r.channel(), 1L, Long::sum);
                }
                if (!s.isCarriedForward() && !departments.contains(s.department())) {
                    departments.add(s.department());
                }
                if (!r.link().isEmpty() && (latestLinked == null || r.date().isAfter(latestLinked.date()))) {
                    latestLinked = r;
                }
            }
        }
        List<String> byUse = channels.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new Reported(byUse, latestLinked == null ? "" : latestLinked.link(), departments);
    }

    private static String join(String column, String url) {
        if (column.isEmpty()) {
            return url;
        }
        return url.isEmpty() ? column : column + " " + url;
    }

    private static Block.Table.Cell cell(String key) {
        return Block.Table.Cell.of(TEXT.getString(key));
    }
}
