package dev.gonet.jvm.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Go's certificate selection over the config's certificates (aliases are their indexes), with
 * no KeyStore or password in between. A server takes the first certificate whose leaf matches
 * the SNI name, else the first (Go's {@code getCertificate}); a client takes the first whose
 * chain the server's {@code certificate_authorities} accept, and sends none when nothing fits
 * (Go's {@code getClientCertificate}).
 */
final class GoKeyManager extends X509ExtendedKeyManager {
    private final List<KeyMaterial.Pair> pairs;

    GoKeyManager(List<KeyMaterial.Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /**
     * Go's {@code getCertificate}: the first certificate whose leaf matches the SNI name, else
     * the first certificate. JSSE asks once per key type the client can take; a preferred
     * certificate of another type answers {@code null} here, and JSSE asks again for its type.
     */
    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        String sni = engine == null ? null : sni(engine.getHandshakeSession());
        boolean sniMatches = false;
        for (KeyMaterial.Pair p : pairs) {
            sniMatches |= sni != null && matches(p.chain()[0], sni);
        }
        for (int i = 0; i < pairs.size(); i++) {
            KeyMaterial.Pair p = pairs.get(i);
            boolean preferred = sniMatches ? matches(p.chain()[0], sni) : i == 0;
            if (preferred && fits(keyType, p)) {
                return Integer.toString(i);
            }
        }
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        for (int i = 0; i < pairs.size(); i++) {
            KeyMaterial.Pair p = pairs.get(i);
            for (String keyType : keyTypes) {
                if (fits(keyType, p) && acceptable(p.chain(), issuers)) {
                    return Integer.toString(i);
                }
            }
        }
        return null;
    }

    /**
     * Whether the pair's key serves JSSE's key type: {@code RSA}, {@code RSASSA-PSS} (a PSS-only
     * key), {@code EC}, {@code EdDSA}; TLS 1.2 suffixes some ({@code EC_RSA}), the prefix counts.
     */
    private static boolean fits(String keyType, KeyMaterial.Pair p) {
        if (keyType == null) {
            return false;
        }
        String base = keyType.indexOf('_') > 0 ? keyType.substring(0, keyType.indexOf('_')) : keyType;
        String alg = p.key().getAlgorithm();
        if (base.equals("EdDSA")) {
            return "EdDSA".equals(KeyMaterial.family(alg));
        }
        return base.equals(alg);
    }

    /** Go's SupportsCertificate: an empty CA list accepts anything, else some issuer must be listed. */
    private static boolean acceptable(X509Certificate[] chain, Principal[] issuers) {
        if (issuers == null || issuers.length == 0) {
            return true;
        }
        List<Principal> wanted = Arrays.asList(issuers);
        for (X509Certificate c : chain) {
            if (wanted.contains(c.getIssuerX500Principal())) {
                return true;
            }
        }
        return false;
    }

    private static String sni(SSLSession handshake) {
        if (handshake instanceof ExtendedSSLSession s) {
            for (SNIServerName n : s.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) {
                    return h.getAsciiName();
                }
            }
        }
        return null;
    }

    /** Go's SupportsCertificate name check: the leaf is valid for the SNI name. */
    static boolean matches(X509Certificate leaf, String host) {
        return GoHostname.verify(leaf, host);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return aliases(keyType);
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return chooseEngineClientAlias(keyTypes, issuers, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return aliases(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return chooseEngineServerAlias(keyType, issuers, null);
    }

    private String[] aliases(String keyType) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (fits(keyType, pairs.get(i))) {
                out.add(Integer.toString(i));
            }
        }
        return out.isEmpty() ? null : out.toArray(new String[0]);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        KeyMaterial.Pair p = pair(alias);
        return p == null ? null : p.chain().clone();
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        KeyMaterial.Pair p = pair(alias);
        return p == null ? null : p.key();
    }

    private KeyMaterial.Pair pair(String alias) {
        try {
            int i = Integer.parseInt(alias);
            return i >= 0 && i < pairs.size() ? pairs.get(i) : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
