package org.nianbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.IssueRows;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.store.StoredProject;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;

/**
 * The 部门报送 step without controls: templates out, workbooks in (read off the app's thread,
 * cancellable between files), the board of departments, the issues of the last import, and undo
 * of the last import.
 */
public final class IntakeModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public enum Status {
        RECEIVED, MISSING, PROBLEMS
    }

    /** One department on the board. */
    public record BoardRow(String department, Status status, int records, int applications, int rejected, int warnings,
                           String lastImport, String file) {
    }

    /** One problem of the last import, as the user reads it. */
    public record IssueRow(String file, String sheet, String cell, ImportIssue.Severity severity, String message,
                           String rowText, ImportIssue issue) {
    }

    /** A batch as read, with the offending rows' cells of each file (file name → sheet!row → text). */
    private record Read(DepartmentIntake.Batch batch, Map<String, Map<String, String>> rows) {
    }

    private final WizardViewModel wizard;
    private final ObservableList<BoardRow> board = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private StoredProject beforeLastImport;
    private List<FileImport> lastResults = List.of();
    private final Map<String, Path> lastFiles = new HashMap<>();

    public IntakeModel(WizardViewModel wizard) {
        this.wizard = wizard;
        wizard.revisionProperty().addListener((obs, old, now) -> refreshBoard());
        wizard.sessionProperty().addListener((obs, old, now) -> {
            beforeLastImport = null;
            canUndo.set(false);
            issues.clear();
            lastResults = List.of();
            refreshBoard();
        });
        refreshBoard();
    }

    /** Rebuilds the board from the project: every listed department, then any that submitted without being listed. */
    public void refreshBoard() {
        ProjectSession s = wizard.session();
        if (s == null) {
            board.clear();
            return;
        }
        Project p = s.project();
        List<String> names = new ArrayList<>(p.departments());
        p.submissions().stream().map(DepartmentSubmission::department).filter(d -> !names.contains(d)).forEach(names::add);
        List<BoardRow> rows = new ArrayList<>();
        for (String d : names) {
            rows.add(p.submission(d).map(sub -> new BoardRow(d,
                    sub.rejected() > 0 ? Status.PROBLEMS : Status.RECEIVED,
                    sub.records().size(), sub.applications().size(), sub.rejected(), sub.warnings(),
                    WHEN.format(sub.importedAt().atZone(ZoneId.systemDefault())), sub.file()))
                    .orElse(new BoardRow(d, Status.MISSING, 0, 0, 0, 0, "", "")));
        }
        board.setAll(rows);
    }

    /** Writes one template per listed department into {@code dir} (off the app's thread). */
    public void writeTemplates(Path dir) {
        ProjectSession s = wizard.session();
        List<String> departments = s.project().departments();
        UiText text = wizard.text();
        if (departments.isEmpty()) {
            wizard.setStatus(text.get("ui.intake.noDepartments"));
            return;
        }
        running.set(true);
        progressText.set(text.get("ui.intake.writingTemplates"));
        wizard.background().run(() -> new DepartmentIntake(s).writeTemplates(dir, departments), written -> {
            running.set(false);
            progressText.set("");
            wizard.setStatus(text.get("ui.intake.templatesWritten", written.size(), dir));
        }, error -> {
            running.set(false);
            progressText.set("");
            wizard.setStatus(text.get("ui.intake.templatesFailed", wizard.message(error)));
        });
    }

    /**
     * Imports workbooks (folders are searched for .xlsx/.xlsm/.xls) off the app's thread, keeps
     * what was accepted in one step on the app's thread, and shows every issue; {@code done} runs
     * afterwards on the app's thread.
     */
    public void importFiles(List<Path> given, ImportOptions options, Runnable done) {
        ProjectSession s = wizard.session();
        UiText text = wizard.text();
        List<Path> files = expand(given);
        if (files.isEmpty()) {
            wizard.setStatus(text.get("ui.intake.noWorkbooks"));
            return;
        }
        cancel.set(false);
        running.set(true);
        progress.set(0);
        DepartmentIntake intake = new DepartmentIntake(s);
        wizard.background().run(() -> {
            DepartmentIntake.Batch read = intake.read(files, options, (i, total, name) -> {
                wizard.background().onApp(() -> {
                    progress.set((double) i / total);
                    progressText.set(text.get("ui.intake.reading", i + 1, total, name));
                });
                return !cancel.get();
            });
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (int i = 0; i < read.results().size(); i++) {
                rows.put(read.results().get(i).file(), IssueRows.of(files.get(i), read.results().get(i).issues()));
            }
            return new Read(read, rows);
        }, outcome -> {
            DepartmentIntake.Batch batch = outcome.batch();
            for (Path f : files) {
                lastFiles.put(f.getFileName().toString(), f);
            }
            running.set(false);
            progress.set(1);
            StoredProject before = s.snapshot();
            if (!batch.cancelled() && intake.keep(batch)) {
                beforeLastImport = before;
                canUndo.set(true);
                wizard.changed();
            }
            show(batch.results(), outcome.rows());
            long refused = batch.results().stream().filter(FileImport::refused).count();
            long accepted = batch.results().stream().mapToLong(FileImport::accepted).sum();
            long rejected = batch.results().stream().mapToLong(FileImport::rejected).sum();
            progressText.set(batch.cancelled() ? text.get("ui.intake.cancelled")
                    : text.get("ui.intake.done", batch.results().size(), accepted, rejected, refused));
            done.run();
        }, error -> {
            running.set(false);
            progressText.set(text.get("ui.intake.failed", wizard.message(error)));
            done.run();
        });
    }

    /** Asks a running import to stop before its next file; nothing of a cancelled batch is kept. */
    public void cancel() {
        cancel.set(true);
    }

    /** Puts the project back as it was before the last import. */
    public void undoLastImport() {
        if (beforeLastImport == null) {
            return;
        }
        wizard.session().restore(beforeLastImport);
        beforeLastImport = null;
        canUndo.set(false);
        issues.clear();
        wizard.changed();
        wizard.setStatus(wizard.text().get("ui.intake.undone"));
    }

    private void show(List<FileImport> results, Map<String, Map<String, String>> rowTexts) {
        lastResults = List.copyOf(results);
        List<IssueRow> rows = new ArrayList<>();
        for (FileImport f : results) {
            Map<String, String> texts = rowTexts.getOrDefault(f.file(), Map.of());
            for (ImportIssue i : f.issues()) {
                rows.add(new IssueRow(i.file(), i.sheet(), i.cell(), i.severity(),
                        wizard.text().core().get(i.code(), i.argArray()),
                        texts.getOrDefault(IssueRows.key(i.sheet(), i.row()), ""), i));
            }
        }
        issues.setAll(rows);
    }

    /** Files as given, folders replaced by the workbooks in them (two levels deep), Office lock files skipped. */
    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, 2)) {
                    walk.filter(Files::isRegularFile).filter(IntakeModel::looksLikeWorkbook).sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean looksLikeWorkbook(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
    }

    /** The file of the last import with this name (to import it again with a department and column names). */
    public java.util.Optional<Path> lastFile(String name) {
        return java.util.Optional.ofNullable(lastFiles.get(name));
    }

    /** The departments a file can be assigned to (those listed, then those that submitted). */
    public List<String> departments() {
        return board.stream().map(BoardRow::department).toList();
    }

    public List<FileImport> lastResults() {
        return lastResults;
    }

    public ObservableList<BoardRow> board() {
        return board;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }
}
