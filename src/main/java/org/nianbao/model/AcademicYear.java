package org.nianbao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report covers, identified by the calendar year it starts in: an academic year such as
 * 2021-2022, or, for a kind whose window is the calendar year ({@code calendar}), the year 2023
 * itself. Which of the two a project's year is follows its kind ({@code ReportKind.year}); the
 * project file stores it in the same form ("2021-2022", "2023").
 * Parsing accepts "2021-2022" (ASCII hyphen, en dash, em dash, full-width hyphen or slash),
 * "2021" alone, and the same followed by 学年, 年度 or 年.
 */
public record AcademicYear(int startYear, boolean calendar) implements Comparable<AcademicYear> {
    private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})\\s*[-‐‑–—－/~～至]\\s*(\\d{4})(?:学年)?");
    private static final Pattern ONE_YEAR = Pattern.compile("(\\d{4})(?:学年|年度|年)?");

    /** An academic year, 2021-2022 for 2021. */
    public AcademicYear(int startYear) {
        this(startYear, false);
    }

    public AcademicYear {
        if (startYear < 1949 || startYear > 2200) {
            throw new InvalidValueException("model.year.outOfRange",
                    "Academic year " + startYear + " is out of range (1949-2200)", startYear);
        }
    }

    public static AcademicYear parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher two = TWO_YEARS.matcher(s);
        if (two.matches()) {
            int start = Integer.parseInt(two.group(1));
            int end = Integer.parseInt(two.group(2));
            if (end != start + 1) {
                throw new InvalidValueException("model.year.notConsecutive",
                        "\"" + s + "\" is not an academic year: the second year must follow the first (e.g. 2021-2022)", s);
            }
            return new AcademicYear(start);
        }
        Matcher one = ONE_YEAR.matcher(s);
        if (one.matches()) {
            return new AcademicYear(Integer.parseInt(one.group(1)));
        }
        throw new InvalidValueException("model.year.unreadable",
                "\"" + s + "\" is not an academic year; write it as 2021-2022 or 2021", s);
    }

    /**
     * How a project file wrote its year: a single year ("2023") is a calendar year, a range
     * ("2021-2022") an academic one; the kind has the last word when the project is opened.
     */
    public static AcademicYear parseStored(String text) {
        AcademicYear parsed = parse(text);
        return ONE_YEAR.matcher(text == null ? "" : text.strip()).matches() ? parsed.asCalendar(true) : parsed;
    }

    /** The same year as an academic (false) or calendar (true) year. */
    public AcademicYear asCalendar(boolean isCalendar) {
        return isCalendar == calendar ? this : new AcademicYear(startYear, isCalendar);
    }

    /** The calendar year the period ends in: the next for an academic year, the same for a calendar year. */
    public int endYear() {
        return calendar ? startYear : startYear + 1;
    }

    /** The canonical form, "2021-2022", or "2023" for a calendar year. */
    @Override
    public String toString() {
        return calendar ? String.valueOf(startYear) : startYear + "-" + endYear();
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1, calendar);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1, calendar);
    }

    /** Whether two years start in the same calendar year, however each is written (2023 and 2023-2024 of an older file). */
    public boolean sameStart(AcademicYear other) {
        return other != null && other.startYear == startYear;
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }
}
