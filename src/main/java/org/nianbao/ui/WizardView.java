package org.nianbao.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.store.ProjectFileException;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * The main window's content: the menu, the steps with their badges on the left (with the outline
 * tools under them), the step in the centre, the optional live preview on the right, and Back /
 * Next with the status line at the bottom.
 */
public final class WizardView {
    static final double LEFT_MIN_WIDTH = 230;
    private final WizardViewModel vm;
    private final UiText text;
    private final Dialogs dialogs;
    private final UiState state;
    private final Runnable stateChanged;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final Map<WizardViewModel.StepType, StepView> views = new EnumMap<>(WizardViewModel.StepType.class);
    private final PreviewPane preview;
    private final SplitPane body;
    private final Menu recentMenu;
    private final IntakeModel intake;
    private final ExportModel export;
    private final CheckMenuItem previewToggle;
    private Consumer<String> languageSwitcher = lang -> { };

    /** Opens a folder or a file the way the system does (the gathered charts' page in the browser). */
    private final Consumer<Path> openFile;

    public WizardView(WizardViewModel vm, Dialogs dialogs, UiState state, Runnable stateChanged, Consumer<Path> openFolder) {
        this.vm = vm;
        this.text = vm.text();
        this.dialogs = dialogs;
        this.state = state;
        this.stateChanged = stateChanged;
        this.openFile = openFolder;
        this.intake = new IntakeModel(vm);
        this.export = new ExportModel(vm);
        this.preview = new PreviewPane(vm);

        views.put(WizardViewModel.StepType.BASICS, new BasicsView(vm));
        views.put(WizardViewModel.StepType.INTAKE, new IntakeView(vm, intake, dialogs));
        SectionView sections = new SectionView(vm, dialogs);
        views.put(WizardViewModel.StepType.OPENING, sections);
        views.put(WizardViewModel.StepType.SECTION, sections);
        views.put(WizardViewModel.StepType.CHECKS, new ChecksView(vm, dialogs));
        views.put(WizardViewModel.StepType.EXPORT, new ExportView(vm, export, dialogs, openFolder));

        // ---- menu
        MenuItem newProject = item("ui.menu.new", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::newProject);
        MenuItem fromLastYear = item("ui.menu.fromLastYear", "menu-from-last-year", null, this::fromLastYear);
        MenuItem fromPublished = item("ui.menu.fromPublished", "menu-from-published", null, this::fromPublished);
        MenuItem review = item("ui.menu.review", "menu-review", null, this::reviewReports);
        MenuItem gather = item("ui.menu.gather", "menu-gather", null, this::gatherReports);
        MenuItem open = item("ui.menu.open", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> dialogs.openProject(window()).ifPresent(this::openFile));
        recentMenu = new Menu(text.get("ui.menu.recent"));
        MenuItem save = item("ui.menu.save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> vm.save(() -> { }, this::resolveConflict));
        MenuItem quit = item("ui.menu.quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> window().fireEvent(new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu(text.get("ui.menu.file"), null, newProject, fromLastYear, fromPublished, open, review, gather, recentMenu,
                new SeparatorMenuItem(), save, new SeparatorMenuItem(), quit);
        CheckMenuItem showPreview = new CheckMenuItem(text.get("ui.menu.preview"));
        previewToggle = showPreview;
        showPreview.setId("menu-preview");
        showPreview.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioMenuItem chinese = new javafx.scene.control.RadioMenuItem(text.get("ui.menu.chinese"));
        chinese.setId("menu-lang-zh");
        javafx.scene.control.RadioMenuItem english = new javafx.scene.control.RadioMenuItem(text.get("ui.menu.english"));
        english.setId("menu-lang-en");
        chinese.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (text.locale().getLanguage().equals("en") ? english : chinese).setSelected(true);
        chinese.setOnAction(e -> switchLanguage("zh"));
        english.setOnAction(e -> switchLanguage("en"));
        Menu language = new Menu(text.get("ui.menu.language"), null, chinese, english);
        Menu view = new Menu(text.get("ui.menu.view"), null, showPreview, language);
        MenuItem about = item("ui.menu.about", "menu-about", null, () -> dialogs.about(window(), aboutText()));
        Menu help = new Menu(text.get("ui.menu.help"), null, about);
        MenuBar menu = new MenuBar(file, view, help);
        refreshRecent();

        // ---- steps
        ListView<WizardViewModel.Step> steps = new ListView<>(vm.steps());
        steps.setId("steps");
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WizardViewModel.Step item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("step-section");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                // The heading wraps (long section titles are never cut off); the badge stays at its right.
                javafx.scene.text.Text label = new javafx.scene.text.Text(item.label());
                label.getStyleClass().add("step-label");
                Label badge = new Label(text.badge(item.badge()));
                badge.getStyleClass().addAll("badge", "badge-" + item.badge().name().toLowerCase(java.util.Locale.ROOT));
                badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                boolean indented = item.type() == WizardViewModel.StepType.SECTION || item.type() == WizardViewModel.StepType.OPENING;
                label.wrappingWidthProperty().bind(getListView().widthProperty().subtract(indented ? 98 : 86));
                HBox line = new HBox(6, label, badge);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
                setAccessibleText(item.label() + " " + badge.getText());
                if (item.type() == WizardViewModel.StepType.SECTION || item.type() == WizardViewModel.StepType.OPENING) {
                    getStyleClass().add("step-section");
                }
            }
        });
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                steps.getSelectionModel().select(now);
                // A new badge or label on the same step must not reload it (the editor keeps its state).
                if (old == null || !old.key().equals(now.key())) {
                    showStep(now);
                }
            }
        });
        Label stepsTitle = new Label(text.get("ui.steps.title"));
        stepsTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(8, stepsTitle, steps, outlineTools());
        VBox.setVgrow(steps, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(LEFT_MIN_WIDTH);
        left.setPrefWidth(300);
        // The step's own panes (the section editor with its fields list) need this much beside the steps and the preview.
        centre.setMinWidth(SectionView.EDITOR_MIN_WIDTH + 240);

        // ---- bottom
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label dirtyMark = new Label();
        dirtyMark.setId("dirty");
        dirtyMark.textProperty().bind(javafx.beans.binding.Bindings.when(vm.dirtyProperty())
                .then(text.get("ui.status.unsaved")).otherwise(""));
        Button back = new Button(text.get("ui.nav.back"));
        back.setId("back");
        back.setOnAction(e -> vm.back());
        Button next = new Button(text.get("ui.nav.next"));
        next.setId("next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> vm.next());
        Runnable navigation = () -> {
            back.setDisable(!vm.canGoBack());
            next.setDisable(!vm.canGoNext());
        };
        vm.selectedProperty().addListener((obs, old, now) -> navigation.run());
        vm.steps().addListener((javafx.collections.ListChangeListener<WizardViewModel.Step>) c -> navigation.run());
        navigation.run();
        HBox bottom = new HBox(10, status, dirtyMark, back, next);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        body = new SplitPane(left, centre);
        body.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(left, false);
        showPreview.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                body.getItems().add(preview.node());
                // Steps as they were, the preview a third of what is left; the minimum widths win on a small screen.
                double first = body.getDividerPositions().length > 0 ? body.getDividerPositions()[0] : 0.2;
                body.setDividerPositions(first, first + (1 - first) * 0.62);
            } else {
                body.getItems().remove(preview.node());
            }
            preview.setActive(on);
        });
        // Keyboard: Alt+← / Alt+→ move between steps from anywhere (the buttons are also focusable).
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                vm.back();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                vm.next();
                e.consume();
            }
        });
        // Department workbooks (or a folder of them) dropped anywhere on the window are imported.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.session() != null && !intake.runningProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && vm.session() != null;
            if (ok) {
                vm.select(WizardViewModel.StepType.INTAKE.name());
                intake.importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList(),
                        org.nianbao.intake.ImportOptions.none(), () -> { });
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        root.setTop(menu);
        root.setCenter(body);
        root.setBottom(bottom);
        root.getStyleClass().add("nianbao-root");
        centre.getChildren().add(new Label(text.get("ui.status.noProject")));
        if (vm.selectedProperty().get() != null) {
            steps.getSelectionModel().select(vm.selectedProperty().get());
            showStep(vm.selectedProperty().get());
        }
    }

    private VBox outlineTools() {
        Button rename = new Button(text.get("ui.outline.rename"));
        rename.setId("outline-rename");
        Button add = new Button(text.get("ui.outline.add"));
        add.setId("outline-add");
        Button up = new Button("↑");
        up.setId("outline-up");
        Button down = new Button("↓");
        down.setId("outline-down");
        Button remove = new Button(text.get("ui.outline.remove"));
        remove.setId("outline-remove");
        rename.setOnAction(e -> selectedSection().ifPresent(id -> vm.session().project().section(id).ifPresent(s ->
                dialogs.text(window(), text.get("ui.outline.rename"), text.get("ui.outline.headingPrompt"), s.heading())
                        .ifPresent(h -> vm.renameSection(id, h)))));
        add.setOnAction(e -> dialogs.text(window(), text.get("ui.outline.add"), text.get("ui.outline.headingPrompt"),
                text.get("ui.outline.newHeading")).ifPresent(h -> vm.addSection(selectedSection().orElse(null), h)));
        up.setOnAction(e -> selectedSection().ifPresent(id -> vm.moveSection(id, -1)));
        down.setOnAction(e -> selectedSection().ifPresent(id -> vm.moveSection(id, +1)));
        remove.setOnAction(e -> selectedSection().ifPresent(id -> vm.session().project().section(id).ifPresent(s -> {
            if (dialogs.confirm(window(), text.get("ui.outline.removeConfirm", s.heading()))) {
                vm.removeSection(id);
            }
        })));
        HBox row1 = new HBox(6, rename, add);
        HBox row2 = new HBox(6, up, down, remove);
        VBox box = new VBox(6, new Label(text.get("ui.outline.title")), row1, row2);
        box.getStyleClass().add("outline-tools");
        // Without a project nothing here applies; with one, renaming, moving and removing need a section.
        Runnable enable = () -> {
            WizardViewModel.Step now = vm.selectedProperty().get();
            boolean section = vm.session() != null && now != null && now.type() == WizardViewModel.StepType.SECTION;
            for (Button b : List.of(rename, up, down, remove)) {
                b.setDisable(!section);
            }
            add.setDisable(vm.session() == null);
        };
        vm.selectedProperty().addListener((obs, old, now) -> enable.run());
        vm.sessionProperty().addListener((obs, old, now) -> enable.run());
        enable.run();
        return box;
    }

    private Optional<String> selectedSection() {
        WizardViewModel.Step s = vm.selectedProperty().get();
        return s != null && s.type() == WizardViewModel.StepType.SECTION ? Optional.of(s.sectionId()) : Optional.empty();
    }

    private void showStep(WizardViewModel.Step step) {
        StepView v = views.get(step.type());
        v.show(step);
        if (centre.getChildren().size() != 1 || centre.getChildren().get(0) != v.node()) {
            centre.getChildren().setAll(v.node());
        }
        state.step = step.key();
    }

    private MenuItem item(String key, String id, KeyCombination accelerator, Runnable action) {
        MenuItem m = new MenuItem(text.get(key));
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (String path : state.recent) {
            MenuItem m = new MenuItem(path);
            m.setMnemonicParsing(false);
            m.setOnAction(e -> openFile(Path.of(path)));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(state.recent.isEmpty());
    }

    /** Asks before leaving unsaved changes behind; true when it is fine to go on. */
    public boolean settleUnsaved() {
        ProjectSession s = vm.session();
        if (s == null || !vm.dirtyProperty().get()) {
            return true;
        }
        Dialogs.CloseChoice choice = dialogs.saveChanges(window(), s.file().getFileName().toString());
        if (choice == Dialogs.CloseChoice.CANCEL) {
            return false;
        }
        if (choice == Dialogs.CloseChoice.DISCARD) {
            vm.discard();
            return true;
        }
        try {
            s.save();
            return true;
        } catch (ProjectFileException e) {
            vm.setStatus(text.get("ui.error.save", vm.message(e)));
            if (WizardViewModel.isConflict(e)) {
                Dialogs.ConflictChoice answer = dialogs.changedOnDisk(window(), s.file().getFileName().toString());
                if (answer == Dialogs.ConflictChoice.RELOAD) {
                    vm.discard(); // the file keeps what the other program saved
                    return true;
                }
                return answer == Dialogs.ConflictChoice.SAVE_COPY && saveCopy(s);
            }
            return false;
        }
    }

    /**
     * Another program saved the project after it was opened here, and our save was refused: take their
     * version (dropping ours) or keep ours as a copy.
     */
    private void resolveConflict() {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        switch (dialogs.changedOnDisk(window(), s.file().getFileName().toString())) {
            case RELOAD -> vm.reload();
            case SAVE_COPY -> saveCopy(s);
            case CANCEL -> { }
        }
    }

    private boolean saveCopy(ProjectSession s) {
        String name = s.file().getFileName().toString().replaceFirst("\\.nianbao$", "");
        return dialogs.saveProject(window(), text.get("ui.conflict.saveCopyTitle"), text.get("ui.conflict.copyName", name))
                .filter(target -> !target.toAbsolutePath().equals(s.file().toAbsolutePath()))
                .map(vm::saveCopy).orElse(false);
    }

    /** Opens a project, offering unsaved work a crash left behind. */
    public void openFile(Path file) {
        openFile(file, () -> { });
    }

    /**
     * Opens a project (read off the app's thread, see {@link WizardViewModel#open}), asking whether to
     * recover unsaved work a crash left; {@code then} runs once it is shown.
     */
    public void openFile(Path file, Runnable then) {
        if (!settleUnsaved()) {
            return;
        }
        vm.open(file, f -> dialogs.confirm(root.getScene() == null ? null : window(),
                text.get("ui.recover.question", f.getFileName())),
                holder -> dialogs.confirm(root.getScene() == null ? null : window(),
                        text.get("ui.open.lockedQuestion", vm.lockedText(file, holder))), () -> {
                    opened(file);
                    then.run();
                });
    }

    private void opened(Path file) {
        state.opened(file);
        refreshRecent();
        stateChanged.run();
    }

    private void newProject() {
        if (!settleUnsaved()) {
            return;
        }
        LocalDate today = LocalDate.now(vm.workspace().clock());
        List<String[]> kinds = vm.workspace().kinds().all().stream()
                .map(k -> new String[] {k.id(), "en".equals(text.locale().getLanguage()) ? k.nameEn() : k.name(),
                        k.suggestedYear(today).toString()}).toList();
        dialogs.newProject(window(), kinds).ifPresent(form -> {
            try {
                Workspace ws = vm.workspace();
                Project p = ws.newProject(form.kindId(), AcademicYear.parse(form.year()), Institution.named(form.institution()));
                vm.show(ws.create(form.file(), p, true));
                opened(form.file());
            } catch (InvalidValueException e) {
                vm.setStatus(text.get("ui.error.new", text.core().get(e)));
            } catch (ProjectFileException e) {
                vm.setStatus(text.get("ui.error.new", vm.message(e)));
            }
        });
    }

    private void fromLastYear() {
        if (!settleUnsaved()) {
            return;
        }
        dialogs.openProject(window()).ifPresent(last -> {
            try {
                Project lastProject = vm.workspace().open(last).project();
                String suggested = lastProject.institution().name() + "-" + lastProject.year().next() + ".nianbao";
                dialogs.saveProject(window(), text.get("ui.menu.fromLastYear"), suggested).ifPresent(target -> {
                    try {
                        vm.show(vm.workspace().continueFrom(last, target, true));
                        opened(target);
                        vm.setStatus(text.get("ui.status.continued", lastProject.year(), vm.session().project().year()));
                    } catch (ProjectFileException e) {
                        vm.setStatus(text.get("ui.error.new", vm.message(e)));
                    }
                });
            } catch (ProjectFileException | InvalidValueException e) {
                vm.setStatus(text.get("ui.error.open", vm.message(e)));
            }
        });
    }

    /**
     * 从上年发布的报告开始: last year's report as published (a page saved from the website, a Word
     * file, a PDF) read off the app's thread into the next year's outline; the checks then list
     * every date and figure still from last year, which the status line says.
     */
    private void fromPublished() {
        if (!settleUnsaved()) {
            return;
        }
        dialogs.publishedReport(window()).ifPresent(report -> {
            vm.setStatus(text.get("ui.status.readingReport", report.getFileName()));
            Workspace ws = vm.workspace();
            vm.background().run(() -> ws.newFromPublished(report, java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()), read -> {
                        Project p = read.project();
                        String suggested = p.institution().name() + "-" + p.year() + ".nianbao";
                        dialogs.saveProject(window(), text.get("ui.menu.fromPublished"), suggested).ifPresent(target -> {
                            try {
                                vm.show(ws.create(target, p, true));
                                opened(target);
                                long mapped = read.reading().parts().stream().filter(x -> !x.added()).count();
                                vm.setStatus(text.get("ui.status.fromPublished", report.getFileName(), mapped,
                                        read.reading().parts().size() - mapped, read.reading().marks().size(),
                                        read.reading().removed().size()));
                            } catch (ProjectFileException e) {
                                vm.setStatus(text.get("ui.error.new", vm.message(e)));
                            }
                        });
                    }, error -> vm.setStatus(text.get("ui.error.readReport", report.getFileName(), vm.message(error))));
        });
    }

    /**
     * 审阅收到的报告: every report in a folder read and checked off the app's thread; the summary
     * workbook is written beside the folder and the same table shown.
     */
    private void reviewReports() {
        dialogs.folder(window(), text.get("ui.menu.review")).ifPresent(folder -> {
            Workspace ws = vm.workspace();
            Path summary = folder.resolveSibling(folder.getFileName() + "-" + text.get("ui.review.fileSuffix") + ".xlsx");
            vm.setStatus(text.get("ui.status.reviewing", folder.getFileName()));
            vm.background().run(() -> {
                var reports = ws.reviewFolder(folder, java.util.Optional.empty(), java.util.Optional.empty(),
                        (i, f) -> vm.background().onApp(() -> vm.setStatus(text.get("ui.status.reviewingFile", i + 1, f.getFileName()))));
                org.nianbao.workspace.ReviewWorkbook.write(summary, reports, text.core());
                return reports;
            }, reports -> {
                vm.setStatus(text.get("ui.review.written", reports.size(), summary));
                dialogs.reviewTable(window(), reports, summary);
            }, error -> vm.setStatus(text.get("ui.error.readReport", folder.getFileName(), vm.message(error))));
        });
    }

    /**
     * 汇总收到的报告: every report in a folder gathered off the app's thread (exact figures where a report
     * carries its data, 估读 otherwise); the province's summary workbook (with its 图表 sheet) and the
     * web page with the same charts are written beside the folder, and the reports are shown in the review table.
     */
    private void gatherReports() {
        dialogs.folder(window(), text.get("ui.menu.gather")).ifPresent(folder -> {
            Workspace ws = vm.workspace();
            Path summary = folder.resolveSibling(folder.getFileName() + "-" + text.get("ui.gather.fileSuffix") + ".xlsx");
            // The page with the charts beside the workbook, for a browser (and for mailing on).
            Path page = folder.resolveSibling(folder.getFileName() + "-" + text.get("ui.gather.fileSuffix") + ".html");
            vm.setStatus(text.get("ui.status.reviewing", folder.getFileName()));
            vm.background().run(() -> {
                var gathered = ws.gather(folder, java.util.Optional.empty(),
                        (i, f) -> vm.background().onApp(() -> vm.setStatus(text.get("ui.status.reviewingFile", i + 1, f.getFileName()))));
                org.nianbao.workspace.GatherWorkbook.write(summary, gathered, text.core());
                org.nianbao.workspace.GatherPage.write(page, org.nianbao.workspace.GatherSummary.of(gathered, text.core()), text.core());
                return gathered;
            }, gathered -> {
                long embedded = gathered.stream().filter(org.nianbao.workspace.GatheredReport::embedded).count();
                vm.setStatus(text.get("ui.gather.written", gathered.size(), embedded, summary, page));
                // The charts (主动公开 by channel, applications per college) open in the browser beside the table.
                openFile.accept(page);
                dialogs.reviewTable(window(), gathered.stream().map(org.nianbao.workspace.GatheredReport::review).toList(), summary);
            }, error -> vm.setStatus(text.get("ui.error.readReport", folder.getFileName(), vm.message(error))));
        });
    }

    /** 关于: the version and build date, and the folders this computer keeps Nianbao's files in (the log first). */
    String aboutText() {
        org.nianbao.BuildInfo build = org.nianbao.BuildInfo.current();
        Workspace ws = vm.workspace();
        return text.get("ui.about.text", build.version(), build.date(), ws.errorLog().file(), ws.home());
    }

    /** Called with "zh" or "en" when the user picks the other language (the app rebuilds its window). */
    void onLanguage(Consumer<String> switcher) {
        this.languageSwitcher = switcher;
    }

    private void switchLanguage(String lang) {
        if (!lang.equals(text.locale().getLanguage())) {
            state.lang = lang;
            stateChanged.run();
            languageSwitcher.accept(lang);
        }
    }

    PreviewPane preview() {
        return preview;
    }

    /** Opens the live preview pane (as the View menu does). */
    void showPreview() {
        previewToggle.setSelected(true);
    }

    public Parent root() {
        return root;
    }

    IntakeModel intake() {
        return intake;
    }

    ExportModel export() {
        return export;
    }
}
