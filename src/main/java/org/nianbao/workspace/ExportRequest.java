package org.nianbao.workspace;

import java.nio.file.Path;
import java.util.function.Function;
import org.nianbao.check.Finding;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureRequest;
import org.nianbao.sign.SigningKey;

/**
 * What to export, as the command line and the app both ask for it (the one export, {@link ProjectSession#export}).
 *
 * @param pdf       the PDF to write, or null
 * @param docx      the DOCX to write, or null
 * @param workbook  the consolidated records workbook to write beside them, or null
 * @param draft     a draft: exported whatever the checks say, marked 草稿 on every page with the open findings listed
 * @param describe  how a finding reads in the draft's list (the front end's words)
 * @param key       opens the signing key, asked only once the checks pass (a password prompt comes after the
 *                  checks); null for no signature
 * @param signature how to sign (reason, place, visible appearance); used with {@code key}
 * @param attachRecords the PDF also carries the consolidated records workbook, for the archive
 *                      ({@code export --attach-records})
 */
public record ExportRequest(Path pdf, Path docx, Path workbook, boolean draft, Function<Finding, String> describe,
                            KeyOpener key, SignatureRequest signature, boolean attachRecords) {

    /** Opens the signing key when it is needed (may ask for a password). */
    @FunctionalInterface
    public interface KeyOpener {
        SigningKey open() throws SignException;
    }

    public ExportRequest {
        if (pdf == null && docx == null && workbook == null) {
            throw new IllegalArgumentException("nothing to export");
        }
        if (key != null && (draft || pdf == null)) {
            throw new IllegalArgumentException("a signature needs a final PDF");
        }
        describe = describe == null ? Finding::code : describe;
        signature = signature == null ? new SignatureRequest(null, null, false, false) : signature;
        if (attachRecords && pdf == null) {
            throw new IllegalArgumentException("the records workbook is attached to a PDF");
        }
    }

    /** A final or draft PDF and/or DOCX, not signed. */
    public static ExportRequest of(Path pdf, Path docx, boolean draft, Function<Finding, String> describe) {
        return new ExportRequest(pdf, docx, null, draft, describe, null, null, false);
    }
}
