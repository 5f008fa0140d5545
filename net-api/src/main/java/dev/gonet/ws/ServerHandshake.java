package dev.gonet.ws;

import dev.gonet.http.Header;
import dev.gonet.internal.Ascii;
import java.util.List;

/**
 * The server's half of the opening handshake (RFC 6455 §4.2), on plain values so that any
 * HTTP layer can use it: checks a client's upgrade request and produces the 101 response
 * fields, or a {@link HandshakeException} holding the error response to send.
 *
 * <p>Checks, in Go's {@code coder/websocket} order and with its texts: protocol at least
 * HTTP/1.1 (426), {@code Connection} holds the {@code upgrade} token (426), {@code Upgrade}
 * holds {@code websocket} (426), method GET (405), {@code Sec-WebSocket-Version: 13} (426 with
 * {@code Sec-WebSocket-Version: 13}, as RFC 6455 §4.4 asks), {@code Sec-WebSocket-Key} is one
 * base64 value of 16 bytes (400), then the {@link OriginPolicy} (403). Token comparisons ignore
 * ASCII case. Extensions the client offers are ignored: none are supported, so none are
 * accepted.
 *
 * <p>Subprotocols: the client lists them in {@code Sec-WebSocket-Protocol} in its order of
 * preference; the server picks the first one in that order it supports (exact, case-sensitive
 * match, as RFC 6455 §11.3.4 has it) and names it in the response; no match means no
 * subprotocol, which is not an error (the application may then refuse).
 *
 * <p>Immutable: the {@code with} methods return a changed copy.
 */
public final class ServerHandshake {
    private final List<String> subprotocols;
    private final OriginPolicy originPolicy;

    /** No subprotocols, {@link OriginPolicy#SAME_HOST}. */
    public ServerHandshake() {
        this(List.of(), OriginPolicy.SAME_HOST);
    }

    private ServerHandshake(List<String> subprotocols, OriginPolicy originPolicy) {
        this.subprotocols = subprotocols;
        this.originPolicy = originPolicy;
    }

    /**
     * A copy supporting {@code supported}, each an RFC 9110 token.
     *
     * @param supported the subprotocols supported, most preferred first
     * @return a copy with this setting; the receiver is unchanged
     */
    public ServerHandshake withSubprotocols(String... supported) {
        for (String s : supported) {
            if (!Handshake.isToken(s)) {
                throw new IllegalArgumentException("invalid subprotocol " + (s == null ? "null" : Ascii.quote(s)));
            }
        }
        return new ServerHandshake(List.of(supported), originPolicy);
    }

    /**
     * A copy checking origins with {@code policy}.
     *
     * @param policy the origin policy
     * @return a copy with this setting; the receiver is unchanged
     */
    public ServerHandshake withOriginPolicy(OriginPolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy");
        }
        return new ServerHandshake(subprotocols, policy);
    }

    /** {@return the subprotocols the server supports, most preferred first} */
    public List<String> subprotocols() {
        return subprotocols;
    }

    /** {@return which {@code Origin}s are accepted} */
    public OriginPolicy originPolicy() {
        return originPolicy;
    }

    /**
     * A successful handshake.
     *
     * @param subprotocol    the chosen subprotocol, or {@code ""} for none
     * @param responseHeader the fields of the {@code 101 Switching Protocols} response:
     *                       {@code Upgrade}, {@code Connection}, {@code Sec-WebSocket-Accept}
     *                       and, when one was chosen, {@code Sec-WebSocket-Protocol}
     */
    public record Accepted(String subprotocol, Header responseHeader) {
    }

    /**
     * Checks an upgrade request: {@code method} and {@code proto} of the request line (e.g.
     * {@code "GET"}, {@code "HTTP/1.1"}), {@code host} the request's Host (Go keeps it out of
     * the header map; null counts as empty), {@code header} its fields.
     *
     * @param method the method, e.g. {@code GET}
     * @param proto the protocol, e.g. {@code HTTP/1.1}
     * @param host the host name or IP literal
     * @param header the header fields
     * @return what to answer: the subprotocol and the response fields
     * @throws HandshakeException if the handshake fails; its status says how to answer
     */
    public Accepted accept(String method, String proto, String host, Header header) throws HandshakeException {
        if (!atLeastHttp11(proto)) {
            throw new HandshakeException(426, "WebSocket protocol violation: handshake request must be at least HTTP/1.1: "
                    + Ascii.quote(proto), null);
        }
        if (!Handshake.headerHasToken(header, "Connection", "upgrade")) {
            throw new HandshakeException(426, "WebSocket protocol violation: Connection header "
                    + Ascii.quote(header.get("Connection")) + " does not contain Upgrade", upgradeRequired());
        }
        if (!Handshake.headerHasToken(header, "Upgrade", "websocket")) {
            throw new HandshakeException(426, "WebSocket protocol violation: Upgrade header "
                    + Ascii.quote(header.get("Upgrade")) + " does not contain websocket", upgradeRequired());
        }
        if (!"GET".equals(method)) {
            throw new HandshakeException(405, "WebSocket protocol violation: handshake request method is not GET but "
                    + Ascii.quote(method), null);
        }
        List<String> version = header.values("Sec-WebSocket-Version");
        if (version.size() != 1 || !Handshake.VERSION.equals(version.get(0).trim())) {
            Header h = new Header();
            h.set("Sec-WebSocket-Version", Handshake.VERSION);
            throw new HandshakeException(426, "unsupported WebSocket protocol version (only 13 is supported): "
                    + Ascii.quote(header.get("Sec-WebSocket-Version")), h);
        }
        List<String> keys = header.values("Sec-WebSocket-Key");
        if (keys.isEmpty() || keys.get(0).isEmpty()) {
            throw new HandshakeException(400, "WebSocket protocol violation: missing Sec-WebSocket-Key", null);
        }
        String key = keys.get(0).trim();
        if (keys.size() != 1 || !Handshake.isValidKey(key)) {
            throw new HandshakeException(400, "WebSocket protocol violation: invalid Sec-WebSocket-Key "
                    + Ascii.quote(String.join(", ", keys)), null);
        }
        if (header.has("Origin")) {
            String origin = header.get("Origin");
            if (!originPolicy.allows(origin, host == null ? "" : host)) {
                throw new HandshakeException(403, "request Origin " + Ascii.quote(origin)
                        + " is not authorized for Host " + Ascii.quote(host), null);
            }
        }
        Header resp = new Header();
        resp.set("Upgrade", "websocket");
        resp.set("Connection", "Upgrade");
        resp.set("Sec-WebSocket-Accept", Handshake.computeAccept(key));
        String chosen = select(header);
        if (!chosen.isEmpty()) {
            resp.set("Sec-WebSocket-Protocol", chosen);
        }
        return new Accepted(chosen, resp);
    }

    private String select(Header header) {
        for (String offered : Handshake.headerTokens(header, "Sec-WebSocket-Protocol")) {
            if (subprotocols.contains(offered)) {
                return offered;
            }
        }
        return "";
    }

    private static Header upgradeRequired() {
        Header h = new Header();
        h.set("Connection", "Upgrade");
        h.set("Upgrade", "websocket");
        return h;
    }

    /** Go's {@code ProtoAtLeast(1, 1)} on {@code HTTP/major.minor}; anything unparsable is too old. */
    private static boolean atLeastHttp11(String proto) {
        if (proto == null || !proto.startsWith("HTTP/")) {
            return false;
        }
        int dot = proto.indexOf('.', 5);
        if (dot < 0) {
            return false;
        }
        int major = digits(proto, 5, dot);
        int minor = digits(proto, dot + 1, proto.length());
        return major > 1 || (major == 1 && minor >= 1);
    }

    /** The decimal value of {@code s[from..to)}, or -1 if it is empty, not all digits, or too long. */
    private static int digits(String s, int from, int to) {
        if (from >= to || to - from > 6) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
