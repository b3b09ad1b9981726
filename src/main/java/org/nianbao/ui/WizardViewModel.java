package org.nianbao.ui;

import org.nianbao.model.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nianbao.check.Finding;
import org.nianbao.check.Fixes;
import org.nianbao.intake.FormTableImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ChineseNumerals;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.ProjectLock;
import org.nianbao.store.ProjectLockedException;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.ReportProgress;
import org.nianbao.workspace.Workspace;

/**
 * The wizard's state without any control: the open project, its steps with their badges, the
 * selected step, the findings of the last check, and the unsaved-changes bookkeeping. Every edit
 * goes through {@link #edit}; checks run and recovery copies are written off the app's thread a
 * moment after the last edit. Unit-tested without a window ({@link Background#direct()}).
 */
public final class WizardViewModel {
    /** How long typing must pause before the report is checked again. */
    static final long RECHECK_MS = 400;
    /** How long typing must pause before unsaved work is copied to the recovery folder. */
    static final long AUTOSAVE_MS = 1500;

    public enum StepType {
        BASICS, INTAKE, OPENING, SECTION, CHECKS, EXPORT
    }

    public enum Badge {
        NOT_STARTED, ERRORS, DONE
    }

    /** One entry of the steps list; {@link #key()} survives relabelling. */
    public record Step(StepType type, String sectionId, String label, Badge badge) {
        public String key() {
            return type == StepType.SECTION ? new Location.Section(sectionId).encode() : type.name();
        }
    }

    private final UiText text;
    private final Workspace workspace;
    private final Background background;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Step> selected = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** The last 修正 applied, for 撤销修正; null once undone or when none was made. */
    private Fixes.Applied lastFix;
    private final BooleanProperty canUndoFix = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<ProjectSession> session = new SimpleObjectProperty<>();
    private Finding focus;
    /** The report's state part by part, from the core: the badges' one source. */
    private ReportProgress progress;
    private boolean checked;
    private int checkRun;

    public WizardViewModel(UiText text, Workspace workspace, Background background) {
        this.text = text;
        this.workspace = workspace;
        this.background = background;
        windowTitle.set(text.get("ui.window.titleEmpty"));
        status.set(text.get("ui.status.noProject"));
        // A message belongs to what was just done: moving to another step puts the project's line back.
        selected.addListener((obs, old, now) -> {
            ProjectSession s = session.get();
            if (s != null && old != null && now != null && !old.key().equals(now.key())) {
                status.set(text.get("ui.status.project", s.title(), s.window().chineseLabel()));
            }
        });
    }

    // ---------------------------------------------------------------- project

    /**
     * What reading a project found: its unsaved work from a crash, the saved file, or why it cannot be
     * read; the project's lock when the app could take it, else who holds it.
     */
    private record Opening(ProjectSession recovered, ProjectSession saved, Exception error, ProjectLock lock,
            ProjectLock.Holder heldBy) {
    }

    /** Opens a project; one another process holds is not opened (see the four-argument form). */
    public void open(Path file, java.util.function.Predicate<Path> recover, Runnable then) {
        open(file, recover, holder -> false, then);
    }

    /**
     * Opens a project: the file and any recovery copy a crash left are read off the app's thread, so a
     * project carrying many department workbooks never freezes the window. The app holds the project's
     * lock while it is open; when another process holds it, {@code openAnyway} is asked (a save then
     * still refuses to overwrite what the other wrote). {@code recover} is asked whether to take the
     * unsaved work back (declined work is discarded); {@code then} runs once the project is shown. On
     * failure the status says why in the user's language and nothing changes.
     */
    public void open(Path file, java.util.function.Predicate<Path> recover,
            java.util.function.Predicate<ProjectLock.Holder> openAnyway, Runnable then) {
        status.set(text.get("ui.status.opening", file.getFileName()));
        background.run(() -> {
            ProjectLock lock = null;
            ProjectLock.Holder heldBy = null;
            if (java.nio.file.Files.isRegularFile(file)) {
                try {
                    lock = workspace.lockForApp(file);
                } catch (ProjectLockedException e) {
                    heldBy = e.holder();
                } catch (ProjectFileException e) {
                    // A read-only folder (an installed sample, a CD): open without a lock; saving will say why it cannot.
                }
            }
            ProjectSession recovered = workspace.recovered(file).orElse(null);
            try {
                // The app keeps the project open while others may save it: its workbooks must not depend on the file.
                return new Opening(recovered, workspace.openKeepingWorkbooks(file), null, lock, heldBy);
            } catch (ProjectFileException | InvalidValueException e) {
                return new Opening(recovered, null, e, lock, heldBy);
            }
        }, opening -> {
            if (opening.heldBy() != null && !openAnyway.test(opening.heldBy())) {
                status.set(text.get("ui.open.lockedNotOpened", lockedText(file, opening.heldBy())));
                return;
            }
            ProjectSession chosen;
            if (opening.recovered() != null && recover.test(file)) {
                chosen = opening.recovered();
            } else {
                if (opening.recovered() != null) {
                    workspace.discardRecovery(file);
                }
                if (opening.saved() == null) {
                    if (opening.lock() != null) {
                        opening.lock().close();
                    }
                    status.set(text.get("ui.error.open", message(opening.error())));
                    return;
                }
                chosen = opening.saved();
            }
            show(opening.lock() == null ? chosen : chosen.holding(opening.lock()));
            if (opening.heldBy() != null) {
                status.set(text.get("ui.open.lockedOpened", lockedText(file, opening.heldBy())));
            }
            then.run();
        }, error -> status.set(text.get("ui.error.open", message(error))));
    }

    /** "正由 张三（PC-01，年报 app）自 2026-09-30 09:12 打开" in the user's language. */
    String lockedText(Path file, ProjectLock.Holder h) {
        return text.get("ui.open.lockedBy", file.getFileName(), h.owner(), h.host(), h.program(), h.sinceText());
    }

    /** Shows a session (opened, created, or recovered after a crash). */
    public void show(ProjectSession opened) {
        lastFix = null;
        canUndoFix.set(false);
        ProjectSession before = session.get();
        if (before != null && before != opened) {
            before.close();
        }
        if (!opened.holdsLock()) {
            holdIfFree(opened);
        }
        checked = false;
        session.set(opened);
        String name = opened.file().getFileName().toString().replaceFirst("\\.nianbao$", "");
        windowTitle.set(text.get("ui.window.title", name));
        status.set(text.get("ui.status.project", opened.title(), opened.window().chineseLabel()));
        if (!opened.unknownFieldsNotKept().isEmpty()) {
            status.set(text.core().get("store.warning.unknownFields", opened.file().getFileName(), opened.unknownFieldsNotKept()));
        }
        dirty.set(opened.isDirty());
        findings.clear();
        rebuildSteps();
        selected.set(steps.get(0));
        revision.set(revision.get() + 1);
        recheck();
    }

    public ProjectSession session() {
        return session.get();
    }

    public ObjectProperty<ProjectSession> sessionProperty() {
        return session;
    }

    Workspace workspace() {
        return workspace;
    }

    Background background() {
        return background;
    }

    UiText text() {
        return text;
    }

    /**
     * Changes the project. The steps, badges and open views refresh; the report is re-checked and
     * a recovery copy written once edits pause. A change the model refuses leaves everything as it
     * was and says why in the status line.
     */
    public boolean edit(UnaryOperator<Project> change) {
        ProjectSession s = session.get();
        if (s == null) {
            return false;
        }
        try {
            s.update(change);
        } catch (InvalidValueException e) {
            status.set(text.core().get(e));
            return false;
        }
        changed();
        return true;
    }

    /** Call after the session changed outside {@link #edit} (an import, a seal, an undo). */
    void changed() {
        ProjectSession s = session.get();
        dirty.set(s.isDirty());
        rebuildSteps();
        revision.set(revision.get() + 1);
        background.debounce("recheck", RECHECK_MS, this::recheck);
        background.debounce("autosave", AUTOSAVE_MS, this::autosave);
    }

    /** Runs the checks on a snapshot off the app's thread; a result older than the newest run is dropped. */
    void recheck() {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        Project snapshot = s.project();
        int run = ++checkRun;
        background.run(() -> s.check(snapshot), result -> {
            if (run == checkRun && session.get() == s) {
                checked = true;
                findings.setAll(result);
                rebuildSteps();
            }
        }, error -> status.set(text.get("ui.error.check", String.valueOf(error.getMessage()))));
    }

    /** Copies unsaved work to the recovery folder (the project file changes only on save). */
    void autosave() {
        ProjectSession s = session.get();
        if (s == null || !s.isDirty()) {
            return;
        }
        background.run(() -> {
            s.saveRecovery();
            return Boolean.TRUE;
        }, ok -> { }, error -> status.set(text.get("ui.error.autosave", message(error))));
    }

    /** Saves to the project file (off the app's thread); {@code then} runs on success. */
    public void save(Runnable then) {
        save(then, () -> { });
    }

    /** Takes the lock of a session shown without one (a new project, a copy) unless another process holds it. */
    private void holdIfFree(ProjectSession s) {
        if (!java.nio.file.Files.isRegularFile(s.file())) {
            return;
        }
        try {
            s.holding(workspace.lockForApp(s.file()));
        } catch (ProjectFileException e) {
            // Held elsewhere or a read-only folder: the session saves without holding it, checked against the file's version.
        }
    }

    /** Releases the open project's lock (the app is closing). */
    public void close() {
        ProjectSession s = session.get();
        if (s != null) {
            s.close();
        }
    }

    /**
     * Saves to the project file; when another program changed the file since it was read, nothing is
     * written and {@code onConflict} is called (on the app's thread) to offer reloading or a copy.
     */
    public void save(Runnable then, Runnable onConflict) {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        background.run(() -> {
            s.save();
            return Boolean.TRUE;
        }, ok -> {
            dirty.set(s.isDirty());
            status.set(text.get("ui.status.saved", s.file().getFileName()));
            then.run();
        }, error -> {
            status.set(text.get("ui.error.save", message(error)));
            if (isConflict(error)) {
                onConflict.run();
            }
        });
    }

    /** True for a save refused because another program changed or holds the file. */
    static boolean isConflict(Throwable error) {
        return error instanceof ProjectFileException e && e.key().equals("store.error.changedOnDisk");
    }

    /** Drops this session's changes and shows the project as its file holds it now (after another program saved it). */
    public boolean reload() {
        ProjectSession s = session.get();
        if (s == null) {
            return false;
        }
        try {
            show(workspace.reopen(s));
            status.set(text.get("ui.conflict.reloaded", s.file().getFileName()));
            return true;
        } catch (ProjectFileException | InvalidValueException e) {
            status.set(text.get("ui.error.open", message(e)));
            return false;
        }
    }

    /** Saves this session's project, unsaved changes included, as {@code target} and goes on working there. */
    public boolean saveCopy(Path target) {
        ProjectSession s = session.get();
        if (s == null) {
            return false;
        }
        try {
            ProjectSession copy = workspace.saveCopy(s, target, ProjectLock.APP);
            workspace.discardRecovery(s.file());
            show(copy);
            status.set(text.get("ui.conflict.copied", target.getFileName(), s.file().getFileName()));
            return true;
        } catch (ProjectFileException | InvalidValueException e) {
            status.set(text.get("ui.error.save", message(e)));
            return false;
        }
    }

    /** Forgets unsaved changes (the user chose not to save on close): the recovery copy goes too. */
    public void discard() {
        ProjectSession s = session.get();
        if (s != null) {
            workspace.discardRecovery(s.file());
            dirty.set(false);
        }
    }

    String message(Throwable error) {
        if (error instanceof org.nianbao.model.UserError e) {
            return text.core().get(e);
        }
        if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
            return text.core().get("cli.error.io", String.valueOf(error.getMessage()));
        }
        // A bug, not the user's input: a sentence naming the log, where the stack trace goes; never "null".
        String what = error.getClass().getSimpleName();
        return workspace.errorLog().record("nianbao app", error)
                .map(log -> text.core().get("cli.error.internalLogged", what, log))
                .orElseGet(() -> text.core().get("cli.error.internal", what));
    }

    void setStatus(String message) {
        status.set(message);
    }

    void markExported() {
        ProjectSession s = session.get();
        if (s != null) {
            s.markExported();
            rebuildSteps();
        }
    }

    // ---------------------------------------------------------------- steps

    private void rebuildSteps() {
        ProjectSession s = session.get();
        if (s == null) {
            steps.clear();
            return;
        }
        String keep = selected.get() == null ? null : selected.get().key();
        List<Step> built = new ArrayList<>();
        Project p = s.project();
        progress = ReportProgress.of(p, s.kind(), checked ? List.copyOf(findings) : null, s.exported());
        built.add(new Step(StepType.BASICS, "", text.get("ui.step.basics"), badge(ReportProgress.BASICS)));
        built.add(new Step(StepType.INTAKE, "", text.get("ui.step.intake"), badge(ReportProgress.INTAKE)));
        built.add(new Step(StepType.OPENING, "", text.get("ui.step.opening"), badge(ReportProgress.OPENING)));
        int number = 0;
        for (Section section : p.sections()) {
            boolean appendix = s.isAppendix(section);
            String label = appendix ? section.heading() : ChineseNumerals.of(++number) + "、" + section.heading();
            built.add(new Step(StepType.SECTION, section.id(), label, badge(new Location.Section(section.id()).encode())));
        }
        built.add(new Step(StepType.CHECKS, "", text.get("ui.step.checks"), badge(ReportProgress.CHECKS)));
        built.add(new Step(StepType.EXPORT, "", text.get("ui.step.export"), badge(ReportProgress.EXPORT)));
        if (!built.equals(steps)) {
            steps.setAll(built);
        }
        Step again = keep == null ? null : find(keep).orElse(null);
        if (again != null && !again.equals(selected.get())) {
            selected.set(again);
        } else if (again == null && keep != null) {
            selected.set(steps.get(0));
        }
    }

    static List<String> tablesOf(ReportKind kind, String sectionId) {
        return kind.section(sectionId).map(ReportKind.OutlineSection::tables).orElse(List.of());
    }

    private Badge badge(String part) {
        return switch (progress.state(part)) {
            case ERRORS -> Badge.ERRORS;
            case DONE -> Badge.DONE;
            case NOT_STARTED -> Badge.NOT_STARTED;
        };
    }

    /** The report's state part by part as the badges show it (null without a project). */
    ReportProgress progress() {
        return progress;
    }

    /** The step a finding's location belongs to (section text, department data, basics, sign-off). */
    Optional<Step> stepFor(String location) {
        ProjectSession s = session.get();
        if (s == null) {
            return Optional.empty();
        }
        return ReportProgress.partOf(location, s.project(), s.kind()).map(part -> Location.parse(part) instanceof Location.Section sec
                ? new Step(StepType.SECTION, sec.id(), "", Badge.NOT_STARTED)
                : new Step(StepType.valueOf(part), "", "", Badge.NOT_STARTED));
    }

    /** The character offset a finding points at inside its text, or -1. */
    static int offsetOf(String location) {
        return Location.parse(location).offset();
    }

    private Optional<Step> find(String key) {
        return steps.stream().filter(st -> st.key().equals(key)).findFirst();
    }

    /** Selects the step with this key (as remembered between runs); false if there is none. */
    public boolean select(String key) {
        Optional<Step> step = find(key);
        step.ifPresent(selected::set);
        return step.isPresent();
    }

    /** Goes to the step a finding belongs to; that step's view then shows the place ({@link #takeFocus}). */
    public void goTo(Finding finding) {
        Optional<Step> target = stepFor(finding.location()).flatMap(t -> find(t.key()));
        if (target.isPresent()) {
            focus = finding;
            if (target.get().equals(selected.get())) {
                selected.set(null);
            }
            selected.set(target.get());
        }
    }

    /** The finding the user asked to see, once (the step view places the caret or selects the row). */
    Finding takeFocus() {
        Finding f = focus;
        focus = null;
        return f;
    }

    public boolean canGoBack() {
        return steps.indexOf(selected.get()) > 0;
    }

    public boolean canGoNext() {
        int i = steps.indexOf(selected.get());
        return i >= 0 && i < steps.size() - 1;
    }

    public void back() {
        if (canGoBack()) {
            selected.set(steps.get(steps.indexOf(selected.get()) - 1));
        }
    }

    public void next() {
        if (canGoNext()) {
            selected.set(steps.get(steps.indexOf(selected.get()) + 1));
        }
    }

    // ---------------------------------------------------------------- the outline

    /** Renames a section of this project's outline (the kind itself never changes). */
    public boolean renameSection(String id, String heading) {
        if (heading == null || heading.isBlank()) {
            status.set(text.get("ui.outline.headingEmpty"));
            return false;
        }
        return edit(p -> p.withSectionRenamed(id, heading));
    }

    /** Adds a section after {@code afterId} (or at the end); returns its id, or null without an open project. */
    public String addSection(String afterId, String heading) {
        ProjectSession s = session.get();
        if (s == null) {
            return null;
        }
        String id = s.project().nextCustomSectionId();
        String h = heading == null || heading.isBlank() ? text.get("ui.outline.newHeading") : heading.strip();
        edit(p -> p.withSectionAdded(afterId, id, h));
        select(new Location.Section(id).encode());
        return id;
    }

    /** Moves a section up (-1) or down (+1) in the outline. */
    public void moveSection(String id, int by) {
        edit(p -> p.withSectionMoved(id, by));
    }

    /** Removes a section; a required one is then reported by the checks. */
    public void removeSection(String id) {
        edit(p -> p.withSectionRemoved(id));
    }

    // ---------------------------------------------------------------- overrides

    /** Accepts an error with a reason (kept in the project and printed in the check list). */
    public boolean override(Finding f, String reason) {
        if (reason == null || reason.isBlank()) {
            status.set(text.get("ui.checks.reasonMissing"));
            return false;
        }
        LocalDate today = LocalDate.now(workspace.clock());
        return edit(p -> p.withOverride(new Project.Override(f.code(), f.location(), f.excerpt(), reason, today)));
    }

    // ---------------------------------------------------------------- form tables

    /**
     * Fills a form table from text copied out of Word, WPS, a browser or a spreadsheet, laid out as
     * the form prints it: rows and columns matched by their printed names, cells left empty cleared.
     * Nothing changes when a name does not match; the status says which.
     */
    public boolean pasteTable(ReportKind.FormTable table, String pasted) {
        ProjectSession s = session.get();
        if (s == null) {
            return false;
        }
        FormTableImport read = s.readPastedTable(table, pasted);
        Optional<ImportIssue> refusal = read.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).findFirst();
        if (refusal.isPresent()) {
            status.set(text.get("ui.form.pasteRefused", text.core().get(refusal.get().code(), refusal.get().argArray())));
            return false;
        }
        int changed = read.changes(s.project().tables()).size();
        boolean done = edit(p -> {
            Project out = p;
            for (FormTableImport.Cell c : read.cells()) {
                out = out.withTableEntry(table.id(), c.row().id(), c.column().id(), c.value());
            }
            return out;
        });
        if (done) {
            status.set(text.get("ui.form.pasted", changed, table.id()));
        }
        return done;
    }

    // ---------------------------------------------------------------- fixes

    /** Applies the fix of one finding (修正). */
    public boolean fix(Finding f) {
        return applyFixes(f.fix() == null ? List.of() : List.of(f));
    }

    /** Applies the fixes of every current finding with the same code as {@code f} (全部修正). */
    public boolean fixAll(Finding f) {
        return applyFixes(findings.stream().filter(x -> x.code().equals(f.code()) && x.fix() != null).toList());
    }

    private boolean applyFixes(List<Finding> chosen) {
        ProjectSession s = session.get();
        if (s == null || chosen.isEmpty()) {
            status.set(text.get("ui.checks.noFix"));
            return false;
        }
        Fixes.Applied applied = s.fixes(chosen);
        if (applied.count() == 0) {
            status.set(text.get("ui.checks.fixStale"));
            recheck();
            return false;
        }
        if (!edit(p -> applied.project())) {
            return false;
        }
        lastFix = applied;
        canUndoFix.set(true);
        status.set(text.get("ui.checks.fixed", applied.count()));
        return true;
    }

    /**
     * Undoes the last 修正 / 全部修正: each part it changed goes back to its text before, as long as
     * nothing was typed there since (then nothing is undone, and the status line says why).
     */
    public boolean undoFix() {
        ProjectSession s = session.get();
        Fixes.Applied last = lastFix;
        if (s == null || last == null) {
            return false;
        }
        if (!last.untouchedIn(s.project())) {
            status.set(text.get("ui.checks.undoFixChanged"));
            lastFix = null;
            canUndoFix.set(false);
            return false;
        }
        boolean done = edit(last::undoneIn);
        lastFix = null;
        canUndoFix.set(false);
        if (done) {
            status.set(text.get("ui.checks.fixUndone", last.count()));
        }
        return done;
    }

    public BooleanProperty canUndoFixProperty() {
        return canUndoFix;
    }

    /** A finding as the user reads it. */
    public String describe(Finding f) {
        return text.core().get(f.code(), f.argArray());
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<Step> steps() {
        return steps;
    }

    public ObjectProperty<Step> selectedProperty() {
        return selected;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Goes up by one on every change of the project: open views refresh from it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
