package org.nianbao.workspace;

import org.nianbao.model.UserError;

/** A file or text given as a form table that cannot be read as one (no such file, a sheet no table matches). */
public final class TableSourceException extends Exception implements UserError {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public TableSourceException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = args;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args;
    }

    /** The user's file is at fault (exit 3), as for a workbook refused at import. */
    @Override
    public boolean isFileProblem() {
        return true;
    }
}
