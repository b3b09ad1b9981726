package org.nianbao.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.SignOff;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.SealImage;

/**
 * 签署导出: the signature block (name, date, seal image), then the files to write, optionally
 * signed with the office's certificate (its password asked each time, never kept), with progress
 * and "open folder" afterwards.
 */
final class ExportView implements StepView {
    private final WizardViewModel vm;
    private final UiText text;
    private final VBox root = new VBox(10);
    private final TextField signer = new TextField();
    private final DatePicker date = Dates.picker("export-date");
    private final ImageView seal = new ImageView();
    private final Label sealInfo = new Label();
    private boolean loading;

    ExportView(WizardViewModel vm, ExportModel model, Dialogs dialogs, Consumer<Path> openFolder) {
        this.vm = vm;
        this.text = vm.text();
        Label title = new Label(text.get("ui.step.export"));
        title.getStyleClass().add("section-heading");
        signer.setId("export-signer");
        signer.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.edit(p -> p.withSignOff(new SignOff(now, p.signOff().date())));
            }
        });
        date.valueProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.edit(p -> p.withSignOff(new SignOff(p.signOff().name(), now)));
            }
        });
        seal.setFitHeight(96);
        seal.setFitWidth(96);
        seal.setPreserveRatio(true);
        Button chooseSeal = new Button(text.get("ui.export.chooseSeal"));
        chooseSeal.setId("choose-seal");
        chooseSeal.setOnAction(e -> dialogs.image(root.getScene().getWindow()).ifPresent(this::setSeal));
        Button removeSeal = new Button(text.get("ui.export.removeSeal"));
        removeSeal.setId("remove-seal");
        removeSeal.setOnAction(e -> {
            vm.session().setSeal(null);
            vm.changed();
            load();
        });

        GridPane sign = grid();
        sign.addRow(0, new Label(text.get("ui.export.signer")), signer);
        sign.addRow(1, new Label(text.get("ui.export.date")), date);
        sign.addRow(2, new Label(text.get("ui.export.seal")), new HBox(8, seal, new VBox(6, chooseSeal, removeSeal, sealInfo)));

        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setEditable(false);
        model.folderProperty().addListener((obs, old, now) -> folder.setText(now == null ? "" : now.toString()));
        folder.setText(model.folderProperty().get() == null ? "" : model.folderProperty().get().toString());
        Button chooseFolder = new Button(text.get("ui.export.chooseFolder"));
        chooseFolder.setOnAction(e -> dialogs.folder(root.getScene().getWindow(), text.get("ui.export.chooseFolder"))
                .ifPresent(model.folderProperty()::set));
        TextField baseName = new TextField();
        baseName.setId("export-name");
        baseName.textProperty().bindBidirectional(model.baseNameProperty());
        CheckBox pdf = check("export-pdf", "ui.export.pdf", model.pdfProperty());
        CheckBox docx = check("export-docx", "ui.export.docx", model.docxProperty());
        CheckBox workbook = check("export-workbook", "ui.export.workbook", model.workbookProperty());
        CheckBox draft = check("export-draft", "ui.export.draft", model.draftProperty());
        CheckBox signIt = check("export-sign", "ui.export.sign", model.signProperty());
        CheckBox visible = check("export-visible", "ui.export.visible", model.visibleProperty());
        TextField keystore = new TextField();
        keystore.setEditable(false);
        model.keystoreProperty().addListener((obs, old, now) -> keystore.setText(now == null ? "" : now.toString()));
        Button chooseKey = new Button(text.get("ui.export.chooseKeystore"));
        chooseKey.setOnAction(e -> dialogs.keystore(root.getScene().getWindow()).ifPresent(model.keystoreProperty()::set));
        keystore.disableProperty().bind(signIt.selectedProperty().not());
        chooseKey.disableProperty().bind(signIt.selectedProperty().not());
        visible.disableProperty().bind(signIt.selectedProperty().not());

        GridPane files = grid();
        files.addRow(0, new Label(text.get("ui.export.folder")), new HBox(8, folder, chooseFolder));
        HBox.setHgrow(folder, Priority.ALWAYS);
        files.addRow(1, new Label(text.get("ui.export.name")), baseName);
        javafx.scene.layout.FlowPane kinds = new javafx.scene.layout.FlowPane(12, 6, pdf, docx, workbook, draft);
        files.addRow(2, new Label(text.get("ui.export.files")), kinds);
        files.addRow(3, new Label(text.get("ui.export.signing")), new HBox(12, signIt, visible));
        files.addRow(4, new Label(text.get("ui.export.keystore")), new HBox(8, keystore, chooseKey));
        HBox.setHgrow(keystore, Priority.ALWAYS);

        Button export = new Button(text.get("ui.export.run"));
        export.setId("export-run");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> {
            char[] password = null;
            if (model.signProperty().get() && !model.draftProperty().get() && model.keystoreProperty().get() != null) {
                Optional<char[]> given = dialogs.password(root.getScene().getWindow(), text.get("ui.export.passwordPrompt",
                        model.keystoreProperty().get().getFileName()));
                if (given.isEmpty()) {
                    return;
                }
                password = given.get();
            }
            model.export(password, () -> { });
        });
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(22, 22);
        running.visibleProperty().bind(model.runningProperty());
        Label result = new Label();
        result.setId("export-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        Button open = new Button(text.get("ui.export.openFolder"));
        open.setId("open-folder");
        open.visibleProperty().bind(model.writtenFolderProperty().isNotNull());
        open.setOnAction(e -> openFolder.accept(model.writtenFolderProperty().get()));

        Label signTitle = new Label(text.get("ui.export.signatureBlock"));
        signTitle.getStyleClass().add("pane-title");
        Label filesTitle = new Label(text.get("ui.export.filesTitle"));
        filesTitle.getStyleClass().add("pane-title");
        VBox content = new VBox(10, title, signTitle, sign, filesTitle, files, new HBox(8, export, running, open), result);
        content.setPadding(new Insets(12));
        content.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        vm.revisionProperty().addListener((obs, old, now) -> load());
    }

    /** A two-column form: labels at least 110 px, fields taking the rest. */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, values);
        return g;
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(text.get(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    private void setSeal(Path file) {
        byte[] bytes;
        Optional<SealImage> image;
        try {
            if (Files.size(file) > SealImage.MAX_BYTES) {
                vm.setStatus(text.core().get("workspace.seal.fileTooLarge", file.getFileName(),
                        String.valueOf(Files.size(file) / (1024 * 1024)), String.valueOf(SealImage.MAX_BYTES / (1024 * 1024))));
                return;
            }
            bytes = Files.readAllBytes(file);
            image = Optional.of(SealImage.read(bytes, file.getFileName().toString()));
        } catch (IOException e) {
            vm.setStatus(text.get("ui.export.sealUnreadable", file.getFileName(), String.valueOf(e.getMessage())));
            return;
        } catch (org.nianbao.model.InvalidValueException e) {
            vm.setStatus(text.core().get(e));
            return;
        }
        vm.session().setSeal(bytes);
        vm.changed();
        load();
        if (!image.get().transparent()) {
            vm.setStatus(text.core().get("workspace.seal.noAlpha"));
        }
    }

    private void load() {
        ProjectSession s = vm.session();
        if (s == null) {
            return;
        }
        loading = true;
        try {
            SignOff so = s.project().signOff();
            if (!signer.isFocused() && !signer.getText().equals(so.name())) {
                signer.setText(so.name());
            }
            if (!java.util.Objects.equals(date.getValue(), so.date())) {
                date.setValue(so.date());
            }
            date.setPromptText(Dates.reportDatePrompt(s));
            byte[] png = s.storedSeal();
            seal.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
            sealInfo.setText(text.get(png == null ? "ui.export.noSeal" : "ui.export.hasSeal"));
        } finally {
            loading = false;
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(WizardViewModel.Step step) {
        vm.takeFocus();
        load();
    }
}
