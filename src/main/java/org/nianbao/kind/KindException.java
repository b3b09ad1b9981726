package org.nianbao.kind;

/** A report-kind file that cannot be used; names the file and the field at fault. */
public class KindException extends RuntimeException implements org.nianbao.model.UserError {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String field;

    public KindException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    @Override
    public String key() {
        return "kind.error.invalid";
    }

    @Override
    public Object[] args() {
        return new Object[] {file, field, getMessage()};
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
