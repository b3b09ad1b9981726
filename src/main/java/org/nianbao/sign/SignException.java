package org.nianbao.sign;

import java.util.List;

/**
 * A refusal to sign or verify that the user must see: a message key of the messages bundle, its
 * arguments, and whether the cause was reaching a file (exit code 3) or its content (1).
 */
public final class SignException extends Exception implements org.nianbao.model.UserError {
    @Override
    public boolean isFileProblem() {
        return isIoFailure();
    }

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;
    private final boolean ioFailure;

    private SignException(boolean ioFailure, String key, Throwable cause, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
        this.ioFailure = ioFailure;
    }

    /** The content is at fault: wrong password, not a PDF, expired certificate … */
    static SignException input(String key, Throwable cause, Object... args) {
        return new SignException(false, key, cause, args);
    }

    /** A file could not be reached: missing, unreadable, not writable. */
    static SignException io(String key, Throwable cause, Object... args) {
        return new SignException(true, key, cause, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    public boolean isIoFailure() {
        return ioFailure;
    }
}
