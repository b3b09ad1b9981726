package org.nianbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.check.Finding;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.ImportOptions;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.model.SubmissionIssue;
import org.nianbao.workspace.DepartmentIntake;
import org.nianbao.workspace.ProjectSession;

/**
 * The 部门报送 step without controls: templates out, workbooks in (read off the app's thread,
 * cancellable between files), the board of departments, every department's import problems as kept
 * in the project (filtered by level and department, errors first), and undo of the last import
 * (only that import's departments go back; refused once they changed since).
 */
public final class IntakeModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public enum Status {
        RECEIVED, MISSING, PROBLEMS
    }

    /** Which problems the table shows. */
    public enum LevelFilter {
        ALL, ERRORS, WARNINGS
    }

    /** One department on the board. */
    public record BoardRow(String department, Status status, int records, int applications, int rejected, int warnings,
                           String lastImport, String file) {
    }

    /**
     * One import problem, as the user reads it; {@code department} is empty for a file refused before one was known;
     * {@code acceptedReason} is the reason the secretary gave in 检查 for keeping the report without this rejected
     * row, empty while it is not accepted.
     */
    public record IssueRow(String department, String file, String sheet, String cell, ImportIssue.Severity severity,
                           String message, String rowText, ImportIssue issue, String acceptedReason) {
        /** Accepted in 检查 with a reason: settled, drawn and labelled as 检查 draws an accepted finding. */
        public boolean accepted() {
            return !acceptedReason.isEmpty();
        }
    }

    private final WizardViewModel wizard;
    private final ObservableList<BoardRow> board = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObjectProperty<LevelFilter> levelFilter = new SimpleObjectProperty<>(LevelFilter.ALL);
    /** The department whose problems are shown; empty for all. */
    private final StringProperty departmentFilter = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private DepartmentIntake.Kept lastImport;
    private List<FileImport> lastResults = List.of();
    /** Files the last import refused as a whole (they made no submission, so the project does not keep them). */
    private List<IssueRow> refusals = List.of();
    private final Map<String, Path> lastFiles = new HashMap<>();
    /** Every problem, sorted; rebuilt only when the submissions or the refusals change (not on every keystroke). */
    private List<IssueRow> allIssues = List.of();
    private List<DepartmentSubmission> issuesOf;
    /** The accepted rejected rows the list was last built with (see {@link #acceptedReasons()}). */
    private Map<String, String> acceptedOf = Map.of();
    private static final String RECORD = "record:";

    public IntakeModel(WizardViewModel wizard) {
        this.wizard = wizard;
        wizard.revisionProperty().addListener((obs, old, now) -> {
            refreshBoard();
            canUndo.set(lastImport != null && wizard.session() != null && lastImport.canUndo(wizard.session()));
        });
        wizard.sessionProperty().addListener((obs, old, now) -> {
            lastImport = null;
            canUndo.set(false);
            lastResults = List.of();
            refusals = List.of();
            departmentFilter.set("");
            refreshBoard();
        });
        // What 检查 accepted is read from its findings (the one place overrides are matched), not worked out again here.
        wizard.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> {
            if (!acceptedReasons().equals(acceptedOf)) {
                rebuildIssues();
            }
        });
        levelFilter.addListener((obs, old, now) -> filterIssues());
        departmentFilter.addListener((obs, old, now) -> filterIssues());
        refreshBoard();
    }

    /**
     * Rebuilds the board from the project (every listed department, then any that submitted without
     * being listed) and the problem list from what each submission kept.
     */
    public void refreshBoard() {
        ProjectSession s = wizard.session();
        if (s == null) {
            board.clear();
            allIssues = List.of();
            issuesOf = null;
            issues.clear();
            return;
        }
        Project p = s.project();
        List<String> names = new ArrayList<>(p.departments());
        p.submissions().stream().filter(sub -> !sub.isCarriedForward()).map(DepartmentSubmission::department)
                .filter(d -> !names.contains(d)).forEach(names::add);
        List<BoardRow> rows = new ArrayList<>();
        for (String d : names) {
            rows.add(p.submission(d).map(sub -> new BoardRow(d,
                    sub.rejected() > 0 ? Status.PROBLEMS : Status.RECEIVED,
                    sub.records().size(), sub.applications().size(), sub.rejected(), sub.warnings(),
                    WHEN.format(sub.importedAt().atZone(ZoneId.systemDefault())), sub.file()))
                    .orElse(new BoardRow(d, Status.MISSING, 0, 0, 0, 0, "", "")));
        }
        if (!rows.equals(board)) {
            board.setAll(rows);
        }
        if (p.submissions() != issuesOf) {
            issuesOf = p.submissions();
            rebuildIssues();
        }
    }

    /**
     * The rejected rows 检查 lists as accepted ({@code record:<file>/<sheet>/<row>} findings overridden with a
     * reason), keyed by code and place, with their reasons.
     */
    private Map<String, String> acceptedReasons() {
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : wizard.findings()) {
            if (f.overridden() && f.location().startsWith(RECORD)) {
                reasons.putIfAbsent(f.code() + " " + f.location(), f.overrideReason());
            }
        }
        return reasons;
    }

    private void rebuildIssues() {
        ProjectSession s = wizard.session();
        List<IssueRow> rows = new ArrayList<>(refusals);
        acceptedOf = acceptedReasons();
        if (s != null) {
            for (DepartmentSubmission sub : s.project().submissions()) {
                for (SubmissionIssue kept : sub.issues()) {
                    ImportIssue i = ImportIssue.of(sub.file(), kept);
                    String reason = kept.rejectsRow()
                            ? acceptedOf.getOrDefault(kept.code() + " " + RECORD + sub.file() + "/" + kept.sheet() + "/" + kept.row(), "")
                            : "";
                    rows.add(new IssueRow(sub.department(), sub.file(), i.sheet(), i.cell(), i.severity(), message(i),
                            kept.rowText(), i, reason));
                }
            }
        }
        List<String> order = board.stream().map(BoardRow::department).toList();
        rows.sort(Comparator.comparing((IssueRow r) -> r.severity()).thenComparing(IssueRow::accepted)
                .thenComparingInt(r -> order.contains(r.department()) ? order.indexOf(r.department()) : order.size())
                .thenComparing(IssueRow::file).thenComparing(IssueRow::sheet).thenComparingInt(r -> r.issue().row()));
        allIssues = List.copyOf(rows);
        filterIssues();
    }

    private void filterIssues() {
        String department = departmentFilter.get();
        LevelFilter level = levelFilter.get();
        issues.setAll(allIssues.stream()
                .filter(r -> department.isEmpty() || r.department().equals(department) || r.department().isEmpty())
                .filter(r -> switch (level) {
                    case ALL -> true;
                    case ERRORS -> r.severity() == ImportIssue.Severity.ERROR;
                    case WARNINGS -> r.severity() == ImportIssue.Severity.WARNING;
                })
                .toList());
    }

    /**
     * Shows the problem a finding of 检查 points at ({@code record:<file>/<sheet>/<row>}): its department's
     * problems, all levels; returns that problem's row when there is one.
     */
    public java.util.Optional<IssueRow> focus(String location) {
        String place = location.substring(location.indexOf(':') + 1);
        java.util.Optional<IssueRow> row = allIssues.stream()
                .filter(r -> r.issue().row() > 0 && place.equals(r.file() + "/" + r.sheet() + "/" + r.issue().row()))
                .findFirst();
        row.ifPresent(r -> {
            levelFilter.set(LevelFilter.ALL);
            departmentFilter.set(r.department());
        });
        return row;
    }

    /** Shows the problems of one department (from its board row), or of all with an empty name. */
    public void showDepartment(String department) {
        departmentFilter.set(department == null ? "" : department);
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
            return read;
        }, batch -> {
            for (Path f : files) {
                lastFiles.put(f.getFileName().toString(), f);
            }
            running.set(false);
            progress.set(1);
            lastResults = List.copyOf(batch.results());
            refusals = batch.results().stream().filter(FileImport::refused)
                    .flatMap(f -> f.issues().stream().map(i -> new IssueRow(f.department(), i.file(), i.sheet(), i.cell(),
                            i.severity(), message(i), "", i, "")))
                    .toList();
            java.util.Optional<DepartmentIntake.Kept> kept = batch.cancelled() ? java.util.Optional.empty()
                    : intake.keepUndoably(batch);
            if (kept.isPresent()) {
                lastImport = kept.get();
                // The imported departments' problems are shown (all of them, when several were imported).
                departmentFilter.set(lastImport.departments().size() == 1 ? lastImport.departments().get(0) : "");
                wizard.changed();
            } else {
                rebuildIssues();
            }
            long refused = batch.results().stream().filter(FileImport::refused).count();
            // Records and applications, not the 数据 sheet's named counts: what the secretary calls 条.
            long accepted = batch.results().stream().filter(f -> !f.refused())
                    .mapToLong(f -> f.submission().records().size() + f.submission().applications().size()).sum();
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

    /**
     * Takes back the last import: only its departments get their earlier submission (or none) back, so
     * work done since elsewhere stays. Refused, with a status line saying why, once one of them changed.
     */
    public boolean undoLastImport() {
        ProjectSession s = wizard.session();
        DepartmentIntake.Kept kept = lastImport;
        if (s == null || kept == null) {
            return false;
        }
        lastImport = null;
        canUndo.set(false);
        if (!kept.undo(s)) {
            wizard.setStatus(wizard.text().get("ui.intake.undoChanged"));
            return false;
        }
        refusals = List.of();
        issuesOf = null;
        wizard.changed();
        wizard.setStatus(wizard.text().get("ui.intake.undone", String.join("、", kept.departments())));
        return true;
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

    /** The department a file's name names (财务处自制表.xlsx → 财务处), the longest when several match. */
    public java.util.Optional<String> departmentNamedIn(String file) {
        return departments().stream().filter(d -> !d.isEmpty() && file.contains(d))
                .max(Comparator.comparingInt(String::length));
    }

    /**
     * An import problem in the app's words: what the command line asks for with --department or --map, the
     * app does with 指定部门和表头后重新导入.
     */
    String message(ImportIssue i) {
        UiText text = wizard.text();
        return switch (i.code()) {
            case "intake.file.departmentMissing" -> text.get("ui.intake.departmentMissing");
            case "intake.file.noRecognisedSheet" -> text.get("ui.intake.noRecognisedSheet");
            case "intake.sheet.noHeader" -> text.get("ui.intake.sheetNoHeader", i.argArray());
            default -> text.core().get(i.code(), i.argArray());
        };
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

    /** The problems shown: filtered by level and department, errors first, then by department in the board's order. */
    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ObjectProperty<LevelFilter> levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty departmentFilterProperty() {
        return departmentFilter;
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
