package org.nianbao.intake;

/**
 * A file that cannot be read as a workbook at all (encrypted, corrupt, empty, an HTML page or a CSV
 * saved as .xls …). Carries the issue code and message arguments; nothing is imported from it.
 */
public final class WorkbookRefusal extends Exception implements org.nianbao.model.UserError {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Object[] args;

    public WorkbookRefusal(String code, String englishMessage, Throwable cause, Object... args) {
        super(englishMessage, cause);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    @Override
    public String key() {
        return code;
    }

    /** The department's file cannot be read as a workbook. */
    @Override
    public boolean isFileProblem() {
        return true;
    }

    public Object[] args() {
        return args;
    }
}
