package org.nianbao.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A project file that cannot be opened or saved. Carries a message key so the user reads the reason
 * in her language; the file itself is never modified when this is thrown.
 */
public class ProjectFileException extends Exception implements org.nianbao.model.UserError {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public ProjectFileException(String key, String englishMessage, Throwable cause, Object... args) {
        super(englishMessage, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public static ProjectFileException of(String key, Path file, String englishMessage, Throwable cause, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = file.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        return new ProjectFileException(key, file + ": " + englishMessage, cause, args);
    }

    /** True when the file could not be reached or written, or another program holds or changed it (exit code 3), false when its content is at fault (1). */
    public boolean isIoFailure() {
        return key.equals("store.error.notFound") || key.equals("store.error.accessDenied")
                || key.equals("store.error.read") || key.equals("store.error.write")
                || key.equals("store.error.locked") || key.equals("store.error.changedOnDisk");
    }

    @Override
    public boolean isFileProblem() {
        return isIoFailure();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
