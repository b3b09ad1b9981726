/**
 * PAdES signing and verification of the exported report (DESIGN.md §10, issue 6).
 *
 * <p>{@link org.nianbao.sign.SigningKey} opens a PKCS#12 (.p12/.pfx) key store as a CA's tool or the
 * Windows certificate store exports it; {@link org.nianbao.sign.ReportSigner} adds a PAdES baseline-B
 * signature (iText's {@code PdfPadesSigner}) in append mode, so earlier signatures stay valid and a
 * PDF/A-3b report stays PDF/A-3b; {@link org.nianbao.sign.SignatureVerifier} reports, per signature,
 * who signed, when, whether it is intact and whether it covers the whole file.
 *
 * <p>Choices written down here because the issue left them open:
 * <ul>
 *   <li>Passwords arrive as {@code char[]} and are never kept by this package; the caller wipes them.</li>
 *   <li>A certificate outside its validity period is refused unless the caller allows it
 *       ({@code --allow-expired}); trust in the issuing CA is not judged here (no network, no trust
 *       store): {@code verify} says whether a certificate is self-signed and leaves trust to the reader's
 *       PDF viewer.</li>
 *   <li>The visible appearance goes on the page of the signature block (the last page whose lowest
 *       line is a date alone, as GB/T 9704 ends the text; else the last page), in the free part of the
 *       type area nearest the date (below or beside it), found from where the page actually draws
 *       text, lines, images and annotations; its labels follow the document's language
 *       ({@code /Lang}).</li>
 *   <li>A document is "valid" when it has at least one signature, every signature is intact and the
 *       last one covers the whole file (nothing was appended after it).</li>
 * </ul>
 */
package org.nianbao.sign;
