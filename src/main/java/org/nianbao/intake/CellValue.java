package org.nianbao.intake;

/**
 * One cell as read from a workbook, before any rule is applied. Formulas arrive as their cached
 * result. {@code DATE} is a number in a date format (an Excel serial in the workbook's date system).
 */
public record CellValue(Type type, String text, double number) {
    public enum Type { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static CellValue text(String s) {
        return new CellValue(Type.TEXT, s, 0);
    }

    public static CellValue number(double n, boolean dateFormatted) {
        return new CellValue(dateFormatted ? Type.DATE : Type.NUMBER, null, n);
    }

    /** The value as a person reads it in the cell, for messages and text fields. */
    public String display() {
        return switch (type) {
            case TEXT, BOOLEAN, ERROR -> text == null ? "" : text;
            case NUMBER, DATE -> number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number) : Double.toString(number);
        };
    }

    public boolean isBlank() {
        return (type == Type.TEXT || type == Type.ERROR) && (text == null || text.isBlank());
    }
}
