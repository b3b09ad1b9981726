package org.nianbao.sign;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Throw-away signing keys made in code: a self-signed certificate (BouncyCastle's certificate
 * builder, the JDK's own providers) in a PKCS#12 file, as a school's .p12/.pfx would be.
 */
public final class TestKeys {
    public static final String PASSWORD = "Unit p12-pass!";
    static final String SCHOOL = "东瓯职业技术学院";
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static KeyPair shared;

    private TestKeys() {
    }

    /** A key valid from a year ago to a year ahead. */
    public static Path valid(Path dir, String fileName) throws Exception {
        Instant now = Instant.now();
        return p12(dir.resolve(fileName), "nianbao", "CN=" + SCHOOL + ",O=" + SCHOOL + ",C=CN",
                now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)));
    }

    static Path expired(Path dir) throws Exception {
        Instant now = Instant.now();
        return p12(dir.resolve("expired.p12"), "nianbao", "CN=" + SCHOOL + "（旧证书）,C=CN",
                now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(35)));
    }

    static Path notYetValid(Path dir) throws Exception {
        Instant now = Instant.now();
        return p12(dir.resolve("future.p12"), "nianbao", "CN=" + SCHOOL + "（新证书）,C=CN",
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(800)));
    }

    static Path p12(Path file, String alias, String subject, Instant notBefore, Instant notAfter) throws Exception {
        KeyPair pair = keyPair();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, pair.getPrivate(), PASSWORD.toCharArray(),
                new Certificate[] {certificate(pair, subject, notBefore, notAfter)});
        write(store, file);
        return file;
    }

    /** Two keys in one store: the signer must name one with --alias. */
    static Path twoKeys(Path file) throws Exception {
        Instant now = Instant.now();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : new String[] {"office", "president"}) {
            KeyPair pair = keyPair();
            store.setKeyEntry(alias, pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {
                    certificate(pair, "CN=" + SCHOOL + " " + alias + ",C=CN", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)))});
        }
        write(store, file);
        return file;
    }

    /** A store with a certificate only, as exported without "export the private key". */
    static Path certificateOnly(Path file) throws Exception {
        Instant now = Instant.now();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("nianbao", certificate(keyPair(), "CN=" + SCHOOL + ",C=CN",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
        write(store, file);
        return file;
    }

    private static void write(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    /** RSA key generation is the slow part; the certificates differ, which is what the tests need. */
    private static synchronized KeyPair keyPair() throws Exception {
        if (shared == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            shared = generator.generateKeyPair();
        }
        return shared;
    }

    static KeyPair freshKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static X509Certificate certificate(KeyPair pair, String subject, Instant notBefore, Instant notAfter) throws Exception {
        X500Name name = new X500Name(subject);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(notBefore), Date.from(notAfter), name, pair.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}
