package org.nianbao.sign;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the signatures of a PDF offline: each one's integrity (the signed byte ranges hash to the
 * signed digest and the signature value matches the certificate's key), whether it covers the whole
 * file, and the signing certificate's facts. It does not judge trust in the issuing CA.
 */
public final class SignatureVerifier {

    public VerificationReport verify(Path pdf) throws SignException {
        byte[] bytes = PdfBytes.read(pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            SignatureUtil util = new SignatureUtil(doc);
            List<SignatureReport> reports = new ArrayList<>();
            for (String name : util.getSignatureNames()) {
                reports.add(check(util, name));
            }
            reports.sort(Comparator.comparingInt(SignatureReport::revision));
            return new VerificationReport(pdf, reports);
        } catch (IOException | RuntimeException e) {
            throw SignException.input("sign.error.unreadablePdf", e, pdf.toString(), String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            // iText parses nested arrays and dictionaries recursively: 100,000 levels in a few hundred KB exhaust the stack.
            throw SignException.input("sign.error.pdfTooDeep", null, pdf.toString());
        } catch (AssertionError e) {
            // iText asserts what a well-formed file guarantees (a dictionary key, PdfDictionary.put); a damaged
            // file breaks that where assertions are on. It is the file that is wrong (found by ProjectFilesFuzzTest).
            throw SignException.input("sign.error.unreadablePdf", null, pdf.toString(), "damaged structure");
        }
    }

    private static SignatureReport check(SignatureUtil util, String name) {
        int revision = util.getRevision(name);
        int total = util.getTotalRevisions();
        boolean whole = util.signatureCoversWholeDocument(name);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            // The signature's /Contents is damaged or not a CMS structure: nothing more to say about it.
            return new SignatureReport(name, "", "", null, null, null, revision, total, whole, false,
                    String.valueOf(e.getMessage()), null);
        }
        boolean intact;
        String problem = null;
        try {
            intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            if (!intact) {
                problem = "the signed bytes or the signature value do not match";
            }
        } catch (Exception e) {
            intact = false;
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        X509Certificate cert = pkcs7.getSigningCertificate();
        Calendar signDate = pkcs7.getSignDate();
        Instant signedAt = signDate == null ? null : signDate.toInstant();
        SignatureReport.CertificateFacts facts = null;
        String subject = "";
        String signerName = "";
        if (cert != null) {
            subject = Certificates.subject(cert);
            signerName = Certificates.commonName(cert);
            Instant notBefore = cert.getNotBefore().toInstant();
            Instant notAfter = cert.getNotAfter().toInstant();
            boolean validThen = signedAt != null && !signedAt.isBefore(notBefore) && !signedAt.isAfter(notAfter);
            facts = new SignatureReport.CertificateFacts(subject, Certificates.issuer(cert),
                    cert.getSerialNumber().toString(16), notBefore, notAfter, validThen, Certificates.selfSigned(cert));
        }
        return new SignatureReport(name, subject, signerName, signedAt, emptyToNull(pkcs7.getReason()),
                emptyToNull(pkcs7.getLocation()), revision, total, whole, intact, problem, facts);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
