package dev.gonet.ws;

import dev.gonet.AddrException;
import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.HostPort;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Server;
import dev.gonet.internal.Ascii;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A websockify-style relay: an {@link Handler} that bridges each WebSocket to a TCP connection,
 * so a browser page (which cannot open sockets) can reach a TCP service through this server.
 *
 * <p><b>Contract</b> (what clients, including gonet's browser {@code Net.dial("tcp", ...)} with
 * a relay URL, rely on):
 * <ul>
 *   <li>the target is the query parameter {@code target=host:port} (URL-escaped, e.g.
 *       {@code ?target=%5B%3A%3A1%5D%3A22} for {@code [::1]:22}); the path is the mount point;</li>
 *   <li>no {@code target}: 400 {@code relay: missing target query parameter}; not a
 *       {@code host:port}: 400 {@code relay: invalid target "x": address x: missing port in address};
 *       a target not on the allowlist: 403 {@code relay: target "x" is not allowed}; more than
 *       {@link #maxConns()} relays at once: 503 {@code relay: too many connections}. These are
 *       answered before any upgrade or dial;</li>
 *   <li>the allowlist is exact {@code host:port} entries ({@code host} compared ignoring ASCII
 *       case, IPv6 in brackets) or {@code host:*} for any port of a host; empty (the default)
 *       allows nothing;</li>
 *   <li>after the upgrade the relay dials {@code tcp} to the target; if that fails the WebSocket
 *       is closed with 1014 (bad gateway) and the dial error as reason, e.g.
 *       {@code dial tcp 127.0.0.1:9: connect: connection refused};</li>
 *   <li>bytes flow both ways unchanged: every WebSocket message's bytes (binary or text) go to
 *       TCP, TCP bytes come back as binary messages; the subprotocol {@code binary} (websockify's)
 *       is accepted when offered;</li>
 *   <li>closes propagate: the TCP peer closing makes the relay close the WebSocket with 1000 (an
 *       error with 1011 and the error text); the WebSocket closing (any code) closes the TCP
 *       connection. Either way both sides are closed and everything the relay held is freed.</li>
 * </ul>
 *
 * <p><b>Bounds</b> (issue 10): messages are streamed, never assembled, and the WebSocket side's
 * buffers are {@link #DEFAULT_BUFFER_SIZE} (64 KiB) each way, so a relay holds a few hundred KiB
 * whatever its peers send; a side that does not read stops the copy towards it and, through the
 * buffers, the reading of the other side. A write to either side that does not finish within
 * the write timeout ({@link #DEFAULT_WRITE_TIMEOUT}, 30 s) ends the relay with 1011. A relay
 * with no byte moving either way for the idle timeout ends with 1001
 * {@code relay: idle timeout}: by default the server's ({@code Server.idleTimeout()}, else its
 * read timeout, else {@link #DEFAULT_IDLE_TIMEOUT}), since the hijack takes the connection out of
 * the server's own idle handling. At most {@link #DEFAULT_MAX_CONNS} relays run at once.
 *
 * <p>The WebSocket side follows {@link WebSocket.Options}: origin policy same-host by default,
 * which DNS rebinding defeats (a page at {@code http://evil.example} whose name now points here
 * sends {@code Host: evil.example} too); name the pages that may use the relay with
 * {@link #withAllowedOrigins}. Immutable: each {@code with...} returns a new relay with its own
 * connection count, so configure it before mounting it.
 */
public final class Relay implements Handler {
    /** At most this many relays at once by default; more get 503. */
    public static final int DEFAULT_MAX_CONNS = 256;
    /** The idle timeout when the server has none: 2 minutes, as {@code Server}'s default. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(2);
    /** How long a write to either side may take by default: 30 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** The WebSocket side's read and write buffers by default: 64 KiB each. */
    public static final int DEFAULT_BUFFER_SIZE = 64 << 10;
    /** The largest message limit there is: the relay streams, so it needs none of its own. */
    private static final int NO_MESSAGE_LIMIT = Integer.MAX_VALUE - 8;

    private final List<String> allowed;
    private final Dialer dialer;
    private final WebSocket.Options options;
    private final int maxConns;
    private final Duration idleTimeout; // null: the server's
    private final Duration writeTimeout;
    private final Handler upgrade;
    private final AtomicInteger active = new AtomicInteger();

    /**
     * {@return a relay allowing exactly {@code targets} ({@code host:port} or {@code host:*})}
     *
     * @param targets the targets
     */
    public static Relay allowing(String... targets) {
        List<String> list = new ArrayList<>();
        for (String t : targets) {
            try {
                HostPort hp = HostPort.split(t);
                if (hp.host().isEmpty()) {
                    throw new IllegalArgumentException("relay allowlist entry " + Ascii.quote(t) + " has no host");
                }
            } catch (AddrException e) {
                throw new IllegalArgumentException("relay allowlist entry " + Ascii.quote(t) + ": " + e.getMessage());
            }
            list.add(t);
        }
        return new Relay(List.copyOf(list), new Dialer().withTimeout(Duration.ofSeconds(10)), defaultOptions(),
                DEFAULT_MAX_CONNS, null, DEFAULT_WRITE_TIMEOUT);
    }

    /**
     * {@return the WebSocket side's defaults: subprotocol {@code binary}, same-host origins, no message
     *   limit (messages stream), read and write buffers of {@link #DEFAULT_BUFFER_SIZE}}
     */
    public static WebSocket.Options defaultOptions() {
        WebSocket.Options o = new WebSocket.Options().withSubprotocols("binary");
        return o.withConfig(o.config().withMaxMessageSize(NO_MESSAGE_LIMIT).withReadBufferSize(DEFAULT_BUFFER_SIZE)
                .withWriteBufferSize(DEFAULT_BUFFER_SIZE));
    }

    private Relay(List<String> allowed, Dialer dialer, WebSocket.Options options, int maxConns, Duration idleTimeout,
            Duration writeTimeout) {
        this.allowed = allowed;
        this.dialer = dialer;
        this.options = options;
        this.maxConns = maxConns;
        this.idleTimeout = idleTimeout;
        this.writeTimeout = writeTimeout;
        this.upgrade = WebSocket.handler(options, this::bridgeLater);
    }

    /**
     * The dialer for targets (timeout, platform); default: a 10 s timeout.
     *
     * @param d the dialer
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withDialer(Dialer d) {
        return new Relay(allowed, Objects.requireNonNull(d, "dialer"), options, maxConns, idleTimeout, writeTimeout);
    }

    /**
     * The WebSocket side's options (origin policy, config), taken as given; start from {@link
     * #options()} to keep the relay's defaults ({@link #defaultOptions()}).
     *
     * @param o the options
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withOptions(WebSocket.Options o) {
        return new Relay(allowed, dialer, Objects.requireNonNull(o, "options"), maxConns, idleTimeout, writeTimeout);
    }

    /**
     * Only pages from exactly these origins may use the relay ({@link OriginPolicy#allowing}),
     * e.g. {@code http://127.0.0.1:8080}: unlike the same-host default, DNS rebinding cannot
     * pass it. Requests without {@code Origin} (not from a browser) still pass.
     *
     * @param origins the allowed origins, e.g. {@code http://127.0.0.1:8080}
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withAllowedOrigins(String... origins) {
        return withOptions(options.withAllowedOrigins(origins));
    }

    /**
     * At most {@code n} relays at once (at least 1); default {@link #DEFAULT_MAX_CONNS}.
     *
     * @param n the max conns
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withMaxConns(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxConns " + n + " < 1");
        }
        return new Relay(allowed, dialer, options, n, idleTimeout, writeTimeout);
    }

    /**
     * Ends a relay when no byte moved either way for {@code d} (zero: never); default null, the
     * server's idle timeout (see the class comment).
     *
     * @param d the idle timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withIdleTimeout(Duration d) {
        if (d != null && d.isNegative()) {
            throw new IllegalArgumentException("idleTimeout " + d + " < 0");
        }
        return new Relay(allowed, dialer, options, maxConns, d, writeTimeout);
    }

    /**
     * How long a write to either side may take (zero: forever); default {@link
     * #DEFAULT_WRITE_TIMEOUT}.
     *
     * @param d the write timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Relay withWriteTimeout(Duration d) {
        Objects.requireNonNull(d, "writeTimeout");
        if (d.isNegative()) {
            throw new IllegalArgumentException("writeTimeout " + d + " < 0");
        }
        return new Relay(allowed, dialer, options, maxConns, idleTimeout, d);
    }

    /** {@return the {@code host:port} targets the relay may dial} */
    public List<String> allowed() {
        return allowed;
    }

    /** {@return the WebSocket options of the relay's endpoint} */
    public WebSocket.Options options() {
        return options;
    }

    /** {@return the most relayed connections open at once} */
    public int maxConns() {
        return maxConns;
    }

    /** {@return the idle timeout set with {@link #withIdleTimeout}, or null for the server's} */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** {@return the limit for one write to either side} */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** {@return how many relays of this instance are running (upgrading, dialing or copying) now} */
    public int activeConns() {
        return active.get();
    }

    /**
     * {@return whether {@code target} ({@code host:port}, already split) is on the allowlist}
     *
     * @param target the target name
     */
    public boolean allows(String target) {
        HostPort t;
        try {
            t = HostPort.split(target);
        } catch (AddrException e) {
            return false;
        }
        for (String a : allowed) {
            HostPort hp;
            try {
                hp = HostPort.split(a);
            } catch (AddrException e) {
                continue; // checked in allowing()
            }
            if (Handshake.equalFold(hp.host(), t.host()) && (hp.port().equals("*") || hp.port().equals(t.port()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        String target = r.url().query().get("target");
        if (target.isEmpty()) {
            Handlers.error(w, "relay: missing target query parameter", 400);
            return;
        }
        try {
            HostPort hp = HostPort.split(target);
            if (hp.host().isEmpty() || hp.port().isEmpty()) {
                throw new AddrException(hp.host().isEmpty() ? "missing host in address" : "missing port in address",
                        target);
            }
        } catch (AddrException e) {
            Handlers.error(w, "relay: invalid target " + Ascii.quote(target) + ": " + e.getMessage(), 400);
            return;
        }
        if (!allows(target)) {
            Handlers.error(w, "relay: target " + Ascii.quote(target) + " is not allowed", 403);
            return;
        }
        if (active.incrementAndGet() > maxConns) {
            active.decrementAndGet();
            Handlers.error(w, "relay: too many connections", 503);
            return;
        }
        try {
            upgrade.serveHTTP(w, r);
        } finally {
            active.decrementAndGet();
        }
    }

    /** The upgraded side: reads the target again from the request (already checked). */
    private void bridgeLater(WebSocketConn ws, Request r) throws IOException {
        String target = r.url().query().get("target");
        Conn tcp;
        try {
            tcp = dialer.dial("tcp", target);
        } catch (IOException e) {
            ws.close(CloseCode.BAD_GATEWAY, MessageReader.reason(e.getMessage()));
            return;
        }
        Platform threads = options.config().platform();
        Server server = r.server();
        if (threads == null && server != null) {
            threads = server.platform();
        }
        new RelayBridge(ws, tcp, idleMillis(server), writeTimeout.toMillis(),
                options.config().closeTimeout().toMillis()).run(threads);
    }

    /** This relay's idle timeout in millis, the server's when none was set (Go's idleTimeout()), 0 for none. */
    private long idleMillis(Server server) {
        if (idleTimeout != null) {
            return idleTimeout.toMillis();
        }
        if (server != null && !server.idleTimeout().isZero()) {
            return server.idleTimeout().toMillis();
        }
        if (server != null && !server.readTimeout().isZero()) {
            return server.readTimeout().toMillis();
        }
        return DEFAULT_IDLE_TIMEOUT.toMillis();
    }
}
