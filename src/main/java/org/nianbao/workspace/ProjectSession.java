package org.nianbao.workspace;

import java.io.IOException;
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
import org.nianbao.model.Project;
import org.nianbao.model.StatisticsWindow;
import org.nianbao.stats.Figures;
import org.nianbao.render.docx.DocxRenderer;
import org.nianbao.render.pdf.PdfRenderer;
import org.nianbao.store.AtomicFile;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.StoredProject;

/**
 * One open project: its file, its data and its kind. All changes go through {@link #update}, which
 * marks the session dirty; {@link #save} writes atomically.
 */
public final class ProjectSession {
    private final Workspace workspace;
    private final Path file;
    private final ReportKind kind;
    private StoredProject stored;
    private boolean dirty;

    ProjectSession(Workspace workspace, Path file, StoredProject stored, ReportKind kind) {
        this.workspace = workspace;
        this.file = file;
        this.stored = stored;
        this.kind = kind;
    }

    /** Where the seal image is kept in the project file. */
    public static final String SEAL = "assets/seal.png";

    /** Stores (or, with null, removes) the seal image printed over the signature. */
    public void setSeal(byte[] png) {
        updateStored(s -> png == null ? s.withoutAttachment(SEAL) : s.withAttachment(SEAL, png));
    }

    public boolean hasSeal() {
        return stored.attachments().containsKey(SEAL);
    }

    Workspace workspace() {
        return workspace;
    }

    public Path file() {
        return file;
    }

    public Project project() {
        return stored.project();
    }

    public ReportKind kind() {
        return kind;
    }

    public StatisticsWindow window() {
        return kind.window(project().year());
    }

    public String title() {
        return kind.title(project().institution().name(), project().year());
    }

    public boolean isDirty() {
        return dirty;
    }

    public void update(UnaryOperator<Project> change) {
        Project changed = Objects.requireNonNull(change.apply(stored.project()));
        if (!changed.equals(stored.project())) {
            stored = stored.with(changed);
            dirty = true;
        }
    }

    /** Changes the stored file's binary entries (sources, assets) in step with the data. */
    void updateStored(UnaryOperator<StoredProject> change) {
        StoredProject changed = Objects.requireNonNull(change.apply(stored));
        if (changed != stored) {
            stored = changed;
            dirty = true;
        }
    }

    StoredProject stored() {
        return stored;
    }

    public void save() throws ProjectFileException {
        workspace.store().save(file, stored);
        dirty = false;
    }

    /** Every finding of the rule catalogue on the project as it stands, overrides applied. */
    public List<Finding> check() {
        return Checker.standard().run(CheckContext.of(project(), kind, LocalDate.now(workspace.clock()), workspace.calendar(),
                previous()));
    }

    /** Last year's project when one is linked and can be read; a link that cannot is reported by the checks. */
    public Optional<Project> previous() {
        if (project().previous().isEmpty()) {
            return Optional.empty();
        }
        Path base = file.toAbsolutePath().getParent();
        try {
            return Optional.of(workspace.store().readProject(base.resolve(project().previous())));
        } catch (ProjectFileException e) {
            return Optional.empty();
        }
    }

    /** The fields prose may quote, with their values now. */
    public Fields fields() {
        return Fields.of(project(), kind, Figures.of(project()));
    }

    /** The report as it would be exported today. */
    public Document compose() {
        return new DocumentComposer(kind).compose(project(), LocalDate.now(workspace.clock()), stored.attachments().get(SEAL));
    }

    /**
     * Writes the PDF and/or the DOCX (either may be null) from one composed document. Each file is
     * written atomically; a failure leaves no partial file.
     */
    public void export(Path pdf, Path docx) throws IOException {
        write(compose(), pdf, docx);
    }

    /** Writes the given document (e.g. a draft) as PDF and/or DOCX, each atomically. */
    public void write(Document document, Path pdf, Path docx) throws IOException {
        if (pdf != null) {
            AtomicFile.write(pdf, out -> new PdfRenderer().render(document, out));
        }
        if (docx != null) {
            AtomicFile.write(docx, out -> new DocxRenderer().render(document, out));
        }
    }
}
