package org.nianbao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year such as 2021-2022, identified by the calendar year it starts in.
 * Parsing accepts "2021-2022" (ASCII hyphen, en dash, em dash, full-width hyphen or slash),
 * "2021" alone, and the same followed by 学年.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})\\s*[-‐‑–—－/~～至]\\s*(\\d{4})(?:学年)?");
    private static final Pattern ONE_YEAR = Pattern.compile("(\\d{4})(?:学年)?");

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

    public int endYear() {
        return startYear + 1;
    }

    /** The canonical form, "2021-2022". */
    @Override
    public String toString() {
        return startYear + "-" + endYear();
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }
}
