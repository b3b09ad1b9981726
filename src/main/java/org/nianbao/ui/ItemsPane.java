package org.nianbao.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.stats.Figures;
import org.nianbao.workspace.ProjectSession;

/**
 * The 清单 items of the appendix: how many records each has from the departments, and where each
 * is published or why it does not apply. Several rows can be marked at once.
 */
final class ItemsPane {
    /** One item as shown. */
    record Row(int number, String name, long records, String state, String place, String department) {
    }

    private final WizardViewModel vm;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(rows);
    private final VBox root;

    ItemsPane(WizardViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.text = vm.text();
        table.setId("items");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(Columns.of(text.get("ui.items.col.number"), r -> String.valueOf(r.number()), 50));
        table.getColumns().add(Columns.of(text.get("ui.items.col.name"), Row::name, 300));
        table.getColumns().add(Columns.of(text.get("ui.items.col.records"), r -> String.valueOf(r.records()), 70));
        table.getColumns().add(Columns.of(text.get("ui.items.col.state"), Row::state, 90));
        table.getColumns().add(Columns.of(text.get("ui.items.col.place"), Row::place, 220));
        table.getColumns().add(Columns.of(text.get("ui.items.col.department"), Row::department, 110));
        Button published = new Button(text.get("ui.items.published"));
        published.setId("items-published");
        published.setOnAction(e -> {
            List<Integer> chosen = selected();
            if (!chosen.isEmpty()) {
                dialogs.text(table.getScene().getWindow(), text.get("ui.items.published"), text.get("ui.items.placePrompt"), "")
                        .ifPresent(place -> mark(chosen, n -> place.startsWith("http")
                                ? new Project.ItemMark(false, "", "", place, department(n))
                                : new Project.ItemMark(false, "", place, "", department(n))));
            }
        });
        Button notApplicable = new Button(text.get("ui.items.notApplicable"));
        notApplicable.setId("items-not-applicable");
        notApplicable.setOnAction(e -> {
            List<Integer> chosen = selected();
            if (!chosen.isEmpty()) {
                dialogs.text(table.getScene().getWindow(), text.get("ui.items.notApplicable"), text.get("ui.items.reasonPrompt"), "")
                        .ifPresent(reason -> mark(chosen, n -> new Project.ItemMark(true, reason, "", "", department(n))));
            }
        });
        Button clear = new Button(text.get("ui.items.clear"));
        clear.setId("items-clear");
        clear.setOnAction(e -> mark(selected(), n -> null));
        Button all = new Button(text.get("ui.items.selectAll"));
        all.setId("items-select-all");
        all.setOnAction(e -> table.getSelectionModel().selectAll());
        Label title = new Label(text.get("ui.items.title"));
        title.getStyleClass().add("pane-title");
        root = new VBox(6, title, new HBox(8, all, published, notApplicable, clear), table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    private String department(int number) {
        Project.ItemMark mark = vm.session().project().itemMarks().get(number);
        return mark == null ? "" : mark.department();
    }

    private List<Integer> selected() {
        return table.getSelectionModel().getSelectedItems().stream().map(Row::number).toList();
    }

    private void mark(List<Integer> numbers, Function<Integer, Project.ItemMark> mark) {
        vm.edit(p -> {
            Project changed = p;
            for (int n : numbers) {
                changed = changed.withItemMark(n, mark.apply(n));
            }
            return changed;
        });
        refresh();
    }

    /** Recounts the items off the app's thread (the counts come from every record). */
    void refresh() {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        Project p = s.project();
        vm.background().run(() -> rowsOf(s.kind(), p), built -> {
            if (!built.equals(rows)) {
                List<Integer> keep = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
                rows.setAll(built);
                keep.forEach(i -> table.getSelectionModel().select(i));
            }
        }, error -> vm.setStatus(vm.message(error)));
    }

    private List<Row> rowsOf(ReportKind kind, Project p) {
        Map<Integer, Long> byItem = Figures.of(p).recordsByItem();
        List<Row> built = new ArrayList<>();
        for (ReportKind.ListItem item : kind.items()) {
            Project.ItemMark mark = p.itemMarks().get(item.number());
            long records = byItem.getOrDefault(item.number(), 0L);
            String state;
            String place = "";
            if (mark != null && mark.notApplicable()) {
                state = text.get("ui.items.state.notApplicable");
                place = mark.reason();
            } else if (mark != null && (!mark.column().isEmpty() || !mark.url().isEmpty())) {
                state = text.get("ui.items.state.published");
                place = mark.column().isEmpty() ? mark.url() : mark.column();
            } else if (records > 0) {
                state = text.get("ui.items.state.published");
            } else {
                state = text.get("ui.items.state.uncovered");
            }
            built.add(new Row(item.number(), item.name(), records, state, place, mark == null ? "" : mark.department()));
        }
        return built;
    }
}
