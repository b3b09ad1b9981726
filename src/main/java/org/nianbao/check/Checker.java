package org.nianbao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.Project;

/**
 * Runs the rule catalogue over a project and marks the errors the secretary has overridden.
 * Findings come out errors first, then warnings, then information, each group in rule order.
 */
public final class Checker {
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the catalogue, with the bundled list of cited documents. */
    public static Checker standard() {
        return standard(Citations.builtIn());
    }

    /** Every rule of the catalogue, in the order a reviewer reads; {@code citations} as the user extended them. */
    public static Checker standard(Citations citations) {
        return new Checker(List.of(
                new RequiredContentRule(),
                new UnknownFieldRule(),
                new WindowRule(),
                new RejectedRowRule(),
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
                new GlyphRule()));
    }

    public List<Finding> run(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, found::add);
        }
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(applyOverride(f, context.project()));
        }
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }

    private static Finding applyOverride(Finding f, Project project) {
        if (f.severity() != Finding.Severity.ERROR) {
            return f;
        }
        for (Project.Override o : project.overrides()) {
            if (o.code().equals(f.code()) && place(o.location()).equals(place(f.location())) && o.excerpt().equals(f.excerpt())) {
                return f.withOverride(o.reason());
            }
        }
        return f;
    }

    /** A location without its character offset: the override survives edits before the text. */
    static String place(String location) {
        int at = location.lastIndexOf('@');
        return at < 0 ? location : location.substring(0, at);
    }
}
