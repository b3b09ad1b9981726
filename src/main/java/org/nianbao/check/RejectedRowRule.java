package org.nianbao.check;

import org.nianbao.model.Location;
import java.util.function.Consumer;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.SubmissionIssue;

/**
 * A row a department sent that the import did not keep is missing from every figure: each one stays an
 * error, under the import's own code and message, at {@code record:<file>/<sheet>/<row>}, until the
 * department's corrected file replaces the submission (or the secretary accepts it with a reason).
 */
final class RejectedRowRule implements Rule {
    @Override
    public void check(CheckContext ctx, Consumer<Finding> report) {
        for (DepartmentSubmission s : ctx.project().submissions()) {
            for (SubmissionIssue issue : s.issues()) {
                if (issue.rejectsRow()) {
                    report.accept(new Finding(Finding.Severity.ERROR, issue.code(),
                            Location.record(s.file() + "/" + issue.sheet() + "/" + issue.row()).encode(),
                            issue.rowText().isEmpty() ? issue.cell() : issue.rowText(), issue.args(), "", null));
                }
            }
        }
    }
}
