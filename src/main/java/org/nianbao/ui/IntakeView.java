package org.nianbao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.intake.ImportOptions;

/**
 * 部门报送: templates for the departments, their workbooks back in (picked, or dropped onto this
 * step — files or whole folders), a board of who has sent what, and every issue of the last
 * import with its file, sheet and cell. Import runs off the app's thread and can be cancelled.
 */
final class IntakeView implements StepView {
    private final IntakeModel model;
    private final UiText text;
    private final VBox root = new VBox(8);
    private final WizardViewModel vm;
    private final Label focus = new Label();
    private final TableView<IntakeModel.IssueRow> issues;

    IntakeView(WizardViewModel vm, IntakeModel model, Dialogs dialogs) {
        this.model = model;
        this.vm = vm;
        this.text = vm.text();
        focus.setId("intake-focus");
        focus.getStyleClass().add("finding-error");
        focus.setWrapText(true);
        focus.setManaged(false);
        focus.setVisible(false);
        Label title = new Label(text.get("ui.step.intake"));
        title.getStyleClass().add("section-heading");

        Button templates = new Button(text.get("ui.intake.templates"));
        templates.setId("write-templates");
        templates.setOnAction(e -> dialogs.folder(root.getScene().getWindow(), text.get("ui.intake.templatesFolder"))
                .ifPresent(model::writeTemplates));
        Button importFiles = new Button(text.get("ui.intake.import"));
        importFiles.setId("import-files");
        importFiles.setOnAction(e -> start(dialogs.workbooks(root.getScene().getWindow())));
        Button importFolder = new Button(text.get("ui.intake.importFolder"));
        importFolder.setId("import-folder");
        importFolder.setOnAction(e -> dialogs.folder(root.getScene().getWindow(), text.get("ui.intake.importFolder"))
                .ifPresent(dir -> start(List.of(dir))));
        Button undo = new Button(text.get("ui.intake.undo"));
        undo.setId("undo-import");
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.runningProperty()));
        undo.setOnAction(e -> model.undoLastImport());
        templates.disableProperty().bind(model.runningProperty());
        importFiles.disableProperty().bind(model.runningProperty());
        importFolder.disableProperty().bind(model.runningProperty());
        HBox tools = new HBox(8, templates, importFiles, importFolder, undo);

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setPrefWidth(240);
        Button cancel = new Button(text.get("ui.intake.cancel"));
        cancel.setId("cancel-import");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Label progressText = new Label();
        progressText.setId("import-status");
        progressText.textProperty().bind(model.progressTextProperty());
        HBox progressRow = new HBox(8, progress, cancel, progressText);

        Label hint = new Label(text.get("ui.intake.dropHint"));
        hint.getStyleClass().add("hint");

        TableView<IntakeModel.BoardRow> board = new TableView<>(model.board());
        board.setId("board");
        board.setPlaceholder(new Label(text.get("ui.intake.noDepartments")));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.department"), IntakeModel.BoardRow::department, 160));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.status"),
                r -> text.intakeStatus(r.status()), 90));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.records"), r -> String.valueOf(r.records()), 80));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.applications"), r -> String.valueOf(r.applications()), 90));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.rejected"), r -> String.valueOf(r.rejected()), 80));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.warnings"), r -> String.valueOf(r.warnings()), 80));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.lastImport"), IntakeModel.BoardRow::lastImport, 140));
        board.getColumns().add(Columns.of(text.get("ui.intake.col.file"), IntakeModel.BoardRow::file, 200));
        board.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IntakeModel.BoardRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-received", "status-missing", "status-problems");
                if (!empty && item != null) {
                    getStyleClass().add("status-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });

        // A department's row opens its problems; a click on the board's empty space shows every department's.
        board.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.showDepartment(now.department());
            }
        });

        issues = new TableView<>(model.issues());
        issues.setId("issues");
        issues.setPlaceholder(new Label(text.get("ui.intake.noIssues")));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.severity"),
                r -> r.accepted() ? text.get("ui.checks.acceptedLabel") : text.severity(r.severity().id()), 70));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.department"), IntakeModel.IssueRow::department, 110));
        issues.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IntakeModel.IssueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("issue-error", "issue-warning", "issue-info", "issue-accepted");
                if (!empty && item != null) {
                    // A rejected row accepted in 检查 is settled: muted as 检查 draws it, not red.
                    getStyleClass().add(item.accepted() ? "issue-accepted" : "issue-" + item.severity().id());
                }
            }
        });
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.file"), IntakeModel.IssueRow::file, 180));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.sheet"), IntakeModel.IssueRow::sheet, 100));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.cell"), IntakeModel.IssueRow::cell, 60));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.message"), IntakeModel.IssueRow::message, 440));
        issues.getColumns().add(Columns.of(text.get("ui.intake.col.row"), IntakeModel.IssueRow::rowText, 320));
        Label rowDetail = new Label();
        rowDetail.setId("issue-row");
        rowDetail.setWrapText(true);
        issues.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> rowDetail.setText(now == null ? ""
                : (now.rowText().isEmpty() ? now.message() : text.get("ui.intake.rowDetail", now.sheet(), now.issue().row(), now.rowText()))
                + (now.accepted() ? "  " + text.get("ui.checks.overridden", now.acceptedReason()) : "")));
        Button mapImport = new Button(text.get("ui.intake.mapImport"));
        mapImport.setId("map-import");
        mapImport.disableProperty().bind(issues.getSelectionModel().selectedItemProperty().isNull().or(model.runningProperty()));
        mapImport.setOnAction(e -> {
            IntakeModel.IssueRow row = issues.getSelectionModel().getSelectedItem();
            model.lastFile(row.file()).ifPresent(path -> dialogs.mapping(root.getScene().getWindow(), row.file(), model.departments(),
                    model.departmentNamedIn(row.file()).orElse(""),
                    vm.workspace().mappableFields()).ifPresent(m ->
                    model.importFiles(List.of(path), new ImportOptions(m.department(), m.columns(), ""), () -> { })));
        });

        Label boardTitle = new Label(text.get("ui.intake.board"));
        boardTitle.getStyleClass().add("pane-title");
        Label issuesTitle = new Label(text.get("ui.intake.issues"));
        issuesTitle.getStyleClass().add("pane-title");
        ChoiceBox<IntakeModel.LevelFilter> level = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                IntakeModel.LevelFilter.values()));
        level.setId("issue-level");
        level.setConverter(converter(f -> text.get(switch (f) {
            case ALL -> "ui.intake.filter.all";
            case ERRORS -> "ui.intake.filter.errors";
            case WARNINGS -> "ui.intake.filter.warnings";
        })));
        level.valueProperty().bindBidirectional(model.levelFilterProperty());
        ChoiceBox<String> department = new ChoiceBox<>();
        department.setId("issue-department");
        department.setConverter(converter(d -> d.isEmpty() ? text.get("ui.intake.filter.allDepartments") : d));
        Runnable departments = () -> {
            List<String> names = new java.util.ArrayList<>();
            names.add("");
            names.addAll(model.departments());
            if (!names.equals(department.getItems())) {
                department.getItems().setAll(names);
            }
            department.setValue(model.departmentFilterProperty().get());
        };
        model.board().addListener((javafx.collections.ListChangeListener<IntakeModel.BoardRow>) c -> departments.run());
        model.departmentFilterProperty().addListener((obs, old, now) -> department.setValue(now));
        department.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.showDepartment(now);
            }
        });
        departments.run();
        HBox issuesHead = new HBox(8, issuesTitle, level, new Label(text.get("ui.intake.filter.department")), department);
        issuesHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, boardTitle, board);
        VBox bottom = new VBox(4, issuesHead, issues, new HBox(8, mapImport, rowDetail));
        VBox.setVgrow(board, Priority.ALWAYS);
        VBox.setVgrow(issues, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);

        root.getChildren().addAll(title, tools, hint, focus, progressRow, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(12));
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> show) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            /** The lists using this converter are not editable: nothing typed is read back (JavaFX asks for null then). */
            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private void start(List<Path> files) {
        if (!files.isEmpty()) {
            model.importFiles(files, ImportOptions.none(), () -> { });
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(WizardViewModel.Step step) {
        model.refreshBoard();
        // Opened from a finding about a department's row: say which file, sheet and row.
        org.nianbao.check.Finding f = vm.takeFocus();
        boolean shown = f != null;
        focus.setText(shown ? text.get("ui.intake.focus", vm.describe(f), f.location().substring(f.location().indexOf(':') + 1)) : "");
        if (shown) {
            model.focus(f.location()).ifPresent(row -> {
                issues.getSelectionModel().select(row);
                issues.scrollTo(row);
            });
        }
        focus.setVisible(shown);
        focus.setManaged(shown);
    }
}
