package org.nianbao.model;

import java.time.LocalDate;

/** Dates as Chinese official documents write them: Arabic numerals, no leading zeros. */
public final class ChineseDates {
    private ChineseDates() {
    }

    /** 2022-10-30 → "2022年10月30日". */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
