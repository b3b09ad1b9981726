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

    /**
     * A valid file may still need more memory than this Java was given: that is said as such (with the
     * memory there was and how to run with more), never as a damaged file the department should resend.
     */
    public static WorkbookRefusal outOfMemory(long fileBytes, Throwable cause) {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new WorkbookRefusal(OUT_OF_MEMORY, "the workbook needs more memory than this Java has", cause,
                String.valueOf(Math.max(1, (fileBytes + (1 << 20) - 1) >> 20)), String.valueOf(heapMb), String.valueOf(suggestedHeapMb(heapMb)));
    }

    /** The message key of {@link #outOfMemory}: the command line exits 3 (I/O) on it, as for any resource it lacks. */
    public static final String OUT_OF_MEMORY = "intake.file.outOfMemory";

    /** Four times the memory there was, in steps of 512 MB, at least 2 GB. */
    static long suggestedHeapMb(long heapMb) {
        return Math.max(2048, (heapMb * 4 + 511) / 512 * 512);
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
