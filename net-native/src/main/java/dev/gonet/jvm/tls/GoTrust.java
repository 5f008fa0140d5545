package dev.gonet.jvm.tls;

import dev.gonet.tls.TLSException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust managers that verify as JSSE does (PKIX; hostname through the engine's
 * {@code HTTPS} endpoint identification) but fail with Go's words, in Go's order (leaf validity,
 * then name, then chain), and refuse what Go refuses and JSSE accepts: a server certificate
 * whose name is only in the Common Name (Go stopped accepting that in 1.15).
 */
final class GoTrust {
    /** What Go prefixes every verification failure with ({@code tls.CertificateVerificationError}). */
    static final String VERIFY_PREFIX = "tls: failed to verify certificate: ";

    private GoTrust() {
    }

    /** A verification failure whose message is already Go's full text. */
    static final class GoCertificateException extends CertificateException {
        GoCertificateException(String goText, Throwable cause) {
            super(goText, cause);
        }
    }

    /** Accepts everything: Go's InsecureSkipVerify, and client certificates that are only requested. */
    static X509ExtendedTrustManager trustAll() {
        return new Verifying(null, false);
    }

    /**
     * Verifies against {@code roots} ({@code null}: the JDK's default trust store, Go's system
     * roots); {@code goNameCheck} (clients): check the leaf's validity and name by Go's rules
     * first, so failures come in Go's order and CN-only certificates are refused.
     */
    static X509ExtendedTrustManager verifying(List<X509Certificate> roots, boolean goNameCheck) throws TLSException {
        try {
            KeyStore store = null;
            if (roots != null) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                for (int i = 0; i < roots.size(); i++) {
                    store.setCertificateEntry("root" + i, roots.get(i));
                }
            }
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(store);
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return new Verifying(x, goNameCheck);
                }
            }
            throw new TLSException("tls: the JDK offers no X509ExtendedTrustManager");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new TLSException("tls: cannot set up certificate verification: " + e.getMessage(), e);
        }
    }

    /** Go's wording for a JSSE verification failure of {@code chain} (for {@code host}, if any). */
    static CertificateException translate(CertificateException e, X509Certificate[] chain, String host) {
        if (e instanceof GoCertificateException) {
            return e;
        }
        String x509;
        if (has(e, CertificateExpiredException.class) || has(e, CertificateNotYetValidException.class)
                || reason(e) == CertPathValidatorException.BasicReason.EXPIRED
                || reason(e) == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            x509 = expired(chain);
        } else if (has(e, CertPathBuilderException.class) || text(e).contains("unable to find valid certification path")
                || text(e).contains("does not chain with any of the trust anchors")
                || reason(e) == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
            // The last two: a CA of the right name but another key. Go says the same, adding
            // "(possibly because of ... while trying to verify candidate authority ...)".
            x509 = "x509: certificate signed by unknown authority";
        } else if (host != null && (text(e).contains("No subject alternative") || text(e).contains("No name matching"))) {
            x509 = GoHostname.error(chain[0], host);
        } else {
            x509 = "x509: " + e.getMessage();
        }
        return new GoCertificateException(VERIFY_PREFIX + x509, e);
    }

    /** Go's CertificateInvalidError{Expired}: names the first certificate outside its validity. */
    static String expired(X509Certificate[] chain) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (X509Certificate c : chain) {
            if (now.isAfter(c.getNotAfter().toInstant())) {
                return "x509: certificate has expired or is not yet valid: current time " + now + " is after "
                        + c.getNotAfter().toInstant();
            }
            if (now.isBefore(c.getNotBefore().toInstant())) {
                return "x509: certificate has expired or is not yet valid: current time " + now + " is before "
                        + c.getNotBefore().toInstant();
            }
        }
        return "x509: certificate has expired or is not yet valid";
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (int i = 0; t != null && i < 16; i++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static CertPathValidatorException.Reason reason(Throwable t) {
        for (int i = 0; t != null && i < 16; i++, t = t.getCause()) {
            if (t instanceof CertPathValidatorException v) {
                return v.getReason();
            }
        }
        return null;
    }

    private static String text(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; t != null && i < 16; i++, t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /** Delegates to JSSE's PKIX trust manager ({@code null}: trust all) and translates its failures. */
    private static final class Verifying extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager pkix;
        private final boolean goNameCheck;

        Verifying(X509ExtendedTrustManager pkix, boolean goNameCheck) {
            this.pkix = pkix;
            this.goNameCheck = goNameCheck;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            if (pkix == null) {
                return;
            }
            String host = engine == null ? null : engine.getPeerHost();
            if (goNameCheck && host != null && chain.length > 0) {
                // Go's order: the leaf's validity period, then its names, then the chain; and
                // Go's name rules (no Common Name fallback). JSSE's identification still runs below.
                try {
                    chain[0].checkValidity();
                } catch (CertificateException e) {
                    throw new GoCertificateException(VERIFY_PREFIX + expired(chain), e);
                }
                if (!GoHostname.verify(chain[0], host)) {
                    throw new GoCertificateException(VERIFY_PREFIX + GoHostname.error(chain[0], host), null);
                }
            }
            try {
                pkix.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw translate(e, chain, host);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            if (pkix == null) {
                return;
            }
            try {
                pkix.checkClientTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw translate(e, chain, null);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType, (SSLEngine) null);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkClientTrusted(chain, authType, (SSLEngine) null);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checkServerTrusted(chain, authType, (SSLEngine) null);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checkClientTrusted(chain, authType, (SSLEngine) null);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pkix == null ? new X509Certificate[0] : pkix.getAcceptedIssuers();
        }
    }
}
