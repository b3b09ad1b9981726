package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One year's report: everything the secretary entered or imported. Immutable; every change
 * returns a new project.
 *
 * @param kindId      the report kind this project follows (e.g. {@code moe-academic-year})
 * @param kindVersion the version of that kind the outline was taken from
 * @param opening     the opening paragraph(s); blank means "generate it from the project's data"
 * @param sections    the outline as this project has it (renamed, reordered or trimmed)
 * @param departments the departments asked for figures, in the order the secretary keeps them
 * @param submissions the accepted submission of each department that has sent one
 * @param mappings    per department: header text of its own tables → field, remembered from imports
 * @param itemMarks   per 清单 item number: where it is published, or why it does not apply
 * @param overrides   errors the secretary decided to accept, each with her reason
 * @param previous    last year's project file (as given, usually relative to this one), or empty
 * @param tables      figures typed into the kind's form tables (government Tables 1, 3, 4), not counted from data
 * @param title       the report's title as the secretary set it, its lines apart where she broke it
 *                    ({@code \n}); empty: the kind's title, broken by the renderers
 */
public record Project(String kindId, int kindVersion, AcademicYear year, Institution institution,
                      String opening, List<Section> sections, SignOff signOff, List<String> departments,
                      List<DepartmentSubmission> submissions, Map<String, Map<String, String>> mappings,
                      Map<Integer, ItemMark> itemMarks, List<Override> overrides, String previous,
                      TableEntries tables, String title) {

    public Project {
        Objects.requireNonNull(kindId, "kindId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(institution, "institution");
        opening = Text.normaliseProse(opening);
        sections = List.copyOf(sections);
        signOff = signOff == null ? new SignOff(institution.name(), null) : signOff;
        departments = departments == null ? List.of() : List.copyOf(departments);
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        mappings = mappings == null ? Map.of() : sortedMappings(mappings);
        itemMarks = itemMarks == null ? Map.of() : Sorted.copyOf(itemMarks);
        itemMarks.keySet().forEach(n -> ValueRanges.item("itemMarks." + n, n));
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        previous = previous == null ? "" : previous.strip();
        tables = tables == null ? TableEntries.NONE : tables;
        title = Text.normaliseTitle(title);
        long distinct = sections.stream().map(Section::id).distinct().count();
        if (distinct != sections.size()) {
            throw new InvalidValueException("model.section.duplicateId", "Two sections share one id");
        }
    }

    /** Each department's header mapping and the departments themselves in key order (stable bytes on save). */
    private static Map<String, Map<String, String>> sortedMappings(Map<String, Map<String, String>> mappings) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        mappings.forEach((department, mapping) -> out.put(department, Sorted.copyOf(mapping)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A project with the kind's title (none set). */
    public Project(String kindId, int kindVersion, AcademicYear year, Institution institution,
                   String opening, List<Section> sections, SignOff signOff, List<String> departments,
                   List<DepartmentSubmission> submissions, Map<String, Map<String, String>> mappings,
                   Map<Integer, ItemMark> itemMarks, List<Override> overrides, String previous, TableEntries tables) {
        this(kindId, kindVersion, year, institution, opening, sections, signOff, departments, submissions, mappings,
                itemMarks, overrides, previous, tables, "");
    }

    /** A project without departments, submissions, marks or overrides yet. */
    public Project(String kindId, int kindVersion, AcademicYear year, Institution institution,
                   String opening, List<Section> sections, SignOff signOff) {
        this(kindId, kindVersion, year, institution, opening, sections, signOff, List.of(), List.of(), Map.of(),
                Map.of(), List.of(), "", TableEntries.NONE);
    }

    /** Where a 清单 item is published (column, URL, responsible department), or that it does not apply and why. */
    public record ItemMark(boolean notApplicable, String reason, String column, String url, String department) {
        public ItemMark {
            reason = Text.clean(reason);
            column = Text.clean(column);
            url = Text.clean(url);
            department = Text.clean(department);
        }
    }

    /**
     * An error the secretary accepts: the finding's code, location and quoted text, and her written
     * reason. It keeps applying while the same text stands at the same place, even if text around it moves.
     */
    public record Override(String code, String location, String excerpt, String reason, java.time.LocalDate date) {
        public Override {
            code = Text.clean(code);
            location = Text.clean(location);
            excerpt = excerpt == null ? "" : excerpt;
            reason = Text.clean(reason);
            if (reason.isEmpty()) {
                throw new InvalidValueException("model.override.reasonMissing", "An override needs a reason");
            }
        }

        /**
         * Whether {@code kept} is the place an older version gave a form-table finding now at
         * {@code now}: the whole table or row ({@code table:3}, {@code table:3/1}) above a cell
         * ({@code table:3/1/natural}).
         */
        public static boolean isLegacyTablePlace(String kept, String now) {
            return Location.parse(kept) instanceof Location.Table old && Location.parse(now) instanceof Location.Table cell
                    && old.holds(cell);
        }

        /** Accepting the same finding again at its own place replaces what an older version kept for it. */
        boolean replaces(Override older) {
            return older.code.equals(code) && (older.location.equals(location)
                    || isLegacyTablePlace(older.location, location) && older.excerpt.equals(excerpt));
        }
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The opening and every section's prose, in the report's order. */
    public List<String> sectionsAndOpening() {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(opening);
        sections.forEach(s -> texts.add(s.prose()));
        return texts;
    }

    /** Replaces the prose of one section; unknown ids are an error the caller reports. */
    public Project withProse(String sectionId, String prose) {
        List<Section> changed = new ArrayList<>(sections);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(sectionId)) {
                changed.set(i, changed.get(i).withProse(prose));
                return withSections(changed);
            }
        }
        throw new InvalidValueException("model.section.unknown", "No section with id \"" + sectionId + "\"", sectionId);
    }

    public Project withSections(List<Section> newSections) {
        return new Project(kindId, kindVersion, year, institution, opening, newSections, signOff, departments,
                submissions, mappings, itemMarks, overrides, previous, tables, title);
    }

    // ---- the outline: this project's sections (the kind itself never changes)

    /** The outline with section {@code id} retitled (a blank heading is refused: the report would print nothing). */
    public Project withSectionRenamed(String id, String heading) {
        String h = Text.clean(heading);
        if (h.isEmpty()) {
            throw new InvalidValueException("model.section.headingEmpty", "a section needs a heading");
        }
        return withSections(sections.stream().map(s -> s.id().equals(id) ? s.withHeading(h) : s).toList());
    }

    /** The id a section added by the secretary gets: {@code custom-1}, {@code custom-2}, … whichever is free. */
    public String nextCustomSectionId() {
        int n = 1;
        while (section("custom-" + n).isPresent()) {
            n++;
        }
        return "custom-" + n;
    }

    /** The outline with a new, empty section {@code id} after {@code afterId} (at the end when there is none such). */
    public Project withSectionAdded(String afterId, String id, String heading) {
        List<Section> list = new java.util.ArrayList<>(sections);
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(afterId)) {
                at = i + 1;
            }
        }
        list.add(at, new Section(id, heading, ""));
        return withSections(list);
    }

    /** The outline with section {@code id} moved up ({@code by} -1) or down (+1); unchanged at either end. */
    public Project withSectionMoved(String id, int by) {
        List<Section> list = new java.util.ArrayList<>(sections);
        int i = -1;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id().equals(id)) {
                i = k;
            }
        }
        int j = i + by;
        if (i < 0 || j < 0 || j >= list.size()) {
            return this;
        }
        list.add(j, list.remove(i));
        return withSections(list);
    }

    /** The outline without section {@code id} (a required one is then reported by the checks). */
    public Project withSectionRemoved(String id) {
        return withSections(sections.stream().filter(s -> !s.id().equals(id)).toList());
    }

    /** The same project with the title the secretary set (lines apart at {@code \n}); empty for the kind's. */
    public Project withTitle(String newTitle) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, mappings, itemMarks, overrides, previous, tables, newTitle);
    }

    /** The title's lines as she broke them; empty when none is set. */
    public List<String> titleLines() {
        return title.isEmpty() ? List.of() : List.of(title.split("\n"));
    }

    /** The same project for {@code newYear} (its kind decides whether that is written 2023 or 2023-2024). */
    public Project withYear(AcademicYear newYear) {
        return newYear.equals(year) ? this : new Project(kindId, kindVersion, newYear, institution, opening, sections, signOff,
                departments, submissions, mappings, itemMarks, overrides, previous, tables, title);
    }

    public Project withOpening(String text) {
        return new Project(kindId, kindVersion, year, institution, text, sections, signOff, departments, submissions,
                mappings, itemMarks, overrides, previous, tables, title);
    }

    public Project withInstitution(Institution newInstitution) {
        return new Project(kindId, kindVersion, year, newInstitution, opening, sections, signOff, departments,
                submissions, mappings, itemMarks, overrides, previous, tables, title);
    }

    public Project withSignOff(SignOff newSignOff) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, newSignOff, departments,
                submissions, mappings, itemMarks, overrides, previous, tables, title);
    }

    /** Adds departments not yet listed, keeping the order; names are compared after trimming. */
    public Project withDepartmentsAdded(List<String> names) {
        List<String> all = new ArrayList<>(departments);
        for (String n : names) {
            String name = n == null ? "" : n.strip();
            if (name.isEmpty()) {
                throw new InvalidValueException("model.department.nameMissing", "A department name is empty");
            }
            if (!all.contains(name)) {
                all.add(name);
            }
        }
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, all, submissions,
                mappings, itemMarks, overrides, previous, tables, title);
    }

    /** Without the named department on the list (what it submitted, if anything, stays). */
    public Project withDepartmentRemoved(String name) {
        List<String> all = new ArrayList<>(departments);
        all.remove(name);
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, all, submissions,
                mappings, itemMarks, overrides, previous, tables, title);
    }

    public Optional<DepartmentSubmission> submission(String department) {
        return submissions.stream().filter(s -> s.department().equals(department)).findFirst();
    }

    /** Replaces the department's previous submission (if any) in one step; adds the department if new. */
    public Project withSubmission(DepartmentSubmission submission) {
        List<DepartmentSubmission> all = new ArrayList<>();
        for (DepartmentSubmission s : submissions) {
            if (!s.department().equals(submission.department())) {
                all.add(s);
            }
        }
        all.add(submission);
        List<String> names = withDepartmentsAdded(List.of(submission.department())).departments;
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, names, all,
                mappings, itemMarks, overrides, previous, tables, title);
    }

    /** The submissions as given (an import taken back puts the earlier ones where they were). */
    public Project withSubmissions(List<DepartmentSubmission> all) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments, all,
                mappings, itemMarks, overrides, previous, tables, title);
    }

    /** Forgets the column names remembered for a department's own tables. */
    public Project withoutMapping(String department) {
        Map<String, Map<String, String>> all = new TreeMap<>(mappings);
        all.remove(department);
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, all, itemMarks, overrides, previous, tables, title);
    }

    public Project withMapping(String department, Map<String, String> mapping) {
        Map<String, Map<String, String>> all = new TreeMap<>(mappings);
        all.put(department, Sorted.copyOf(mapping));
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, all, itemMarks, overrides, previous, tables, title);
    }

    public Project withItemMark(int item, ItemMark mark) {
        Map<Integer, ItemMark> all = new TreeMap<>(itemMarks);
        if (mark == null) {
            all.remove(item);
        } else {
            all.put(item, mark);
        }
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, mappings, all, overrides, previous, tables, title);
    }

    /**
     * Adds an override, replacing an earlier one for the same code and location (or the whole-table
     * place an older version kept for the same finding).
     */
    public Project withOverride(Override override) {
        List<Override> all = new ArrayList<>();
        for (Override o : overrides) {
            if (!override.replaces(o)) {
                all.add(o);
            }
        }
        all.add(override);
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, mappings, itemMarks, all, previous, tables, title);
    }

    /** Links last year's project, whose carried-forward applications this year's must match. */
    public Project withPrevious(String file) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, mappings, itemMarks, overrides, file, tables, title);
    }

    /** Sets or clears (null) one hand-entered cell of a form table. */
    public Project withTableEntry(String table, String row, String column, java.math.BigDecimal value) {
        return new Project(kindId, kindVersion, year, institution, opening, sections, signOff, departments,
                submissions, mappings, itemMarks, overrides, previous, tables.with(table, row, column, value), title);
    }

    /** Every accepted record, in department order. */
    public List<DisclosureRecord> records() {
        // A view, not a copy: a million records are built one at a time as they are read.
        List<List<DisclosureRecord>> parts = submissions.stream().map(DepartmentSubmission::records).toList();
        int total = parts.stream().mapToInt(List::size).sum();
        return new java.util.AbstractList<>() {
            @java.lang.Override
            public DisclosureRecord get(int index) {
                Objects.checkIndex(index, total);
                int i = index;
                for (List<DisclosureRecord> part : parts) {
                    if (i < part.size()) {
                        return part.get(i);
                    }
                    i -= part.size();
                }
                throw new IndexOutOfBoundsException(index);
            }

            @java.lang.Override
            public java.util.Iterator<DisclosureRecord> iterator() {
                // Not parts.stream().flatMap(…).iterator(): that fills a buffer with a whole submission's records first.
                return new java.util.Iterator<>() {
                    private int part;
                    private int next;

                    @java.lang.Override
                    public boolean hasNext() {
                        while (part < parts.size() && next >= parts.get(part).size()) {
                            part++;
                            next = 0;
                        }
                        return part < parts.size();
                    }

                    @java.lang.Override
                    public DisclosureRecord next() {
                        if (!hasNext()) {
                            throw new java.util.NoSuchElementException();
                        }
                        return parts.get(part).get(next++);
                    }
                };
            }

            @java.lang.Override
            public int size() {
                return total;
            }
        };
    }

    /**
     * Every application, in department order. An application brought forward from last year's
     * project (submission {@link DepartmentSubmission#CARRIED_FORWARD}) gives way to the same case
     * (received date and summary) once a department reports it, with its reply, this year.
     */
    public List<ApplicationCase> applications() {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (DepartmentSubmission s : submissions) {
            if (!s.isCarriedForward()) {
                s.applications().stream().filter(ApplicationCase::carriedOver).forEach(a -> reported.add(a.carryKey()));
            }
        }
        return submissions.stream()
                .flatMap(s -> s.applications().stream().filter(a -> !s.isCarriedForward() || !reported.contains(a.carryKey())))
                .toList();
    }
}
