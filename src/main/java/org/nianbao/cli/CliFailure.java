package org.nianbao.cli;

/** A refusal the command itself decided on, with its message key and exit code. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;
    private final int exitCode;

    CliFailure(int exitCode, String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
        this.exitCode = exitCode;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }

    int exitCode() {
        return exitCode;
    }
}
