package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's report: everything the secretary entered or imported. Immutable; every change
 * returns a new project.
 *
 * @param kindId      the report kind this project follows (e.g. {@code moe-academic-year})
 * @param kindVersion the version of that kind the outline was taken from
 * @param opening     the opening paragraph(s); blank means "generate it from the project's data"
 * @param sections    the outline as this project has it (renamed, reordered or trimmed)
 */
public record Project(String kindId, int kindVersion, AcademicYear year, Institution institution,
                      String opening, List<Section> sections, SignOff signOff) {

    public Project {
        Objects.requireNonNull(kindId, "kindId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(institution, "institution");
        opening = opening == null ? "" : opening.strip();
        sections = List.copyOf(sections);
        signOff = signOff == null ? new SignOff(institution.name(), null) : signOff;
        long distinct = sections.stream().map(Section::id).distinct().count();
        if (distinct != sections.size()) {
            throw new InvalidValueException("model.section.duplicateId", "Two sections share one id");
        }
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Replaces the prose of one section; unknown ids are an error the caller reports. */
    public Project withProse(String sectionId, String prose) {
        List<Section> changed = new ArrayList<>(sections);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(sectionId)) {
                changed.set(i, changed.get(i).withProse(prose));
                return new Project(kindId, kindVersion, year, institution, opening, changed, signOff);
            }
        }
        throw new InvalidValueException("model.section.unknown", "No section with id \"" + sectionId + "\"", sectionId);
    }

    public Project withOpening(String text) {
        return new Project(kindId, kindVersion, year, institution, text, sections, signOff);
    }

    public Project withInstitution(Institution newInstitution) {
        return new Project(kindId, kindVersion, year, newInstitution, opening, sections, signOff);
    }

    public Project withSignOff(SignOff newSignOff) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, newSignOff);
    }
}
