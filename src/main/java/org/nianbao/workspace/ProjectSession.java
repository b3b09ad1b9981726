package org.nianbao.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nianbao.check.CheckContext;
import org.nianbao.check.Checker;
import org.nianbao.check.Finding;
import org.nianbao.compose.Document;
import org.nianbao.compose.Fields;
import org.nianbao.compose.DocumentComposer;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.StatisticsWindow;
import org.nianbao.stats.Figures;
import org.nianbao.render.docx.DocxRenderer;
import org.nianbao.render.pdf.PdfRenderer;
import org.nianbao.sign.ReportSigner;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureRequest;
import org.nianbao.sign.SignedReport;
import org.nianbao.sign.SigningKey;
import org.nianbao.platform.AtomicFile;
import org.nianbao.store.FileVersion;
import org.nianbao.store.ProjectLock;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;

/**
 * One open project: its file, its data and its kind. All changes go through {@link #update}, which
 * marks the session dirty; {@link #save} writes atomically. The data is immutable and swapped under
 * the session's lock, so a background task may read a {@link #snapshot} while the app edits; long
 * work (composing, checking, writing) runs on a snapshot, never under the lock.
 */
public final class ProjectSession implements AutoCloseable {
    private final Workspace workspace;
    private final Path file;
    private final ReportKind kind;
    private StoredProject stored;
    private boolean dirty;
    /** The file's content this session was read from or last wrote; a save over anything else is refused. */
    private FileVersion base;
    /** Held while the session may change the file (a command's run, the app's open project); null otherwise. */
    private ProjectLock lock;

    ProjectSession(Workspace workspace, Path file, StoredProject stored, ReportKind kind, FileVersion base) {
        this.workspace = workspace;
        this.file = file;
        // A file written before the year followed its kind (a calendar year stored as 2023-2024) opens as its kind counts it.
        this.stored = stored.with(stored.project().withYear(kind.year(stored.project().year())));
        this.kind = kind;
        this.base = base;
    }

    /** Where the seal image is kept in the project file. */
    public static final String SEAL = "assets/seal.png";

    /** Stores (or, with null, removes) the seal image printed over the signature. */
    public void setSeal(byte[] png) {
        updateStored(s -> png == null ? s.withoutAttachment(SEAL) : s.withAttachment(SEAL, png));
    }

    public boolean hasSeal() {
        return stored().attachments().containsKey(SEAL);
    }

    /** The seal image as the project holds it (not yet checked), or null. */
    public byte[] storedSeal() {
        return storedSeal(stored());
    }

    private static byte[] storedSeal(StoredProject state) {
        org.nianbao.store.Attachment kept = state.attachments().get(SEAL);
        try {
            return kept == null ? null : kept.bytes(); // assets/ are read whole with the project
        } catch (IOException e) {
            throw new IllegalStateException("The seal is held in memory", e);
        }
    }

    Workspace workspace() {
        return workspace;
    }

    public Path file() {
        return file;
    }

    public synchronized Project project() {
        return stored.project();
    }

    public ReportKind kind() {
        return kind;
    }

    public StatisticsWindow window() {
        return kind.window(project().year());
    }

    public String title() {
        return kind.title(project());
    }

    public synchronized boolean isDirty() {
        return dirty;
    }

    public synchronized void update(UnaryOperator<Project> change) {
        Project changed = Objects.requireNonNull(change.apply(stored.project()));
        if (!changed.equals(stored.project())) {
            stored = stored.with(changed);
            dirty = true;
        }
    }

    /** Changes the stored file's binary entries (sources, assets) in step with the data. */
    synchronized void updateStored(UnaryOperator<StoredProject> change) {
        StoredProject changed = Objects.requireNonNull(change.apply(stored));
        if (changed != stored) {
            stored = changed;
            dirty = true;
        }
    }

    private boolean exported;

    /** A final report was written from this session (the 签署导出 step is done). */
    public synchronized void markExported() {
        exported = true;
    }

    public synchronized boolean exported() {
        return exported;
    }

    /** A session opened from a recovery copy holds changes its file does not have yet. */
    synchronized void markDirty() {
        dirty = true;
    }

    synchronized StoredProject stored() {
        return stored;
    }

    /**
     * Where the fields of project.json this build does not know and cannot write back were, joined for a
     * message ("submissions[0].reviewer、sections[2].color"), or empty when a save loses nothing. Fields
     * at the top of project.json are kept and not listed.
     */
    public String unknownFieldsNotKept() {
        java.util.List<String> dropped = stored().unknown().dropped();
        String shown = String.join("、", dropped.subList(0, Math.min(10, dropped.size())));
        return dropped.size() > 10 ? shown + "…" : shown;
    }

    /** The project and its files as they stand now; immutable, safe to hand to another thread. */
    public StoredProject snapshot() {
        return stored();
    }

    /**
     * Writes the project to its file atomically and drops any recovery copy. Safe to call off the
     * app's thread: edits made while it writes keep the session dirty.
     */
    public void save() throws ProjectFileException {
        StoredProject writing;
        FileVersion expected;
        ProjectLock held;
        synchronized (this) {
            writing = stored;
            expected = base;
            held = lock;
        }
        ProjectStore.Saved written = workspace.store().write(file, writing, expected, held);
        synchronized (this) {
            base = written.version();
            if (stored == writing) {
                dirty = false;
            }
            stored = ProjectStore.afterSave(stored, written);
        }
        workspace.discardRecovery(file);
    }

    /** The version of the file this session last read or wrote. */
    synchronized FileVersion base() {
        return base;
    }

    /** Holds {@code held} (the project's lock) from now on; it is released by {@link #close}. */
    public synchronized ProjectSession holding(ProjectLock held) {
        if (lock != null && lock != held) {
            lock.close();
        }
        lock = held;
        return this;
    }

    /** Gives up the lock without releasing it, for a session that takes this one's place (a reload). */
    synchronized ProjectLock handOverLock() {
        ProjectLock held = lock;
        lock = null;
        return held;
    }

    /** True while this session holds its project's lock. */
    public synchronized boolean holdsLock() {
        return lock != null && lock.isHeld();
    }

    /** Releases the project's lock, if held; the session's data stays readable. */
    @Override
    public synchronized void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /**
     * Keeps unsaved changes in the recovery folder (not in the project file, which changes only on
     * {@link #save}), so a crash loses nothing; does nothing when there is nothing unsaved.
     */
    public void saveRecovery() throws ProjectFileException {
        StoredProject writing;
        synchronized (this) {
            if (!dirty) {
                return;
            }
            writing = stored;
        }
        workspace.writeRecovery(file, writing, base());
    }

    /** Every finding of the rule catalogue on the project as it stands, overrides applied. */
    public List<Finding> check() {
        return check(project());
    }

    /** The rule catalogue on the given state of this project (e.g. a snapshot taken on the app's thread). */
    public List<Finding> check(Project project) {
        return workspace.checker().run(CheckContext.of(project, kind, LocalDate.now(workspace.clock()), workspace.calendar(),
                previous(project)));
    }

    /** Last year's project when one is linked and can be read; a link that cannot is reported by the checks. */
    public Optional<Project> previous() {
        return previous(project());
    }

    private Optional<Project> previous(Project project) {
        String link = project.previous();
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> resolved = org.nianbao.model.PreviousLink.resolve(file, link);
        if (resolved.isEmpty()) {
            return Optional.empty(); // the checks say why it is not followed
        }
        Path last = resolved.get();
        try {
            FileTime modified = Files.getLastModifiedTime(last);
            synchronized (this) {
                if (previousCache != null && previousCache.path().equals(last) && previousCache.modified().equals(modified)) {
                    return Optional.of(previousCache.project());
                }
            }
            Project read = workspace.store().readProjectOnly(last);
            if (read.kindId().equals(kind.id())) {
                read = read.withYear(kind.year(read.year()));
            }
            synchronized (this) {
                previousCache = new CachedPrevious(last, modified, read);
            }
            return Optional.of(read);
        } catch (ProjectFileException | IOException e) {
            return Optional.empty();
        }
    }

    /** Last year's project as read, kept while its file is unchanged: the app re-checks on every edit. */
    private record CachedPrevious(Path path, FileTime modified, Project project) {
    }

    private CachedPrevious previousCache;

    /** The fields prose may quote, with their values now. */
    public Fields fields() {
        return fields(project());
    }

    /** The fields of the given state of this project (e.g. a snapshot, off the app's thread). */
    public Fields fields(Project project) {
        return Fields.of(project, kind, Figures.of(project));
    }

    /** The report as it would be exported today. */
    public Document compose() {
        return compose(snapshot());
    }

    /** The report as it would be exported today from the given state of this project. */
    public Document compose(StoredProject state) {
        return new DocumentComposer(kind).compose(state.project(), LocalDate.now(workspace.clock()), seal(state));
    }

    /**
     * The document carrying the project's consolidated records workbook (as {@code consolidate} writes
     * it) as a second attachment of the PDF, for the archive ({@code export --attach-records}).
     */
    private Document withRecords(Project project, Document document) throws IOException {
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        new org.nianbao.intake.ConsolidatedWorkbook(kind).write(project, xlsx);
        return document.withSupplement(new Document.Supplement(org.nianbao.intake.ConsolidatedWorkbook.ATTACHMENT_NAME,
                org.nianbao.intake.ConsolidatedWorkbook.MIME_TYPE, "Nianbao records workbook (every accepted record of this report)",
                xlsx.toByteArray()));
    }

    /**
     * The project's seal, checked as one the user offers would be: a file may hold anything under
     * {@code assets/seal.png} (a hand-made project, a decompression bomb), and it must not reach the PDF or DOCX.
     *
     * @throws InvalidValueException naming the project and the reason, and how to set a seal again
     */
    private byte[] seal(StoredProject state) {
        byte[] png = storedSeal(state);
        if (png == null) {
            return null;
        }
        try {
            return SealImage.read(png, SEAL).png();
        } catch (InvalidValueException e) {
            Object[] args = e.args();
            String message = "the project's seal cannot be used: " + e.getMessage();
            throw switch (e.key()) {
                case "workspace.seal.tooLarge" -> new InvalidValueException("workspace.seal.projectTooLarge", message,
                        file.toString(), args[1], args[2], args[3]);
                case "workspace.seal.fileTooLarge" -> new InvalidValueException("workspace.seal.projectFileTooLarge", message,
                        file.toString(), args[1], args[2]);
                default -> new InvalidValueException("workspace.seal.projectNotPng", message, file.toString());
            };
        }
    }

    /**
     * Writes the PDF and/or the DOCX (either may be null) from one composed document. Each file is
     * written atomically; a failure leaves no partial file.
     */
    public void export(Path pdf, Path docx) throws IOException {
        write(compose(), pdf, docx);
    }

    /** The one export the command line and the app share, on the project as it is now. */
    public ExportResult export(ExportRequest request) throws IOException, SignException {
        return export(snapshot(), request);
    }

    /**
     * The one export the command line and the app share: the checks run first on {@code state}; a final export is
     * refused while an error stands (nothing written, the errors returned); a draft lists the open findings on its
     * pages; a signed export opens the key only after the checks pass, signs the PDF and writes the DOCX beside it;
     * the consolidated records workbook is written when asked. Each file is written atomically.
     */
    public ExportResult export(StoredProject state, ExportRequest request) throws IOException, SignException {
        List<Finding> findings = check(state.project());
        List<Finding> blocking = findings.stream().filter(Finding::blocking).toList();
        if (!request.draft() && !blocking.isEmpty()) {
            return new ExportResult(blocking, List.of(), null, null);
        }
        Document document = request.attachRecords() ? withRecords(state.project(), compose(state)) : compose(state);
        SignedReport signed = null;
        SigningKey key = null;
        if (request.draft()) {
            List<String> open = findings.stream().filter(f -> f.severity() != Finding.Severity.INFO && !f.overridden())
                    .map(request.describe()).toList();
            write(document.asDraft(open), request.pdf(), request.docx());
        } else if (request.key() != null) {
            key = request.key().open();
            signed = writeSigned(document, request.pdf(), request.docx(), key, request.signature());
        } else {
            write(document, request.pdf(), request.docx());
        }
        if (request.workbook() != null) {
            consolidate(state.project(), request.workbook());
        }
        List<Path> written = new java.util.ArrayList<>();
        for (Path f : java.util.Arrays.asList(request.pdf(), request.docx(), request.workbook())) {
            if (f != null) {
                written.add(f);
            }
        }
        return new ExportResult(List.of(), written, signed, key);
    }

    /** Whether a section is printed as an appendix (附件), outside the numbered body. */
    public boolean isAppendix(org.nianbao.model.Section section) {
        return new DocumentComposer(kind).isAppendix(section);
    }

    /** The opening paragraph the report prints when the user has not written her own. */
    public String generatedOpening() {
        return new DocumentComposer(kind).generatedOpening(project());
    }

    /** Reads a table pasted from Word, WPS or a web page as {@code table} (nothing is changed yet). */
    public org.nianbao.intake.FormTableImport readPastedTable(ReportKind.FormTable table, String pasted) {
        return org.nianbao.intake.FormTableReader.read(table, org.nianbao.intake.CellGrid.ofPaste(pasted), "");
    }

    /** The form tables' figures counted from the departments' records (Table 3 from applications), as a blank cell prints them. */
    public org.nianbao.model.TableEntries countedTables() {
        return org.nianbao.stats.FormTableFigures.counted(project(), kind);
    }

    /**
     * Reads the form tables a source holds — a workbook (a table a sheet), a CSV file, tab-separated text, or text
     * given on standard input ({@code pasted}, with {@code name} "-") — each as {@code chosen} or the table it is
     * recognised as. Nothing is changed yet.
     *
     * @throws TableSourceException no such file, or a sheet that no table of the kind matches
     * @throws org.nianbao.intake.WorkbookRefusal a file that is no readable workbook
     */
    public List<org.nianbao.intake.FormTableImport> readTables(String source, byte[] pasted,
            Optional<ReportKind.FormTable> chosen) throws IOException, TableSourceException, org.nianbao.intake.WorkbookRefusal {
        String name = pasted != null ? "-" : Path.of(source).getFileName().toString();
        List<org.nianbao.intake.FormTableImport> imports = new java.util.ArrayList<>();
        for (org.nianbao.intake.CellGrid grid : grids(source, pasted)) {
            String where = grid.sheet().isEmpty() ? name : name + "!" + grid.sheet();
            ReportKind.FormTable table = chosen.or(() -> org.nianbao.intake.FormTableReader.detect(kind.formTables(), grid))
                    .orElseThrow(() -> new TableSourceException("intake.table.unknownTable", "no table matches " + where, where));
            imports.add(org.nianbao.intake.FormTableReader.read(table, grid, name));
        }
        return imports;
    }

    private static List<org.nianbao.intake.CellGrid> grids(String source, byte[] pasted)
            throws IOException, TableSourceException, org.nianbao.intake.WorkbookRefusal {
        if (pasted != null) {
            String text = org.nianbao.intake.CellGrid.decode(pasted);
            return List.of(text.indexOf('\t') < 0 && text.indexOf(',') >= 0 ? org.nianbao.intake.CellGrid.ofCsv(text)
                    : org.nianbao.intake.CellGrid.ofPaste(text));
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new TableSourceException("intake.file.notFound", "no such file: " + file, file.toString());
        }
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return List.of(org.nianbao.intake.CellGrid.ofCsv(org.nianbao.intake.CellGrid.decode(Files.readAllBytes(file))));
        }
        if (lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            return List.of(org.nianbao.intake.CellGrid.ofPaste(org.nianbao.intake.CellGrid.decode(Files.readAllBytes(file))));
        }
        return org.nianbao.intake.WorkbookOpener.open(file).sheets().stream().filter(s -> !s.hidden())
                .map(org.nianbao.intake.CellGrid::of)
                .filter(g -> g.rows().stream().anyMatch(r -> r.stream().anyMatch(c -> !c.isBlank())))
                .toList();
    }

    /**
     * Writes the typed form tables as the form prints them, atomically: a workbook with a sheet per table (named by
     * {@code sheetName}), or one table as CSV when {@code target} ends in .csv.
     */
    public void exportTables(Path target, List<ReportKind.FormTable> tables,
            java.util.function.Function<ReportKind.FormTable, String> sheetName) throws IOException {
        boolean csv = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        org.nianbao.model.TableEntries entries = project().tables();
        AtomicFile.write(target, out -> {
            if (csv) {
                org.nianbao.intake.FormTableWriter.writeCsv(tables.get(0), entries, out);
            } else {
                org.nianbao.intake.FormTableWriter.writeXlsx(tables, entries, sheetName::apply, out);
            }
        }, false);
    }

    /** Writes every accepted record of the project, as it is now, into one workbook (atomically). */
    public void consolidate(Path out) throws IOException {
        consolidate(project(), out);
    }

    private void consolidate(Project p, Path out) throws IOException {
        AtomicFile.write(out, o -> new org.nianbao.intake.ConsolidatedWorkbook(kind).write(p, o));
    }

    /** What applying the suggested fixes of {@code chosen} to the project as it is now gives (nothing is changed yet). */
    public org.nianbao.check.Fixes.Applied fixes(List<Finding> chosen) {
        return org.nianbao.check.Fixes.apply(project(), chosen);
    }

    /** Renders a composed document as PDF, in the workspace's fonts (the preview draws what the export writes). */
    public void renderPdf(Document document, java.io.OutputStream out) throws IOException {
        new PdfRenderer(workspace.fonts()).render(document, out);
    }

    /**
     * Renders a composed document for the live preview: the same pages as {@link #renderPdf}, without the archival
     * parts (PDF/A checks, metadata, attached data) that only a file needs.
     */
    public void renderPreview(Document document, java.io.OutputStream out) throws IOException {
        new PdfRenderer(workspace.fonts()).renderPreview(document, out);
    }

    /** Writes the given document (e.g. a draft) as PDF and/or DOCX, each atomically. */
    public void write(Document document, Path pdf, Path docx) throws IOException {
        if (pdf != null) {
            AtomicFile.write(pdf, out -> renderPdf(document, out));
        }
        if (docx != null) {
            AtomicFile.write(docx, out -> new DocxRenderer().render(document, out));
        }
    }

    /**
     * Writes the document as a PDF signed with {@code key} (rendered to a temporary file beside
     * the target, signed into the target, the temporary file removed) and, if {@code docx} is
     * given, the DOCX. Nothing is left at {@code pdf} when signing fails.
     */
    public SignedReport writeSigned(Document document, Path pdf, Path docx, SigningKey key,
            SignatureRequest request) throws IOException, SignException {
        Path target = pdf.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path unsigned = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".unsigned");
        SignedReport signed;
        try {
            write(document, unsigned, null);
            signed = new ReportSigner(workspace.clock()).sign(unsigned, pdf, key, request);
        } finally {
            Files.deleteIfExists(unsigned);
        }
        write(document, null, docx);
        return signed;
    }
}
