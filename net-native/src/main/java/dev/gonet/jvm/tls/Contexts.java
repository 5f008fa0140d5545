package dev.gonet.jvm.tls;

import dev.gonet.Net;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

/**
 * One {@link SSLContext} per distinct key material and trust setting (building one parses
 * keys and may load the JDK trust store, so it is cached), and the per-connection
 * {@link SSLEngine} set up as the {@link TLSConfig} asks.
 */
final class Contexts {
    /** Contexts kept; beyond this the cache starts over (configs are normally few and long-lived). */
    private static final int MAX_CACHED = 64;

    private static final Map<Key, SSLContext> CACHE = new ConcurrentHashMap<>();

    /** What an SSLContext depends on; names, versions and ALPN are per engine. */
    private record Key(boolean server, List<TLSConfig.Certificate> certificates, boolean trustAll, String trustPem,
            boolean goNameCheck) {
    }

    private Contexts() {
    }

    /** The context for one side of {@code cfg}, built once. */
    static SSLContext context(TLSConfig cfg, boolean server) throws TLSException {
        if (server && cfg.certificates().isEmpty()) {
            throw new TLSException("tls: no certificates configured");
        }
        Key key = server
                ? new Key(true, cfg.certificates(), !cfg.clientAuth().verifies(), cfg.clientCAsPem(), false)
                : new Key(false, cfg.certificates(), cfg.insecureSkipVerify(), cfg.rootCAsPem(), true);
        SSLContext ctx = CACHE.get(key);
        if (ctx == null) {
            ctx = build(key);
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            CACHE.put(key, ctx);
        }
        return ctx;
    }

    private static SSLContext build(Key key) throws TLSException {
        List<KeyMaterial.Pair> pairs = new ArrayList<>();
        for (TLSConfig.Certificate c : key.certificates()) {
            pairs.add(KeyMaterial.load(c));
        }
        TrustManager trust;
        if (key.trustAll()) {
            trust = GoTrust.trustAll();
        } else {
            List<X509Certificate> roots = key.trustPem() == null ? null
                    : KeyMaterial.bundle(key.trustPem(), key.server() ? "client CA" : "root CA");
            trust = GoTrust.verifying(roots, key.goNameCheck());
        }
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new KeyManager[] {new GoKeyManager(pairs)}, new TrustManager[] {trust}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new TLSException("tls: cannot create a JSSE context: " + e.getMessage(), e);
        }
    }

    /**
     * A client engine: SNI and hostname verification for {@code cfg.serverName()} (Go sends no
     * SNI for an IP address, and verifies IP SANs instead), versions, ALPN.
     */
    static SSLEngine clientEngine(TLSConfig cfg) throws TLSException {
        String name = cfg.serverName().endsWith(".") // Go verifies and sends "a.example." as "a.example"
                ? cfg.serverName().substring(0, cfg.serverName().length() - 1) : cfg.serverName();
        if (name.isEmpty() && !cfg.insecureSkipVerify()) {
            throw new TLSException("tls: either ServerName or InsecureSkipVerify must be specified in the tls.Config");
        }
        // Port -1: JSSE's client session cache then never offers a session to resume, as Go
        // without a ClientSessionCache; the host is what endpoint identification checks.
        SSLEngine e = context(cfg, false).createSSLEngine(name.isEmpty() ? null : name, -1);
        e.setUseClientMode(true);
        SSLParameters p = e.getSSLParameters();
        p.setProtocols(protocols(cfg, e));
        if (!cfg.insecureSkipVerify()) {
            p.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!name.isEmpty() && Net.parseIP(name) == null) {
            try {
                p.setServerNames(List.of(new SNIHostName(name)));
            } catch (IllegalArgumentException notAHostName) {
                p.setServerNames(List.of()); // Go sends what it can; JSSE refuses some names outright
            }
        } else {
            p.setServerNames(List.of());
        }
        if (!cfg.nextProtos().isEmpty()) {
            p.setApplicationProtocols(cfg.nextProtos().toArray(new String[0]));
        }
        e.setSSLParameters(p);
        return e;
    }

    /** A server engine: client authentication policy, versions, Go's ALPN choice through {@code alpn}. */
    static SSLEngine serverEngine(TLSConfig cfg, Alpn alpn) throws TLSException {
        SSLEngine e = context(cfg, true).createSSLEngine();
        e.setUseClientMode(false);
        SSLParameters p = e.getSSLParameters();
        p.setProtocols(protocols(cfg, e));
        if (cfg.clientAuth().requires()) {
            p.setNeedClientAuth(true);
        } else if (cfg.clientAuth().requests()) {
            p.setWantClientAuth(true);
        }
        e.setSSLParameters(p);
        e.setHandshakeApplicationProtocolSelector(alpn);
        return e;
    }

    /** The JSSE names of the versions from min to max that the JDK supports. */
    static String[] protocols(TLSConfig cfg, SSLEngine e) throws TLSException {
        int min = cfg.minVersion() == 0 ? TLS.VERSION_TLS12 : cfg.minVersion();
        int max = cfg.maxVersion() == 0 ? TLS.VERSION_TLS13 : cfg.maxVersion();
        List<String> supported = Arrays.asList(e.getSupportedProtocols());
        List<String> out = new ArrayList<>();
        for (int v = max; v >= min; v--) {
            String name = jsseName(v);
            if (name != null && supported.contains(name)) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new TLSException("tls: no supported versions satisfy MinVersion and MaxVersion");
        }
        return out.toArray(new String[0]);
    }

    static String jsseName(int version) {
        switch (version) {
            case TLS.VERSION_TLS10:
                return "TLSv1";
            case TLS.VERSION_TLS11:
                return "TLSv1.1";
            case TLS.VERSION_TLS12:
                return "TLSv1.2";
            case TLS.VERSION_TLS13:
                return "TLSv1.3";
            default:
                return null;
        }
    }

    /** Go's version number of a JSSE protocol name; 0 when unknown. */
    static int version(String jsseName) {
        for (int v = TLS.VERSION_TLS10; v <= TLS.VERSION_TLS13; v++) {
            if (jsseName(v).equals(jsseName)) {
                return v;
            }
        }
        return 0;
    }
}
