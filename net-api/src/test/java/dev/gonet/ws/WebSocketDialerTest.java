package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.Header;
import dev.gonet.http.ServeMux;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.RequestHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client handshake over {@code mem} ({@link WebSocketDialer#upgrade}); TCP and TLS dials are net-native's. */
@Timeout(30)
class WebSocketDialerTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A one-shot server on mem that answers the upgrade request with {@code answer(request head)}. */
    private static String cannedServer(Function<RequestHead, String> answer, BlockingQueue<RequestHead> seen)
            throws IOException {
        Listener ln = Net.listen("mem", "");
        Thread.ofVirtual().start(() -> {
            try (ln; Conn c = ln.accept()) {
                RequestHead h = new Http1Reader(c.inputStream()).readRequest();
                seen.add(h);
                c.write(utf8(answer.apply(h)));
                c.read(new byte[1]); // until the client gives up
            } catch (IOException e) {
                // the client closed
            }
        });
        return ln.addr().toString();
    }

    @Test
    void badHandshakeResponsesFailTheDialOnce() throws Exception {
        record Row(String name, Function<RequestHead, String> answer, String[] offer, String cause) {
        }
        Function<RequestHead, String> wrongAccept = h -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: AAAA\r\n\r\n";
        Function<RequestHead, String> okWith = h -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                + Handshake.computeAccept(h.header().get("Sec-WebSocket-Key")) + "\r\n";
        List<Row> rows = List.of(
                new Row("403", h -> "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", new String[0],
                        "expected handshake response status code 101 but got 403"),
                new Row("wrong accept", wrongAccept, new String[0],
                        "WebSocket protocol violation: invalid Sec-WebSocket-Accept \"AAAA\", key \""),
                new Row("unoffered subprotocol", h -> okWith.apply(h) + "Sec-WebSocket-Protocol: evil\r\n\r\n",
                        new String[] {"good"},
                        "WebSocket protocol violation: unexpected Sec-WebSocket-Protocol from server: \"evil\""),
                new Row("extension", h -> okWith.apply(h) + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
                        new String[0], "WebSocket protocol violation: unexpected Sec-WebSocket-Extensions from server"),
                new Row("not HTTP", h -> "SSH-2.0-OpenSSH\r\n\r\n", new String[0], null));
        for (Row row : rows) {
            String name = cannedServer(row.answer, new ArrayBlockingQueue<>(1));
            Conn c = Net.dial("mem", name);
            NetException e = assertThrows(NetException.class, () -> new WebSocketDialer().withSubprotocols(row.offer)
                    .upgrade(c, "ws", "ws://" + name + "/x"), row.name);
            assertEquals("dial", e.op(), row.name);
            assertEquals("ws", e.net(), row.name);
            assertTrue(e.getMessage().startsWith("dial ws " + name + ":80: "), e.getMessage());
            if (row.cause != null) {
                assertTrue(e.getCause() instanceof HandshakeException, row.name + ": " + e.getCause());
                assertTrue(e.getCause().getMessage().startsWith(row.cause), row.name + ": " + e.getMessage());
            }
            assertThrows(IOException.class, () -> c.write(new byte[1]), row.name + ": the conn is closed");
        }
    }

    /**
     * A frame right behind the 101 (the reader's buffered bytes) is the first data read, whether
     * the server sends everything in one write or one byte at a time.
     */
    @Test
    void firstFrameBehindThe101IsKept() throws Exception {
        for (boolean oneByte : new boolean[] {false, true}) {
            Listener ln = Net.listen("mem", "");
            Thread.ofVirtual().start(() -> {
                try (ln; Conn c = ln.accept()) {
                    RequestHead h = new Http1Reader(c.inputStream()).readRequest();
                    byte[] head = utf8("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + Handshake.computeAccept(h.header().get("Sec-WebSocket-Key"))
                            + "\r\n\r\n");
                    byte[] all = new byte[head.length + 4];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(new byte[] {(byte) 0x82, 2, 'h', 'i'}, 0, all, head.length, 4);
                    if (oneByte) {
                        for (byte b : all) {
                            c.write(new byte[] {b});
                        }
                    } else {
                        c.write(all);
                    }
                    c.read(new byte[1]);
                } catch (IOException e) {
                    // the client closed
                }
            });
            WebSocketConn c = new WebSocketDialer().upgrade(Net.dial("mem", ln.addr().toString()), "ws",
                    "ws://" + ln.addr() + "/");
            assertArrayEquals(utf8("hi"), c.inputStream().readNBytes(2), "one byte at a time: " + oneByte);
            c.close();
        }
    }

    @Test
    void requestCarriesTheHandshakeCustomFieldsAndTarget() throws Exception {
        BlockingQueue<RequestHead> seen = new ArrayBlockingQueue<>(1);
        String name = cannedServer(h -> "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", seen);
        Header extra = new Header();
        extra.set("Authorization", "Bearer t");
        extra.set("Origin", "https://ui.example");
        extra.set("Sec-WebSocket-Version", "99"); // the handshake's own fields win
        extra.set("Host", "ignored.example");
        assertThrows(NetException.class, () -> new WebSocketDialer().withHeader(extra).withSubprotocols("a", "b")
                .upgrade(Net.dial("mem", name), "ws", "ws://" + name + ":81/path?q=1"));
        RequestHead h = seen.poll(5, TimeUnit.SECONDS);
        assertEquals("GET", h.method());
        assertEquals("/path?q=1", h.requestURI());
        assertEquals(name + ":81", h.host());
        assertEquals("Bearer t", h.header().get("Authorization"));
        assertEquals("https://ui.example", h.header().get("Origin"));
        assertEquals("13", h.header().get("Sec-WebSocket-Version"));
        assertEquals("a, b", h.header().get("Sec-WebSocket-Protocol"));
        assertTrue(Handshake.isValidKey(h.header().get("Sec-WebSocket-Key")));
    }

    /** A field that would split the request or carry a control character, or a name that is no token. */
    record BadField(String key, String value, String want) {
    }

    @Test
    void fieldValuesCannotSplitTheRequest() throws Exception {
        List<BadField> rows = List.of(
                new BadField("X-Evil", "a\r\nHost: other", "net/http: invalid header field value for \"X-Evil\""),
                new BadField("X-Nul", "a\u0000b", "net/http: invalid header field value for \"X-Nul\""),
                new BadField("X-Esc", "\u001b[31m", "net/http: invalid header field value for \"X-Esc\""),
                new BadField("Bad Name", "v", "net/http: invalid header field name \"Bad Name\""));
        try (MemWs ws = new MemWs(new ServeMux())) {
            for (BadField row : rows) {
                Header bad = new Header();
                bad.putRaw(row.key(), row.value());
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> ws.dial(new WebSocketDialer().withHeader(bad), "/"), row.toString());
                assertEquals(row.want(), e.getMessage(), row.toString());
            }
        }
    }

    @Test
    void handshakeBoundedByTheConnDeadline() throws Exception {
        Listener ln = Net.listen("mem", "");
        Conn c = Net.dial("mem", ln.addr().toString());
        Conn silent = ln.accept(); // never answers
        c.setDeadline(Instant.now().plusMillis(100));
        NetException e = assertThrows(NetException.class,
                () -> new WebSocketDialer().upgrade(c, "ws", "ws://" + ln.addr() + "/"));
        assertTrue(e.isTimeout(), e.getMessage());
        silent.close();
        ln.close();
    }

    @Test
    void upgradesOverMemAndTalks() throws Exception {
        try (MemWs ws = new MemWs(WebSocket.handler((c, r) -> c.inputStream().transferTo(c.outputStream())))) {
            WebSocketConn c = ws.dial("/echo");
            c.write(utf8("ping?"));
            assertArrayEquals(utf8("ping?"), c.inputStream().readNBytes(5));
            assertEquals("", c.subprotocol());
            c.close();
        }
    }

    @Test
    void dialerOptionsAreImmutable() {
        WebSocketDialer d = new WebSocketDialer();
        WebSocketDialer e = d.withSubprotocols("x");
        assertEquals(List.of(), d.subprotocols());
        assertEquals(List.of("x"), e.subprotocols());
        assertEquals(List.of("x"), e.dialer().subprotocols());
        assertThrows(IllegalArgumentException.class, () -> d.withSubprotocols("x", "x"));
        assertThrows(IllegalArgumentException.class, () -> d.withSubprotocols("a b"));
    }
}
