package dev.gonet.tls;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.spi.Platforms;
import dev.gonet.spi.TLSProvider;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Go's {@code crypto/tls} entry points: TLS over any {@link Conn}. The work is done by the
 * {@link TLSProvider} on the classpath (net-native's, over JSSE); without one (in the browser,
 * or with net-api alone) every entry point fails with a {@link NetException} whose text names
 * {@code dev.gonet:net-native} and says that browsers do TLS themselves for {@code wss://} and
 * {@code https://} URLs.
 *
 * <pre>{@code
 * TLSConn c = TLS.dial("tcp", "example.com:443", new TLSConfig().withNextProtos("http/1.1"));
 * Listener ln = TLS.listen("tcp", ":8443", new TLSConfig().withCertificate(certPem, keyPem));
 * }</pre>
 */
public final class TLS {
    /** Go's {@code tls.VersionTLS10}. Disabled by modern JDKs; listed for completeness. */
    public static final int VERSION_TLS10 = 0x0301;
    /** Go's {@code tls.VersionTLS11}. Disabled by modern JDKs; listed for completeness. */
    public static final int VERSION_TLS11 = 0x0302;
    /** Go's {@code tls.VersionTLS12}: the default minimum. */
    public static final int VERSION_TLS12 = 0x0303;
    /** Go's {@code tls.VersionTLS13}: the default maximum. */
    public static final int VERSION_TLS13 = 0x0304;

    /** Why there is no provider, and what to do instead. */
    static final String NO_PROVIDER_HINT = "TLS over a Conn needs dev.gonet:net-native on the JVM; "
            + "in the browser use wss:// or https:// URLs, the browser does TLS";

    private static TLSProvider cached; // guarded by TLS.class
    private static boolean looked; // guarded by TLS.class

    private TLS() {
    }

    /**
     * {@return Go's {@code tls.VersionName}: {@code TLS 1.3}, or {@code 0x0305} for an unknown value}
     *
     * @param version the TLS version, e.g. {@link #VERSION_TLS13}
     */
    public static String versionName(int version) {
        switch (version) {
            case 0x0300:
                return "SSLv3";
            case VERSION_TLS10:
                return "TLS 1.0";
            case VERSION_TLS11:
                return "TLS 1.1";
            case VERSION_TLS12:
                return "TLS 1.2";
            case VERSION_TLS13:
                return "TLS 1.3";
            default:
                String hex = Integer.toHexString(version & 0xffff).toUpperCase();
                return "0x" + "0000".substring(hex.length()) + hex;
        }
    }

    /**
     * {@return Go's {@code tls.Client}: the client side of TLS over {@code conn}; the handshake runs on
     *   first use or {@link TLSConn#handshake()}} The caller keeps owning {@code conn} if this throws.
     *
     * @param conn the connection
     * @param config the TLS configuration
     * @throws TLSException if {@code config} cannot work: no server name and no
     *                      {@code insecureSkipVerify}, no usable version, a bad client key pair
     * @throws NetException without a TLS provider (see the class comment)
     *
     */
    public static TLSConn client(Conn conn, TLSConfig config) throws IOException {
        return require("tls", conn.remoteAddr().network(), conn.remoteAddr().toString()).client(conn, orZero(config));
    }

    /**
     * {@return Go's {@code tls.Server}: the server side of TLS over {@code conn}; the handshake runs on
     *   first use or {@link TLSConn#handshake()}}
     *
     * @param conn the connection
     * @param config the TLS configuration
     * @throws TLSException if {@code config} has no certificate, or one that cannot work
     * @throws NetException without a TLS provider
     *
     */
    public static TLSConn server(Conn conn, TLSConfig config) throws IOException {
        return require("tls", conn.localAddr().network(), conn.localAddr().toString()).server(conn, orZero(config));
    }

    /**
     * Go's {@code tls.Dial}: connects and runs the client handshake. When the config has no
     *   server name, the host of {@code address} is used (as Go does), so the certificate is verified for
     *   the name that was dialed.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @param config the TLS configuration
     * @return the connection, handshake done
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public static TLSConn dial(String network, String address, TLSConfig config) throws IOException {
        return dialWithDialer(new Dialer(), network, address, config);
    }

    /**
     * {@return Go's {@code tls.DialWithDialer}: as {@link #dial}, and the dialer's timeout or deadline
     *   bounds the handshake as well as the connect}
     *
     * @param dialer the dialer
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @param config the TLS configuration
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public static TLSConn dialWithDialer(Dialer dialer, String network, String address, TLSConfig config)
            throws IOException {
        TLSProvider p = require("dial", network, address);
        Instant deadline = dialer.effectiveDeadline(Instant.now());
        TLSConfig cfg = orZero(config);
        if (cfg.serverName().isEmpty()) {
            cfg = cfg.withServerName(hostOf(address));
        }
        Conn raw = dialer.dial(network, address);
        TLSConn c = null;
        try {
            c = p.client(raw, cfg);
            if (deadline != null) {
                c.setDeadline(deadline);
            }
            c.handshake();
            if (deadline != null) {
                c.setDeadline(null);
            }
            return c;
        } catch (IOException | RuntimeException e) {
            closeQuietly(c != null ? c : raw);
            throw e;
        }
    }

    /**
     * {@return Go's {@code tls.Listen}: listens on {@code address}; accepted connections are server-side
     *   {@link TLSConn}s that handshake on first use} Fails at once if {@code config} has no certificate
     *   or one the platform cannot use.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @param config the TLS configuration
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public static Listener listen(String network, String address, TLSConfig config) throws IOException {
        TLSProvider p = checkServerConfig("listen", network, address, config);
        return new TLSListener(Net.listen(network, address), config, p);
    }

    /**
     * {@return Go's {@code tls.NewListener}: wraps {@code inner}; see {@link #listen}}
     *
     * @param inner the inner
     * @param config the TLS configuration
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public static Listener newListener(Listener inner, TLSConfig config) throws IOException {
        TLSProvider p = checkServerConfig("listen", inner.addr().network(), inner.addr().toString(), config);
        return new TLSListener(inner, config, p);
    }

    private static TLSProvider checkServerConfig(String op, String network, String address, TLSConfig config)
            throws IOException {
        if (config == null || config.certificates().isEmpty()) {
            throw new TLSException("tls: neither Certificates, GetCertificate, nor GetConfigForClient set in Config");
        }
        TLSProvider p = require(op, network, address);
        p.prepare(config, true);
        return p;
    }

    /** Go's DialWithDialer: everything before the last colon, without IPv6 brackets. */
    static String hostOf(String address) {
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        if (host.length() >= 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static TLSConfig orZero(TLSConfig config) {
        return config == null ? new TLSConfig() : config;
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // The handshake error is what the caller needs to see.
        }
    }

    /** The provider, or the unsupported-operation error naming the module to add. */
    private static TLSProvider require(String op, String network, String address) throws NetException {
        TLSProvider p = provider();
        if (p == null) {
            throw NetException.unsupported(op, network, address, platformName(), NO_PROVIDER_HINT);
        }
        return p;
    }

    private static String platformName() {
        try {
            return Platforms.get().name();
        } catch (IllegalStateException e) {
            return "none";
        }
    }

    /** The TLS provider of this runtime, found once; {@code null} when there is none. */
    static synchronized TLSProvider provider() {
        if (!looked) {
            cached = select(ServiceLoader.load(TLSProvider.class).iterator());
            looked = true;
        }
        return cached;
    }

    /** At most one provider: none gives {@code null}, several are a packaging mistake. */
    static TLSProvider select(Iterator<TLSProvider> found) {
        List<TLSProvider> all = new ArrayList<>();
        while (found.hasNext()) {
            all.add(found.next());
        }
        if (all.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (TLSProvider p : all) {
                names.append(names.length() == 0 ? "" : ", ").append(p.getClass().getName());
            }
            throw new IllegalStateException("more than one gonet TLSProvider on the classpath: " + names);
        }
        return all.isEmpty() ? null : all.get(0);
    }
}
