package org.nianbao.intake;

import java.util.List;
import java.util.Map;
import org.nianbao.model.DepartmentSubmission;

/**
 * The outcome of reading one file: either a submission to store (with the issues found on the
 * way) or a refusal of the whole file (its reason is the first issue).
 *
 * @param mapping header text → field id used for a department's own table, to remember
 */
public record FileImport(String file, String department, boolean refused, DepartmentSubmission submission,
                         List<ImportIssue> issues, int accepted, int rejected, Map<String, String> mapping) {
    public FileImport {
        issues = List.copyOf(issues);
        mapping = Map.copyOf(mapping);
    }

    /** A file refused because this Java ran out of memory reading it (the file itself may be fine). */
    public static FileImport outOfMemory(String file, String department, long fileBytes, OutOfMemoryError cause) {
        WorkbookRefusal r = WorkbookRefusal.outOfMemory(fileBytes, cause);
        return refused(file, department, new ImportIssue(file, "", "", 0, r.code(), ImportIssue.Severity.ERROR,
                java.util.Arrays.stream(r.args()).map(String::valueOf).toList()));
    }

    /** True when the file was refused only for want of memory: the command line exits 3, not 1. */
    public boolean refusedForMemory() {
        return refused && !issues.isEmpty() && issues.get(0).code().equals(WorkbookRefusal.OUT_OF_MEMORY);
    }

    static FileImport refused(String file, String department, ImportIssue reason) {
        return new FileImport(file, department, true, null, List.of(reason), 0, 0, Map.of());
    }
}
