package org.nianbao.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.check.CheckContext;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureVerifier;
import org.nianbao.sign.VerificationReport;
import org.nianbao.check.Checker;
import org.nianbao.check.Finding;
import org.nianbao.check.QuotedFigures;
import org.nianbao.check.Citations;
import org.nianbao.check.HolidayCalendar;
import org.nianbao.check.HolidayCalendarException;
import org.nianbao.kind.ReportKind;
import org.nianbao.kind.ReportKinds;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.SignOff;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableEntries;
import org.nianbao.model.Institution;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.platform.UserFolders;
import org.nianbao.published.PublishedReader;
import org.nianbao.published.PublishedReportException;
import org.nianbao.published.PublishedText;
import org.nianbao.published.ReportReading;
import org.nianbao.platform.AtomicFile;
import org.nianbao.store.FileVersion;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.ProjectLock;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;

/**
 * The one entry point the command line and the app share: create, open and save projects against
 * the known report kinds. Everything either can do goes through here or a {@link ProjectSession}.
 */
public final class Workspace {
    /**
     * The app's lock on a project file, taken at once or not at all.
     *
     * @throws org.nianbao.store.ProjectLockedException when another process holds it (naming who)
     * @throws ProjectFileException when the lock cannot be written (a read-only folder)
     */
    public org.nianbao.store.ProjectLock lockForApp(Path project) throws ProjectFileException {
        return org.nianbao.store.ProjectLock.acquire(project, org.nianbao.store.ProjectLock.APP, java.time.Duration.ZERO);
    }

    /** The record fields a department's own column may be mapped to, with their printed names. */
    public java.util.Map<String, String> mappableFields() {
        return org.nianbao.intake.HeaderSynonyms.mappableFields();
    }

    /** Opens a signing key from a PKCS#12 file; the caller wipes the password afterwards. */
    public org.nianbao.sign.SigningKey signingKey(Path keystore, char[] password, String alias)
            throws org.nianbao.sign.SignException {
        return org.nianbao.sign.SigningKey.load(keystore, password, alias);
    }

    /** Signs {@code in} into {@code out} (an incremental update: earlier signatures stay valid). */
    public org.nianbao.sign.SignedReport sign(Path in, Path out, org.nianbao.sign.SigningKey key,
            org.nianbao.sign.SignatureRequest request) throws IOException, org.nianbao.sign.SignException {
        return new org.nianbao.sign.ReportSigner(clock()).sign(in, out, key, request);
    }

    /** A signed report's signatures, and whether it carries its data (nianbao-report.json) for the last one to cover. */
    public Verification verify(Path pdf) throws IOException, org.nianbao.sign.SignException {
        org.nianbao.sign.VerificationReport report = new org.nianbao.sign.SignatureVerifier().verify(pdf);
        return new Verification(report, org.nianbao.published.ReportDataReader.read(pdf).isPresent());
    }

    /** What {@link #verify} found. */
    public record Verification(org.nianbao.sign.VerificationReport report, boolean dataAttached) {
        /** The data travels inside the file; the last signature covers it when it covers the whole file. */
        public boolean dataCovered() {
            return dataAttached && report.valid();
        }
    }

    private final ReportKinds kinds;
    private final ProjectStore store;
    private final Clock clock;
    private final Path home;
    private final Path local;
    private HolidayCalendar calendar;
    private Checker checker;

    /**
     * @param home the user's Nianbao folder (normally {@code ~/.nianbao}; may not exist yet): the
     *             user may drop {@code holidays/<year>.json} files there (new or corrected years)
     *             without a new release, and the app keeps unsaved work under {@code recovery/}
     */
    public Workspace(ReportKinds kinds, ProjectStore store, Clock clock, Path home) {
        this(kinds, store, clock, UserFolders.in(home));
    }

    /**
     * @param folders the user's settings folder (holiday and citation files, the app's state) and this
     *                computer's own (recovery copies, the log); on Windows {@code %APPDATA%\Nianbao} and
     *                {@code %LOCALAPPDATA%\Nianbao}, elsewhere both {@code ~/.nianbao}
     */
    public Workspace(ReportKinds kinds, ProjectStore store, Clock clock, UserFolders folders) {
        this.kinds = kinds;
        this.store = store;
        this.clock = clock;
        this.home = folders.settings();
        this.local = folders.local();
        this.fontFolders = folders.fonts();
    }

    /** The fonts the report is set in: the bundled faces and the official ones found in this computer's font folders. */
    public synchronized org.nianbao.render.fonts.FontSource fonts() {
        if (fonts == null) {
            fonts = org.nianbao.render.fonts.FontSource.discover(fontFolders);
        }
        return fonts;
    }

    private final java.util.List<Path> fontFolders;
    private org.nianbao.render.fonts.FontSource fonts;

    public static Workspace standard() {
        return new Workspace(ReportKinds.builtIn(), new ProjectStore(), Clock.systemDefaultZone(), UserFolders.current());
    }

    /** Where internal errors are logged with their stack traces ({@code logs/nianbao.log} in this computer's folder). */
    public ErrorLog errorLog() {
        return new ErrorLog(local, clock);
    }

    /** The user's Nianbao folder: {@code ~/.nianbao}, on Windows {@code %APPDATA%\Nianbao}, unless set otherwise. */
    public Path home() {
        return home;
    }

    /**
     * The holiday calendar, read on first use (bundled years plus the user's folder). A user file that
     * cannot be used does not stop the checks: the bundled calendar is used instead and
     * {@link #calendarProblem} says which file and where.
     */
    public synchronized HolidayCalendar calendar() {
        if (calendar == null) {
            try {
                calendar = HolidayCalendar.load(home.resolve("holidays"));
            } catch (HolidayCalendarException e) {
                calendarProblem = e;
                calendar = HolidayCalendar.builtIn();
            } catch (java.io.UncheckedIOException e) {
                calendarProblem = new HolidayCalendarException(home.resolve("holidays").toString(), String.valueOf(e.getMessage()));
                calendar = HolidayCalendar.builtIn();
            }
        }
        return calendar;
    }

    /**
     * The rule catalogue, read on first use, with the cited documents the bundled list and the
     * user's {@code citations/} folder hold.
     */
    public synchronized Checker checker() {
        if (checker == null) {
            checker = Checker.standard(Citations.load(home.resolve("citations")),
                    (document, limit) -> org.nianbao.render.pdf.PdfRenderer.missingGlyphs(document, limit, fonts()));
        }
        return checker;
    }

    /** Why the user's holiday files were set aside for the bundled calendar, if they were (file, then line and field). */
    public synchronized Optional<HolidayCalendarException> calendarProblem() {
        return Optional.ofNullable(calendarProblem);
    }

    private HolidayCalendarException calendarProblem;

    public ReportKinds kinds() {
        return kinds;
    }

    public Clock clock() {
        return clock;
    }

    public ReportKind kind(String id) {
        return kinds.find(id).orElseThrow(() -> new InvalidValueException("workspace.kind.unknown",
                "Unknown report kind \"" + id + "\"; known: " + knownKindIds(), id, knownKindIds()));
    }

    private String knownKindIds() {
        return String.join(", ", kinds.all().stream().map(ReportKind::id).toList());
    }

    /** A new project with the kind's outline and its default prose (generated fields where the kind has them). */
    public Project newProject(String kindId, AcademicYear year, Institution institution) {
        ReportKind kind = kind(kindId);
        List<Section> sections = kind.outline().stream()
                .map(s -> new Section(s.id(), s.heading(), s.defaultProse()))
                .toList();
        return new Project(kind.id(), kind.version(), kind.year(year), institution, "", sections, null);
    }

    /** A project started from a published report, and what the reading found, for the user to see once. */
    public record FromPublished(Project project, ReportReading.Reading reading) {
    }

    /**
     * A new project started from a report as it was published (usually last year's: a page saved from
     * the school's website, a Word file, a PDF or text): its opening and each part's text under the
     * kind's outline, parts that map nowhere as added sections, the 清单 table's columns and reasons,
     * the contact line's office, phone and e-mail. The text keeps last year's dates and figures: the
     * checks then list them, which is the to-do list for the new year.
     *
     * @param kindId      the kind; empty: as the report's title suggests
     * @param year        this project's year; empty: the year after the report's own
     * @param institution the institution's full name; empty: as the report's title gives it
     * @throws InvalidValueException when the year or the institution is neither given nor in the title
     */
    public FromPublished newFromPublished(Path report, Optional<String> kindId, Optional<AcademicYear> year,
                                          Optional<String> institution) throws PublishedReportException {
        PublishedText text = PublishedReader.read(report);
        ReportKind kind = kind(kindId.orElseGet(() -> ReportReading.kindOfTitle(firstLines(text))));
        ReportReading.Reading reading = ReportReading.of(text, kind);
        AcademicYear y = year.or(() -> reading.year().map(AcademicYear::next))
                .orElseThrow(() -> new InvalidValueException("published.error.noYear", "The report's title gives no year",
                        report.getFileName().toString()));
        String name = institution.filter(n -> !n.isBlank()).orElse(reading.institution());
        if (name.isBlank()) {
            throw new InvalidValueException("published.error.noInstitution", "The report's title gives no institution",
                    report.getFileName().toString());
        }
        Institution inst = new Institution(name, reading.office(), reading.phone(), reading.email(), "", "");
        return new FromPublished(projectOf(reading, kind, y, inst, true), reading);
    }

    /** What a reviewer reads of a report: the reading, the report as a throw-away project of its own year, the findings. */
    public record Review(ReportReading.Reading reading, Project project, ReportKind kind, List<Finding> findings) {
    }

    /**
     * Reads a report someone published (a college's, for the reviewer at the province) into a
     * throw-away project of its own year and checks its text: outline, window sentence, dates,
     * document numbers, cited documents, sums, punctuation, signature date. Nothing is written.
     *
     * @param kindId the report's kind; empty: as its title suggests
     * @param year   the report's year; empty: as its title gives it
     */
    public Review review(Path report, Optional<String> kindId, Optional<AcademicYear> year) throws PublishedReportException {
        PublishedText text = PublishedReader.read(report);
        ReportKind kind = kind(kindId.orElseGet(() -> ReportReading.kindOfTitle(firstLines(text))));
        ReportReading.Reading reading = ReportReading.of(text, kind);
        AcademicYear y = year.or(reading::year).orElseThrow(() -> new InvalidValueException("published.error.noYearToReview",
                "The report's title gives no year", report.getFileName().toString()));
        String name = reading.institution().isBlank() ? report.getFileName().toString() : reading.institution();
        Project project = projectOf(reading, kind, y, new Institution(name, reading.office(), reading.phone(), reading.email(), "", ""),
                false).withSignOff(new SignOff(name, reading.signed().orElse(null)));
        List<Finding> findings = checker().review(CheckContext.of(project, kind, java.time.LocalDate.now(clock), calendar()));
        return new Review(reading, project, kind, findings);
    }

    /**
     * Reviews every report in a folder (PDF, Word, web page, text), in name order; a report that
     * cannot be read gets a row saying why and the rest go on. PDFs' signatures are verified.
     */
    public List<ReviewedReport> reviewFolder(Path folder, Optional<String> kindId, Optional<AcademicYear> year,
                                             java.util.function.BiConsumer<Integer, Path> progress) throws IOException {
        List<Path> files = reportsIn(folder);
        List<ReviewedReport> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.accept(i, files.get(i));
            out.add(reviewed(files.get(i), kindId, year));
        }
        return out;
    }

    private static List<Path> reportsIn(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                            .matches(".*\\.(pdf|docx|html?|txt|doc)$"))
                    .sorted().toList();
        }
    }

    /**
     * The province's gathering of a folder of reports: each one reviewed (as {@link #reviewFolder})
     * and, where it carries {@code nianbao-report.json}, its exact figures; else the figures its prose
     * quotes (估读, each with its sentence). A report of another year than {@code year} (when given)
     * gets a row saying so.
     */
    public List<GatheredReport> gather(Path folder, Optional<AcademicYear> year, java.util.function.BiConsumer<Integer, Path> progress)
            throws IOException {
        List<GatheredReport> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> files = reportsIn(folder);
        for (int i = 0; i < files.size(); i++) {
            progress.accept(i, files.get(i));
            Reviewing reviewing = reviewing(files.get(i), Optional.empty(), Optional.empty());
            ReviewedReport r = reviewing.report();
            com.fasterxml.jackson.databind.JsonNode data = null;
            Optional<String> carried = org.nianbao.published.ReportDataReader.read(r.file());
            if (carried.isPresent()) {
                try {
                    data = json.readTree(carried.get());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    data = null; // damaged data: the text review still stands
                }
            }
            Map<String, QuotedFigures.Quote> estimates = data != null || reviewing.review() == null ? Map.of()
                    : QuotedFigures.of(reviewing.review().project().sectionsAndOpening(), reviewing.review().kind());
            GatheredReport g = new GatheredReport(r, data, estimates);
            if (g.read() && year.isPresent() && !sameYear(year.get(), g.year())) {
                g = new GatheredReport(new ReviewedReport(r.file(), g.institution(), g.year(), r.kindId(), r.parts(), r.errors(),
                        r.warnings(), r.signature(), r.findings(), "gather.error.wrongYear", List.of(g.year(), year.get().toString())),
                        null, Map.of());
            }
            out.add(g);
        }
        return out;
    }

    /** One report as the summary shows it. */
    public ReviewedReport reviewed(Path file, Optional<String> kindId, Optional<AcademicYear> year) {
        return reviewing(file, kindId, year).report();
    }

    /** A report as the summary shows it, and its review when it could be read (else null). */
    private record Reviewing(ReviewedReport report, Review review) {
    }

    private Reviewing reviewing(Path file, Optional<String> kindId, Optional<AcademicYear> year) {
        try {
            Review r = review(file, kindId, year);
            int errors = (int) r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            int warnings = (int) r.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
            return new Reviewing(new ReviewedReport(file, r.project().institution().name(), r.project().year().toString(), r.kind().id(),
                    (int) r.reading().parts().stream().filter(p -> !p.added()).count(), errors, warnings, signature(file),
                    r.findings(), "", List.of()), r);
        } catch (PublishedReportException e) {
            return new Reviewing(new ReviewedReport(file, "", "", "", 0, 0, 0, "", List.of(), e.key(), List.of(e.args())), null);
        } catch (InvalidValueException e) {
            return new Reviewing(new ReviewedReport(file, "", "", "", 0, 0, 0, "", List.of(), e.key(), List.of(e.args())), null);
        }
    }

    /** none / valid / invalid for a PDF, by the same logic as {@code verify}; "" for other files. */
    private static String signature(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return "";
        }
        try {
            VerificationReport v = new SignatureVerifier().verify(file);
            return v.signatures().isEmpty() ? "none" : v.valid() ? "valid" : "invalid";
        } catch (SignException e) {
            return "invalid";
        }
    }

    private static String firstLines(PublishedText text) {
        StringBuilder sb = new StringBuilder();
        for (PublishedText.Block b : text.blocks().subList(0, Math.min(3, text.blocks().size()))) {
            if (b instanceof PublishedText.Paragraph p) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    /**
     * The project a reading makes: each outline section's text from the part mapped to it (a section
     * the report lacks keeps the kind's default text when {@code defaults}, else stays empty for the
     * checks to name), added parts before the appendices, the 清单 marks.
     */
    private static Project projectOf(ReportReading.Reading reading, ReportKind kind, AcademicYear y, Institution inst, boolean defaults) {
        List<Section> sections = new ArrayList<>();
        List<Section> appendices = new ArrayList<>();
        for (ReportKind.OutlineSection s : kind.outline()) {
            String prose = reading.part(s.id()).map(ReportReading.Part::prose).orElse(defaults ? s.defaultProse() : "");
            (s.appendix() ? appendices : sections).add(new Section(s.id(), s.heading(), prose));
        }
        for (ReportReading.Part p : reading.parts()) {
            if (p.added()) {
                sections.add(new Section(p.sectionId(), p.heading(), p.prose()));
            }
        }
        sections.addAll(appendices);
        Project project = new Project(kind.id(), kind.version(), kind.year(y), inst, reading.opening(), sections, null);
        for (Map.Entry<Integer, Project.ItemMark> m : reading.marks().entrySet()) {
            project = project.withItemMark(m.getKey(), m.getValue());
        }
        return project;
    }

    /**
     * Saves a new project to {@code file}.
     *
     * @param overwrite replace an existing file (its previous content is kept as {@code .bak})
     */
    public ProjectSession create(Path file, Project project, boolean overwrite) throws ProjectFileException {
        if (!overwrite && Files.exists(file)) {
            throw ProjectFileException.of("workspace.error.exists", file, "already exists", null);
        }
        ProjectSession session = new ProjectSession(this, file, StoredProject.of(project), kind(project.kindId()),
                overwrite ? null : FileVersion.ABSENT);
        session.save();
        return session;
    }

    /**
     * Reads a project without taking its lock (to look at it, check or export it). Saving such a
     * session still refuses to overwrite a file that changed since it was read.
     */
    public ProjectSession open(Path file) throws ProjectFileException {
        return open(file, false);
    }

    /**
     * As {@link #open(Path)}, for a session that stays open while other programs may save, move or delete
     * the file (the app): the departments' workbooks are copied out privately as the file is read, so its
     * recovery copy and a copy saved elsewhere never depend on the file.
     */
    public ProjectSession openKeepingWorkbooks(Path file) throws ProjectFileException {
        return open(file, true);
    }

    private ProjectSession open(Path file, boolean privateCopies) throws ProjectFileException {
        ProjectStore.Loaded loaded = store.load(file, privateCopies);
        return new ProjectSession(this, file, loaded.stored(), kind(loaded.stored().project().kindId()), loaded.version());
    }

    /**
     * Takes the project's lock, then reads it: for a command that changes the project (read, change,
     * save). Waits up to {@code wait} while another command holds the lock; the app's hold is refused
     * at once ({@code store.error.locked}). Close the session to release the lock.
     *
     * @param program who holds it, as other processes are told (e.g. {@code nianbao import})
     */
    public ProjectSession edit(Path file, String program, Duration wait) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw ProjectFileException.of("store.error.notFound", file, "no such project file", null);
        }
        ProjectLock lock = ProjectLock.acquire(file, program, wait);
        try {
            return open(file).holding(lock);
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The project as its file holds it now, in place of {@code session} (whose changes are dropped):
     * after another program saved it (the app's reload: its workbooks copied out as by
     * {@link #openKeepingWorkbooks}). The lock, if {@code session} held it, passes to the new session.
     */
    public ProjectSession reopen(ProjectSession session) throws ProjectFileException {
        ProjectSession fresh = openKeepingWorkbooks(session.file());
        ProjectLock lock = session.handOverLock();
        discardRecovery(session.file());
        return lock == null ? fresh : fresh.holding(lock);
    }

    /**
     * Saves {@code session}'s project, unsaved changes included, as a new file {@code target}
     * (replacing it: the user chose it), holding {@code target}'s lock as {@code program}; returns the
     * session of the copy. The original file is left as it is.
     */
    public ProjectSession saveCopy(ProjectSession session, Path target, String program) throws ProjectFileException {
        ProjectLock lock = ProjectLock.acquire(target, program, Duration.ZERO);
        try {
            ProjectSession copy = new ProjectSession(this, target, session.snapshot(), session.kind(), null).holding(lock);
            copy.save();
            return copy;
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Starts next year's project from last year's: same kind, institution, outline and prose,
     * departments, column mappings and 清单 marks; the window rolled one year; no submissions,
     * overrides or sign-off date; last year's unanswered applications brought forward (as
     * {@link DepartmentSubmission#CARRIED_FORWARD}) and last year's file linked for the carry-over check.
     */
    public ProjectSession continueFrom(Path lastFile, Path file, boolean overwrite) throws ProjectFileException {
        Project last = store.readProject(lastFile);
        ReportKind kind = kind(last.kindId());
        String lastName = lastFile.getFileName().toString();
        List<ApplicationCase> open = new ArrayList<>();
        for (ApplicationCase a : last.applications()) {
            if (a.outcome().isEmpty()) {
                open.add(new ApplicationCase(a.received(), a.applicantType(), a.summary(), null, "", a.fee(), true, a.note(),
                        new SourceRef(lastName, "", a.source().sheet(), a.source().row())));
            }
        }
        List<DepartmentSubmission> submissions = open.isEmpty() ? List.of()
                : List.of(new DepartmentSubmission(DepartmentSubmission.CARRIED_FORWARD, lastName, "", clock.instant(),
                        List.of(), open, Map.of(), 0, 0));
        Path base = file.toAbsolutePath().getParent();
        String link = base.relativize(lastFile.toAbsolutePath()).toString();
        Project next = new Project(kind.id(), kind.version(), kind.year(last.year()).next(), last.institution(), last.opening(),
                last.sections(), new SignOff(last.signOff().name(), null), last.departments(), submissions,
                last.mappings(), last.itemMarks(), List.of(), link, TableEntries.NONE);
        return create(file, next, overwrite);
    }

    /** Whether a report's year as written (2023, 2022-2023) starts where {@code wanted} does. */
    private static boolean sameYear(AcademicYear wanted, String written) {
        try {
            return AcademicYear.parse(written).sameStart(wanted);
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Where unsaved changes to {@code file} are kept until it is saved: one file per project path. */
    public Path recoveryFile(Path file) {
        String key = DepartmentIntake.sha256(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 24);
        return local.resolve("recovery").resolve(key + ProjectStore.EXTENSION);
    }

    /**
     * Keeps unsaved work of {@code file}, and beside it the version of the file that work was based on,
     * so that saving recovered work later still refuses to overwrite what another program saved meanwhile.
     */
    void writeRecovery(Path file, StoredProject stored, FileVersion base) throws ProjectFileException {
        Path recovery = recoveryFile(file);
        try {
            Files.createDirectories(recovery.getParent());
            AtomicFile.write(baseFile(recovery), out -> out.write(baseText(base).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw ProjectFileException.of("store.error.write", recovery, e.getMessage(), e, String.valueOf(e.getMessage()));
        }
        store.save(recovery, stored);
    }

    private static Path baseFile(Path recovery) {
        return recovery.resolveSibling(recovery.getFileName() + ".base");
    }

    private static String baseText(FileVersion base) {
        return base == null ? "any" : base.size() + " " + base.sha256();
    }

    /** The version recovered work was based on; when unknown (an older copy), the file as it is now. */
    private FileVersion recoveredBase(Path recovery, Path file) {
        try {
            String text = Files.readString(baseFile(recovery), StandardCharsets.UTF_8).strip();
            if (text.equals("any")) {
                return null;
            }
            String[] parts = text.split(" ");
            return new FileVersion(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "");
        } catch (IOException | RuntimeException e) {
            try {
                return FileVersion.of(file);
            } catch (IOException again) {
                return null;
            }
        }
    }

    /** Drops the recovery copy of {@code file} (after a save, or when the user declines to recover it). */
    public void discardRecovery(Path file) {
        Path recovery = recoveryFile(file);
        try {
            Files.deleteIfExists(recovery);
            Files.deleteIfExists(recovery.resolveSibling(recovery.getFileName() + ".bak"));
            Files.deleteIfExists(baseFile(recovery));
        } catch (IOException e) {
            // A stale copy is only offered again next time; nothing is lost.
        }
    }

    /**
     * Unsaved changes to {@code file} left by a session that ended without saving (a crash), when
     * they can be read and differ from the file.
     */
    public Optional<ProjectSession> recovered(Path file) {
        Path recovery = recoveryFile(file);
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        try {
            // The app's: its workbooks copied out (the recovery copy goes once the work is saved).
            StoredProject unsaved = store.readWithPrivateCopies(recovery);
            if (Files.isRegularFile(file) && store.readProjectOnly(file).equals(unsaved.project())) {
                discardRecovery(file);
                return Optional.empty();
            }
            ProjectSession session = new ProjectSession(this, file, unsaved, kind(unsaved.project().kindId()),
                    recoveredBase(recovery, file));
            session.markDirty();
            return Optional.of(session);
        } catch (ProjectFileException | InvalidValueException e) {
            return Optional.empty();
        }
    }

    ProjectStore store() {
        return store;
    }
}
