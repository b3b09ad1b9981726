package org.nianbao.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.nianbao.check.HolidayCalendar;
import org.nianbao.kind.ReportKind;
import org.nianbao.kind.ReportKinds;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.Institution;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.store.ProjectFileException;
import org.nianbao.store.ProjectStore;
import org.nianbao.store.StoredProject;

/**
 * The one entry point the command line and the app share: create, open and save projects against
 * the known report kinds. Everything either can do goes through here or a {@link ProjectSession}.
 */
public final class Workspace {
    private final ReportKinds kinds;
    private final ProjectStore store;
    private final Clock clock;
    private final Path holidayFolder;
    private HolidayCalendar calendar;

    /**
     * @param holidayFolder where the user may drop {@code <year>.json} holiday files (new or corrected
     *                      years) without a new release; may not exist
     */
    public Workspace(ReportKinds kinds, ProjectStore store, Clock clock, Path holidayFolder) {
        this.kinds = kinds;
        this.store = store;
        this.clock = clock;
        this.holidayFolder = holidayFolder;
    }

    public static Workspace standard() {
        return new Workspace(ReportKinds.builtIn(), new ProjectStore(), Clock.systemDefaultZone(),
                Path.of(System.getProperty("user.home"), ".nianbao", "holidays"));
    }

    /** The holiday calendar, read on first use (bundled years plus the user's folder). */
    public synchronized HolidayCalendar calendar() {
        if (calendar == null) {
            calendar = HolidayCalendar.load(holidayFolder);
        }
        return calendar;
    }

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
        return new Project(kind.id(), kind.version(), year, institution, "", sections, null);
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
        ProjectSession session = new ProjectSession(this, file, StoredProject.of(project), kind(project.kindId()));
        session.save();
        return session;
    }

    public ProjectSession open(Path file) throws ProjectFileException {
        StoredProject stored = store.read(file);
        return new ProjectSession(this, file, stored, kind(stored.project().kindId()));
    }

    ProjectStore store() {
        return store;
    }
}
