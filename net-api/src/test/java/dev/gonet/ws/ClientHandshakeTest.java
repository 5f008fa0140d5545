package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Failures;
import dev.gonet.http.Header;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The client's request fields and its check of the server's 101, end to end with {@link ServerHandshake}. */
class ClientHandshakeTest {
    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    private static final String ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    /** A valid 101's fields, changed by {@code edits} as in {@link ServerHandshakeTest#request}. */
    private static Header response(String... edits) {
        Header h = new Header();
        h.set("Upgrade", "websocket");
        h.set("Connection", "Upgrade");
        h.set("Sec-WebSocket-Accept", ACCEPT);
        return ServerHandshakeTest.edit(h, edits);
    }

    private record VerifyCase(int status, String[] header, String want) {
    }

    /** Status, edits, expected: the chosen subprotocol in brackets, or the error text. */
    private static final VerifyCase[] ROWS = {
        new VerifyCase(101, new String[] {}, "[]"),
        new VerifyCase(101, new String[] {"Connection: keep-alive, upgrade", "Upgrade: WEBSOCKET"}, "[]"),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: chat"}, "[chat]"),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: superchat "}, "[superchat]"),
        new VerifyCase(200, new String[] {}, "expected handshake response status code 101 but got 200"),
        new VerifyCase(426, new String[] {}, "expected handshake response status code 101 but got 426"),
        new VerifyCase(101, new String[] {"-Connection"},
            "WebSocket protocol violation: Connection header \"\" does not contain Upgrade"),
        new VerifyCase(101, new String[] {"Connection: close"},
            "WebSocket protocol violation: Connection header \"close\" does not contain Upgrade"),
        new VerifyCase(101, new String[] {"-Upgrade"},
            "WebSocket protocol violation: Upgrade header \"\" does not contain websocket"),
        new VerifyCase(101, new String[] {"Upgrade: websockets"},
            "WebSocket protocol violation: Upgrade header \"websockets\" does not contain websocket"),
        new VerifyCase(101, new String[] {"-Sec-WebSocket-Accept"},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"\", key \"" + KEY + "\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Accept: " + KEY},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"" + KEY + "\", key \"" + KEY + "\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Accept: s3pplmbitxaq9kygzzhzrbk+xoo="},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"s3pplmbitxaq9kygzzhzrbk+xoo=\", key \"" + KEY + "\""),
        new VerifyCase(101, new String[] {"+Sec-WebSocket-Accept: " + ACCEPT},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"" + ACCEPT + "\", key \"" + KEY + "\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: mqtt"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"mqtt\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: Chat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"Chat\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: chat, superchat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"chat, superchat\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Protocol: chat", "+Sec-WebSocket-Protocol: chat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"chat, chat\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Extensions: permessage-deflate"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Extensions from server: \"permessage-deflate\""),
        new VerifyCase(101, new String[] {"Sec-WebSocket-Extensions:"}, "[]"),
    };

    @Test
    void responses() {
        ClientHandshake hs = ClientHandshake.withKey(KEY, "chat", "superchat");
        Failures f = new Failures();
        for (VerifyCase row : ROWS) {
            f.row();
            String got;
            try {
                got = "[" + hs.verify(row.status(), response(row.header())) + "]";
            } catch (HandshakeException e) {
                got = e.getMessage();
                f.expect("status", e.status(), row.status());
            }
            f.expect("verify(" + row.status() + " " + String.join(" | ", row.header()) + ")", got, row.want());
        }
        f.done(20);
    }

    @Test
    void offeringNoSubprotocolRejectsAnyChosen() {
        HandshakeException e = assertThrows(HandshakeException.class,
                () -> ClientHandshake.withKey(KEY).verify(101, response("Sec-WebSocket-Protocol: chat")));
        assertEquals("WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"chat\"", e.getMessage());
    }

    @Test
    void requestFields() {
        assertEquals("map[Connection:[Upgrade] Sec-Websocket-Key:[" + KEY + "] Sec-Websocket-Protocol:[chat, superchat] "
                + "Sec-Websocket-Version:[13] Upgrade:[websocket]]", ClientHandshake.withKey(KEY, "chat", "superchat").requestHeader().toString());
        assertEquals(false, ClientHandshake.withKey(KEY).requestHeader().has("Sec-WebSocket-Protocol"));
        ClientHandshake random = new ClientHandshake(new Random(3), "a");
        assertTrue(Handshake.isValidKey(random.key()));
        assertEquals(List.of("a"), random.subprotocols());
        assertThrows(IllegalArgumentException.class, () -> ClientHandshake.withKey("short"));
        assertThrows(IllegalArgumentException.class, () -> ClientHandshake.withKey(KEY, "a", "a"));
        assertThrows(IllegalArgumentException.class, () -> ClientHandshake.withKey(KEY, "a,b"));
        assertThrows(IllegalArgumentException.class, () -> ClientHandshake.withKey(KEY, (String) null));
    }

    /** The subprotocols a client offers and a server supports, and the one they settle on ("" for none). */
    private record AgreeCase(String[] client, String[] server, String want) {
    }

    @Test
    void clientAndServerAgree() throws HandshakeException {
        // The client's request through the server, and the server's answer through the client, for each subprotocol mix.
        AgreeCase[] cases = {
            new AgreeCase(new String[] {}, new String[] {}, ""),
            new AgreeCase(new String[] {"chat"}, new String[] {"chat"}, "chat"),
            new AgreeCase(new String[] {"v2", "v1"}, new String[] {"v1", "v2"}, "v2"),
            new AgreeCase(new String[] {"x"}, new String[] {"y"}, ""),
        };
        Random rnd = new Random(9);
        for (AgreeCase c : cases) {
            ClientHandshake client = new ClientHandshake(rnd, c.client());
            Header req = client.requestHeader();
            req.set("Origin", "http://localhost:8080");
            ServerHandshake.Accepted a = new ServerHandshake().withSubprotocols(c.server())
                    .accept("GET", "HTTP/1.1", "localhost:8080", req);
            String what = "client " + List.of(c.client()) + ", server " + List.of(c.server());
            assertEquals(c.want(), a.subprotocol(), what + ": server's subprotocol");
            assertEquals(c.want(), client.verify(101, a.responseHeader()), what + ": client's verify");
        }
    }
}
