package org.nianbao.check;

import java.util.List;
import java.util.Locale;

/**
 * Something a reviewer would object to, with where it is and the text or value at fault.
 *
 * @param code     stable, also the message key (e.g. {@code check.prose.malformedDate})
 * @param location where to look: {@code section:<id>@<offset>}, {@code opening@<offset>},
 *                 {@code record:<file>/<sheet>/<row>}, {@code application:<file>/<sheet>/<row>},
 *                 {@code item:<n>}, {@code table:<id>/<row>/<column>} (a cell of a hand-entered form table),
 *                 {@code signature}, {@code contact}, {@code project}
 * @param excerpt  the offending text or value, quoted to the user
 * @param args     arguments of the message
 * @param overrideReason the secretary's reason when she accepted this error, else empty
 * @param fix      the one unambiguous correction, or null when there is none (or more than one)
 */
public record Finding(Severity severity, String code, String location, String excerpt, List<String> args,
                      String overrideReason, Fix fix) {
    public enum Severity {
        ERROR, WARNING, INFO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Replace {@code replace}, which stands at {@code offset} of the prose {@code part} (a location
     * without its offset, e.g. {@code section:overview}), with {@code with}; or a form table's cell
     * ({@code table:3/2/total}, offset 0) written {@code replace} (empty when blank) with {@code with} (empty clears it). Applied only while that
     * text is still there, so a fix never touches text the user did not see named.
     */
    public record Fix(String part, int offset, String replace, String with) {
        public Fix {
            // A form table's cell ({@code table:<id>/<row>/<column>}) may be blank before the fix fills it.
            if (offset < 0 || replace.isEmpty() && !(org.nianbao.model.Location.parse(part) instanceof org.nianbao.model.Location.Table) || replace.equals(with)) {
                throw new IllegalArgumentException("not a fix: " + offset + " \"" + replace + "\" → \"" + with + "\"");
            }
        }
    }

    public Finding {
        args = List.copyOf(args);
        overrideReason = overrideReason == null ? "" : overrideReason;
    }

    public static Finding of(Severity severity, String code, String location, String excerpt, Object... args) {
        return new Finding(severity, code, location, excerpt == null ? "" : excerpt,
                java.util.Arrays.stream(args).map(String::valueOf).toList(), "", null);
    }

    /** This finding with its correction. */
    public Finding withFix(Fix correction) {
        return new Finding(severity, code, location, excerpt, args, overrideReason, correction);
    }

    public boolean fixable() {
        return fix != null;
    }

    public boolean overridden() {
        return !overrideReason.isEmpty();
    }

    /** An error that blocks export: not overridden. */
    public boolean blocking() {
        return severity == Severity.ERROR && !overridden();
    }

    public Object[] argArray() {
        return args.toArray();
    }

    Finding withOverride(String reason) {
        return new Finding(severity, code, location, excerpt, args, reason, fix);
    }
}
