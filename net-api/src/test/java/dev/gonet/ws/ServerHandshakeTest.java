package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Failures;
import dev.gonet.http.Header;
import org.junit.jupiter.api.Test;

/** The server's check of upgrade requests: every way a request can be wrong, with status, text and fields. */
class ServerHandshakeTest {
    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    /** A valid request's fields, changed by {@code edits}: "Name: value" sets, "-Name" deletes, "+Name: value" adds. */
    static Header request(String... edits) {
        Header h = new Header();
        h.set("Upgrade", "websocket");
        h.set("Connection", "Upgrade");
        h.set("Sec-WebSocket-Key", KEY);
        h.set("Sec-WebSocket-Version", "13");
        return edit(h, edits);
    }

    /** Applies {@code edits} as {@link #request} describes them. */
    static Header edit(Header h, String... edits) {
        for (String e : edits) {
            if (e.startsWith("-")) {
                h.del(e.substring(1));
            } else {
                boolean add = e.startsWith("+");
                int colon = e.indexOf(':');
                String name = e.substring(add ? 1 : 0, colon);
                String value = e.substring(colon + 1).trim();
                if (add) {
                    h.add(name, value);
                } else {
                    h.set(name, value);
                }
            }
        }
        return h;
    }

    private record AcceptCase(String method, String proto, String[] header, String want) {
    }

    /** Method, proto, edits, expected: "101 <subprotocol>" or "<status> <text> <error fields>". */
    private static final AcceptCase[] ROWS = {
        new AcceptCase("GET", "HTTP/1.1", new String[] {},
            "101  map[Connection:[Upgrade] Sec-Websocket-Accept:[s3pPLMBiTxaQ9kYGzzhZRbK+xOo=] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/2.0", new String[] {}, "101 "),
        new AcceptCase("GET", "HTTP/1.10", new String[] {}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Connection: keep-alive, UPGRADE", "Upgrade: WebSocket"},
            "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Upgrade: h2c, websocket"}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Extensions: permessage-deflate"}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Version: 13 "}, "101 "),
        new AcceptCase("GET", "HTTP/1.0", new String[] {},
            "426 WebSocket protocol violation: handshake request must be at least HTTP/1.1: \"HTTP/1.0\" map[]"),
        new AcceptCase("GET", "HTTP/1", new String[] {},
            "426 WebSocket protocol violation: handshake request must be at least HTTP/1.1: \"HTTP/1\" map[]"),
        new AcceptCase("GET", "HTTP/x.1", new String[] {},
            "426 WebSocket protocol violation: handshake request must be at least HTTP/1.1: \"HTTP/x.1\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"-Connection"},
            "426 WebSocket protocol violation: Connection header \"\" does not contain Upgrade map[Connection:[Upgrade] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Connection: keep-alive"},
            "426 WebSocket protocol violation: Connection header \"keep-alive\" does not contain Upgrade map[Connection:[Upgrade] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Connection: upgraded"},
            "426 WebSocket protocol violation: Connection header \"upgraded\" does not contain Upgrade map[Connection:[Upgrade] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"-Upgrade"},
            "426 WebSocket protocol violation: Upgrade header \"\" does not contain websocket map[Connection:[Upgrade] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Upgrade: h2c"},
            "426 WebSocket protocol violation: Upgrade header \"h2c\" does not contain websocket map[Connection:[Upgrade] Upgrade:[websocket]]"),
        new AcceptCase("POST", "HTTP/1.1", new String[] {},
            "405 WebSocket protocol violation: handshake request method is not GET but \"POST\" map[]"),
        new AcceptCase("get", "HTTP/1.1", new String[] {},
            "405 WebSocket protocol violation: handshake request method is not GET but \"get\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"-Sec-WebSocket-Version"},
            "426 unsupported WebSocket protocol version (only 13 is supported): \"\" map[Sec-Websocket-Version:[13]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Version: 8"},
            "426 unsupported WebSocket protocol version (only 13 is supported): \"8\" map[Sec-Websocket-Version:[13]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"+Sec-WebSocket-Version: 8"},
            "426 unsupported WebSocket protocol version (only 13 is supported): \"13\" map[Sec-Websocket-Version:[13]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Version: 13, 8"},
            "426 unsupported WebSocket protocol version (only 13 is supported): \"13, 8\" map[Sec-Websocket-Version:[13]]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"-Sec-WebSocket-Key"},
            "400 WebSocket protocol violation: missing Sec-WebSocket-Key map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Key:"},
            "400 WebSocket protocol violation: missing Sec-WebSocket-Key map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Key: c2hvcnQ="},
            "400 WebSocket protocol violation: invalid Sec-WebSocket-Key \"c2hvcnQ=\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"+Sec-WebSocket-Key: " + KEY},
            "400 WebSocket protocol violation: invalid Sec-WebSocket-Key \"" + KEY + ", " + KEY + "\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin: http://example.com"}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin: https://EXAMPLE.com"}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin: http://evil.com"},
            "403 request Origin \"http://evil.com\" is not authorized for Host \"example.com\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin: http://example.com:8080"},
            "403 request Origin \"http://example.com:8080\" is not authorized for Host \"example.com\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin: null"},
            "403 request Origin \"null\" is not authorized for Host \"example.com\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Origin:"},
            "403 request Origin \"\" is not authorized for Host \"example.com\" map[]"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Protocol: chat"}, "101 chat"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Protocol: mqtt, chat"}, "101 chat"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Protocol: superchat, chat"},
            "101 superchat map[Connection:[Upgrade] Sec-Websocket-Accept:[s3pPLMBiTxaQ9kYGzzhZRbK+xOo=] Sec-Websocket-Protocol:[superchat] Upgrade:[websocket]]"),
        new AcceptCase("GET", "HTTP/1.1",
            new String[] {"Sec-WebSocket-Protocol: mqtt", "+Sec-WebSocket-Protocol: chat, superchat"}, "101 chat"),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Protocol: CHAT"}, "101 "),
        new AcceptCase("GET", "HTTP/1.1", new String[] {"Sec-WebSocket-Protocol: mqtt"}, "101 "),
    };

    @Test
    void requests() {
        ServerHandshake hs = new ServerHandshake().withSubprotocols("chat", "superchat");
        Failures f = new Failures();
        for (AcceptCase row : ROWS) {
            f.row();
            String want = row.want();
            String got;
            try {
                ServerHandshake.Accepted a = hs.accept(row.method(), row.proto(), "example.com", request(row.header()));
                got = "101 " + a.subprotocol();
                if (want.contains("map[")) {
                    got += " " + a.responseHeader();
                }
            } catch (HandshakeException e) {
                got = e.status() + " " + e.getMessage() + " " + e.header();
            }
            f.expect("accept(" + row.method() + " " + row.proto() + " " + String.join(" | ", row.header()) + ")", got,
                    want);
        }
        f.done(37);
    }

    private record OriginHostCase(String origin, String host) {
    }

    @Test
    void originPolicies() throws HandshakeException {
        Header evil = request("Origin: https://app.example.org");
        assertThrows(HandshakeException.class, () -> new ServerHandshake().accept("GET", "HTTP/1.1", "example.com", evil));
        new ServerHandshake().withOriginPolicy(OriginPolicy.ANY).accept("GET", "HTTP/1.1", "example.com", evil);
        new ServerHandshake().withOriginPolicy(OriginPolicy.sameHostOr("APP.example.org")).accept("GET", "HTTP/1.1", "example.com", evil);
        assertThrows(HandshakeException.class, () -> new ServerHandshake().withOriginPolicy(OriginPolicy.sameHostOr("other.org"))
                .accept("GET", "HTTP/1.1", "example.com", evil));
        OriginHostCase[] hosts = {
            new OriginHostCase("http://a.com", "a.com"), new OriginHostCase("https://a.com:8443", "a.com:8443"),
            new OriginHostCase("http://a.com/path", "a.com"), new OriginHostCase("null", null),
            new OriginHostCase("a.com", null), new OriginHostCase("://a.com", null),
            new OriginHostCase("http://", null), new OriginHostCase("http://[::1]:80", "[::1]:80"),
        };
        for (OriginHostCase h : hosts) {
            assertEquals(h.host(), OriginPolicy.hostOf(h.origin()), () -> "hostOf(\"" + h.origin() + "\")");
        }
    }

    @Test
    void configuration() {
        ServerHandshake hs = new ServerHandshake();
        assertEquals(0, hs.subprotocols().size());
        assertEquals(OriginPolicy.SAME_HOST, hs.originPolicy());
        assertEquals(java.util.List.of("a", "b"), hs.withSubprotocols("a", "b").subprotocols());
        assertThrows(IllegalArgumentException.class, () -> hs.withSubprotocols("a b"));
        assertThrows(IllegalArgumentException.class, () -> hs.withSubprotocols(""));
        assertThrows(IllegalArgumentException.class, () -> hs.withSubprotocols((String) null));
        assertThrows(NullPointerException.class, () -> hs.withOriginPolicy(null));
        HandshakeException e = assertThrows(HandshakeException.class, () -> hs.accept("GET", "HTTP/1.1", "h", request("-Upgrade")));
        assertEquals(true, e.header().isReadOnly());
        assertEquals(false, e.isTimeout());
    }
}
