package org.nianbao.sign;

import java.time.Instant;

/**
 * What {@code verify} finds about one signature.
 *
 * @param field               the signature field's name, e.g. Signature1
 * @param signer              the signing certificate's subject (RFC 2253)
 * @param signerName          its common name, e.g. the school's name
 * @param signingTime         the time the signer's computer claimed (no time stamp in baseline B); null if absent
 * @param revision            the document revision this signature closes (1 = the first)
 * @param coversWholeDocument nothing was appended after this signature
 * @param intact              the signed bytes are unchanged and the signature value matches the certificate's key
 * @param problem             why it is not intact (an English technical message), null when intact
 * @param certificate         the signing certificate's facts
 */
public record SignatureReport(String field, String signer, String signerName, Instant signingTime, String reason,
                              String location, int revision, int totalRevisions, boolean coversWholeDocument,
                              boolean intact, String problem, CertificateFacts certificate) {

    /**
     * @param validAtSigningTime the signing time lies within notBefore … notAfter
     * @param selfSigned         issued by itself: proves integrity, not who signed
     */
    public record CertificateFacts(String subject, String issuer, String serialNumber, Instant notBefore,
                                   Instant notAfter, boolean validAtSigningTime, boolean selfSigned) {
    }
}
