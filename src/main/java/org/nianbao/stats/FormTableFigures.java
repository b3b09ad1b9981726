package org.nianbao.stats;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.Project;
import org.nianbao.model.TableEntries;

/**
 * The figures the kind's form tables print. Table 3 of the government form (收到和处理政府信息公开申请情况)
 * is counted from the applications the departments reported, as the MOE kind's outcome table is:
 * row 一 the applications received this year, 二 those carried over from last year, 三 by outcome
 * (each outcome's row as the kind maps it) with 三（七） their sum, 四 those still open; a column per
 * applicant type (the kind maps each type to its column) and 总计. Whatever the secretary typed
 * into a cell is printed instead of the count (the checks compare the two). Without any application
 * reported nothing is counted, so a table typed by hand is never contradicted by zeros.
 */
public final class FormTableFigures {
    /** The form's table and row ids (the kind's layout names them so): Table 3 and its rows 一, 二, 三（七）, 四. */
    public static final String APPLICATIONS = "3";
    public static final String NEW = "1";
    public static final String CARRIED_OVER = "2";
    public static final String OUTCOMES_TOTAL = "3.7";
    public static final String CARRIED_FORWARD = "4";
    public static final String OUTCOME_PREFIX = "3.";
    public static final String TOTAL = "total";

    private FormTableFigures() {
    }

    /** What the tables print: the typed figures, and Table 3's counted ones where a cell was left blank. */
    public static TableEntries printed(Project project, ReportKind kind) {
        return project.tables().over(counted(project, kind));
    }

    /**
     * Table 3 as the reported applications count it, every figure cell filled (0 included); empty
     * when the kind has no Table 3 or no department reported an application.
     */
    public static TableEntries counted(Project project, ReportKind kind) {
        Optional<ReportKind.FormTable> layout = kind.formTable(APPLICATIONS);
        List<ApplicationCase> applications = project.applications();
        if (layout.isEmpty() || applications.isEmpty()) {
            return TableEntries.NONE;
        }
        ReportKind.FormTable t = layout.get();
        Map<String, Long> counts = new HashMap<>();
        for (ApplicationCase a : applications) {
            String column = kind.applicantType(a.applicantType()).map(ReportKind.ApplicantType::gov)
                    .filter(c -> !c.isEmpty() && t.column(c).isPresent()).orElse(null);
            count(counts, a.carriedOver() ? CARRIED_OVER : NEW, column);
            if (a.outcome().isEmpty()) {
                count(counts, CARRIED_FORWARD, column);
            } else {
                count(counts, OUTCOMES_TOTAL, column);
                kind.outcome(a.outcome()).map(ReportKind.Outcome::gov)
                        .filter(row -> t.row(row).filter(r -> !r.group()).isPresent())
                        .ifPresent(row -> count(counts, row, column));
            }
        }
        Map<String, BigDecimal> cells = new TreeMap<>();
        for (ReportKind.FormTable.Row row : t.rows()) {
            if (row.group()) {
                continue;
            }
            for (ReportKind.FormTable.Column c : t.columns()) {
                cells.put(row.id() + "|" + c.id(), BigDecimal.valueOf(counts.getOrDefault(row.id() + "|" + c.id(), 0L)));
            }
        }
        return new TableEntries(Map.of(APPLICATIONS, cells));
    }

    /** One application in a row: under its applicant's column (when the kind maps its type to one) and in 总计. */
    private static void count(Map<String, Long> counts, String row, String column) {
        if (column != null && !column.equals(TOTAL)) {
            counts.merge(row + "|" + column, 1L, Long::sum);
        }
        counts.merge(row + "|" + TOTAL, 1L, Long::sum);
    }
}
