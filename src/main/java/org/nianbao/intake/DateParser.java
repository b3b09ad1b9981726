package org.nianbao.intake;

import java.time.LocalDate;
import org.nianbao.intake.DateParse.Problem;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.ChineseNumerals;

/**
 * Reads the date in one workbook cell, as DESIGN.md §7 asks: real date cells and serial numbers
 * (1900 and 1904 systems) and text in the forms people type — 2021-9-1, 2021/09/01, 2021.9.1,
 * 20210901, 2021年9月1日 (or 号), full-width digits and separators, 二〇二一年九月一日 — each with or
 * without a trailing time (" 14:30", " 14:30:05", "T14:30").
 *
 * <p>It never guesses. A two-digit year or a missing year (22/3/4, 21-9-1, 9/1, 9月1日) and a
 * day/month order that cannot be known (3/4/2022) are {@link Problem#AMBIGUOUS}, even where only
 * one reading is a real date; {@link Problem#IMPOSSIBLE} is a well-formed date not on the calendar;
 * a bare number in a text cell other than yyyymmdd (44440) is {@link Problem#UNREADABLE}, as is any
 * year outside 1900–2100.
 *
 * <p>Stateless and so thread-safe. It runs once per cell on workbooks of up to a million cells, so
 * it scans the text by hand: no regex, no exception and no string copy on any path.
 */
public final class DateParser {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    /** Excel's largest serial, 9999-12-31 in the 1900 system. */
    static final double MAX_EXCEL_SERIAL = 2_958_465;

    private static final long MIN_EPOCH_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();
    /** Serial 1 is 1900-01-01, so serial 0 would be 1899-12-31. */
    private static final long SERIAL_ZERO_BEFORE_LEAP_BUG = LocalDate.of(1899, 12, 31).toEpochDay();
    /** Excel counts a 1900-02-29 that never was (serial 60), so from serial 61 on everything is a day late. */
    private static final long SERIAL_ZERO_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long SERIAL_ZERO_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    private static final int FAKE_LEAP_DAY_SERIAL = 60;

    private DateParser() {
    }

    /** The date in a cell's text; see the class comment for the forms read. */
    public static DateParse parseText(String text) {
        if (text == null) {
            return DateParse.failed(Problem.MISSING, null);
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || isPlaceholder(text, start, end)) {
            return DateParse.failed(Problem.MISSING, text);
        }
        return new Scan(text, start, end).date();
    }

    /**
     * The date of an Excel serial number in the workbook's date system. The fraction is the time of
     * day and is dropped. In the 1900 system serial 60 is Excel's non-existent 1900-02-29.
     */
    public static DateParse fromSerial(double serial, boolean date1904) {
        String input = serialText(serial);
        if (!Double.isFinite(serial) || serial < 0 || serial > MAX_EXCEL_SERIAL) {
            return DateParse.failed(Problem.UNREADABLE, input);
        }
        long day = (long) serial; // non-negative, so this is the floor
        long epochDay;
        if (date1904) {
            epochDay = SERIAL_ZERO_1904 + day;
        } else if (day == 0) {
            return DateParse.failed(Problem.UNREADABLE, input); // Excel's "1900-01-00": a time with no date
        } else if (day == FAKE_LEAP_DAY_SERIAL) {
            return DateParse.failed(Problem.IMPOSSIBLE, input);
        } else {
            epochDay = (day < FAKE_LEAP_DAY_SERIAL ? SERIAL_ZERO_BEFORE_LEAP_BUG : SERIAL_ZERO_AFTER_LEAP_BUG) + day;
        }
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            return DateParse.failed(Problem.UNREADABLE, input);
        }
        return DateParse.parsed(LocalDate.ofEpochDay(epochDay), input);
    }

    private static String serialText(double serial) {
        return serial == Math.rint(serial) && Math.abs(serial) < 1e15
                ? Long.toString((long) serial) : Double.toString(serial);
    }

    /** A space in a cell: any space within a line, a control character or line break, a zero-width space or BOM. */
    static boolean isSpace(char c) {
        return c <= ' ' || ChineseDates.isInlineSpace(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** What people put in a date column to say "none": a dash (or a run of them), a slash, 无. */
    private static boolean isPlaceholder(String s, int start, int end) {
        char first = s.charAt(start);
        if (end - start == 1 && (first == '/' || first == '\uFF0F' || first == '无')) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!isDash(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\uFF0D';
    }

    /** Full-width digits and punctuation, and the hyphens that word processors substitute, read as ASCII. */
    static char normalize(char c) {
        if (c < 0x80) {
            return c <= ' ' ? ' ' : c;
        }
        char folded = (char) ChineseDates.foldWidth(c);
        if (folded != c) {
            return folded;
        }
        return c == '\uFF34' || c == '\uFF54' ? 'T' : isSpace(c) ? ' ' : c;
    }

    private static int chineseDigit(int c) {
        return ChineseNumerals.digit(c);
    }

    private static boolean isRealDate(int year, int month, int day) {
        return ChineseDates.isRealDate(year, month, day);
    }

    /** One pass over the trimmed text. Each method consumes what it recognises and leaves {@code pos} after it. */
    private static final class Scan {
        private static final int END = -1;
        /** Digit runs longer than this are never a valid part, so their value need not be exact. */
        private static final int MAX_COUNTED_DIGITS = 9;

        private final String text;
        private final int end;
        private int pos;
        /** How many digits the last {@link #number()} or Chinese year read. */
        private int digits;
        /** The day {@link #dayThenRest()} read. */
        private int day;

        Scan(String text, int start, int end) {
            this.text = text;
            this.end = end;
            this.pos = start;
        }

        DateParse date() {
            int c = peek();
            if (isDigit(c)) {
                int first = number();
                int firstDigits = digits;
                int afterNumber = pos;
                skipSpaces();
                c = peek();
                if (c == '年') {
                    pos++;
                    return afterYear(first, firstDigits);
                }
                if (c == '月') {
                    pos++;
                    return afterYearlessMonth(firstDigits <= 2);
                }
                pos = afterNumber;
                c = peek();
                if (c == '-' || c == '/' || c == '.') {
                    pos++;
                    return separated(first, firstDigits, c);
                }
                if (firstDigits == 8 && restIsTime(false)) {
                    return calendar(first / 10000, first / 100 % 100, first % 100);
                }
                return unreadable();
            }
            if (chineseDigit(c) >= 0 || c == '十') {
                int start = pos;
                int year = chineseDigits();
                int yearDigits = digits;
                skipSpaces();
                if (peek() == '年') {
                    pos++;
                    return afterYear(year, yearDigits);
                }
                pos = start; // not a year: perhaps a month with no year, 九月一日
                if (chineseNumber() >= 0) {
                    skipSpaces();
                    if (peek() == '月') {
                        pos++;
                        return afterYearlessMonth(true);
                    }
                }
            }
            return unreadable();
        }

        /** 2021-9-1, 2021/09/01, 2021.9.1 and the ambiguous 3/4/2022, 22/3/4, 9/1. */
        private DateParse separated(int first, int firstDigits, int separator) {
            int second = number();
            int secondDigits = digits;
            if (secondDigits == 0) {
                return unreadable();
            }
            int third = 0;
            int thirdDigits = 0;
            if (peek() == separator) {
                pos++;
                third = number();
                thirdDigits = digits;
                if (thirdDigits == 0) {
                    return unreadable();
                }
            }
            if (!restIsTime(false)) {
                return unreadable();
            }
            boolean shortFirst = firstDigits <= 2;
            boolean shortSecond = secondDigits <= 2;
            if (thirdDigits == 0) {
                return shortFirst && shortSecond ? ambiguous() : unreadable(); // 9/1: no year
            }
            if (firstDigits == 4 && shortSecond && thirdDigits <= 2) {
                return calendar(first, second, third);
            }
            if (shortFirst && shortSecond && thirdDigits == 4) {
                if (third < MIN_YEAR || third > MAX_YEAR) {
                    return unreadable();
                }
                // Day/month order is unknown; only when neither reading is on the calendar is that the real problem.
                boolean either = isRealDate(third, second, first) || isRealDate(third, first, second);
                return either ? ambiguous() : impossible();
            }
            if (shortFirst && shortSecond && thirdDigits <= 2) {
                return ambiguous(); // two-digit year, and no telling which part it is
            }
            return unreadable();
        }

        /** After "2021年" or "二〇二一年": month, 月, day, then 日 or 号 (or nothing). */
        private DateParse afterYear(int year, int yearDigits) {
            skipSpaces();
            int month = monthOrDay();
            if (month < 0) {
                return unreadable();
            }
            skipSpaces();
            if (peek() != '月') {
                return unreadable();
            }
            pos++;
            if (!dayThenRest()) {
                return unreadable();
            }
            if (yearDigits <= 2) {
                return ambiguous();
            }
            return yearDigits == 4 ? calendar(year, month, day) : unreadable();
        }

        /** After "9月" with no year: well formed is ambiguous, anything else unreadable. */
        private DateParse afterYearlessMonth(boolean monthWellFormed) {
            return monthWellFormed && dayThenRest() ? ambiguous() : unreadable();
        }

        /** Reads the day of a Chinese-style date, an optional 日 or 号, and an optional time; true if that is all. */
        private boolean dayThenRest() {
            skipSpaces();
            day = monthOrDay();
            if (day < 0) {
                return false;
            }
            skipSpaces();
            int c = peek();
            if (c == '日' || c == '号') {
                pos++;
            }
            return restIsTime(true);
        }

        /** One or two Arabic digits, or a Chinese numeral up to 99; -1 if neither is here. */
        private int monthOrDay() {
            int c = peek();
            if (isDigit(c)) {
                int value = number();
                return digits <= 2 ? value : -1;
            }
            return chineseNumber();
        }

        /**
         * 一 … 九, 十, 十一, 二十, 二十一, 三十一, and the positional 〇九, 一二 some people write; -1 if
         * there is no Chinese numeral here.
         */
        private int chineseNumber() {
            int c = peek();
            if (c == '十') {
                pos++;
                int units = chineseDigit(peek());
                if (units > 0) {
                    pos++;
                    return 10 + units;
                }
                return 10;
            }
            int tens = chineseDigit(c);
            if (tens < 0) {
                return -1;
            }
            pos++;
            c = peek();
            if (c == '十') {
                pos++;
                int units = chineseDigit(peek());
                if (units > 0) {
                    pos++;
                    return tens * 10 + units;
                }
                return tens * 10;
            }
            int units = chineseDigit(c);
            if (units >= 0) {
                pos++;
                return tens * 10 + units;
            }
            return tens;
        }

        /** A run of Chinese digits read positionally, as years are written (二〇二一); sets {@link #digits}. */
        private int chineseDigits() {
            int value = 0;
            int count = 0;
            int d;
            while ((d = chineseDigit(peek())) >= 0) {
                if (count < MAX_COUNTED_DIGITS) {
                    value = value * 10 + d;
                }
                count++;
                pos++;
            }
            digits = count;
            return value;
        }

        /** A run of digits; sets {@link #digits} (0 if none). */
        private int number() {
            int value = 0;
            int count = 0;
            int c;
            while (isDigit(c = peek())) {
                if (count < MAX_COUNTED_DIGITS) {
                    value = value * 10 + (c - '0');
                }
                count++;
                pos++;
            }
            digits = count;
            return value;
        }

        /**
         * True if what is left is nothing, or a time of day after a space or "T" (or, when the date
         * ended with 日, directly). The time is checked but not kept.
         */
        private boolean restIsTime(boolean mayTouch) {
            int c = peek();
            if (c == END) {
                return true;
            }
            if (c == 'T' || c == 't') {
                pos++;
            } else if (c == ' ') {
                skipSpaces();
            } else if (!mayTouch) {
                return false;
            }
            return time() && pos == end;
        }

        /** H:MM, HH:MM, HH:MM:SS, HH:MM:SS.fff */
        private boolean time() {
            int hour = number();
            if (digits == 0 || digits > 2 || hour > 23 || peek() != ':') {
                return false;
            }
            pos++;
            int minute = number();
            if (digits != 2 || minute > 59) {
                return false;
            }
            if (peek() == ':') {
                pos++;
                int second = number();
                if (digits != 2 || second > 59) {
                    return false;
                }
                if (peek() == '.') {
                    pos++;
                    number();
                    return digits > 0;
                }
            }
            return true;
        }

        private void skipSpaces() {
            while (peek() == ' ') {
                pos++;
            }
        }

        private int peek() {
            return pos < end ? normalize(text.charAt(pos)) : END;
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private DateParse calendar(int year, int month, int day) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return unreadable();
            }
            if (!isRealDate(year, month, day)) {
                return impossible();
            }
            return DateParse.parsed(LocalDate.of(year, month, day), text);
        }

        private DateParse unreadable() {
            return DateParse.failed(Problem.UNREADABLE, text);
        }

        private DateParse ambiguous() {
            return DateParse.failed(Problem.AMBIGUOUS, text);
        }

        private DateParse impossible() {
            return DateParse.failed(Problem.IMPOSSIBLE, text);
        }
    }
}
