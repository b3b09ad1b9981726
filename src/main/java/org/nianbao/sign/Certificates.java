package org.nianbao.sign;

import com.itextpdf.signatures.CertificateInfo;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;

/** Facts about an X.509 certificate as the sign and verify reports show them. */
final class Certificates {
    private Certificates() {
    }

    /** The subject's common name (e.g. the school's name), else the whole subject. */
    static String commonName(X509Certificate cert) {
        try {
            String cn = CertificateInfo.getSubjectFields(cert).getField("CN");
            if (cn != null && !cn.isBlank()) {
                return cn;
            }
        } catch (RuntimeException e) {
            // An unusual subject encoding: fall back to the distinguished name below.
        }
        return subject(cert);
    }

    static String subject(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    static String issuer(X509Certificate cert) {
        return cert.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    /** Issued by itself: same name as subject and issuer, and its own key verifies it. */
    static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
