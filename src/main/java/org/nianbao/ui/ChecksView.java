package org.nianbao.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.check.Finding;

/**
 * 检查: every finding grouped by severity; opening one goes to its place (the section's text,
 * the department data, the basics or the sign-off); an error can be accepted with a reason; a
 * finding with one correction is fixed (修正), or all of its kind at once (全部修正), undoably.
 */
final class ChecksView implements StepView {
    private final WizardViewModel vm;
    private final UiText text;
    private final VBox root = new VBox(8);
    private final TreeView<Object> tree = new TreeView<>();
    private final Label summary = new Label();

    ChecksView(WizardViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.text = vm.text();
        Label title = new Label(text.get("ui.step.checks"));
        title.getStyleClass().add("section-heading");
        summary.setId("checks-summary");
        tree.setId("findings");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-info", "finding-accepted", "finding-group");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Finding) {
                    Finding f = (Finding) item;
                    String place = vm.stepFor(f.location()).flatMap(st -> vm.steps().stream()
                            .filter(x -> x.key().equals(st.key())).findFirst()).map(WizardViewModel.Step::label).orElse("");
                    String line = "［" + place + "］ " + vm.describe(f);
                    if (f.overridden()) {
                        line += "  " + text.get("ui.checks.overridden", f.overrideReason());
                    }
                    setText(line);
                    getStyleClass().add(styleOf(f));
                } else {
                    setText(String.valueOf(item));
                    getStyleClass().add("finding-group");
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        Button open = new Button(text.get("ui.checks.open"));
        open.setId("open-finding");
        open.setOnAction(e -> openSelected());
        Button accept = new Button(text.get("ui.checks.override"));
        accept.setId("override-finding");
        accept.setOnAction(e -> {
            Finding f = selected();
            if (f == null || f.severity() != Finding.Severity.ERROR || f.overridden()) {
                vm.setStatus(text.get("ui.checks.overrideOnlyErrors"));
                return;
            }
            dialogs.text(root.getScene().getWindow(), text.get("ui.checks.override"), text.get("ui.checks.reasonPrompt",
                    vm.describe(f)), "").ifPresent(reason -> vm.override(f, reason));
        });
        Button fix = new Button(text.get("ui.checks.fix"));
        fix.setId("fix-finding");
        fix.setOnAction(e -> {
            Finding f = selected();
            if (f != null) {
                vm.fix(f);
            }
        });
        Button fixAll = new Button(text.get("ui.checks.fixAll"));
        fixAll.setId("fix-all");
        fixAll.setOnAction(e -> {
            Finding f = selected();
            if (f != null) {
                vm.fixAll(f);
            }
        });
        // 修正 only where the finding has one correction; 全部修正 takes every finding of its kind.
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            boolean fixable = now != null && now.getValue() instanceof Finding f && f.fixable();
            fix.setDisable(!fixable);
            fixAll.setDisable(!fixable);
            if (fixable) {
                Finding f = (Finding) now.getValue();
                long same = vm.findings().stream().filter(x -> x.code().equals(f.code()) && x.fixable()).count();
                fixAll.setText(text.get("ui.checks.fixAllCount", same));
            } else {
                fixAll.setText(text.get("ui.checks.fixAll"));
            }
        });
        fix.setDisable(true);
        fixAll.setDisable(true);
        Button undoFix = new Button(text.get("ui.checks.undoFix"));
        undoFix.setId("undo-fix");
        undoFix.disableProperty().bind(vm.canUndoFixProperty().not());
        undoFix.setOnAction(e -> vm.undoFix());
        Button recheck = new Button(text.get("ui.checks.recheck"));
        recheck.setId("recheck");
        recheck.setOnAction(e -> vm.recheck());
        FlowPane buttons = new FlowPane(8, 8, open, fix, fixAll, undoFix, accept, recheck);
        root.getChildren().addAll(title, summary, tree, buttons);
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> refresh());
        refresh();
    }

    static String severityLabel(UiText text, Finding f) {
        return f.overridden() ? text.get("ui.checks.acceptedLabel") : text.severity(f.severity().id());
    }

    /** An accepted error is drawn as settled, not red, everywhere a finding is listed. */
    static String styleOf(Finding f) {
        return f.overridden() ? "finding-accepted" : "finding-" + f.severity().id();
    }

    private Finding selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding ? (Finding) item.getValue() : null;
    }

    private void openSelected() {
        Finding f = selected();
        if (f != null) {
            vm.goTo(f);
        }
    }

    private void refresh() {
        TreeItem<Object> rootItem = new TreeItem<>("");
        long blocking = vm.findings().stream().filter(Finding::blocking).count();
        for (Finding.Severity severity : Finding.Severity.values()) {
            java.util.List<Finding> of = vm.findings().stream().filter(f -> f.severity() == severity && !f.overridden()).toList();
            if (of.isEmpty()) {
                continue;
            }
            TreeItem<Object> group = new TreeItem<>(text.severityGroup(severity.id(), of.size()));
            group.setExpanded(true);
            of.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            rootItem.getChildren().add(group);
        }
        // Accepted errors are listed apart (with their reasons), never counted among the errors.
        java.util.List<Finding> accepted = vm.findings().stream().filter(Finding::overridden).toList();
        if (!accepted.isEmpty()) {
            TreeItem<Object> group = new TreeItem<>(text.get("ui.checks.group.accepted", accepted.size()));
            group.setExpanded(true);
            accepted.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            rootItem.getChildren().add(group);
        }
        tree.setRoot(rootItem);
        // Warnings and notes are what is left to look at; an accepted error is neither.
        long toLookAt = vm.findings().stream().filter(f -> f.severity() != Finding.Severity.ERROR).count();
        summary.setText(blocking == 0 && toLookAt == 0 ? text.get("ui.checks.clean")
                : blocking == 0 ? text.get("ui.checks.noErrors", toLookAt)
                : text.get("ui.checks.errors", blocking));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(WizardViewModel.Step step) {
        refresh();
    }
}
