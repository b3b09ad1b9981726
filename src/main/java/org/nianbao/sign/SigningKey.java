package org.nianbao.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A private key and its certificate chain, opened from a PKCS#12 file (.p12/.pfx) such as a CA's
 * tool or the Windows certificate store ("export with private key") writes. Holds no password.
 */
public final class SigningKey {
    private final String alias;
    private final PrivateKey privateKey;
    private final X509Certificate[] chain;

    private SigningKey(String alias, PrivateKey privateKey, X509Certificate[] chain) {
        this.alias = alias;
        this.privateKey = privateKey;
        this.chain = chain;
    }

    /** Whether the signing certificate may be used at a moment. */
    public enum Validity { VALID, EXPIRED, NOT_YET_VALID }

    /**
     * Opens the key store and picks the key: the one named by {@code alias}, or the only key it holds.
     * The password is read, not kept; the caller wipes it.
     *
     * @param alias null to take the only private key in the store
     */
    public static SigningKey load(Path keystore, char[] password, String alias) throws SignException {
        byte[] bytes = readKeystore(keystore);
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw SignException.input("sign.error.wrongPassword", e, keystore.toString());
            }
            throw SignException.input("sign.error.notAKeystore", e, keystore.toString());
        } catch (GeneralSecurityException e) {
            throw SignException.input("sign.error.notAKeystore", e, keystore.toString());
        }
        try {
            String chosen = choose(store, keystore, alias);
            Key key = store.getKey(chosen, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw SignException.input("sign.error.noPrivateKey", null, keystore.toString());
            }
            Certificate[] certs = store.getCertificateChain(chosen);
            if (certs == null || certs.length == 0) {
                throw SignException.input("sign.error.noCertificate", null, keystore.toString(), chosen);
            }
            X509Certificate[] chain = new X509Certificate[certs.length];
            for (int i = 0; i < certs.length; i++) {
                if (!(certs[i] instanceof X509Certificate x)) {
                    throw SignException.input("sign.error.noCertificate", null, keystore.toString(), chosen);
                }
                chain[i] = x;
            }
            return new SigningKey(chosen, privateKey, chain);
        } catch (UnrecoverableKeyException e) {
            // A store whose key has its own password, different from the store's.
            throw SignException.input("sign.error.wrongPassword", e, keystore.toString());
        } catch (GeneralSecurityException e) {
            throw SignException.input("sign.error.notAKeystore", e, keystore.toString());
        }
    }

    /** A PKCS#12 file with a key and its chain is a few KB; a CA bundle perhaps a few hundred. */
    static final long MAX_KEYSTORE_BYTES = 4L * 1024 * 1024;

    private static byte[] readKeystore(Path keystore) throws SignException {
        try {
            if (Files.size(keystore) > MAX_KEYSTORE_BYTES) {
                throw SignException.input("sign.error.keystoreTooLarge", null, keystore.toString(),
                        String.valueOf(Files.size(keystore) / (1024 * 1024)), String.valueOf(MAX_KEYSTORE_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(keystore);
        } catch (NoSuchFileException e) {
            throw SignException.io("sign.error.keystoreMissing", e, keystore.toString());
        } catch (AccessDeniedException e) {
            throw SignException.io("sign.error.keystoreUnreadable", e, keystore.toString(), "access denied");
        } catch (IOException e) {
            throw SignException.io("sign.error.keystoreUnreadable", e, keystore.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static String choose(KeyStore store, Path keystore, String alias) throws GeneralSecurityException, SignException {
        List<String> keys = new ArrayList<>();
        List<String> all = Collections.list(store.aliases());
        for (String a : all) {
            if (store.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        if (alias != null) {
            // PKCS#12 aliases are case-insensitive in the JDK; compare the same way.
            for (String a : all) {
                if (a.equalsIgnoreCase(alias)) {
                    if (!store.isKeyEntry(a)) {
                        throw SignException.input("sign.error.aliasWithoutKey", null, alias, keystore.toString());
                    }
                    return a;
                }
            }
            throw SignException.input("sign.error.aliasNotFound", null, alias, keystore.toString(),
                    keys.isEmpty() ? "—" : String.join(", ", keys));
        }
        if (keys.isEmpty()) {
            throw SignException.input("sign.error.noPrivateKey", null, keystore.toString());
        }
        if (keys.size() > 1) {
            throw SignException.input("sign.error.severalKeys", null, keystore.toString(), String.join(", ", keys));
        }
        return keys.get(0);
    }

    public String alias() {
        return alias;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate first, then its issuers as the key store holds them. */
    public X509Certificate[] chain() {
        return chain.clone();
    }

    public X509Certificate certificate() {
        return chain[0];
    }

    /** The signer's name as people read it: the certificate's CN, else its whole subject. */
    public String signerName() {
        return Certificates.commonName(certificate());
    }

    public Validity validityAt(Instant when) {
        X509Certificate c = certificate();
        Date at = Date.from(when);
        if (at.before(c.getNotBefore())) {
            return Validity.NOT_YET_VALID;
        }
        if (at.after(c.getNotAfter())) {
            return Validity.EXPIRED;
        }
        return Validity.VALID;
    }
}
