package dev.gonet.web;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.Dialer;
import dev.gonet.Net;
import dev.gonet.IP;
import dev.gonet.NetException;
import dev.gonet.Resolver;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.internal.Deadline;
import dev.gonet.ws.WebSocketURL;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.teavm.jso.websocket.WebSocket;

/**
 * Dialing in the browser: {@code ws}/{@code wss} to a URL, and {@code tcp} through an opt-in
 * relay (a websockify-style endpoint that takes {@code ?target=host:port}). Both open a
 * browser {@code WebSocket} and wait for its {@code open} event under the dialer's deadline.
 */
final class WebSocketDial {
    private WebSocketDial() {
    }

    /**
     * {@code Net.dial("ws"/"wss", url)}: the peer address is the URL's {@code host:port}. A
     * {@code ws} URL's host name goes through the resolver the page configured
     * ({@link WebPlatform#setResolver}), if any, and its addresses are dialed in order, as Go's
     * dialer does (the peer address is then the address that answered); otherwise, and always
     * for {@code wss} (the certificate is for the name), the browser resolves it.
     */
    static BrowserWebSocketConn dialUrl(WebPlatform p, Dialer d, String network, String address,
            List<String> subprotocols) throws IOException {
        WebSocketURL u = WebSocketURL.parse(network, address); // the JVM's rules and texts
        requireWebSocket(network, new WebAddr(network, u.hostPort()));
        Resolver r = p.configuredResolver();
        if (u.secure() || r == null || DnsNames.parseIPZone(u.hostname()) != null) {
            return open(p, d, network, browserUrl(u), new WebAddr(network, u.hostPort()), subprotocols);
        }
        String port = Net.splitHostPort(u.hostPort()).port();
        List<IP> ips;
        try {
            ips = r.lookupIP("ip", u.hostname());
        } catch (IOException e) {
            throw new NetException("dial", network, null, null, e);
        }
        IOException last = null;
        for (IP ip : ips) {
            String hostPort = Net.joinHostPort(ip.toString(), port);
            try {
                return open(p, d, network, "ws://" + hostPort + u.requestURI(), new WebAddr(network, hostPort),
                        subprotocols);
            } catch (IOException e) {
                last = e; // Go's dialSerial: the next address, within the same deadline
            }
        }
        throw last;
    }

    /**
     * {@code Net.dial("tcp", host:port)} through the relay at {@code relayUrl}: the conn's
     * network and remote address are the TCP target's, the WebSocket is an implementation detail.
     */
    static BrowserWebSocketConn dialRelay(WebPlatform p, Dialer d, String network, String address, String relayUrl)
            throws IOException {
        Net.splitHostPort(address); // Go's address errors before any connection attempt
        requireWebSocket(network, new WebAddr(network, address));
        String lower = relayUrl.toLowerCase();
        String scheme = lower.startsWith("wss:") || lower.startsWith("https:") ? "wss" : "ws";
        String base = browserUrl(WebSocketURL.parse(scheme, relayUrl));
        String url = base + (base.indexOf('?') >= 0 ? "&" : "?") + "target=" + JsTypes.encodeURIComponent(address);
        return open(p, d, network, url, new WebAddr(network, address), List.of());
    }

    /**
     * Fails plainly where there is no global {@code WebSocket} at all (Node before 22, a worker
     * without it), before any lookup, rather than as the {@code ReferenceError} of
     * {@code new WebSocket}, which would read as the browser refusing the URL.
     */
    private static void requireWebSocket(String network, Addr remote) throws NetException {
        if (!JsTypes.hasWebSocket()) {
            throw new NetException("dial", network, null, remote,
                    new SentinelException(Sentinel.UNSUPPORTED, "this JavaScript environment has no WebSocket"));
        }
    }

    /** Rebuilt rather than passed through: http(s) schemes become ws(s) and a fragment goes. */
    private static String browserUrl(WebSocketURL u) {
        return (u.secure() ? "wss://" : "ws://") + u.host() + u.requestURI();
    }

    private static BrowserWebSocketConn open(WebPlatform p, Dialer d, String network, String url, Addr remote,
            List<String> subprotocols) throws IOException {
        long deadline = Deadline.toMillis(d.effectiveDeadline(Instant.now()));
        if (deadline != Deadline.NONE && System.currentTimeMillis() >= deadline) {
            throw new NetException("dial", network, null, remote, Sentinel.DEADLINE_EXCEEDED.exception());
        }
        WebSocket ws;
        try {
            ws = subprotocols.isEmpty() ? WebSocket.create(url)
                    : WebSocket.create(url, subprotocols.toArray(new String[0]));
        } catch (RuntimeException e) {
            // The URL was checked above; what is left is the browser refusing it (a blocked
            // port, a bad subprotocol token): report it as an address error, not a JS crash.
            throw new NetException("dial", network, null, remote,
                    new AddrException("the browser refused the WebSocket URL or subprotocols: "
                            + e.getMessage(), url));
        }
        BrowserWebSocketConn c = new BrowserWebSocketConn(ws, p, network, remote);
        try {
            c.awaitOpen(deadline);
        } catch (IOException e) {
            throw new NetException("dial", network, null, remote, e);
        }
        return c;
    }
}
