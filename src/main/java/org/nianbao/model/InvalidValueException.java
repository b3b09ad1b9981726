package org.nianbao.model;

import java.util.List;

/**
 * A value the user typed or a file held that the model cannot accept. Carries a message key and
 * arguments so the CLI and the UI can say it in the user's language; {@link #getMessage()} is the
 * English fallback for logs.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public InvalidValueException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
