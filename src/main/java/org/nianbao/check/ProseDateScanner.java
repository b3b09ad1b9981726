package org.nianbao.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.model.ChineseDates;
import org.nianbao.model.ChineseNumerals;

/**
 * Finds the dates written in a report's prose, for the "Prose dates" and "Malformed dates" checks
 * (issue 4): full dates in the forms people write them (2021年9月1日 or 号, 2021.9.1, 2021-09-01,
 * 2021/9/1, full-width digits, 二〇二一年九月一日), month-and-day dates whose year the reader takes
 * from the text before them (9月1日, 九月一日), and digit runs that look like a date which lost its
 * 年 or 月 (202191日, 2022831日, 20221030, 2021年91日).
 *
 * <p>What is not a date stays quiet: document numbers (教办函〔2014〕23号), a bare year or year and
 * month (2022年, 2022年3月, 2021-2022学年), times, version numbers, decimals and percentages, phone
 * numbers, URLs and e-mail addresses. A lone 8-digit run is only taken for a date where nothing
 * around it says it is something else (a phone, an amount, an ID, a document number).
 *
 * <p>Stateless and so thread-safe. It runs on every edit over a whole report, so it reads the text
 * once by hand: no regex, and no string copy except each match's excerpt.
 */
public final class ProseDateScanner {
    /** Malformed digit runs are only read as dates in this range, which a report can be about. */
    static final int MALFORMED_MIN_YEAR = 1990;
    static final int MALFORMED_MAX_YEAR = 2100;
    /** 2021.9.1 and the like are only dates in this range, so that codes such as 1234.5.6 stay quiet. */
    static final int SEPARATED_MIN_YEAR = 1900;
    static final int SEPARATED_MAX_YEAR = 2100;

    /**
     * Words after which a digit run is a number of some kind, not a date: phone and fax, IDs
     * (学号, 编号, 账号 all end in 号), ordinals and document numbers (第…号, …字), currency signs.
     * Matched as the last characters before the run, ignoring spaces and a colon; ASCII case ignored.
     */
    private static final String[] NUMBER_LABELS = {
        "电话", "传真", "手机", "热线", "tel", "fax", "qq", "号", "码", "编", "第", "字", "no", "#",
        "¥", "￥", "$"};
    /** Characters after a digit run that make it an amount or a count rather than a date. */
    private static final String AMOUNT_UNITS = "元万亿千百条篇人次件个项名份册台套户所门余多位家场期批届张本部米亩吨年月%‰";

    private ProseDateScanner() {
    }

    /** One date found in the prose: where it is, what it says, and what kind of finding it is. */
    public record ProseDate(int start, int end, String excerpt, LocalDate date, Kind kind, LocalDate likelyIntended) {

        public enum Kind {
            /** A full date: year, month and day all written. */
            FULL,
            /** Month and day written; the year is the last one written before it, or the caller's context year. */
            YEAR_IMPLIED,
            /** Looks like a date but is not one as written: a lost 年 or 月. */
            MALFORMED,
            /** Written as a date with all its marks, but not on the calendar: 2021年9月31日, 2022年2月29日, 13月1日. */
            IMPOSSIBLE
        }

        /** True for the kinds that carry no date: malformed and impossible ones. */
        public boolean wrong() {
            return kind == Kind.MALFORMED || kind == Kind.IMPOSSIBLE;
        }

        public ProseDate {
            Objects.requireNonNull(excerpt, "excerpt");
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end < start || end - start != excerpt.length()) {
                throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit \"" + excerpt + "\"");
            }
            if ((kind == Kind.MALFORMED || kind == Kind.IMPOSSIBLE) != (date == null)) {
                throw new IllegalArgumentException("a date is set exactly when the kind is not MALFORMED or IMPOSSIBLE: " + kind + ", " + date);
            }
            if (kind != Kind.MALFORMED && likelyIntended != null) {
                throw new IllegalArgumentException("only a malformed date has a likely intended date");
            }
        }
    }

    /**
     * The dates in {@code text}, in text order and not overlapping.
     *
     * @param contextYear the year assumed for "9月1日" when no year was written before it in the
     *                    text; the caller passes e.g. the window's start year
     */
    public static List<ProseDate> scan(String text, int contextYear) {
        Objects.requireNonNull(text, "text");
        return new Pass(text, contextYear).run();
    }

    /** One left-to-right pass. Each handler starts at a token and returns the index to go on from. */
    private static final class Pass {
        private static final int NONE = -1;

        private final String text;
        private final int length;
        private final List<ProseDate> found = new ArrayList<>();
        /** The last year written so far; a month-and-day date takes it. */
        private int year;
        /** Where the last reported date ended, so that a range "20210901-20220831" reads as two dates. */
        private int lastEnd = NONE;

        /** Set by {@link #number(int)}: the value read, where it ended, and how many ASCII digits it had (0 for Chinese). */
        private int numberValue;
        private int numberEnd;
        private int numberDigits;

        Pass(String text, int contextYear) {
            this.text = text;
            this.length = text.length();
            this.year = contextYear;
        }

        List<ProseDate> run() {
            int i = 0;
            while (i < length) {
                char raw = text.charAt(i);
                if (raw >= '\u4E00' && raw <= '\u9FFF' && !isChineseNumeral(raw)) {
                    i++; // most of a report: plain Chinese text, which can only start a date with a numeral
                    continue;
                }
                int c = at(i);
                if (isDigit(c)) {
                    i = digitRun(i);
                } else if (isAsciiLetter(c)) {
                    i = skipAsciiToken(i); // words, URLs, e-mail addresses, identifiers like A2021
                } else if (isChineseNumeral(c) && !isChineseNumeral(at(i - 1))) {
                    i = chineseNumeral(i);
                } else {
                    i++;
                }
            }
            return found;
        }

        // ---- Arabic digits ----

        private int digitRun(int start) {
            int end = digitsEnd(start);
            int digits = end - start;
            int before = at(start - 1);
            if (isJoiner(before) && isAsciiLetterOrDigit(at(start - 2))) {
                return skipAsciiToken(start); // 1.2.3, 14:30, a/b/2021, No.20221030
            }
            if (emailAt(start) || isAsciiLetter(at(end))) {
                return skipAsciiToken(start);
            }
            if (digits == 4 && at(start) != '0') {
                int afterSpaces = skipSpaces(end);
                if (at(afterSpaces) == '年') {
                    return afterYear(start, value(start, end), afterSpaces + 1);
                }
            }
            if (isDash(before) && isDigit(at(start - 2)) && lastEnd != start - 1) {
                return end; // the second half of 0577-88001234 or 2021-2022
            }
            if (digits == 4) {
                return separated(start, end);
            }
            if ((digits == 5 || digits == 6) && at(end) == '月' && !looksLikeNumberLabelled(start)) {
                return yearLostBeforeMonth(start, end);
            }
            if (digits >= 6 && digits <= 8 && !looksLikeNumberLabelled(start)) {
                return lostMarks(start, end);
            }
            if (digits <= 2) {
                return monthAndDay(start);
            }
            return end;
        }

        /** 2021.9.1, 2021-09-01, 2021/9/1, from the year's end on. */
        private int separated(int start, int yearEnd) {
            int separator = at(yearEnd);
            if (separator != '.' && separator != '-' && separator != '/') {
                return yearEnd;
            }
            int monthEnd = digitsEnd(yearEnd + 1);
            int monthDigits = monthEnd - yearEnd - 1;
            if (monthDigits < 1 || monthDigits > 2 || at(monthEnd) != separator) {
                return yearEnd;
            }
            int dayEnd = digitsEnd(monthEnd + 1);
            int dayDigits = dayEnd - monthEnd - 1;
            if (dayDigits < 1 || dayDigits > 2 || isAsciiLetter(at(dayEnd)) || continuesAsNumber(dayEnd, separator)) {
                return yearEnd;
            }
            int y = value(start, yearEnd);
            int m = value(yearEnd + 1, monthEnd);
            int d = value(monthEnd + 1, dayEnd);
            if (y < SEPARATED_MIN_YEAR || y > SEPARATED_MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
                return yearEnd;
            }
            year = y;
            report(start, dayEnd, y, m, d, ProseDate.Kind.FULL);
            return dayEnd;
        }

        /** True for 2021.9.1.5 or 2021-9-1.5 (a version or a decimal); a dash into the next year (2021-9-1-2022-8-31) is a range. */
        private boolean continuesAsNumber(int dayEnd, int separator) {
            int c = at(dayEnd);
            if ((c != separator && c != '.') || !isDigit(at(dayEnd + 1))) {
                return false;
            }
            return !(c == '-' && digitsEnd(dayEnd + 1) - dayEnd - 1 == 4);
        }

        /**
         * A 6–8 digit run: 202191日, 2022831日, 2021121日, 20221030日, 2023831止 (the 日 lost before 止,
         * 起 or 至), a lone 20221030, or a signature date alone on its line (202615).
         */
        private int lostMarks(int start, int end) {
            int mark = at(end);
            boolean dayMark = mark == '日' || mark == '号';
            boolean rangeMark = (mark == '止' || mark == '起' || mark == '至') && end - start >= 6;
            if (!dayMark && !rangeMark && !aloneOnItsLine(start, end)
                    && (end - start != 8 || !eightDigitsStandAlone(start, end))) {
                return end;
            }
            int y = value(start, start + 4);
            if (y < MALFORMED_MIN_YEAR || y > MALFORMED_MAX_YEAR) {
                return end;
            }
            int matchEnd = dayMark ? end + 1 : end;
            return reportSplit(start, matchEnd, y, start + 4, end) ? matchEnd : end;
        }

        /** The run is all its line holds (spaces aside): a signature date that lost its 年, 月 and 日. */
        private boolean aloneOnItsLine(int start, int end) {
            int before = start - 1;
            while (isSpace(at(before))) {
                before--;
            }
            int after = end;
            while (isSpace(at(after))) {
                after++;
            }
            return (at(before) == NONE || at(before) == '\n') && (at(after) == NONE || at(after) == '\n');
        }

        /** 20169月: a year that lost its 年 before a month. Reported without a likely day; the rule fixes it to 2016年9月. */
        private int yearLostBeforeMonth(int start, int end) {
            int y = value(start, start + 4);
            int m = value(start + 4, end);
            if (y < MALFORMED_MIN_YEAR || y > MALFORMED_MAX_YEAR || m < 1 || m > 12 || at(start + 4) == '0' && end - start == 5) {
                return end;
            }
            year = y;
            add(start, end + 1, null, ProseDate.Kind.MALFORMED, null);
            return end + 1;
        }

        /**
         * Reports a date whose month and day digits ran together, from the ways {@code [from, to)}
         * splits into a month of one or two digits and a day of one or two. Two readings (2021111日:
         * 1-11 or 11-1) still make a finding, with no likely date. False if no reading is a date.
         */
        private boolean reportSplit(int start, int matchEnd, int y, int from, int to) {
            int digits = to - from;
            LocalDate reading = null;
            int readings = 0;
            for (int monthDigits = 1; monthDigits <= 2; monthDigits++) {
                int dayDigits = digits - monthDigits;
                if (dayDigits < 1 || dayDigits > 2) {
                    continue;
                }
                int m = value(from, from + monthDigits);
                int d = value(from + monthDigits, to);
                if (isRealDate(y, m, d)) {
                    reading = LocalDate.of(y, m, d);
                    readings++;
                }
            }
            if (readings == 0) {
                return false;
            }
            year = y;
            add(start, matchEnd, null, ProseDate.Kind.MALFORMED, readings == 1 ? reading : null);
            return true;
        }

        /**
         * True if a lone 8-digit run stands where a date would: a real date from 1990 to 2100, not
         * an amount (20221030元), not next to other digits (0577 20221030, 20221030-1234) or after a
         * dash (0577-20221030), unless the neighbour across the dash is itself such a date
         * (20210901-20220831). Labels such as 电话 or 学号 were ruled out by the caller.
         */
        private boolean eightDigitsStandAlone(int start, int end) {
            if (!isEightDigitDate(start, end)) {
                return false;
            }
            int before = at(start - 1);
            if (isDash(before) && lastEnd != start - 1) {
                return false;
            }
            if (isSpace(before) && isDigit(at(skipSpacesBack(start - 1)))) {
                return false;
            }
            int after = at(end);
            if (isDash(after)) {
                int next = end + 1;
                int nextEnd = digitsEnd(next);
                return nextEnd - next == 8 && !isDigit(at(nextEnd)) && isEightDigitDate(next, nextEnd);
            }
            if ((after == '.' || after == ',' || after == '，' || after == ':') && isDigit(at(end + 1))) {
                return false;
            }
            if (isSpace(after) && isDigit(at(skipSpaces(end)))) {
                return false;
            }
            return after == NONE || AMOUNT_UNITS.indexOf(after) < 0;
        }

        private boolean isEightDigitDate(int start, int end) {
            if (end - start != 8) {
                return false;
            }
            int y = value(start, start + 4);
            return y >= MALFORMED_MIN_YEAR && y <= MALFORMED_MAX_YEAR
                    && isRealDate(y, value(start + 4, start + 6), value(start + 6, end));
        }

        // ---- Year, month, day in characters ----

        /**
         * After "2021年" or "二〇二一年": a full date (9月1日 or 号), a date that lost its 月 (91日), or
         * just a year or a year and month, which are not dates but set the year for what follows.
         */
        private int afterYear(int start, int y, int afterNian) {
            year = y;
            int monthStart = skipSpaces(afterNian);
            if (!number(monthStart)) {
                return afterNian;
            }
            int m = numberValue;
            int monthEnd = numberEnd;
            int monthDigits = numberDigits;
            int c = at(monthEnd);
            if ((c == '日' || c == '号') && monthDigits >= 2 && monthDigits <= 4) {
                return reportSplit(start, monthEnd + 1, y, monthStart, monthEnd) ? monthEnd + 1 : monthEnd;
            }
            if (monthDigits > 2) {
                return afterNian;
            }
            int yue = skipSpaces(monthEnd);
            if (at(yue) != '月') {
                return afterNian;
            }
            return dayThenMark(start, yue + 1, y, m, ProseDate.Kind.FULL);
        }

        /** 9月1日, 9月1号, 九月一日 with no year before them; the month may be Arabic or Chinese. */
        private int monthAndDay(int start) {
            if (!number(start)) {
                return start + 1;
            }
            int m = numberValue;
            int monthEnd = numberEnd;
            int yue = skipSpaces(monthEnd);
            if (at(yue) != '月' || m < 1 || m > 12) {
                return monthEnd;
            }
            return dayThenMark(start, yue + 1, year, m, ProseDate.Kind.YEAR_IMPLIED);
        }

        /**
         * Reads the day and the 日 or 号 after "…月". Without the mark (2021年9月1 and then text) the
         * day cannot be told from a following number, so nothing is reported.
         */
        private int dayThenMark(int start, int afterYue, int y, int m, ProseDate.Kind kind) {
            int dayStart = skipSpaces(afterYue);
            if (!number(dayStart) || numberDigits > 2) {
                return afterYue;
            }
            int d = numberValue;
            int mark = skipSpaces(numberEnd);
            int c = at(mark);
            if (c != '日' && c != '号') {
                return numberEnd;
            }
            // After a written year even 13月 or 0日 is a date gone wrong (reported as malformed); without one it is no date.
            if (kind == ProseDate.Kind.YEAR_IMPLIED && (d < 1 || d > 31)) {
                return mark + 1;
            }
            report(start, mark + 1, y, m, d, kind);
            return mark + 1;
        }

        // ---- Chinese numerals ----

        /** 二〇二一年…, or a yearless 九月一日 / 十二月三十一日. */
        private int chineseNumeral(int start) {
            int value = 0;
            int count = 0;
            int i = start;
            int d;
            while ((d = chineseDigit(at(i), count > 0)) >= 0) {
                value = count < 9 ? value * 10 + d : value;
                count++;
                i++;
            }
            if (count == 4) {
                int afterSpaces = skipSpaces(i);
                if (at(afterSpaces) == '年') {
                    return afterYear(start, value, afterSpaces + 1);
                }
            }
            int next = monthAndDay(start);
            return Math.max(next, start + 1);
        }

        /**
         * Reads a month or day at {@code from}: Arabic digits, or a Chinese numeral up to 99
         * (九, 十, 十一, 二十, 三十一, and the positional 〇九 some people write). Sets the number fields.
         */
        private boolean number(int from) {
            int c = at(from);
            if (isDigit(c)) {
                int end = digitsEnd(from);
                numberDigits = end - from;
                numberValue = numberDigits <= 9 ? value(from, end) : Integer.MAX_VALUE;
                numberEnd = end;
                return true;
            }
            numberDigits = 0;
            int i = from;
            int tens;
            if (c == '十') {
                tens = 1;
            } else {
                tens = chineseDigit(c, false);
                if (tens < 0) {
                    return false;
                }
                i++;
                c = at(i);
                if (c != '十') {
                    int units = chineseDigit(c, false);
                    if (units < 0) {
                        numberValue = tens;
                        numberEnd = i;
                        return true;
                    }
                    numberValue = tens * 10 + units; // positional: 〇九, 一二
                    numberEnd = i + 1;
                    return true;
                }
            }
            i++; // past 十
            int units = chineseDigit(at(i), false);
            if (units > 0) {
                i++;
            }
            numberValue = tens * 10 + Math.max(units, 0);
            numberEnd = i;
            return true;
        }

        // ---- Reporting ----

        private void report(int start, int end, int y, int m, int d, ProseDate.Kind kind) {
            if (isRealDate(y, m, d)) {
                add(start, end, LocalDate.of(y, m, d), kind, null);
            } else {
                add(start, end, null, ProseDate.Kind.IMPOSSIBLE, null); // 2022年2月30日 is wrong whatever was meant
            }
        }

        private void add(int start, int end, LocalDate date, ProseDate.Kind kind, LocalDate likelyIntended) {
            found.add(new ProseDate(start, end, text.substring(start, end), date, kind, likelyIntended));
            lastEnd = end;
        }

        // ---- What surrounds a number ----

        /** True if the run at {@code start} follows a label such as 电话：, 学号, 第, or a closing bracket (〔2021〕202191号). */
        private boolean looksLikeNumberLabelled(int start) {
            int i = start - 1;
            while (i >= 0 && (isSpace(at(i)) || at(i) == ':' || at(i) == '：')) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            if (isClosingBracket(at(i))) {
                return true;
            }
            for (String label : NUMBER_LABELS) {
                int from = i + 1 - label.length();
                if (from >= 0 && text.regionMatches(true, from, label, 0, label.length())) {
                    return true;
                }
            }
            return false;
        }

        /** True if an e-mail address starts at {@code start}: address characters up to an @ and a domain after it. */
        private boolean emailAt(int start) {
            int i = start;
            int c;
            while (isAsciiLetterOrDigit(c = at(i)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
                i++;
            }
            return c == '@' && isAsciiLetterOrDigit(at(i + 1));
        }

        /**
         * Skips an ASCII token: letters and digits joined by URL and e-mail punctuation
         * (http://xxgk.example.edu.cn/2022/10/30/a.html, xb@example.cn, v1.2.3, 14:30, A2021).
         */
        private int skipAsciiToken(int start) {
            int i = start;
            while (true) {
                while (isAsciiLetterOrDigit(at(i)) || at(i) == '_') {
                    i++;
                }
                int j = i;
                while (isUrlPunctuation(at(j))) {
                    j++;
                }
                if (j == i || !isAsciiLetterOrDigit(at(j))) {
                    return i;
                }
                i = j;
            }
        }

        // ---- Characters ----

        /** The character at {@code i}, with full-width digits and punctuation read as ASCII; NONE outside the text. */
        private int at(int i) {
            if (i < 0 || i >= length) {
                return NONE;
            }
            return ChineseDates.foldWidth(text.charAt(i));
        }

        private int digitsEnd(int from) {
            int i = from;
            while (isDigit(at(i))) {
                i++;
            }
            return i;
        }

        /** The value of the digits in {@code [from, to)}, at most 9 of them. */
        private int value(int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + (at(i) - '0');
            }
            return v;
        }

        private int skipSpaces(int from) {
            int i = from;
            while (isSpace(at(i))) {
                i++;
            }
            return i;
        }

        private int skipSpacesBack(int from) {
            int i = from;
            while (isSpace(at(i))) {
                i--;
            }
            return i;
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetter(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiLetterOrDigit(int c) {
            return isDigit(c) || isAsciiLetter(c);
        }

        /** Spaces within a line, where Word's autospacing puts them (2021 年 9 月 1 日); never a line break. */
        private static boolean isSpace(int c) {
            return ChineseDates.isInlineSpace(c);
        }

        /** Punctuation that, between ASCII letters or digits, makes one token of them: 1.2.3, 14:30, a/b, x@y. */
        private static boolean isJoiner(int c) {
            return c == '.' || c == '/' || c == ':' || c == '_' || c == '@' || c == '+' || c == '%' || c == '#'
                    || c == '&' || c == '=' || c == '?';
        }

        private static boolean isUrlPunctuation(int c) {
            return isJoiner(c) || c == '-' || c == '~';
        }

        private static boolean isDash(int c) {
            return c == '-' || c == '—' || c == '~' || c == '～';
        }

        private static boolean isClosingBracket(int c) {
            return c == '〕' || c == ']' || c == '］' || c == '）' || c == ')' || c == '】' || c == '﹞' || c == '〗';
        }

        private static boolean isChineseNumeral(int c) {
            return chineseDigit(c, false) >= 0 || c == '十';
        }

        /**
         * 〇 and 零 are zero, and so is ○ (a plain circle, which many input methods give for 〇);
         * inside a year already begun, the letter O and a digit 0 are too (二O二一年). -1 otherwise.
         */
        private static int chineseDigit(int c, boolean inYear) {
            return switch (c) {
                case 'O', 'o', 'Ｏ', '0' -> inYear ? 0 : -1;
                default -> ChineseNumerals.digit(c);
            };
        }

        private static boolean isRealDate(int y, int m, int d) {
            return ChineseDates.isRealDate(y, m, d);
        }
    }
}
