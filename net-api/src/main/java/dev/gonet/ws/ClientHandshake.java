package dev.gonet.ws;

import dev.gonet.http.Header;
import dev.gonet.internal.Ascii;
import java.util.List;
import java.util.Random;

/**
 * The client's half of the opening handshake (RFC 6455 §4.1): the fields of the upgrade request
 * and the check of the server's answer. The connection layer adds Host (and Origin, if it has
 * one) and writes {@code GET path HTTP/1.1}.
 *
 * <p>{@link #verify} checks, in Go's {@code coder/websocket} order and with its texts: status
 * 101, {@code Connection} holds {@code upgrade}, {@code Upgrade} holds {@code websocket}
 * (ASCII case ignored), {@code Sec-WebSocket-Accept} is exactly the value for our key, a
 * {@code Sec-WebSocket-Protocol} names one subprotocol that was offered (case-sensitive), and no
 * {@code Sec-WebSocket-Extensions} (none are ever offered). Immutable.
 */
public final class ClientHandshake {
    private final String key;
    private final List<String> subprotocols;

    /**
     * A handshake with a fresh key from {@code random}, offering {@code subprotocols} in order of preference.
     *
     * @param random the source of masking keys
     * @param subprotocols the subprotocols, most preferred first
     */
    public ClientHandshake(Random random, String... subprotocols) {
        this(Handshake.newKey(random), subprotocols);
    }

    /**
     * {@return a handshake with a given key (tests, or a key made elsewhere); it must be {@link
     *   Handshake#isValidKey valid}}
     *
     * @param key the key
     * @param subprotocols the subprotocols, most preferred first
     */
    public static ClientHandshake withKey(String key, String... subprotocols) {
        return new ClientHandshake(key, subprotocols);
    }

    private ClientHandshake(String key, String[] subprotocols) {
        if (!Handshake.isValidKey(key)) {
            throw new IllegalArgumentException("invalid Sec-WebSocket-Key " + (key == null ? "null" : Ascii.quote(key)));
        }
        for (int i = 0; i < subprotocols.length; i++) {
            String s = subprotocols[i];
            if (!Handshake.isToken(s)) {
                throw new IllegalArgumentException("invalid subprotocol " + (s == null ? "null" : Ascii.quote(s)));
            }
            for (int j = 0; j < i; j++) {
                if (subprotocols[j].equals(s)) {
                    throw new IllegalArgumentException("duplicate subprotocol " + Ascii.quote(s));
                }
            }
        }
        this.key = key;
        this.subprotocols = List.of(subprotocols);
    }

    /** {@return the {@code Sec-WebSocket-Key} this handshake sends} */
    public String key() {
        return key;
    }

    /** {@return the subprotocols offered, in order of preference} */
    public List<String> subprotocols() {
        return subprotocols;
    }

    /**
     * {@return a new header with the request fields: {@code Upgrade: websocket}, {@code Connection:
     *   Upgrade}, {@code Sec-WebSocket-Key}, {@code Sec-WebSocket-Version: 13} and, when subprotocols are
     *   offered, {@code Sec-WebSocket-Protocol: a, b}}
     */
    public Header requestHeader() {
        Header h = new Header();
        h.set("Upgrade", "websocket");
        h.set("Connection", "Upgrade");
        h.set("Sec-WebSocket-Key", key);
        h.set("Sec-WebSocket-Version", Handshake.VERSION);
        if (!subprotocols.isEmpty()) {
            h.set("Sec-WebSocket-Protocol", String.join(", ", subprotocols));
        }
        return h;
    }

    /**
     * Checks the server's response ({@code status} and its fields) and returns the subprotocol
     * it chose, or {@code ""} for none.
     *
     * @param status the status code
     * @param header the header fields
     * @return the chosen subprotocol, or empty when none
     * @throws HandshakeException if the handshake fails; its status says how to answer
     */
    public String verify(int status, Header header) throws HandshakeException {
        if (status != 101) {
            throw fail(status, "expected handshake response status code 101 but got " + status);
        }
        if (!Handshake.headerHasToken(header, "Connection", "upgrade")) {
            throw fail(status, "WebSocket protocol violation: Connection header " + Ascii.quote(header.get("Connection"))
                    + " does not contain Upgrade");
        }
        if (!Handshake.headerHasToken(header, "Upgrade", "websocket")) {
            throw fail(status, "WebSocket protocol violation: Upgrade header " + Ascii.quote(header.get("Upgrade"))
                    + " does not contain websocket");
        }
        List<String> accept = header.values("Sec-WebSocket-Accept");
        if (accept.size() != 1 || !accept.get(0).trim().equals(Handshake.computeAccept(key))) {
            throw fail(status, "WebSocket protocol violation: invalid Sec-WebSocket-Accept "
                    + Ascii.quote(header.get("Sec-WebSocket-Accept")) + ", key " + Ascii.quote(key));
        }
        List<String> proto = Handshake.headerTokens(header, "Sec-WebSocket-Protocol");
        String chosen = "";
        if (!proto.isEmpty()) {
            if (proto.size() != 1 || !subprotocols.contains(proto.get(0))) {
                throw fail(status, "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: "
                        + Ascii.quote(String.join(", ", header.values("Sec-WebSocket-Protocol"))));
            }
            chosen = proto.get(0);
        }
        List<String> ext = Handshake.headerTokens(header, "Sec-WebSocket-Extensions");
        if (!ext.isEmpty()) {
            throw fail(status, "WebSocket protocol violation: unexpected Sec-WebSocket-Extensions from server: "
                    + Ascii.quote(String.join(", ", header.values("Sec-WebSocket-Extensions"))));
        }
        return chosen;
    }

    private static HandshakeException fail(int status, String message) {
        return new HandshakeException(status, message, null);
    }
}
