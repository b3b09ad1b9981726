package org.nianbao.check;

import org.nianbao.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Project;

/**
 * Runs the rule catalogue over a project and marks the errors the secretary has overridden.
 * Findings come out errors first, then warnings, then information, each group in rule order.
 * An override an older version kept on a whole form table or row accepts the first finding under
 * it, and an information note asks to accept that finding again at its own place.
 */
public final class Checker {
    private static final String TABLE = "table:";
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Every rule of the catalogue, in the order a reviewer reads; {@code citations} as the user extended them,
     * {@code fonts} the report's fonts (the workspace's) telling which characters they cannot draw.
     */
    public static Checker standard(Citations citations, org.nianbao.render.GlyphCoverage fonts) {
        return new Checker(List.of(
                new RequiredContentRule(),
                new UnknownFieldRule(),
                new WindowRule(),
                new RejectedRowRule(),
                new ListNumberRule(),
                new ProseWindowRule(),
                new ProseDateRule(),
                new ProseFiguresRule(),
                new ProseSumRule(),
                new YearRangeRule(),
                new DocumentNumberRule(),
                new CitationRule(citations),
                new DuplicateWordRule(),
                new PairedMarksRule(),
                new PunctuationWidthRule(),
                new StraySpaceRule(),
                new WebClutterRule(),
                new ContactSignatureRule(),
                new ApplicationRule(),
                new CarryOverRule(),
                new ListCoverageRule(),
                new FormTableRule(),
                new GlyphRule(fonts)));
    }

    /** Findings about a report's data, not its text: left out when a published report is reviewed. */
    private static final java.util.Set<String> NOT_FOR_REVIEW = java.util.Set.of("check.deadline.passed",
            "check.signature.dateDefault", "check.contact.officeMissing", "check.contact.phoneMissing",
            "check.contact.emailMissing", "check.list.uncovered", "check.list.reasonMissing", "check.glyph.missing",
            "check.field.unknown");

    /**
     * The catalogue as a reviewer applies it to a report read from its published text (no department
     * data behind it): the text, the outline and the signature date, without the findings about data
     * such a report cannot have (清单 coverage from records, contact fields, a deadline already passed).
     */
    public List<Finding> review(CheckContext context) {
        return run(context).stream().filter(f -> !NOT_FOR_REVIEW.contains(f.code())).toList();
    }

    public List<Finding> run(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, found::add);
        }
        List<Project.Override> overrides = context.project().overrides();
        List<Finding> out = new ArrayList<>(found.size());
        List<Finding> notes = new ArrayList<>();
        Set<Project.Override> usedLegacy = new HashSet<>();
        for (Finding f : found) {
            Finding marked = applyOverride(f, overrides);
            if (marked == f && f.severity() == Finding.Severity.ERROR) {
                Project.Override legacy = legacyOverride(f, overrides, usedLegacy);
                if (legacy != null) {
                    usedLegacy.add(legacy);
                    marked = f.withOverride(legacy.reason());
                    notes.add(Finding.of(Finding.Severity.INFO, "check.override.reaccept", f.location(), legacy.location(),
                            legacy.location(), f.location(), f.code()));
                }
            }
            out.add(marked);
        }
        out.addAll(notes);
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }

    private static Finding applyOverride(Finding f, List<Project.Override> overrides) {
        if (f.severity() != Finding.Severity.ERROR) {
            return f;
        }
        for (Project.Override o : overrides) {
            if (o.code().equals(f.code()) && place(o.location()).equals(place(f.location())) && o.excerpt().equals(f.excerpt())) {
                return f.withOverride(o.reason());
            }
        }
        return f;
    }

    /**
     * An override kept by an older version on a whole form table or row ({@code table:3},
     * {@code table:3/1}), from before each cell had its own location: it still accepts the first
     * finding under it with its code and excerpt, as it did then, once.
     */
    private static Project.Override legacyOverride(Finding f, List<Project.Override> overrides, Set<Project.Override> used) {
        if (!f.location().startsWith(TABLE)) {
            return null;
        }
        for (Project.Override o : overrides) {
            if (!used.contains(o) && Project.Override.isLegacyTablePlace(o.location(), f.location())
                    && o.code().equals(f.code()) && o.excerpt().equals(f.excerpt())) {
                return o;
            }
        }
        return null;
    }

    /** A location without its character offset: the override survives edits before the text. */
    static String place(String location) {
        return Location.placeOf(location);
    }
}
