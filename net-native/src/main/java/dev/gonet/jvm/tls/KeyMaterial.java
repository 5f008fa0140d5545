package dev.gonet.jvm.tls;

import dev.gonet.tls.PEM;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * PEM text to JDK objects, with the checks and error texts of Go's {@code tls.X509KeyPair}
 * and {@code x509.CertPool.AppendCertsFromPEM}.
 */
final class KeyMaterial {
    /** Key algorithms tried on a PKCS#8 key, whose algorithm the JDK makes us name. */
    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS"};

    /** A certificate chain (leaf first) and the leaf's private key. */
    record Pair(X509Certificate[] chain, PrivateKey key) {
    }

    private KeyMaterial() {
    }

    /** Go's X509KeyPair, second half: parse the chain and the key and check they belong together. */
    static Pair load(TLSConfig.Certificate c) throws TLSException {
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] der : c.chainDER()) {
            chain.add(parse(der));
        }
        PrivateKey key = parseKey(c.keyBlock().bytes());
        checkMatch(chain.get(0).getPublicKey(), key);
        return new Pair(chain.toArray(new X509Certificate[0]), key);
    }

    /** The certificates of a CA bundle; like Go's AppendCertsFromPEM, unparsable blocks are skipped. */
    static List<X509Certificate> bundle(String pem, String what) throws TLSException {
        List<X509Certificate> certs = new ArrayList<>();
        for (PEM.Block b : PEM.decode(pem)) {
            if (b.type().equals("CERTIFICATE") && b.headers().isEmpty()) {
                try {
                    certs.add(parse(b.bytes()));
                } catch (TLSException skipped) {
                    // Go skips a block it cannot parse; the bundle fails only if nothing is left.
                }
            }
        }
        if (certs.isEmpty()) {
            throw new TLSException("tls: no valid certificates in " + what + " PEM");
        }
        return certs;
    }

    static X509Certificate parse(byte[] der) throws TLSException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new TLSException("x509: malformed certificate", e);
        }
    }

    /** Go's parsePrivateKey: PKCS#8, PKCS#1 or SEC1, whatever the PEM label says. */
    static PrivateKey parseKey(byte[] der) throws TLSException {
        PrivateKey k = pkcs8(der);
        if (k == null) {
            try {
                k = pkcs8(Der.pkcs8FromPkcs1(der));
            } catch (IllegalArgumentException notPkcs1) {
                k = null;
            }
        }
        if (k == null) {
            try {
                k = pkcs8(Der.pkcs8FromSec1(der));
            } catch (IllegalArgumentException notSec1) {
                k = null;
            }
        }
        if (k == null) {
            throw new TLSException("tls: failed to parse private key");
        }
        return k;
    }

    private static PrivateKey pkcs8(byte[] der) {
        for (String alg : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException wrongAlgorithm) {
                // try the next algorithm
            }
        }
        return null;
    }

    /** Go's X509KeyPair key/certificate match, with its texts. */
    static void checkMatch(PublicKey pub, PrivateKey key) throws TLSException {
        String family = family(pub.getAlgorithm());
        if (family == null) {
            throw new TLSException("tls: unknown public key algorithm");
        }
        if (!family.equals(family(key.getAlgorithm()))) {
            throw new TLSException("tls: private key type does not match public key type");
        }
        boolean match;
        if (family.equals("RSA")) {
            match = pub instanceof RSAPublicKey rp && key instanceof RSAPrivateKey rk
                    && rp.getModulus().equals(rk.getModulus());
        } else {
            match = signs(family.equals("EC") ? "SHA256withECDSA" : key.getAlgorithm(), pub, key);
        }
        if (!match) {
            throw new TLSException("tls: private key does not match public key");
        }
    }

    /** RSA, EC or EdDSA; null for anything Go would not take either. */
    static String family(String algorithm) {
        switch (algorithm) {
            case "RSA":
            case "RSASSA-PSS":
                return "RSA";
            case "EC":
                return "EC";
            case "EdDSA":
            case "Ed25519":
            case "Ed448":
                return "EdDSA";
            default:
                return null;
        }
    }

    /** Whether a signature by {@code key} verifies with {@code pub}: the pair belongs together. */
    private static boolean signs(String algorithm, PublicKey pub, PrivateKey key) {
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(algorithm);
            v.initVerify(pub);
            v.update(probe);
            return v.verify(sig);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
