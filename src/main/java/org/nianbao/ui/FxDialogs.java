package org.nianbao.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's real dialogs. */
final class FxDialogs implements Dialogs {
    private final UiText text;
    private File lastFolder;

    FxDialogs(UiText text) {
        this.text = text;
    }

    private FileChooser chooser(String titleKey, String filterKey, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(text.get(titleKey));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get(filterKey), patterns));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.isDirectory() ? f : f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public List<Path> workbooks(Window owner) {
        List<File> files = chooser("ui.dialog.workbooks", "ui.dialog.filter.workbooks", "*.xlsx", "*.xlsm", "*.xls")
                .showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Mapping> mapping(Window owner, String file, List<String> departments, String suggested,
            java.util.Map<String, String> fields) {
        return mappingDialog(owner, file, departments, suggested, fields).showAndWait();
    }

    Dialog<Mapping> mappingDialog(Window owner, String file, List<String> departments, String suggested,
            java.util.Map<String, String> fields) {
        Dialog<Mapping> d = new Dialog<>();
        own(d, owner);
        d.setTitle(text.get("ui.mapping.title"));
        d.setHeaderText(text.get("ui.mapping.header", file));
        ComboBox<String> department = new ComboBox<>();
        department.setEditable(true);
        department.getItems().addAll(departments);
        department.setId("mapping-department");
        if (suggested != null && !suggested.isEmpty()) {
            department.setValue(suggested);
        }
        javafx.scene.control.TextArea columns = new javafx.scene.control.TextArea();
        columns.setPromptText(text.get("ui.mapping.columnsPrompt"));
        columns.setPrefRowCount(5);
        StringBuilder known = new StringBuilder();
        fields.forEach((key, name) -> known.append(key).append(" = ").append(name).append("　"));
        Label hint = new Label(text.get("ui.mapping.fields", known.toString().strip()));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, fullLabel(text.get("ui.mapping.department")), department);
        grid.addRow(1, fullLabel(text.get("ui.mapping.columns")), columns);
        grid.add(hint, 0, 2, 2, 1);
        d.getDialogPane().setContent(grid);
        d.setResizable(true);
        ButtonType ok = new ButtonType(text.get("ui.mapping.import"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel());
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
            for (String line : columns.getText().split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0 && eq < line.length() - 1) {
                    map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            String dept = department.getEditor().getText() == null ? "" : department.getEditor().getText().strip();
            return new Mapping(dept, map);
        });
        return d;
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return remember(c.showDialog(owner));
    }

    @Override
    public Optional<Path> openProject(Window owner) {
        return remember(chooser("ui.dialog.openProject", "ui.dialog.filter.projects", "*.nianbao").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> publishedReport(Window owner) {
        return remember(chooser("ui.dialog.publishedReport", "ui.dialog.filter.reports", "*.pdf", "*.docx", "*.html", "*.htm",
                "*.txt").showOpenDialog(owner));
    }

    @Override
    public void reviewTable(Window owner, List<org.nianbao.workspace.ReviewedReport> reports, Path summary) {
        var m = text.core();
        javafx.scene.control.TableView<org.nianbao.workspace.ReviewedReport> table = new javafx.scene.control.TableView<>();
        table.setId("review-table");
        table.getColumns().add(column(m.get("review.column.file"), r -> r.file().getFileName().toString()));
        table.getColumns().add(column(m.get("review.column.institution"), org.nianbao.workspace.ReviewedReport::institution));
        table.getColumns().add(column(m.get("review.column.year"), org.nianbao.workspace.ReviewedReport::year));
        table.getColumns().add(column(m.get("review.column.parts"), r -> r.read() ? String.valueOf(r.parts()) : ""));
        table.getColumns().add(column(m.get("review.column.errors"), r -> r.read() ? String.valueOf(r.errors()) : ""));
        table.getColumns().add(column(m.get("review.column.warnings"), r -> r.read() ? String.valueOf(r.warnings()) : ""));
        table.getColumns().add(column(m.get("review.column.signature"),
                r -> r.signatureKey().isEmpty() ? "" : m.get(r.signatureKey())));
        table.getColumns().add(column(m.get("review.column.firstErrors"), r -> !r.read()
                ? m.get(r.problemKey(), r.problemArgs().toArray())
                : String.join("；", r.firstErrors(3).stream().map(f -> m.get(f.code(), f.argArray())).toList())));
        table.getItems().setAll(reports);
        table.setPrefSize(1100, 480);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(text.get("ui.review.title"));
        d.setHeaderText(text.get("ui.review.written", reports.size(), summary));
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().add(new ButtonType(text.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.show();
    }

    private static javafx.scene.control.TableColumn<org.nianbao.workspace.ReviewedReport, String> column(String title,
            java.util.function.Function<org.nianbao.workspace.ReviewedReport, String> value) {
        javafx.scene.control.TableColumn<org.nianbao.workspace.ReviewedReport, String> c = new javafx.scene.control.TableColumn<>(title);
        c.setCellValueFactory(x -> new javafx.beans.property.SimpleStringProperty(value.apply(x.getValue())));
        return c;
    }

    @Override
    public Optional<Path> saveProject(Window owner, String title, String suggestedName) {
        FileChooser c = chooser("ui.dialog.saveProject", "ui.dialog.filter.projects", "*.nianbao");
        c.setTitle(title);
        c.setInitialFileName(suggestedName);
        return remember(c.showSaveDialog(owner)).map(p -> p.toString().endsWith(".nianbao") ? p
                : p.resolveSibling(p.getFileName() + ".nianbao"));
    }

    @Override
    public Optional<Path> image(Window owner) {
        return remember(chooser("ui.dialog.seal", "ui.dialog.filter.png", "*.png").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> keystore(Window owner) {
        return remember(chooser("ui.dialog.keystore", "ui.dialog.filter.keystore", "*.p12", "*.pfx").showOpenDialog(owner));
    }

    @Override
    public Optional<String> text(Window owner, String title, String prompt, String initial) {
        return textDialog(owner, title, prompt, initial).showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    TextInputDialog textDialog(Window owner, String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        own(d, owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        return d;
    }

    @Override
    public Optional<char[]> password(Window owner, String prompt) {
        Dialog<char[]> d = passwordDialog(owner, prompt);
        Optional<char[]> result = d.showAndWait();
        ((PasswordField) d.getDialogPane().lookup("#password")).clear();
        return result;
    }

    Dialog<char[]> passwordDialog(Window owner, String prompt) {
        Dialog<char[]> d = new Dialog<>();
        own(d, owner);
        d.setTitle(text.get("ui.dialog.password"));
        PasswordField field = new PasswordField();
        field.setId("password");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(prompt), field);
        d.getDialogPane().setContent(grid);
        ButtonType ok = ok();
        d.getDialogPane().getButtonTypes().addAll(ok, cancel());
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        return d;
    }

    @Override
    public Optional<NewProject> newProject(Window owner, List<String[]> kinds) {
        return newProjectDialog(owner, kinds).showAndWait();
    }

    Dialog<NewProject> newProjectDialog(Window owner, List<String[]> kinds) {
        Dialog<NewProject> d = new Dialog<>();
        own(d, owner);
        d.setTitle(text.get("ui.newProject.title"));
        ComboBox<String> kind = new ComboBox<>();
        kinds.forEach(k -> kind.getItems().add(k[1]));
        kind.getSelectionModel().select(0);
        TextField year = new TextField(kinds.get(0)[2]);
        // Another kind, another way of counting years (2025-2026 or 2025): the suggestion follows unless she typed her own.
        kind.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (was.intValue() >= 0 && now.intValue() >= 0 && year.getText().strip().equals(kinds.get(was.intValue())[2])) {
                year.setText(kinds.get(now.intValue())[2]);
            }
        });
        TextField institution = new TextField();
        institution.setPromptText(text.get("ui.newProject.institutionPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, fullLabel(text.get("ui.newProject.kind")), kind);
        grid.addRow(1, fullLabel(text.get("ui.newProject.year")), year);
        grid.addRow(2, fullLabel(text.get("ui.newProject.institution")), institution);
        d.getDialogPane().setContent(grid);
        ButtonType next = new ButtonType(text.get("ui.newProject.choose"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(next, cancel());
        d.setResultConverter(b -> {
            if (b != next) {
                return null;
            }
            String name = institution.getText().strip();
            Optional<Path> file = saveProject(owner, text.get("ui.dialog.saveProject"),
                    (name.isEmpty() ? "report" : name) + "-" + year.getText().strip() + ".nianbao");
            return file.map(f -> new NewProject(kinds.get(Math.max(0, kind.getSelectionModel().getSelectedIndex()))[0],
                    year.getText().strip(), name, f)).orElse(null);
        });
        return d;
    }

    @Override
    public CloseChoice saveChanges(Window owner, String projectName) {
        Alert a = saveChangesAlert(owner, projectName);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return switch (answer.getButtonData()) {
            case YES -> CloseChoice.SAVE;
            case NO -> CloseChoice.DISCARD;
            default -> CloseChoice.CANCEL;
        };
    }

    Alert saveChangesAlert(Window owner, String projectName) {
        ButtonType save = new ButtonType(text.get("ui.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("ui.close.discard"), ButtonBar.ButtonData.NO);
        return alert(owner, Alert.AlertType.CONFIRMATION, "ui.close.title", text.get("ui.close.question", projectName),
                save, discard, cancel());
    }

    @Override
    public boolean confirm(Window owner, String message) {
        return confirmAlert(owner, message).showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES).orElse(false);
    }

    @Override
    public void about(Window owner, String message) {
        alert(owner, Alert.AlertType.INFORMATION, "ui.about.title", message,
                new ButtonType(text.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    Alert confirmAlert(Window owner, String message) {
        return alert(owner, Alert.AlertType.CONFIRMATION, "ui.dialog.confirmTitle", message,
                new ButtonType(text.get("ui.dialog.yes"), ButtonBar.ButtonData.YES),
                new ButtonType(text.get("ui.dialog.no"), ButtonBar.ButtonData.NO));
    }

    @Override
    public ConflictChoice changedOnDisk(Window owner, String projectName) {
        ButtonType answer = changedOnDiskAlert(owner, projectName).showAndWait().orElse(ButtonType.CANCEL);
        return switch (answer.getButtonData()) {
            case NO -> ConflictChoice.RELOAD;
            case YES -> ConflictChoice.SAVE_COPY;
            default -> ConflictChoice.CANCEL;
        };
    }

    Alert changedOnDiskAlert(Window owner, String projectName) {
        ButtonType reload = new ButtonType(text.get("ui.conflict.reload"), ButtonBar.ButtonData.NO);
        ButtonType copy = new ButtonType(text.get("ui.conflict.saveCopy"), ButtonBar.ButtonData.YES);
        return alert(owner, Alert.AlertType.WARNING, "ui.conflict.title", text.get("ui.conflict.question", projectName),
                copy, reload, cancel());
    }

    /** An alert of the app: its owner window, no header, a title and buttons from the bundles. */
    private Alert alert(Window owner, Alert.AlertType type, String titleKey, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        own(a, owner);
        a.setHeaderText(null);
        a.setTitle(text.get(titleKey));
        return a;
    }

    /** A form label shown whole: the grid gives it its text's width rather than cutting it to "…". */
    static Label fullLabel(String s) {
        Label l = new Label(s);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private ButtonType ok() {
        return new ButtonType(text.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Every dialog belongs to the main window: centred on it, above it, and never alone at the screen's
     * corner (a question asked before the window had a scene still finds the app's window).
     */
    static void own(Dialog<?> d, Window owner) {
        Window parent = owner != null ? owner
                : Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof javafx.stage.Stage).findFirst()
                        .orElse(null);
        if (parent != null) {
            d.initOwner(parent);
        }
    }
}
