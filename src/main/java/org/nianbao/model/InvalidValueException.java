package org.nianbao.model;

import java.util.List;

/**
 * A value the user typed or a file held that the model cannot accept. Carries a message key and
 * arguments so the CLI and the UI can say it in the user's language; {@link #getMessage()} is the
 * English fallback for logs.
 */
public class InvalidValueException extends IllegalArgumentException implements UserError {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;
    private final String field;

    public InvalidValueException(String key, String englishMessage, Object... args) {
        this(null, key, englishMessage, args);
    }

    private InvalidValueException(String field, String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = List.of(args);
        this.field = field;
    }

    /** The same refusal, naming the field of the object being built that holds the value ({@code category}, {@code itemMarks.99999}). */
    public InvalidValueException at(String fieldName) {
        InvalidValueException e = new InvalidValueException(fieldName, key, getMessage(), args.toArray());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The field that holds the refused value, as project.json names it, or empty when the whole object is at fault. */
    public String field() {
        return field == null ? "" : field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
