package org.nianbao.model;

import java.time.LocalDate;
import java.time.Month;

/** The period the report's figures cover; both bounds are inclusive. */
public record StatisticsWindow(LocalDate start, LocalDate end) {

    public StatisticsWindow {
        if (start == null || end == null) {
            throw new NullPointerException("window bounds");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("model.window.reversed",
                    "The window ends (" + end + ") before it starts (" + start + ")", start, end);
        }
    }

    /** 1 September of the start year to 31 August of the next, the MOE academic-year window. */
    public static StatisticsWindow academicYear(AcademicYear year) {
        return new StatisticsWindow(LocalDate.of(year.startYear(), Month.SEPTEMBER, 1),
                LocalDate.of(year.startYear() + 1, Month.AUGUST, 31));
    }

    /** 1 January to 31 December of one calendar year. */
    public static StatisticsWindow calendarYear(int year) {
        return new StatisticsWindow(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** "2021年9月1日至2022年8月31日", as the report's prose writes it. */
    public String chineseLabel() {
        return ChineseDates.format(start) + "至" + ChineseDates.format(end);
    }
}
