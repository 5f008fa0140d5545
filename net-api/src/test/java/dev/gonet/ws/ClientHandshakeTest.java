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

    /** Status, edits, expected: the chosen subprotocol in brackets, or the error text. */
    private static final Object[][] ROWS = {
        {101, new String[] {}, "[]"},
        {101, new String[] {"Connection: keep-alive, upgrade", "Upgrade: WEBSOCKET"}, "[]"},
        {101, new String[] {"Sec-WebSocket-Protocol: chat"}, "[chat]"},
        {101, new String[] {"Sec-WebSocket-Protocol: superchat "}, "[superchat]"},
        {200, new String[] {}, "expected handshake response status code 101 but got 200"},
        {426, new String[] {}, "expected handshake response status code 101 but got 426"},
        {101, new String[] {"-Connection"}, "WebSocket protocol violation: Connection header \"\" does not contain Upgrade"},
        {101, new String[] {"Connection: close"}, "WebSocket protocol violation: Connection header \"close\" does not contain Upgrade"},
        {101, new String[] {"-Upgrade"}, "WebSocket protocol violation: Upgrade header \"\" does not contain websocket"},
        {101, new String[] {"Upgrade: websockets"}, "WebSocket protocol violation: Upgrade header \"websockets\" does not contain websocket"},
        {101, new String[] {"-Sec-WebSocket-Accept"},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"\", key \"" + KEY + "\""},
        {101, new String[] {"Sec-WebSocket-Accept: " + KEY},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"" + KEY + "\", key \"" + KEY + "\""},
        {101, new String[] {"Sec-WebSocket-Accept: s3pplmbitxaq9kygzzhzrbk+xoo="},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"s3pplmbitxaq9kygzzhzrbk+xoo=\", key \"" + KEY + "\""},
        {101, new String[] {"+Sec-WebSocket-Accept: " + ACCEPT},
            "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"" + ACCEPT + "\", key \"" + KEY + "\""},
        {101, new String[] {"Sec-WebSocket-Protocol: mqtt"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"mqtt\""},
        {101, new String[] {"Sec-WebSocket-Protocol: Chat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"Chat\""},
        {101, new String[] {"Sec-WebSocket-Protocol: chat, superchat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"chat, superchat\""},
        {101, new String[] {"Sec-WebSocket-Protocol: chat", "+Sec-WebSocket-Protocol: chat"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"chat, chat\""},
        {101, new String[] {"Sec-WebSocket-Extensions: permessage-deflate"},
            "WebSocket protocol violation: unexpected Sec-WebSocket-Extensions from server: \"permessage-deflate\""},
        {101, new String[] {"Sec-WebSocket-Extensions:"}, "[]"},
    };

    @Test
    void responses() {
        ClientHandshake hs = ClientHandshake.withKey(KEY, "chat", "superchat");
        Failures f = new Failures();
        for (Object[] row : ROWS) {
            f.row();
            String got;
            try {
                got = "[" + hs.verify((Integer) row[0], response((String[]) row[1])) + "]";
            } catch (HandshakeException e) {
                got = e.getMessage();
                f.expect("status", e.status(), row[0]);
            }
            f.expect("verify(" + row[0] + " " + String.join(" | ", (String[]) row[1]) + ")", got, row[2]);
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

    @Test
    void clientAndServerAgree() throws HandshakeException {
        // The client's request through the server, and the server's answer through the client, for each subprotocol mix.
        String[][][] cases = {
            {{}, {}, {""}}, {{"chat"}, {"chat"}, {"chat"}}, {{"v2", "v1"}, {"v1", "v2"}, {"v2"}}, {{"x"}, {"y"}, {""}},
        };
        Random rnd = new Random(9);
        for (String[][] c : cases) {
            ClientHandshake client = new ClientHandshake(rnd, c[0]);
            Header req = client.requestHeader();
            req.set("Origin", "http://localhost:8080");
            ServerHandshake.Accepted a = new ServerHandshake().withSubprotocols(c[1]).accept("GET", "HTTP/1.1", "localhost:8080", req);
            assertEquals(c[2][0], a.subprotocol());
            assertEquals(c[2][0], client.verify(101, a.responseHeader()));
        }
    }
}
