package org.nianbao.ui;

import org.nianbao.model.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.check.Finding;
import org.nianbao.compose.Block;
import org.nianbao.compose.Document;
import org.nianbao.compose.Fields;
import org.nianbao.model.Project;
import org.nianbao.workspace.ProjectSession;

/**
 * A report section (or the opening): its prose in an editor with undo/redo, a field picker that
 * inserts live figures, what the report will print for this section (fields resolved, generated
 * paragraphs and tables), and the section's findings beside it.
 */
final class SectionView implements StepView {
    /** About twenty Chinese characters at the editor's font. */
    static final double EDITOR_MIN_WIDTH = 320;
    private final WizardViewModel vm;
    private final UiText text;
    private final VBox root = new VBox(8);
    private final Label heading = new Label();
    private final VBox editorBox = new VBox();
    private final Map<String, TextArea> editors = new HashMap<>();
    private final ObservableList<Fields.Field> fields = FXCollections.observableArrayList();
    private final FilteredList<Fields.Field> shownFields = new FilteredList<>(fields);
    private final ObservableList<Finding> sectionFindings = FXCollections.observableArrayList();
    private final VBox printed = new VBox(6);
    private final Button resetOpening;
    private final ItemsPane items;
    private final FormTablesPane forms;
    private SplitPane editAndPrinted;
    private VBox printedBox;
    private WizardViewModel.Step step;
    private TextArea editor;
    private boolean loading;

    SectionView(WizardViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.items = new ItemsPane(vm, dialogs);
        this.forms = new FormTablesPane(vm);
        this.text = vm.text();
        heading.getStyleClass().add("section-heading");
        heading.setId("section-heading");

        Button undo = new Button(text.get("ui.section.undo"));
        undo.setId("undo");
        undo.setOnAction(e -> editor.undo());
        Button redo = new Button(text.get("ui.section.redo"));
        redo.setId("redo");
        redo.setOnAction(e -> editor.redo());
        resetOpening = new Button(text.get("ui.section.resetOpening"));
        resetOpening.setId("reset-opening");
        resetOpening.setOnAction(e -> {
            vm.edit(p -> p.withOpening(""));
            load(true);
        });
        HBox tools = new HBox(8, undo, redo, resetOpening);

        TextField filter = new TextField();
        filter.setPromptText(text.get("ui.section.fieldFilter"));
        filter.textProperty().addListener((obs, old, now) -> shownFields.setPredicate(f -> now == null || now.isBlank()
                || f.name().contains(now.strip())));
        ListView<Fields.Field> fieldList = new ListView<>(shownFields);
        fieldList.setId("fields");
        fieldList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Fields.Field item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " = " + item.value());
            }
        });
        Button insert = new Button(text.get("ui.section.insertField"));
        insert.setId("insert-field");
        insert.disableProperty().bind(fieldList.getSelectionModel().selectedItemProperty().isNull());
        insert.setOnAction(e -> insert(fieldList.getSelectionModel().getSelectedItem()));
        fieldList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                insert(fieldList.getSelectionModel().getSelectedItem());
            }
        });
        fieldList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                insert(fieldList.getSelectionModel().getSelectedItem());
            }
        });

        ListView<Finding> findingList = new ListView<>(sectionFindings);
        findingList.setId("section-findings");
        findingList.setPlaceholder(new Label(text.get("ui.section.noFindings")));
        findingList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-info", "finding-accepted");
                if (empty || f == null) {
                    setText(null);
                } else {
                    setText(ChecksView.severityLabel(text, f) + "  " + vm.describe(f));
                    getStyleClass().add(ChecksView.styleOf(f));
                }
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        findingList.setOnMouseClicked(e -> {
            Finding f = findingList.getSelectionModel().getSelectedItem();
            if (f != null) {
                selectFinding(f);
            }
        });

        Label fieldsTitle = new Label(text.get("ui.section.fields"));
        fieldsTitle.getStyleClass().add("pane-title");
        Label findingsTitle = new Label(text.get("ui.section.findings"));
        findingsTitle.getStyleClass().add("pane-title");
        VBox side = new VBox(6, fieldsTitle, filter, fieldList, insert, findingsTitle, findingList);
        VBox.setVgrow(fieldList, Priority.ALWAYS);
        VBox.setVgrow(findingList, Priority.ALWAYS);
        side.setMinWidth(220);

        Label printedTitle = new Label(text.get("ui.section.printed"));
        printedTitle.getStyleClass().add("pane-title");
        ScrollPane printedScroll = new ScrollPane(printed);
        printedScroll.setFitToWidth(true);
        printed.setId("printed");
        printed.setPadding(new Insets(4));
        VBox.setVgrow(editorBox, Priority.ALWAYS);
        printedBox = new VBox(4, printedTitle, printedScroll);
        editAndPrinted = new SplitPane(editorBox, printedBox);
        editAndPrinted.setOrientation(Orientation.VERTICAL);
        editAndPrinted.setDividerPositions(0.6);
        VBox.setVgrow(printedScroll, Priority.ALWAYS);

        VBox editing = new VBox(6, tools, editAndPrinted);
        // The editor keeps room for a line of text whatever the panes around it take (the live preview among them).
        editing.setMinWidth(EDITOR_MIN_WIDTH);
        SplitPane main = new SplitPane(editing, side);
        VBox.setVgrow(editAndPrinted, Priority.ALWAYS);
        main.setDividerPositions(0.68);
        root.getChildren().addAll(heading, main);
        VBox.setVgrow(main, Priority.ALWAYS);
        root.setPadding(new Insets(12));

        vm.revisionProperty().addListener((obs, old, now) -> {
            if (step != null && root.getScene() != null) {
                WizardViewModel.Step current = vm.selectedProperty().get();
                if (current != null && current.key().equals(step.key()) && current.type() == WizardViewModel.StepType.SECTION) {
                    heading.setText(current.label());
                }
                refreshPrinted();
                items.refresh();
                forms.load();
            }
        });
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> refreshFindings());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(WizardViewModel.Step shown) {
        this.step = shown;
        heading.setText(shown.type() == WizardViewModel.StepType.OPENING ? text.get("ui.step.opening") : shown.label());
        resetOpening.setVisible(shown.type() == WizardViewModel.StepType.OPENING);
        resetOpening.setManaged(shown.type() == WizardViewModel.StepType.OPENING);
        load(false);
        boolean section = shown.type() == WizardViewModel.StepType.SECTION;
        boolean list = section && WizardViewModel.tablesOf(vm.session().kind(), shown.sectionId()).contains("list-items");
        boolean form = section && !FormTablesPane.of(vm.session().kind(), shown.sectionId()).isEmpty();
        Node lower = list ? items.node() : form ? forms.node() : printedBox;
        if (editAndPrinted.getItems().get(1) != lower) {
            editAndPrinted.getItems().set(1, lower);
        }
        editAndPrinted.setDividerPositions(list || form ? 0.3 : 0.6);
        if (list) {
            items.refresh();
        }
        if (form) {
            forms.show(shown.sectionId());
        }
        refreshPrinted();
        refreshFindings();
        Finding focus = vm.takeFocus();
        if (focus != null && Location.parse(focus.location()) instanceof Location.Table) {
            forms.focus(focus.location());
        } else if (focus != null) {
            selectFinding(focus);
        }
    }

    private String key() {
        return step.type() == WizardViewModel.StepType.OPENING ? "opening" : step.sectionId();
    }

    /** Shows the section's editor, made once per section so its undo history survives switching steps. */
    private void load(boolean replace) {
        ProjectSession s = vm.session();
        Project p = s.project();
        String current = currentText(p);
        if (replace) {
            editors.remove(key());
        }
        editor = editors.computeIfAbsent(key(), k -> {
            TextArea area = new TextArea() {
                /** Text pasted from a web page or Word arrives without its invisible characters. */
                @Override
                public void paste() {
                    Clipboard clipboard = Clipboard.getSystemClipboard();
                    if (clipboard.hasString()) {
                        replaceSelection(org.nianbao.model.Text.normalisePasted(clipboard.getString()));
                    } else {
                        super.paste();
                    }
                }
            };
            area.setWrapText(true);
            area.getStyleClass().add("prose-editor");
            loading = true;
            area.setText(current);
            loading = false;
            String id = k;
            area.textProperty().addListener((obs, old, now) -> {
                if (!loading) {
                    commit(id, now);
                }
            });
            return area;
        });
        if (!editor.getText().strip().equals(current.strip())) {
            // Changed elsewhere (an import of prose, undo of an import): the project wins.
            loading = true;
            editor.setText(current);
            loading = false;
        }
        editor.setId("section-prose");
        editors.values().forEach(a -> {
            if (a != editor) {
                a.setId(null);
            }
        });
        editorBox.getChildren().setAll(editor);
        VBox.setVgrow(editor, Priority.ALWAYS);
    }

    private String currentText(Project p) {
        if (step.type() == WizardViewModel.StepType.OPENING) {
            return p.opening().isBlank() ? generatedOpening() : p.opening();
        }
        return p.section(step.sectionId()).map(org.nianbao.model.Section::prose).orElse("");
    }

    private String generatedOpening() {
        return vm.session().generatedOpening();
    }

    private void commit(String id, String now) {
        if (id.equals("opening")) {
            // Unchanged generated text stays generated, so it follows the data.
            String value = now.strip().equals(generatedOpening().strip()) ? "" : now;
            vm.edit(p -> p.withOpening(value));
        } else {
            vm.edit(p -> p.withProse(id, now));
        }
    }

    private void insert(Fields.Field field) {
        if (field == null || editor == null) {
            return;
        }
        editor.replaceSelection("{{" + field.name() + "}}");
        editor.requestFocus();
    }

    private void selectFinding(Finding f) {
        if (editor != null) {
            int[] range = excerptRange(editor.getText(), WizardViewModel.offsetOf(f.location()), f.excerpt());
            if (range != null) {
                editor.requestFocus();
                editor.selectRange(range[0], range[1]);
            }
        }
    }

    /**
     * What go-to-finding selects: the whole excerpt where it stands at the finding's offset (or just after it,
     * the excerpt being quoted from there), else one character; null without an offset.
     */
    static int[] excerptRange(String text, int offset, String excerpt) {
        if (offset < 0) {
            return null;
        }
        int at = Math.min(offset, text.length());
        if (excerpt != null && !excerpt.isEmpty()) {
            int found = text.indexOf(excerpt, at);
            if (found == at || found >= 0 && found - at <= 2) {
                return new int[] {found, found + excerpt.length()};
            }
        }
        return new int[] {at, Math.min(at + 1, text.length())};
    }

    private void refreshFindings() {
        if (step == null) {
            return;
        }
        List<Finding> mine = vm.findings().stream()
                .filter(f -> vm.stepFor(f.location()).map(WizardViewModel.Step::key).orElse("").equals(step.key()))
                .toList();
        sectionFindings.setAll(mine);
    }

    /** The composed report and the fields with their values, made off the app's thread from one snapshot. */
    private record Composed(Document document, List<Fields.Field> fields) {
    }

    /** What the report prints for this section, composed off the app's thread from a snapshot. */
    private void refreshPrinted() {
        ProjectSession s = vm.session();
        WizardViewModel.Step shown = step;
        if (s == null || shown == null) {
            return;
        }
        org.nianbao.store.StoredProject snapshot = s.snapshot();
        vm.background().run(() -> new Composed(s.compose(snapshot), s.fields(snapshot.project()).all()), composed -> {
            if (!composed.fields().equals(fields)) {
                fields.setAll(composed.fields());
            }
            if (shown == step) {
                printed.getChildren().setAll(render(composed.document(), shown));
            }
        }, error -> vm.setStatus(vm.message(error)));
    }

    private List<Node> render(Document document, WizardViewModel.Step shown) {
        List<Node> nodes = new java.util.ArrayList<>();
        List<Block> printed = shown.type() == WizardViewModel.StepType.OPENING ? document.openingBlocks()
                : shown.type() == WizardViewModel.StepType.SECTION ? document.sectionBlocks(shown.sectionId()) : List.of();
        for (Block b : printed) {
            if (b instanceof Block.Heading h) {
                nodes.add(label(h.fullText(), "printed-heading"));
            } else if (b instanceof Block.Attachment a) {
                nodes.add(label(a.title(), "printed-heading"));
            } else if (b instanceof Block.Paragraph para) {
                nodes.add(label(para.text(), "printed-paragraph"));
            } else if (b instanceof Block.Table t) {
                nodes.add(table(t));
            }
        }
        if (nodes.isEmpty()) {
            nodes.add(label(text.get("ui.section.nothingPrinted"), "printed-empty"));
        }
        return nodes;
    }

    private static Label label(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Node table(Block.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("printed-table");
        int r = 0;
        for (List<Block.Table.Cell> row : t.rows()) {
            int c = 0;
            for (Block.Table.Cell cell : row) {
                Label l = new Label(cell.text());
                l.setWrapText(true);
                l.getStyleClass().add(r < t.headerRows() ? "printed-table-header" : "printed-table-cell");
                l.setMaxWidth(Double.MAX_VALUE);
                grid.add(l, c, r, Math.max(1, cell.colspan()), 1);
                c += Math.max(1, cell.colspan());
            }
            r++;
        }
        return grid;
    }
}
