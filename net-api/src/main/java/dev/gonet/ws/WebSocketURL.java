package dev.gonet.ws;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import java.io.IOException;

/**
 * The address of a {@code ws}/{@code wss} dial: a URL such as {@code ws://127.0.0.1:8080/echo}
 * or {@code wss://example.com/chat?room=1}, checked the same way on the JVM and in the browser.
 *
 * <p>Rules: the scheme is {@code ws} or {@code http} for network {@code ws}, {@code wss} or
 * {@code https} for {@code wss} (as Go's {@code coder/websocket} accepts the HTTP names); a host
 * is required; the port defaults to 80 / 443; the fragment is dropped (RFC 6455 §3 forbids one;
 * browsers reject it, Go ignores it, so do we); user info is refused. Errors are
 * {@link AddrException}s ({@code address ftp://x: unexpected url scheme "ftp" for network ws})
 * or the URL parser's {@link dev.gonet.url.URLException}.
 *
 * @param secure     whether TLS is used ({@code wss})
 * @param host       the {@code Host} header value: the URL's host as written (port kept if given)
 * @param hostname   the host without port and brackets (for TLS server name verification)
 * @param hostPort   {@code host:port} to dial, port filled in
 * @param requestURI the request target: path and query, {@code /} at least
 */
public record WebSocketURL(boolean secure, String host, String hostname, String hostPort, String requestURI) {

    /**
     * Parses {@code address} for {@code network} ({@code ws} or {@code wss}).
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the parsed URL
     * @throws IOException if the URL is malformed or its scheme does not match
     */
    public static WebSocketURL parse(String network, String address) throws IOException {
        boolean wss;
        if (network.equals("ws")) {
            wss = false;
        } else if (network.equals("wss")) {
            wss = true;
        } else {
            throw new IllegalArgumentException("network " + network + " is not ws or wss");
        }
        URL u = URL.parse(address);
        String scheme = u.scheme().toLowerCase();
        boolean plainScheme = scheme.equals("ws") || scheme.equals("http");
        boolean tlsScheme = scheme.equals("wss") || scheme.equals("https");
        if (!plainScheme && !tlsScheme) {
            throw new AddrException("unexpected url scheme " + Ascii.quote(u.scheme()) + " for network " + network,
                    address);
        }
        if (tlsScheme != wss) {
            throw new AddrException("url scheme " + Ascii.quote(u.scheme()) + " does not match network " + network
                    + " (use " + (tlsScheme ? "wss" : "ws") + ")", address);
        }
        if (u.host().isEmpty()) {
            throw new AddrException("missing host in url", address);
        }
        if (u.user() != null) {
            throw new AddrException("user info in a WebSocket url is not supported", address);
        }
        String port = u.port().isEmpty() ? (wss ? "443" : "80") : u.port();
        String target = u.requestURI();
        return new WebSocketURL(wss, u.host(), u.hostname(), HostPort.join(u.hostname(), port),
                target.isEmpty() ? "/" : target);
    }
}
