package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.check.Finding;
import org.nianbao.sign.SignedReport;
import org.nianbao.sign.SigningKey;

/**
 * What an export did: refused for the errors in {@code blocking} (nothing written), or wrote {@code written} (in the
 * order PDF, DOCX, workbook), signed when {@code signed} is not null, with the key that signed it.
 */
public record ExportResult(List<Finding> blocking, List<Path> written, SignedReport signed, SigningKey key) {
    public ExportResult {
        blocking = List.copyOf(blocking);
        written = List.copyOf(written);
    }

    /** Whether the files were written (a final export with errors standing writes nothing). */
    public boolean exported() {
        return blocking.isEmpty();
    }
}
