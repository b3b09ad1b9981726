package org.nianbao.published;

import java.util.List;

/** A published report that cannot be read; carries a message key so the user reads why in her language. */
public class PublishedReportException extends Exception implements org.nianbao.model.UserError {
    /** The user's file cannot be read as a report. */
    @Override
    public boolean isFileProblem() {
        return true;
    }

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public PublishedReportException(String key, String englishMessage, Throwable cause, Object... args) {
        super(englishMessage, cause);
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
