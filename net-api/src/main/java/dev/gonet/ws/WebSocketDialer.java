package dev.gonet.ws;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import dev.gonet.http.Header;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.ResponseHead;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Opens WebSocket client connections over a socket: what {@code Net.dial("ws"/"wss", url)} does
 * on the JVM (Go's {@code websocket.Dial} followed by {@code NetConn}), with the options a page's
 * {@code WebSocket} cannot have (custom header fields, a TLS configuration).
 *
 * <pre>{@code
 * WebSocketConn c = new WebSocketDialer().withSubprotocols("chat.v1").dial("wss://example.com/chat");
 * }</pre>
 *
 * <p>Steps: {@link WebSocketURL#parse} the address; dial TCP to its {@code host:port} with the
 * {@link Dialer}; for {@code wss}, TLS through the {@link dev.gonet.spi.TLSProvider} (server name
 * from the URL unless the config names one, certificate verification on, ALPN
 * {@code http/1.1}); the opening handshake ({@link ClientHandshake}); then
 * {@link WebSocketConn#over} with {@link Role#CLIENT}. The dialer's timeout or deadline bounds all
 * of it. Failures are one {@link NetException}: op {@code dial}, network {@code ws}/{@code wss},
 * address the URL's {@code host:port}, cause what failed ({@code connection refused}, a
 * {@link dev.gonet.tls.TLSException}, a {@link HandshakeException} such as
 * {@code expected handshake response status code 101 but got 403}).
 *
 * <p>Immutable: {@code with...} returns a changed copy; share one across threads.
 */
public final class WebSocketDialer {
    /** Largest response head accepted, as Go's Transport. */
    private static final int MAX_RESPONSE_HEADER = 1 << 20;

    private final Dialer dialer;
    private final Header header;
    private final TLSConfig tlsConfig;
    private final WebSocketConfig config;

    /** Go's zero Dialer, no extra fields, the default TLS config and {@link WebSocketConfig}. */
    public WebSocketDialer() {
        this(new Dialer(), new Header().readOnly(), null, new WebSocketConfig());
    }

    private WebSocketDialer(Dialer dialer, Header header, TLSConfig tlsConfig, WebSocketConfig config) {
        this.dialer = dialer;
        this.header = header;
        this.tlsConfig = tlsConfig;
        this.config = config;
    }

    /**
     * The TCP dialer (timeout, local address, platform) and subprotocols ({@link
     * Dialer#withSubprotocols}).
     *
     * @param d the dialer
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketDialer withDialer(Dialer d) {
        return new WebSocketDialer(Objects.requireNonNull(d, "dialer"), header, tlsConfig, config);
    }

    /**
     * The subprotocols to offer, in order of preference; shorthand for the dialer's option.
     *
     * @param protocols the subprotocols, most preferred first
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketDialer withSubprotocols(String... protocols) {
        return new WebSocketDialer(dialer.withSubprotocols(protocols), header, tlsConfig, config);
    }

    /**
     * Extra fields for the upgrade request (e.g. {@code Authorization}, {@code Origin},
     * {@code Cookie}); copied. The handshake's own fields ({@code Upgrade}, {@code Connection},
     * {@code Sec-WebSocket-*}) and {@code Host} always win.
     *
     * @param h the header
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketDialer withHeader(Header h) {
        return new WebSocketDialer(dialer, h.clone().readOnly(), tlsConfig, config);
    }

    /**
     * TLS settings for {@code wss} (root CAs, client certificate, versions); null: the defaults.
     *
     * @param c the TLS configuration
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketDialer withTLSConfig(TLSConfig c) {
        return new WebSocketDialer(dialer, header, c, config);
    }

    /**
     * The connection's settings; a null platform means the dialer's, else {@code
     * Platforms.get()}.
     *
     * @param c the config
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketDialer withConfig(WebSocketConfig c) {
        return new WebSocketDialer(dialer, header, tlsConfig, Objects.requireNonNull(c, "config"));
    }

    /** {@return the dialer for the underlying connection} */
    public Dialer dialer() {
        return dialer;
    }

    /** {@return the limits and timeouts of the connection} */
    public WebSocketConfig config() {
        return config;
    }

    /** {@return the subprotocols to offer, most preferred first} */
    public List<String> subprotocols() {
        return dialer.subprotocols();
    }

    /**
     * Dials {@code url}; the network ({@code ws} or {@code wss}) follows from its scheme.
     *
     * @param url the URL, {@code ws://} or {@code wss://}
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public WebSocketConn dial(String url) throws IOException {
        String lower = url.toLowerCase();
        boolean tls = lower.startsWith("wss:") || lower.startsWith("https:");
        return dial(tls ? "wss" : "ws", url);
    }

    /**
     * Dials {@code url} on {@code network} ({@code ws} or {@code wss}); see the class comment.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param url the URL, {@code ws://} or {@code wss://}
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public WebSocketConn dial(String network, String url) throws IOException {
        WebSocketURL target;
        try {
            target = WebSocketURL.parse(network, url);
        } catch (IOException e) {
            throw new NetException("dial", network, null, Addr.unresolved(network, url), e);
        }
        Addr addr = Addr.unresolved(network, target.hostPort());
        Instant deadline = dialer.effectiveDeadline(Instant.now());
        Conn conn;
        try {
            conn = dialer.dial("tcp", target.hostPort());
        } catch (IOException e) {
            if (e.getCause() instanceof SentinelException se && se.kind() == Sentinel.UNSUPPORTED) {
                throw noRawTcp(network, target.hostPort());
            }
            throw wrap(network, addr, e);
        }
        try {
            conn.setDeadline(deadline);
            if (target.secure()) {
                TLSConfig cfg = tlsConfig != null ? tlsConfig : new TLSConfig();
                if (cfg.serverName().isEmpty()) {
                    cfg = cfg.withServerName(target.hostname());
                }
                if (cfg.nextProtos().isEmpty()) {
                    cfg = cfg.withNextProtos("http/1.1"); // never h2: the upgrade is HTTP/1.1
                }
                TLSConn tc = TLS.client(conn, cfg);
                conn = tc;
                tc.handshake();
            }
            return handshake(conn, network, target, threads(config));
        } catch (IOException | RuntimeException e) {
            closeQuietly(conn);
            if (e instanceof IOException io) {
                throw wrap(network, addr, io);
            }
            throw e;
        }
    }

    /**
     * {@return the opening handshake over an already connected {@code conn} (a {@code mem} conn, a proxy
     *   tunnel), for {@code url} on {@code network}; bound it with a deadline on {@code conn}, which is
     *   cleared on success} On failure {@code conn} is closed and the error is wrapped as by {@link
     *   #dial(String, String)}.
     *
     * @param conn the connection
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param url the URL, {@code ws://} or {@code wss://}
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public WebSocketConn upgrade(Conn conn, String network, String url) throws IOException {
        Addr addr = Addr.unresolved(network, url);
        try {
            WebSocketURL target = WebSocketURL.parse(network, url);
            addr = Addr.unresolved(network, target.hostPort());
            return handshake(conn, network, target, config);
        } catch (IOException | RuntimeException e) {
            closeQuietly(conn);
            if (e instanceof IOException io) {
                throw wrap(network, addr, io);
            }
            throw e;
        }
    }

    /**
     * The entry point for {@link Platform#dial} on {@code ws}/{@code wss}.
     *
     * @param p the platform
     * @param d the dialer for the underlying connection
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public static Conn dial(Platform p, Dialer d, String network, String address) throws IOException {
        WebSocketDialer wd = new WebSocketDialer().withDialer(d.platform() == null ? d.withPlatform(p) : d);
        return wd.dial(network, address);
    }

    private WebSocketConfig threads(WebSocketConfig c) {
        if (c.platform() != null) {
            return c;
        }
        return c.withPlatform(dialer.platform() != null ? dialer.platform() : Platforms.get());
    }

    private WebSocketConn handshake(Conn conn, String network, WebSocketURL target, WebSocketConfig cfg)
            throws IOException {
        ClientHandshake hs = new ClientHandshake(cfg.random(), dialer.subprotocols().toArray(new String[0]));
        StringBuilder req = new StringBuilder("GET ").append(target.requestURI()).append(" HTTP/1.1\r\n");
        req.append("Host: ").append(target.host()).append("\r\n");
        Header fields = header.clone();
        fields.del("Host");
        Header own = hs.requestHeader();
        for (String k : own.keys()) {
            fields.set(k, own.get(k));
        }
        // The HTTP client's rules and Go's texts: a name that is not a token or a value with a
        // control character is the caller's mistake, refused before anything is sent; the one
        // header writer puts the rest on the wire.
        try {
            fields.checkSendable();
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        ByteArrayOutputStream wire = new ByteArrayOutputStream(512);
        wire.write(Utf8.encode(req.toString()));
        fields.writeTo(wire);
        wire.write('\r');
        wire.write('\n');
        conn.write(wire.toByteArray());
        Http1Reader reader = new Http1Reader(conn.inputStream(), MAX_RESPONSE_HEADER);
        ResponseHead head = reader.readResponse("GET");
        String subprotocol = hs.verify(head.statusCode(), head.header());
        byte[] ahead = new byte[reader.buffered()];
        InputStream src = reader.source();
        for (int got = 0; got < ahead.length;) {
            got += src.read(ahead, got, ahead.length - got); // buffered bytes: never blocks, never -1
        }
        conn.setDeadline(null);
        return WebSocketConn.over(conn, ahead, Role.CLIENT, network, subprotocol, cfg);
    }

    /**
     * A platform without raw TCP (a browser) has its own WebSocket, reached through
     * {@code Net.dial}, which cannot carry this dialer's header fields or TLS settings.
     */
    private NetException noRawTcp(String network, String hostPort) {
        Platform p = dialer.platform() != null ? dialer.platform() : Platforms.get();
        return NetException.unsupported("dial", network, hostPort, p.name(),
                "a WebSocketDialer frames over TCP, which this platform cannot open, so custom header fields and"
                        + " TLS settings cannot be sent; use Net.dial(\"" + network + "\", url) and carry credentials"
                        + " in the URL query or a subprotocol");
    }

    private static NetException wrap(String network, Addr addr, IOException e) {
        Throwable cause = e instanceof NetException ne && ne.getCause() != null ? ne.getCause() : e;
        return new NetException("dial", network, null, addr, cause);
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException e) {
            // already broken
        }
    }
}
