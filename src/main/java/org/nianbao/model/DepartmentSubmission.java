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
 */
public record DepartmentSubmission(String department, String file, String sha256, Instant importedAt,
                                   List<DisclosureRecord> records, List<ApplicationCase> applications,
                                   Map<String, Long> counts, int rejected, int warnings) {
    /**
     * The submission that holds last year's unanswered applications when a project is started from
     * last year's: not a department, so no import replaces it.
     */
    public static final String CARRIED_FORWARD = "上年结转";

    public boolean isCarriedForward() {
        return CARRIED_FORWARD.equals(department);
    }

    public DepartmentSubmission {
        records = List.copyOf(records);
        applications = List.copyOf(applications);
        counts = Map.copyOf(counts);
    }
}
