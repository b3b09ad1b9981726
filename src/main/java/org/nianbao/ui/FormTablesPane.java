package org.nianbao.ui;

import org.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;

/**
 * The hand-entered tables a section of the kind asks for (e.g. the government report's Tables 3
 * and 4): one field per cell, kept as it is typed; a cell that is not a number is refused on the
 * spot and the project keeps the previous figure. The checks say which sums do not add up. A
 * whole table copied from Word, WPS, a browser or a spreadsheet pastes into any cell (Ctrl+V).
 */
final class FormTablesPane {
    private final WizardViewModel vm;
    private final UiText text;
    private final VBox tables = new VBox(14);
    private final ScrollPane root = new ScrollPane(tables);
    private final Map<String, TextField> cells = new LinkedHashMap<>();
    private boolean loading;

    FormTablesPane(WizardViewModel vm) {
        this.vm = vm;
        this.text = vm.text();
        tables.setPadding(new Insets(6));
        root.setId("form-tables");
        root.setFitToWidth(true);
    }

    Node node() {
        return root;
    }

    /** The form tables of a section ({@code form:<id>} in the kind's outline), or none. */
    static List<ReportKind.FormTable> of(ReportKind kind, String sectionId) {
        return WizardViewModel.tablesOf(kind, sectionId).stream()
                .filter(t -> t.startsWith(ReportKind.OutlineSection.FORM_TABLE_PREFIX))
                .map(t -> kind.formTable(t.substring(ReportKind.OutlineSection.FORM_TABLE_PREFIX.length())))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** Builds the fields for a section's tables and fills them from the project. */
    void show(String sectionId) {
        ProjectSession s = vm.session();
        cells.clear();
        tables.getChildren().clear();
        for (ReportKind.FormTable t : of(s.kind(), sectionId)) {
            Label title = new Label(t.title());
            title.getStyleClass().add("pane-title");
            title.setWrapText(true);
            GridPane grid = new GridPane();
            grid.getStyleClass().add("form-table");
            grid.setHgap(4);
            grid.setVgap(4);
            for (int c = 0; c < t.columns().size(); c++) {
                ReportKind.FormTable.Column col = t.columns().get(c);
                Label head = new Label(col.group().isEmpty() ? col.name() : col.group() + "\n" + col.name());
                head.setWrapText(true);
                head.setMaxWidth(110);
                head.getStyleClass().add("printed-table-header");
                grid.add(head, c + 1, 0);
            }
            int r = 1;
            for (ReportKind.FormTable.Row row : t.rows()) {
                Label name = new Label(row.name());
                name.setWrapText(true);
                name.setMaxWidth(260);
                grid.add(name, 0, r);
                if (!row.group()) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        ReportKind.FormTable.Column col = t.columns().get(c);
                        TextField cell = new CellField(t);
                        cell.setPrefColumnCount(5);
                        cell.setId("cell-" + t.id() + "-" + row.id() + "-" + col.id());
                        cell.textProperty().addListener((obs, old, now) -> commit(t, row, col, cell, now));
                        cells.put(key(t.id(), row.id(), col.id()), cell);
                        grid.add(cell, c + 1, r);
                    }
                } else {
                    name.getStyleClass().add("printed-table-header");
                }
                r++;
            }
            tables.getChildren().addAll(title, grid);
        }
        load();
    }

    /**
     * A cell that takes a whole table from the clipboard: text with tabs or several lines (copied
     * from Word, WPS, a browser or a spreadsheet) fills the table by its printed names.
     */
    private final class CellField extends TextField {
        private final ReportKind.FormTable table;

        CellField(ReportKind.FormTable table) {
            this.table = table;
        }

        @Override
        public void paste() {
            String pasted = Clipboard.getSystemClipboard().getString();
            if (pasted == null || (pasted.indexOf('\t') < 0 && pasted.strip().indexOf('\n') < 0)) {
                super.paste();
                return;
            }
            if (vm.pasteTable(table, pasted)) {
                refill();
            }
        }
    }

    private static String key(String table, String row, String column) {
        return table + "/" + row + "/" + column;
    }

    private void commit(ReportKind.FormTable t, ReportKind.FormTable.Row row, ReportKind.FormTable.Column col, TextField cell,
            String typed) {
        if (loading) {
            return;
        }
        BigDecimal value;
        try {
            value = org.nianbao.model.ValueRanges.typedFigure(typed);
        } catch (org.nianbao.model.InvalidValueException e) {
            cell.getStyleClass().add("cell-invalid");
            vm.setStatus(text.get("ui.form.notANumber", typed, row.name(), col.name()));
            return;
        }
        cell.getStyleClass().remove("cell-invalid");
        vm.edit(p -> p.withTableEntry(t.id(), row.id(), col.id(), value));
    }

    /** Fills every field from the project (fields being typed into keep what is typed). */
    void load() {
        fill(false);
    }

    /** Fills every field from the project, the one with the caret too (after a whole table was pasted). */
    private void refill() {
        fill(true);
    }

    private void fill(boolean all) {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        Project p = s.project();
        // What a blank cell prints: Table 3 counted from the departments' applications, shown greyed.
        org.nianbao.model.TableEntries counted = s.countedTables();
        loading = true;
        try {
            cells.forEach((k, field) -> {
                String[] parts = k.split("/", 3);
                field.setPromptText(counted.value(parts[0], parts[1], parts[2]).map(BigDecimal::toPlainString).orElse(""));
                String value = p.tables().value(parts[0], parts[1], parts[2]).map(BigDecimal::toPlainString).orElse("");
                if ((all || !field.isFocused()) && !field.getText().equals(value)) {
                    field.setText(value);
                }
            });
        } finally {
            loading = false;
        }
    }

    /**
     * Puts the caret in a finding's cell ({@code table:<id>/<row>/<column>}), or the first cell of a
     * row or table an older location names. Deferred: the step list takes the focus while it
     * selects the step that shows the table.
     */
    void focus(String location) {
        if (!(Location.parse(location) instanceof Location.Table table)) {
            return;
        }
        String place = table.path();
        TextField exact = cells.get(place);
        String prefix = place + "/";
        TextField target = exact != null ? exact
                : cells.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (target != null) {
            javafx.application.Platform.runLater(target::requestFocus);
        }
    }
}
