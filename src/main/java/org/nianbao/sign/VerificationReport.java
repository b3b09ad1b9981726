package org.nianbao.sign;

import java.nio.file.Path;
import java.util.List;

/** Every signature of a PDF, oldest first, and the verdict. */
public record VerificationReport(Path file, List<SignatureReport> signatures) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    /**
     * At least one signature, every one intact, and the last one covering the whole file (so nothing
     * was changed after it; earlier ones cover only their own revision, as appended signatures do).
     */
    public boolean valid() {
        if (signatures.isEmpty()) {
            return false;
        }
        return signatures.stream().allMatch(SignatureReport::intact) && last().coversWholeDocument();
    }

    public SignatureReport last() {
        return signatures.get(signatures.size() - 1);
    }
}
