package org.nianbao.workspace;

import org.nianbao.model.Location;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.check.Finding;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.Project;
import org.nianbao.model.Section;

/**
 * Where the report stands, part by part: the one source of the app's step badges, derived from the
 * project and the findings of its last check. A part has errors while a finding placed in it blocks
 * (an accepted error does not); else it is done when its own content is there; else not started.
 *
 * <p>Parts are named {@code BASICS}, {@code INTAKE}, {@code OPENING}, {@code section:<id>}, {@code CHECKS}
 * and {@code EXPORT}, the keys the app's steps use.
 */
public final class ReportProgress {
    public static final String BASICS = "BASICS";
    public static final String INTAKE = "INTAKE";
    public static final String OPENING = "OPENING";
    public static final String CHECKS = "CHECKS";
    public static final String EXPORT = "EXPORT";

    public enum State {
        NOT_STARTED, ERRORS, DONE
    }

    private final Map<String, State> states;
    private final int blocking;
    private final int accepted;

    private ReportProgress(Map<String, State> states, int blocking, int accepted) {
        this.states = Map.copyOf(states);
        this.blocking = blocking;
        this.accepted = accepted;
    }

    /**
     * @param findings the last check's findings, or null when the project has not been checked yet
     * @param exported a final report was exported since the project was opened
     */
    public static ReportProgress of(Project p, ReportKind kind, List<Finding> findings, boolean exported) {
        Set<String> withErrors = new HashSet<>();
        Map<String, String> byPlace = new HashMap<>();
        int blocking = 0;
        int accepted = 0;
        for (Finding f : findings == null ? List.<Finding>of() : findings) {
            if (f.overridden()) {
                accepted++;
            }
            if (f.blocking()) {
                blocking++;
                String place = place(f.location());
                withErrors.add(byPlace.computeIfAbsent(place, pl -> partOf(pl, p, kind).orElse("")));
            }
        }
        Map<String, State> states = new LinkedHashMap<>();
        states.put(BASICS, state(withErrors, BASICS, !p.institution().office().isEmpty() && !p.institution().phone().isEmpty()));
        boolean received = p.submissions().stream().anyMatch(s -> !s.isCarriedForward());
        boolean allReceived = !p.departments().isEmpty() && p.departments().stream().allMatch(d -> p.submission(d).isPresent());
        states.put(INTAKE, state(withErrors, INTAKE, allReceived || received && p.departments().isEmpty()));
        states.put(OPENING, state(withErrors, OPENING, true));
        for (Section section : p.sections()) {
            String key = new Location.Section(section.id()).encode();
            states.put(key, state(withErrors, key, !section.prose().isEmpty() || !tablesOf(kind, section.id()).isEmpty()));
        }
        states.put(CHECKS, blocking > 0 ? State.ERRORS : findings != null ? State.DONE : State.NOT_STARTED);
        states.put(EXPORT, state(withErrors, EXPORT, exported));
        return new ReportProgress(states, blocking, accepted);
    }

    private static State state(Set<String> withErrors, String key, boolean done) {
        return withErrors.contains(key) ? State.ERRORS : done ? State.DONE : State.NOT_STARTED;
    }

    /** The state of a part (see the class comment for the names); NOT_STARTED for a part the project lacks. */
    public State state(String part) {
        return states.getOrDefault(part, State.NOT_STARTED);
    }

    /** Errors not accepted: what blocks a final export. */
    public int blocking() {
        return blocking;
    }

    /** Errors the secretary accepted with a reason: listed, never counted as errors. */
    public int accepted() {
        return accepted;
    }

    /** A location without its offset ({@code section:overview@12} → {@code section:overview}). */
    static String place(String location) {
        return Location.placeOf(location);
    }

    /** The part a finding's location belongs to: section text, department data, a form table, the 清单, basics or sign-off. */
    public static Optional<String> partOf(String location, Project p, ReportKind kind) {
        Location place = Location.parse(location).place();
        if (place instanceof Location.Section) {
            return Optional.of(place.encode());
        }
        if (place instanceof Location.Opening) {
            return Optional.of(OPENING);
        }
        if (place instanceof Location.Row) {
            return Optional.of(INTAKE);
        }
        if (place instanceof Location.Table t) {
            String form = ReportKind.OutlineSection.FORM_TABLE_PREFIX + t.table();
            return p.sections().stream().filter(sec -> tablesOf(kind, sec.id()).contains(form)).findFirst()
                    .map(sec -> new Location.Section(sec.id()).encode());
        }
        if (place instanceof Location.Item) {
            return p.sections().stream().filter(sec -> tablesOf(kind, sec.id()).contains("list-items")).findFirst()
                    .map(sec -> new Location.Section(sec.id()).encode());
        }
        if (place.encode().equals("signature")) {
            return Optional.of(EXPORT);
        }
        return Optional.of(BASICS);
    }

    static List<String> tablesOf(ReportKind kind, String sectionId) {
        return kind.section(sectionId).map(ReportKind.OutlineSection::tables).orElse(List.of());
    }
}
