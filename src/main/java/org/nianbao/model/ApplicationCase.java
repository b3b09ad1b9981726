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
        ValueRanges.date("received", received);
        ValueRanges.date("replied", replied);
        if (!isPlausibleFee(fee)) {
            // toString, never toPlainString: 1e999999999 would be written out digit by digit.
            throw new InvalidValueException("model.application.feeOutOfRange", "fee out of range: " + fee, fee.toString(),
                    MAX_FEE.toPlainString());
        }
    }

    /** A million yuan: far above any fee charged for disclosing information, far below what breaks arithmetic. */
    public static final BigDecimal MAX_FEE = new BigDecimal("1000000");

    /** A fee in yuan and fen, from zero to {@link #MAX_FEE}; anything else no person meant. */
    public static boolean isPlausibleFee(BigDecimal fee) {
        return fee.signum() >= 0 && fee.compareTo(MAX_FEE) <= 0 && fee.stripTrailingZeros().scale() <= 2;
    }

    /** What identifies one case across two years' projects: its receipt date and summary. */
    public String carryKey() {
        return received + "|" + summary;
    }
}
