package org.nianbao.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one date cell turned out to be: a date, or the reason it is not one. Exactly one of
 * {@code date} and {@code problem} is set. {@code input} is the cell as given (its text, or the
 * serial number written out), kept so an import issue can quote it; it is null only for a null text.
 */
public record DateParse(LocalDate date, Problem problem, String input) {

    /** Why a cell gave no date. Each becomes an import issue; none is ever resolved by guessing. */
    public enum Problem {
        /** Nothing there: blank, or a placeholder such as "-", "—", "/", "无". */
        MISSING,
        /** Not a date form we know, or a year outside 1900–2100. */
        UNREADABLE,
        /** A date form whose year or day/month order cannot be known (22/3/4, 04/03/2022, 9月1日). */
        AMBIGUOUS,
        /** Well formed but not on the calendar (2022-02-30, 2021-13-01, Excel's 1900-02-29). */
        IMPOSSIBLE
    }

    public DateParse {
        if ((date == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of date and problem must be set: " + date + ", " + problem);
        }
    }

    static DateParse parsed(LocalDate date, String input) {
        return new DateParse(Objects.requireNonNull(date, "date"), null, input);
    }

    static DateParse failed(Problem problem, String input) {
        return new DateParse(null, Objects.requireNonNull(problem, "problem"), input);
    }

    public boolean ok() {
        return date != null;
    }
}
