package org.nianbao.check;

/**
 * A holiday file that cannot be used. Names the file and what is wrong in it (line and field,
 * e.g. {@code line 22, days[3].date: "2027-02-30" is not a date}), because users add these files
 * by hand and must be able to find the mistake.
 */
public class HolidayCalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String detail;

    public HolidayCalendarException(String file, String detail) {
        super(file + ": " + detail);
        this.file = file;
        this.detail = detail;
    }

    /** The user file's path, or the bundled resource's name. */
    public String file() {
        return file;
    }

    /** Where in the file and what is wrong, without the file name. */
    public String detail() {
        return detail;
    }
}
