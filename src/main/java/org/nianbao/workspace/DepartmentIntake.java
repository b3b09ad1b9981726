package org.nianbao.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.nianbao.intake.FileImport;
import org.nianbao.intake.ImportIssue;
import org.nianbao.intake.ImportOptions;
import org.nianbao.intake.SubmissionReader;
import org.nianbao.intake.TemplateWriter;
import org.nianbao.intake.WorkbookOpener;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.Project;
import org.nianbao.store.AtomicFile;
import org.nianbao.store.ProjectFileException;

/**
 * The department-submission work of a session: templates out, workbooks in. An import replaces
 * each department's previous submission in one step, stores the workbook as received under
 * {@code sources/} with its SHA-256, and saves once at the end; a refused file changes nothing.
 */
public final class DepartmentIntake {
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

    /** What {@link #read} found: each file's result, and the bytes of those that can be kept. */
    public record Batch(List<FileImport> results, List<byte[]> contents, boolean cancelled) {
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
        List<byte[]> contents = new ArrayList<>();
        org.nianbao.model.Project project = session.project();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            if (!progress.beforeFile(i, files.size(), name)) {
                return new Batch(results, contents, true);
            }
            byte[] bytes = null;
            FileImport result;
            if (!Files.isRegularFile(file)) {
                result = refusal(name, options, "intake.file.notFound", file.toString());
            } else if (Files.size(file) > WorkbookOpener.MAX_BYTES) {
                result = refusal(name, options, "intake.file.tooLarge", Files.size(file) / (1024 * 1024));
            } else {
                bytes = Files.readAllBytes(file);
                SubmissionReader reader = new SubmissionReader(session.kind(), project, session.workspace().clock());
                result = reader.read(file, name, sha256(bytes), options);
            }
            results.add(result);
            contents.add(result.refused() ? null : bytes);
        }
        return new Batch(results, contents, false);
    }

    /** Keeps what a {@link #read} accepted, file by file in order (a later file of a department replaces an earlier one); true if anything changed. */
    public boolean keep(Batch batch) {
        boolean changed = false;
        for (int i = 0; i < batch.results().size(); i++) {
            FileImport result = batch.results().get(i);
            if (!result.refused()) {
                keep(result, batch.contents().get(i));
                changed = true;
            }
        }
        return changed;
    }

    private void keep(FileImport result, byte[] bytes) {
        DepartmentSubmission submission = result.submission();
        String sourceName = sourceEntry(submission);
        session.project().submission(submission.department()).ifPresent(previous -> {
            String old = sourceEntry(previous);
            boolean stillUsed = session.project().submissions().stream()
                    .anyMatch(s -> !s.department().equals(previous.department()) && sourceEntry(s).equals(old));
            if (!stillUsed) {
                session.updateStored(s -> s.withoutAttachment(old));
            }
        });
        session.updateStored(s -> s.withAttachment(sourceName, bytes));
        session.update(p -> {
            Project withSubmission = p.withSubmission(submission);
            return result.mapping().isEmpty() ? withSubmission : withSubmission.withMapping(submission.department(), result.mapping());
        });
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
