package org.nianbao.check;

import org.nianbao.model.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.compose.Fields;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.model.StatisticsWindow;
import org.nianbao.stats.Figures;

/** Everything a rule may look at, computed once per check run. */
public record CheckContext(Project project, ReportKind kind, StatisticsWindow window, Figures figures,
                           Fields fields, LocalDate today, HolidayCalendar calendar, Optional<Project> previous) {

    public static CheckContext of(Project project, ReportKind kind, LocalDate today, HolidayCalendar calendar) {
        return of(project, kind, today, calendar, Optional.empty());
    }

    /** @param previous last year's project when it is linked and could be read */
    public static CheckContext of(Project project, ReportKind kind, LocalDate today, HolidayCalendar calendar,
                                  Optional<Project> previous) {
        Figures figures = Figures.of(project);
        return new CheckContext(project, kind, kind.window(project.year()), figures, Fields.of(project, kind, figures),
                today, calendar, previous);
    }

    /** A piece of prose and where it lives, for rules that read the text. */
    public record ProsePart(String location, String text) {
        /** The location of a character inside this part. */
        public String at(int offset) {
            Location place = Location.parse(location);
            return (place instanceof Location.Section s ? s.at(offset) : new Location.Opening(offset)).encode();
        }
    }

    /** The opening (as written, or as it will be generated) and every section's prose, in order. */
    public List<ProsePart> prose() {
        List<ProsePart> parts = new ArrayList<>();
        if (!project.opening().isBlank()) {
            parts.add(new ProsePart(new Location.Opening(-1).encode(), project.opening()));
        }
        for (Section s : project.sections()) {
            parts.add(new ProsePart(new Location.Section(s.id()).encode(), s.prose()));
        }
        return parts;
    }
}
