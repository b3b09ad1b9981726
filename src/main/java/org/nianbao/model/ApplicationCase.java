package org.nianbao.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One application for disclosure (依申请公开).
 *
 * @param applicantType code of the kind's applicant types (e.g. {@code natural-person})
 * @param replied       the reply date, or null while it is still open
 * @param outcome       code of the kind's outcomes, or empty while it is still open
 * @param fee           fee charged in yuan (zero when none)
 * @param carriedOver   received before the window and carried over from last year
 */
public record ApplicationCase(LocalDate received, String applicantType, String summary, LocalDate replied,
                              String outcome, BigDecimal fee, boolean carriedOver, String note, SourceRef source) {
    public ApplicationCase {
        applicantType = Text.clean(applicantType);
        summary = Text.clean(summary);
        outcome = Text.clean(outcome);
        note = Text.clean(note);
        fee = fee == null ? BigDecimal.ZERO : fee;
    }

    /** What identifies one case across two years' projects: its receipt date and summary. */
    public String carryKey() {
        return received + "|" + summary;
    }
}
