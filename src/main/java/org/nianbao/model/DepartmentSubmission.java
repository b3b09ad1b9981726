package org.nianbao.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one department's workbook contributed, as accepted at import. A new import of the same
 * department replaces the whole submission.
 *
 * @param file        the workbook's name as received
 * @param sha256      its SHA-256; the bytes are kept under {@code sources/} in the project
 * @param counts      the 数据 sheet's named counts by count id (e.g. {@code meetings-party})
 * @param rejected    rows that were not kept
 * @param warnings    warnings raised (rows kept)
 * @param issues      the problems the import found (rejected rows, warnings), in the file's order; projects
 *                    saved before they were kept have none
 */
public record DepartmentSubmission(String department, String file, String sha256, Instant importedAt,
                                   List<DisclosureRecord> records, List<ApplicationCase> applications,
                                   Map<String, Long> counts, int rejected, int warnings, List<SubmissionIssue> issues) {
    /**
     * The submission that holds last year's unanswered applications when a project is started from
     * last year's: not a department, so no import replaces it.
     */
    public static final String CARRIED_FORWARD = "上年结转";

    public boolean isCarriedForward() {
        return CARRIED_FORWARD.equals(department);
    }

    public DepartmentSubmission {
        records = RecordTable.of(records); // a million rows in about 100 MB
        applications = List.copyOf(applications);
        counts = Sorted.copyOf(counts);
        counts.forEach((id, n) -> ValueRanges.count(id, java.util.Objects.requireNonNull(n, id)));
        ValueRanges.tally("rejected", rejected);
        ValueRanges.tally("warnings", warnings);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** A submission without its import's problems (carried forward, built in code). */
    public DepartmentSubmission(String department, String file, String sha256, Instant importedAt,
                                List<DisclosureRecord> records, List<ApplicationCase> applications,
                                Map<String, Long> counts, int rejected, int warnings) {
        this(department, file, sha256, importedAt, records, applications, counts, rejected, warnings, List.of());
    }

    public DepartmentSubmission withRecords(List<DisclosureRecord> newRecords) {
        return new DepartmentSubmission(department, file, sha256, importedAt, newRecords, applications, counts, rejected,
                warnings, issues);
    }

    public DepartmentSubmission withIssues(List<SubmissionIssue> found) {
        return new DepartmentSubmission(department, file, sha256, importedAt, records, applications, counts, rejected,
                warnings, found);
    }
}
