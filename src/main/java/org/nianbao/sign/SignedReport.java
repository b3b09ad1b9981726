package org.nianbao.sign;

import java.nio.file.Path;
import java.time.ZonedDateTime;

/**
 * The outcome of a signing.
 *
 * @param fieldName          the new signature field, e.g. Signature2
 * @param earlierSignatures  signatures the input already had (kept valid: the new one is appended)
 * @param certificate        whether the certificate was valid at signing time (not VALID only with
 *                           {@link SignatureRequest#allowInvalidCertificate()})
 * @param appearancePage     page of the visible appearance, 0 when invisible
 */
public record SignedReport(Path file, String fieldName, String signer, ZonedDateTime signedAt, int earlierSignatures,
                           SigningKey.Validity certificate, int appearancePage) {
}
