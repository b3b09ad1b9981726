package org.nianbao.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.IssueRows;
import org.nianbao.intake.SubmissionReader;
import org.nianbao.intake.TemplateWriter;
import org.nianbao.intake.WorkbookOpener;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.model.SubmissionIssue;
import org.nianbao.platform.AtomicFile;
import org.nianbao.store.Attachment;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.StoredProject;

/**
 * The department-submission work of a session: templates out, workbooks in. An import replaces
 * each department's previous submission in one step, stores the workbook as received under
 * {@code sources/} with its SHA-256, and saves once at the end; a refused file changes nothing.
 */
public final class DepartmentIntake {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DepartmentIntake.class);

    private final ProjectSession session;

    public DepartmentIntake(ProjectSession session) {
        this.session = session;
    }

    /** Writes one template per department into {@code dir}; returns the files written. */
    public List<Path> writeTemplates(Path dir, List<String> departments) throws IOException {
        Project project = session.project();
        TemplateWriter writer = new TemplateWriter(session.kind());
        List<Path> written = new ArrayList<>();
        for (String department : departments) {
            Path target = dir.resolve(TemplateWriter.fileNameFor(project, department));
            AtomicFile.write(target, out -> writer.write(project, department, out));
            written.add(target);
        }
        return written;
    }

    /** The outcome of importing several files. */
    public record Report(List<FileImport> files) {
        public boolean allAccepted() {
            return files.stream().noneMatch(f -> f.refused() || f.rejected() > 0);
        }
    }

    /** Told before each file is read; answers false to stop before that file (cancel). */
    @FunctionalInterface
    public interface Progress {
        boolean beforeFile(int index, int total, String file);

        Progress NONE = (index, total, file) -> true;
    }

    /** What {@link #read} found: each file's result, and the content (a private copy) of those that can be kept. */
    public record Batch(List<FileImport> results, List<Attachment> contents, boolean cancelled) {
        public Report report() {
            return new Report(results);
        }
    }

    /**
     * Reads each file and, unless {@code dryRun}, keeps what it accepted and saves the project.
     * Files are read in order, so a later file of the same department replaces an earlier one.
     */
    public Report importFiles(List<Path> files, ImportOptions options, boolean dryRun)
            throws IOException, ProjectFileException {
        Batch batch = read(files, options, Progress.NONE);
        if (!dryRun && keep(batch)) {
            session.save();
        }
        return batch.report();
    }

    /**
     * Reads the files against the project as it stands, without changing it: safe to run off the
     * app's thread. {@code progress} may stop the batch between files; what was read is returned.
     */
    public Batch read(List<Path> files, ImportOptions options, Progress progress) throws IOException {
        List<FileImport> results = new ArrayList<>();
        List<Attachment> contents = new ArrayList<>();
        org.nianbao.model.Project project = session.project();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            if (!progress.beforeFile(i, files.size(), name)) {
                return new Batch(results, contents, true);
            }
            Attachment.Copy copy = null;
            FileImport result;
            if (!Files.isRegularFile(file)) {
                result = refusal(name, options, "intake.file.notFound", file.toString());
            } else if (Files.size(file) > WorkbookOpener.MAX_BYTES) {
                result = refusal(name, options, "intake.file.tooLarge", Files.size(file) / (1024 * 1024));
            } else {
                try {
                    // Read from a private copy on disk, not held in memory: what is kept is exactly what was
                    // read, even if the department's file is changed before the project is saved.
                    copy = Attachment.copyOf(file);
                    SubmissionReader reader = new SubmissionReader(session.kind(), project, session.workspace().clock());
                    result = withRowTexts(copy.file(), reader.read(copy.file(), name, copy.sha256(), options));
                } catch (OutOfMemoryError e) {
                    copy = null;
                    result = FileImport.outOfMemory(name, options.department(), Files.size(file), e);
                } finally {
                    java.lang.ref.Reference.reachabilityFence(copy); // its file is deleted once it is unreachable
                }
            }
            results.add(result);
            contents.add(result.refused() ? null : copy);
        }
        return new Batch(results, contents, false);
    }

    /**
     * The rows the issues point at, as the department typed them, kept with the submission's issues so
     * the secretary sees them after reopening the project (the file is read once more, only when a row has an issue).
     */
    private static FileImport withRowTexts(Path file, FileImport result) {
        if (result.refused() || result.issues().stream().noneMatch(i -> i.row() > 0)) {
            return result;
        }
        Map<String, String> rows = IssueRows.of(file, result.issues());
        List<SubmissionIssue> kept = result.issues().stream()
                .map(i -> i.stored(rows.getOrDefault(IssueRows.key(i.sheet(), i.row()), ""))).toList();
        return new FileImport(result.file(), result.department(), false, result.submission().withIssues(kept),
                result.issues(), result.accepted(), result.rejected(), result.mapping());
    }

    /** Keeps what a {@link #read} accepted, file by file in order (a later file of a department replaces an earlier one); true if anything changed. */
    public boolean keep(Batch batch) {
        return keepUndoably(batch).isPresent();
    }

    /**
     * Keeps what a {@link #read} accepted, as {@link #keep(Batch)} does, and returns how to take exactly
     * that back ({@link Kept#undo}); empty when nothing was kept.
     */
    public Optional<Kept> keepUndoably(Batch batch) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (int i = 0; i < batch.results().size(); i++) {
            FileImport result = batch.results().get(i);
            if (!result.refused()) {
                Change change = keep(result, batch.contents().get(i));
                // A later file of the same department replaces an earlier one of this batch: undo goes back to before both.
                changes.merge(change.department(), change, (first, later) -> new Change(first.department(), first.before(),
                        first.beforeIndex(), first.beforeSource(), first.beforeMapping(), first.wasListed(), later.after()));
            }
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Kept(List.copyOf(changes.values())));
    }

    /**
     * One department's part of a kept import: its submission before (null if none) with that submission's
     * stored workbook, its remembered columns before, whether it was listed, and the submission the import put in.
     */
    private record Change(String department, DepartmentSubmission before, int beforeIndex, Attachment beforeSource,
                          Map<String, String> beforeMapping, boolean wasListed, DepartmentSubmission after) {
    }

    /**
     * An import as kept, and its inverse: only the departments it touched go back to what they had (their
     * submission, stored workbook and remembered columns), so everything done elsewhere since (prose,
     * other departments) stays. Possible only while those departments still hold what this import put in.
     */
    public static final class Kept {
        private final List<Change> changes;

        private Kept(List<Change> changes) {
            this.changes = changes;
        }

        /** The departments this import changed, in the order they were kept. */
        public List<String> departments() {
            return changes.stream().map(Change::department).toList();
        }

        /** True while every department this import touched still holds the submission it put in. */
        public boolean canUndo(ProjectSession session) {
            Project p = session.project();
            return changes.stream().allMatch(c -> p.submission(c.department()).filter(s -> s == c.after()).isPresent());
        }

        /**
         * Takes the import back in one step; false (and nothing changes) when one of its departments has a
         * newer submission since.
         */
        public boolean undo(ProjectSession session) {
            boolean[] done = {false};
            session.updateStored(stored -> {
                Project p = stored.project();
                for (Change c : changes) {
                    if (!p.submission(c.department()).filter(s -> s == c.after()).isPresent()) {
                        return stored;
                    }
                }
                StoredProject out = stored;
                for (Change c : changes) {
                    Project now = out.project();
                    List<DepartmentSubmission> submissions = new ArrayList<>(now.submissions());
                    submissions.removeIf(s -> s.department().equals(c.department()));
                    if (c.before() != null) {
                        submissions.add(Math.min(c.beforeIndex(), submissions.size()), c.before());
                    }
                    Project back = now.withSubmissions(submissions);
                    back = c.beforeMapping() == null ? back.withoutMapping(c.department()) : back.withMapping(c.department(), c.beforeMapping());
                    if (!c.wasListed()) {
                        back = back.withDepartmentRemoved(c.department());
                    }
                    out = out.with(back);
                    String added = sourceEntry(c.after());
                    if (back.submissions().stream().noneMatch(s -> sourceEntry(s).equals(added))) {
                        out = out.withoutAttachment(added);
                    }
                    if (c.before() != null && c.beforeSource() != null) {
                        out = out.withAttachment(sourceEntry(c.before()), c.beforeSource());
                    }
                }
                done[0] = true;
                return out;
            });
            return done[0];
        }
    }

    private Change keep(FileImport result, Attachment content) {
        DepartmentSubmission submission = result.submission();
        String department = submission.department();
        Project before = session.project();
        DepartmentSubmission previous = before.submission(department).orElse(null);
        Attachment previousSource = previous == null ? null : session.stored().attachments().get(sourceEntry(previous));
        Map<String, String> previousMapping = before.mappings().get(department);
        boolean listed = before.departments().contains(department);
        String sourceName = sourceEntry(submission);
        if (previous != null) {
            String old = sourceEntry(previous);
            boolean stillUsed = before.submissions().stream()
                    .anyMatch(s -> !s.department().equals(previous.department()) && sourceEntry(s).equals(old));
            if (!stillUsed) {
                previousSource = forUndo(old, previousSource);
                session.updateStored(s -> s.withoutAttachment(old));
            }
        }
        session.updateStored(s -> s.withAttachment(sourceName, content));
        session.update(p -> {
            Project withSubmission = p.withSubmission(submission);
            return result.mapping().isEmpty() ? withSubmission : withSubmission.withMapping(department, result.mapping());
        });
        return new Change(department, previous, previous == null ? -1 : before.submissions().indexOf(previous), previousSource, previousMapping, listed,
                submission);
    }

    /**
     * The workbook a replaced submission leaves, kept for undo where the next save cannot take it away
     * (a private copy of what is still only in the project file). If it cannot be read now, the project
     * file has changed since it was read, and saving will say so; undo then keeps what it can.
     */
    private static Attachment forUndo(String entry, Attachment source) {
        if (source == null) {
            return null;
        }
        try {
            return source.detached();
        } catch (IOException e) {
            LOG.warn("Cannot keep a copy of {} for undo: {}", entry, e.getMessage());
            return source;
        }
    }

    /**
     * Where a submission's workbook is kept in the project file. A file name is one path segment:
     * a backslash or slash in it (legal on Linux) becomes "_", as does a name that is only dots, so any
     * workbook that can be read can be kept. Names without them are kept as they are (earlier projects).
     */
    public static String sourceEntry(DepartmentSubmission s) {
        String name = s.file().replace('\\', '_').replace('/', '_').replace('\0', '_');
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "_" + name;
        }
        if (name.length() > 400) {
            name = name.substring(name.length() - 400); // keep the extension; the SHA-256 folder tells files apart
        }
        return "sources/" + s.sha256() + "/" + name;
    }

    private static FileImport refusal(String name, ImportOptions options, String code, Object arg) {
        ImportIssue issue = new ImportIssue(name, "", "", 0, code, ImportIssue.Severity.ERROR, List.of(String.valueOf(arg)));
        return new FileImport(name, options.department(), true, null, List.of(issue), 0, 0, java.util.Map.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
