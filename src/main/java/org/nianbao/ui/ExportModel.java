package org.nianbao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.nianbao.sign.SignatureRequest;
import org.nianbao.store.StoredProject;
import org.nianbao.workspace.ExportRequest;
import org.nianbao.workspace.ExportResult;
import org.nianbao.workspace.ProjectSession;

/**
 * The 签署导出 step without controls: where to write, which files, draft or final, optional
 * signing. Export runs off the app's thread on a snapshot; a final export is refused while an
 * error stands (the checks say which), a draft is marked as such on every page.
 */
public final class ExportModel {
    private final WizardViewModel wizard;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty baseName = new SimpleStringProperty("");
    private final BooleanProperty pdf = new SimpleBooleanProperty(true);
    private final BooleanProperty docx = new SimpleBooleanProperty(true);
    private final BooleanProperty workbook = new SimpleBooleanProperty(false);
    private final BooleanProperty draft = new SimpleBooleanProperty(false);
    private final BooleanProperty sign = new SimpleBooleanProperty(false);
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final ObjectProperty<Path> keystore = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Path> writtenFolder = new SimpleObjectProperty<>();

    public ExportModel(WizardViewModel wizard) {
        this.wizard = wizard;
        wizard.sessionProperty().addListener((obs, old, now) -> reset(now));
        reset(wizard.session());
    }

    private void reset(ProjectSession s) {
        writtenFolder.set(null);
        result.set("");
        if (s != null) {
            Path parent = s.file().toAbsolutePath().getParent();
            folder.set(parent);
            baseName.set(s.file().getFileName().toString().replaceFirst("\\.nianbao$", ""));
        }
    }

    /**
     * Writes the chosen files. {@code password} is used once and wiped; {@code done} runs on the
     * app's thread whatever happened.
     */
    public void export(char[] password, Runnable done) {
        ProjectSession s = wizard.session();
        UiText text = wizard.text();
        Path dir = folder.get();
        String base = baseName.get() == null ? "" : baseName.get().strip();
        if (dir == null || base.isEmpty() || (!pdf.get() && !docx.get() && !workbook.get())) {
            result.set(text.get("ui.export.nothing"));
            wipe(password);
            done.run();
            return;
        }
        if (sign.get() && (draft.get() || !pdf.get() || keystore.get() == null)) {
            result.set(text.get(draft.get() ? "ui.export.draftNotSigned" : "ui.export.signNeedsPdfAndKey"));
            wipe(password);
            done.run();
            return;
        }
        boolean asDraft = draft.get();
        boolean signIt = sign.get();
        boolean wantPdf = pdf.get();
        boolean wantDocx = docx.get();
        boolean wantWorkbook = workbook.get();
        Path key = keystore.get();
        boolean visibleSignature = visible.get();
        StoredProject snapshot = s.snapshot();
        running.set(true);
        result.set(text.get("ui.export.running"));
        wizard.background().run(() -> {
            try {
                Files.createDirectories(dir);
                ExportRequest request = new ExportRequest(wantPdf ? dir.resolve(base + ".pdf") : null,
                        wantDocx ? dir.resolve(base + ".docx") : null,
                        wantWorkbook ? dir.resolve(base + text.get("ui.export.workbookSuffix") + ".xlsx") : null,
                        asDraft, wizard::describe,
                        signIt ? () -> wizard.workspace().signingKey(key, password, null) : null,
                        new SignatureRequest(null, null, visibleSignature, false), false);
                ExportResult exported = s.export(snapshot, request);
                if (!exported.exported()) {
                    return new Outcome(false, text.get("ui.export.blocked", exported.blocking().size()));
                }
                List<String> written = exported.written().stream().map(f -> f.getFileName().toString()).toList();
                return new Outcome(true, text.get("ui.export.wrote", String.join("、", written), dir));
            } finally {
                wipe(password);
            }
        }, outcome -> {
            running.set(false);
            result.set(outcome.message());
            if (outcome.written()) {
                writtenFolder.set(dir);
                if (!asDraft) {
                    wizard.markExported();
                }
            }
            done.run();
        }, error -> {
            running.set(false);
            result.set(text.get("ui.export.failed", wizard.message(error)));
            done.run();
        });
    }

    private record Outcome(boolean written, String message) {
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty baseNameProperty() {
        return baseName;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public BooleanProperty docxProperty() {
        return docx;
    }

    public BooleanProperty workbookProperty() {
        return workbook;
    }

    public BooleanProperty draftProperty() {
        return draft;
    }

    public BooleanProperty signProperty() {
        return sign;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public ObjectProperty<Path> keystoreProperty() {
        return keystore;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty resultProperty() {
        return result;
    }

    /** The folder written to by the last successful export (for "open folder"), or null. */
    public ObjectProperty<Path> writtenFolderProperty() {
        return writtenFolder;
    }
}
