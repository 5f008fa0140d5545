package dev.gonet.jvm.tls;

import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.tls.TLSException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust managers that verify as JSSE does (PKIX; hostname through the engine's
 * {@code HTTPS} endpoint identification) but fail with Go's words, and refuse what Go refuses
 * and JSSE accepts: a server certificate without subject alternative names (JSSE falls back
 * to the Common Name; Go stopped doing that in 1.15).
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
     * roots); {@code sanRequired}: refuse server certificates without subject alternative names.
     */
    static X509ExtendedTrustManager verifying(List<X509Certificate> roots, boolean sanRequired) throws TLSException {
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
                    return new Verifying(x, sanRequired);
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
            x509 = hostnameError(chain[0], host);
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

    /** Go's {@code x509.HostnameError.Error()}. */
    static String hostnameError(X509Certificate leaf, String host) {
        List<String> dns = sans(leaf, 2);
        List<String> ips = sans(leaf, 7);
        if (dns.isEmpty() && ips.isEmpty() && noSanExtension(leaf)) {
            String cn = commonName(leaf);
            if (cn != null && cn.equalsIgnoreCase(host)) {
                return "x509: certificate relies on legacy Common Name field, use SANs instead";
            }
        }
        List<String> valid;
        if (Net.parseIP(host) != null) {
            if (ips.isEmpty()) {
                return "x509: cannot validate certificate for " + host + " because it doesn't contain any IP SANs";
            }
            valid = new ArrayList<>();
            for (String ip : ips) {
                IP parsed = Net.parseIP(ip);
                valid.add(parsed == null ? ip : parsed.toString()); // Go's spelling of IPv6
            }
        } else {
            valid = dns;
        }
        if (valid.isEmpty()) {
            return "x509: certificate is not valid for any names, but wanted to match " + host;
        }
        return "x509: certificate is valid for " + String.join(", ", valid) + ", not " + host;
    }

    /** The subject alternative names of one type (2 = DNS, 7 = IP), in order. */
    static List<String> sans(X509Certificate c, int type) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> all = c.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> san : all) {
                    if (san.size() >= 2 && san.get(0) instanceof Integer t && t == type && san.get(1) instanceof String s) {
                        out.add(s);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // An unparsable extension names nothing.
        }
        return out;
    }

    private static boolean noSanExtension(X509Certificate c) {
        return c.getExtensionValue("2.5.29.17") == null;
    }

    private static String commonName(X509Certificate c) {
        for (String rdn : c.getSubjectX500Principal().getName("RFC2253").split(",")) {
            if (rdn.startsWith("CN=")) {
                return rdn.substring(3);
            }
        }
        return null;
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
        private final boolean sanRequired;

        Verifying(X509ExtendedTrustManager pkix, boolean sanRequired) {
            this.pkix = pkix;
            this.sanRequired = sanRequired;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            if (pkix == null) {
                return;
            }
            String host = engine == null ? null : engine.getPeerHost();
            try {
                pkix.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw translate(e, chain, host);
            }
            if (sanRequired && host != null && noSanExtension(chain[0])) {
                throw new GoCertificateException(VERIFY_PREFIX + hostnameError(chain[0], host), null);
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
