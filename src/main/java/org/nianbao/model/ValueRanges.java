package org.nianbao.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the model can represent at all: values outside these ranges no person meant (a hand-edited or
 * foreign project file, a bug), and a load refuses them naming where they are. What is inside but
 * merely implausible (a reply dated before its receipt, a 清单 item the kind does not have) is for the
 * checks to report.
 */
public final class ValueRanges {
    private ValueRanges() {
    }

    /** 清单 categories are numbered from 1 (0 for 未分类); no kind has a hundred. */
    public static final int MAX_CATEGORY = 99;
    /** 清单 items are numbered from 1 (0 when only the category is known); no kind has a thousand. */
    public static final int MAX_ITEM = 999;
    /** A count as the import takes it (at most 15 digits): summed over ten thousand departments it still fits a long. */
    public static final long MAX_COUNT = 999_999_999_999_999L;
    /** A dated event of a report: the import reads 1900–2100; academic years go to 2200. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);
    /**
     * A figure typed into a form table: as large as a count either way, with at most six decimals (万元 to
     * the fen and below). A negative one is representable, and the form-table check names it.
     */
    public static final BigDecimal MAX_FIGURE = BigDecimal.valueOf(MAX_COUNT);
    public static final int MAX_FIGURE_DECIMALS = 6;

    static int category(int category) {
        if (category < 0 || category > MAX_CATEGORY) {
            throw new InvalidValueException("model.record.categoryOutOfRange", "category out of range: " + category,
                    String.valueOf(category), String.valueOf(MAX_CATEGORY)).at("category");
        }
        return category;
    }

    static int item(int item) {
        return item("item", item);
    }

    static int item(String field, int item) {
        if (item < 0 || item > MAX_ITEM) {
            throw new InvalidValueException("model.record.itemOutOfRange", "item out of range: " + item,
                    String.valueOf(item), String.valueOf(MAX_ITEM)).at(field);
        }
        return item;
    }

    static long count(String id, long count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new InvalidValueException("model.submission.countOutOfRange", "count " + id + " out of range: " + count,
                    id, String.valueOf(count), String.valueOf(MAX_COUNT)).at("counts." + id);
        }
        return count;
    }

    static int tally(String what, int n) {
        if (n < 0) {
            throw new InvalidValueException("model.submission.tallyNegative", what + " is negative: " + n, what, String.valueOf(n)).at(what);
        }
        return n;
    }

    /** {@code what} names the field as project.json does ({@code received}, {@code date}). */
    static LocalDate date(String what, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            throw new InvalidValueException("model.date.outOfRange", what + " out of range: " + date, what, date.toString(),
                    String.valueOf(FIRST_DATE.getYear()), String.valueOf(LAST_DATE.getYear())).at(what);
        }
        return date;
    }

    /** Checked before anything is done with it: 1E+999999999 is never written out digit by digit. */
    /**
     * A figure as a person types it — a form table's cell in the app, {@code tables set}, a pasted or imported table:
     * full-width digits, points and commas folded (NFKC), thousands separators and spaces dropped. The one reader of
     * typed figures, so the app and the command line take and refuse the same text.
     *
     * @return the figure, or null when nothing was typed
     * @throws InvalidValueException ({@code model.figure.typed}, with the text) when it is not a number, negative or
     *                               beyond what a table holds
     */
    public static BigDecimal typedFigure(String typed) {
        String folded = java.text.Normalizer.normalize(typed == null ? "" : typed, java.text.Normalizer.Form.NFKC);
        StringBuilder digits = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != ',')
                .forEach(digits::appendCodePoint);
        if (digits.isEmpty()) {
            return null;
        }
        BigDecimal v;
        try {
            v = digits.length() > 40 ? null : new BigDecimal(digits.toString());
        } catch (NumberFormatException e) {
            v = null;
        }
        if (v == null || v.signum() < 0 || !isFigure(v)) {
            String shown = typed.strip();
            throw new InvalidValueException("model.figure.typed", "not a usable figure: " + shown, shown);
        }
        return v;
    }

    public static boolean isFigure(BigDecimal v) {
        return v.abs().compareTo(MAX_FIGURE) <= 0 && v.stripTrailingZeros().scale() <= MAX_FIGURE_DECIMALS;
    }

    /** {@code field} is where project.json keeps the cell ({@code cells.3.1|natural}); {@code cell} the place the user reads. */
    static BigDecimal figure(String field, String cell, BigDecimal v) {
        if (!isFigure(v)) {
            throw new InvalidValueException("model.table.figureOutOfRange", "table figure out of range at " + cell + ": " + v,
                    cell, v.toString(), MAX_FIGURE.toPlainString(), String.valueOf(MAX_FIGURE_DECIMALS)).at(field);
        }
        return v;
    }
}
