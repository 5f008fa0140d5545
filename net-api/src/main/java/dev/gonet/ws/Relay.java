package dev.gonet.ws;

import dev.gonet.AddrException;
import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.HostPort;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 *       a target not on the allowlist: 403 {@code relay: target "x" is not allowed}. These are
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
 *       connection.</li>
 * </ul>
 * The WebSocket side follows {@link WebSocket.Options} (origin policy same-host by default, so
 * only pages from this server may use the relay). Immutable.
 */
public final class Relay implements Handler {
    /** The bridge's copy buffer. */
    private static final int BUFFER = 32 * 1024;

    private final List<String> allowed;
    private final Dialer dialer;
    private final WebSocket.Options options;
    private final Handler upgrade;

    /** A relay allowing exactly {@code targets} ({@code host:port} or {@code host:*}). */
    public static Relay allowing(String... targets) {
        List<String> list = new ArrayList<>();
        for (String t : targets) {
            try {
                HostPort hp = HostPort.split(t);
                if (hp.host().isEmpty()) {
                    throw new IllegalArgumentException("relay allowlist entry " + GoQuote.quote(t) + " has no host");
                }
            } catch (AddrException e) {
                throw new IllegalArgumentException("relay allowlist entry " + GoQuote.quote(t) + ": " + e.getMessage());
            }
            list.add(t);
        }
        return new Relay(List.copyOf(list), new Dialer().withTimeout(Duration.ofSeconds(10)),
                new WebSocket.Options().withSubprotocols("binary"));
    }

    private Relay(List<String> allowed, Dialer dialer, WebSocket.Options options) {
        this.allowed = allowed;
        this.dialer = dialer;
        this.options = options;
        this.upgrade = WebSocket.handler(options, this::bridgeLater);
    }

    /** The dialer for targets (timeout, platform); default: a 10 s timeout. */
    public Relay withDialer(Dialer d) {
        return new Relay(allowed, Objects.requireNonNull(d, "dialer"), options);
    }

    /** The WebSocket side's options (origin policy, config); default: subprotocol {@code binary}. */
    public Relay withOptions(WebSocket.Options o) {
        return new Relay(allowed, dialer, Objects.requireNonNull(o, "options"));
    }

    public List<String> allowed() {
        return allowed;
    }

    /** Whether {@code target} ({@code host:port}, already split) is on the allowlist. */
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
            Handlers.error(w, "relay: invalid target " + GoQuote.quote(target) + ": " + e.getMessage(), 400);
            return;
        }
        if (!allows(target)) {
            Handlers.error(w, "relay: target " + GoQuote.quote(target) + " is not allowed", 403);
            return;
        }
        upgrade.serveHTTP(w, r);
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
        dev.gonet.spi.Platform threads = options.config().platform();
        if (threads == null && r.server() != null) {
            threads = r.server().platform();
        }
        bridge(ws, tcp, threads);
    }

    /**
     * Copies both ways until one side ends: WebSocket to TCP on a new thread, TCP to WebSocket on
     * this one. Whichever side ends first closes the other, which ends the other copy.
     */
    private static void bridge(WebSocketConn ws, Conn tcp, dev.gonet.spi.Platform threads) {
        Thread up = threads != null
                ? threads.startThread("relay ws->tcp", () -> wsToTcp(ws, tcp))
                : startDaemon(() -> wsToTcp(ws, tcp));
        byte[] buf = new byte[BUFFER];
        try {
            for (int n; (n = tcp.read(buf, 0, buf.length)) >= 0;) {
                ws.write(buf, 0, n);
            }
            ws.close(CloseCode.NORMAL_CLOSURE, ""); // the target closed: a clean end
        } catch (IOException e) {
            try {
                ws.close(CloseCode.INTERNAL_ERROR, MessageReader.reason(e.getMessage()));
            } catch (IOException closed) {
                // the WebSocket side ended first (its copy closed tcp): nothing more to say
            }
        } finally {
            closeQuietly(tcp);
            try {
                up.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void wsToTcp(WebSocketConn ws, Conn tcp) {
        byte[] buf = new byte[BUFFER];
        try {
            for (int n; (n = ws.read(buf, 0, buf.length)) >= 0;) {
                tcp.write(buf, 0, n);
            }
        } catch (IOException e) {
            // the WebSocket ended with an error or was closed by the other copy
        } finally {
            closeQuietly(tcp); // ends the other copy's tcp.read
        }
    }

    private static Thread startDaemon(Runnable r) {
        Thread t = new Thread(r, "relay ws->tcp");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
