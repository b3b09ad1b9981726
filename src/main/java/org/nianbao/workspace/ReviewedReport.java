package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.check.Finding;

/**
 * One report of a reviewer's folder, as the summary shows it: what was read and found, or why it
 * could not be read.
 *
 * @param signature {@code none}, {@code valid} or {@code invalid} for a PDF; {@code ""} for other formats
 * @param problemKey   the message key why the file could not be read, or empty when it was read
 */
public record ReviewedReport(Path file, String institution, String year, String kindId, int parts, int errors, int warnings,
                             String signature, List<Finding> findings, String problemKey, List<Object> problemArgs) {
    public ReviewedReport {
        findings = List.copyOf(findings);
        problemArgs = List.copyOf(problemArgs);
    }

    public boolean read() {
        return problemKey.isEmpty();
    }

    /** The message key of {@link #signature}: review.signature.none / valid / invalid, or empty. */
    public String signatureKey() {
        return switch (signature) {
            case "none" -> "review.signature.none";
            case "valid" -> "review.signature.valid";
            case "invalid" -> "review.signature.invalid";
            default -> "";
        };
    }

    /** The first errors, for the summary row. */
    public List<Finding> firstErrors(int n) {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).limit(n).toList();
    }
}
