package org.nianbao.model;

import java.time.LocalDate;

/** Dates as Chinese official documents write them: Arabic numerals, no leading zeros. */
public final class ChineseDates {
    private ChineseDates() {
    }

    /** Days in a month of the proleptic Gregorian calendar (February 29 in leap years); 31 for a month out of 1–12. */
    public static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Whether year, month and day name a day that exists (no 2月30日, no 2023年2月29日). */
    public static boolean isRealDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
    }

    /**
     * A full-width digit or date punctuation read as ASCII, and the hyphens and minus signs word processors put for
     * a hyphen read as {@code -}: the one table the readers of typed dates (cells, prose) share. Other characters
     * as they are.
     */
    public static int foldWidth(int c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10' + '0';
        }
        return switch (c) {
            case '\uFF0D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
            case '\uFF0F' -> '/';
            case '\uFF0E' -> '.';
            case '\uFF1A' -> ':';
            default -> c;
        };
    }

    /**
     * A space inside a line, as Word's autospacing and pasted web text put them (2021 年 9 月 1 日): ASCII space and
     * tab, the ideographic, no-break, en, em, figure, thin and narrow no-break spaces. Never a line break.
     */
    public static boolean isInlineSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2007'
                || c == '\u2009' || c == '\u202F';
    }

    /** 2022-10-30 → "2022年10月30日". */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
