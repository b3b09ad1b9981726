package org.nianbao.check;

import org.nianbao.model.Location;
import org.nianbao.model.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Project;

/**
 * Applies the fixes of findings to a project's prose (and typed form-table cells): each only while the text it names is still
 * where it was found, later ones first so earlier offsets hold, and none that overlaps one already
 * applied (run the checks again for those). The one place fixes are applied, for the CLI's
 * {@code check --fix} and the app's 修正 / 全部修正.
 */
public final class Fixes {
    private Fixes() {
    }

    /**
     * The outcome: the changed project, how many fixes were applied, and each changed part's text
     * before and after (so the app can undo exactly this).
     */
    public record Applied(Project project, int count, Map<String, String> before, Map<String, String> after) {
        /** Whether every part these fixes changed still reads as they left it in {@code now} (nothing typed there since). */
        public boolean untouchedIn(Project now) {
            return after.entrySet().stream().allMatch(e -> e.getValue().equals(text(now, e.getKey())));
        }

        /** {@code now} with each part these fixes changed back to its text before them. */
        public Project undoneIn(Project now) {
            Project out = now;
            for (Map.Entry<String, String> e : before.entrySet()) {
                out = withText(out, e.getKey(), e.getValue());
            }
            return out;
        }
    }

    public static Applied apply(Project project, List<Finding> findings) {
        Map<String, List<Finding.Fix>> byPart = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null) {
                byPart.computeIfAbsent(f.fix().part(), p -> new ArrayList<>()).add(f.fix());
            }
        }
        Project result = project;
        int count = 0;
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding.Fix>> e : byPart.entrySet()) {
            String part = e.getKey();
            String text = text(result, part);
            if (text == null) {
                continue;
            }
            List<Finding.Fix> fixes = new ArrayList<>(e.getValue());
            fixes.sort(Comparator.comparingInt(Finding.Fix::offset).reversed());
            StringBuilder sb = new StringBuilder(text);
            int appliedFrom = Integer.MAX_VALUE;
            int applied = 0;
            for (Finding.Fix fix : fixes) {
                int end = fix.offset() + fix.replace().length();
                if (end > appliedFrom || end > text.length() || !text.startsWith(fix.replace(), fix.offset())) {
                    continue; // overlaps a fix just made, or the text changed since the check
                }
                sb.replace(fix.offset(), end, fix.with());
                appliedFrom = fix.offset();
                applied++;
            }
            if (applied > 0) {
                before.put(part, text);
                result = withText(result, part, sb.toString());
                after.put(part, text(result, part));
                count += applied;
            }
        }
        return new Applied(result, count, before, after);
    }

    /**
     * The prose of a part ({@code opening} or {@code section:<id>}), or a form table's typed figure
     * ({@code table:<table>/<row>/<column>}, empty when blank), or null if the project has no such part.
     */
    public static String text(Project project, String part) {
        Location place = Location.parse(part);
        if (place instanceof Location.Opening) {
            return project.opening();
        }
        if (place instanceof Location.Table t && t.column() != null) {
            return project.tables().value(t.table(), t.row(), t.column()).map(java.math.BigDecimal::toPlainString).orElse("");
        }
        if (place instanceof Location.Section s) {
            return project.section(s.id()).map(Section::prose).orElse(null);
        }
        return null;
    }

    public static Project withText(Project project, String part, String text) {
        Location place = Location.parse(part);
        if (place instanceof Location.Section s) {
            return project.withProse(s.id(), text);
        }
        if (place instanceof Location.Table t && t.column() != null) {
            return project.withTableEntry(t.table(), t.row(), t.column(), org.nianbao.model.ValueRanges.typedFigure(text));
        }
        return project.withOpening(text);
    }
}
