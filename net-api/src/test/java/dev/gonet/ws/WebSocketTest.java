package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.http.ServeMux;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.ResponseHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link WebSocket#handler} served by our {@code Server} over {@code mem}: handshake answers, options, lifecycle. */
@Timeout(30)
class WebSocketTest {
    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends {@code request} on a raw conn and reads the response head and (up to 4 KiB of) body. */
    private static String[] exchange(MemWs ws, String request) throws IOException {
        Conn c = ws.raw();
        try {
            c.write(utf8(request));
            Http1Reader r = new Http1Reader(c.inputStream());
            ResponseHead h = r.readResponse("GET");
            String body = h.statusCode() == 101 ? "" : new String(r.body(h).readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {String.valueOf(h.statusCode()), body, String.join(",", h.header().values(
                    "Sec-WebSocket-Version")), h.header().get("Sec-WebSocket-Protocol"), h.header().get("Upgrade")};
        } finally {
            c.close();
        }
    }

    private static String upgrade(String method, String extra) {
        return method + " /ws HTTP/1.1\r\nHost: app.example\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + KEY + "\r\n" + extra + "\r\n";
    }

    /** Failed handshakes: the status, Go's coder/websocket text, and the handler is never called. */
    @Test
    void badUpgradesAreAnsweredInGosWords() throws Exception {
        record Row(String request, int status, String body, String version) {
        }
        List<Row> rows = List.of(
                new Row("GET /ws HTTP/1.1\r\nHost: app.example\r\n\r\n", 426,
                        "WebSocket protocol violation: Connection header \"\" does not contain Upgrade\n", ""),
                new Row("GET /ws HTTP/1.1\r\nHost: app.example\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n", 426,
                        "WebSocket protocol violation: Upgrade header \"h2c\" does not contain websocket\n", ""),
                new Row(upgrade("POST", "Content-Length: 0\r\n"), 405,
                        "WebSocket protocol violation: handshake request method is not GET but \"POST\"\n", ""),
                new Row(upgrade("GET", "").replace("Version: 13", "Version: 8"), 426,
                        "unsupported WebSocket protocol version (only 13 is supported): \"8\"\n", "13"),
                new Row(upgrade("GET", "").replace(KEY, "c2hvcnQ="), 400,
                        "WebSocket protocol violation: invalid Sec-WebSocket-Key \"c2hvcnQ=\"\n", ""),
                new Row(upgrade("GET", "Origin: https://evil.example\r\n"), 403,
                        "request Origin \"https://evil.example\" is not authorized for Host \"app.example\"\n", ""));
        BlockingQueue<String> called = new ArrayBlockingQueue<>(10);
        try (MemWs ws = new MemWs(WebSocket.handler((c, r) -> called.add("called")))) {
            for (Row row : rows) {
                String[] got = exchange(ws, row.request);
                assertEquals(String.valueOf(row.status), got[0], row.request);
                assertEquals(row.body, got[1], row.request);
                assertEquals(row.version, got[2], row.request);
            }
            assertTrue(called.isEmpty(), "the handler ran for a failed handshake");
            // The same-host origin and no origin at all are fine.
            assertEquals("101", exchange(ws, upgrade("GET", "Origin: http://app.example\r\n"))[0]);
            assertEquals("websocket", exchange(ws, upgrade("GET", ""))[4]);
        }
    }

    @Test
    void originPolicyOption() throws Exception {
        WebSocket.Options opts = new WebSocket.Options().withOriginPolicy(OriginPolicy.sameHostOr("ui.example:8443"));
        try (MemWs ws = new MemWs(WebSocket.handler(opts, (c, r) -> { }))) {
            assertEquals("101", exchange(ws, upgrade("GET", "Origin: https://ui.example:8443\r\n"))[0]);
            assertEquals("403", exchange(ws, upgrade("GET", "Origin: https://ui.example\r\n"))[0]);
        }
    }

    /**
     * DNS rebinding (issue 10, point 8): a page at http://evil.example whose name now points at
     * this server sends Host and Origin alike. The same-host default lets it in (before: 101);
     * explicit allowed origins do not.
     */
    @Test
    void allowedOriginsStopDnsRebinding() throws Exception {
        String rebound = upgrade("GET", "Origin: http://evil.example\r\n").replace("Host: app.example", "Host: evil.example");
        try (MemWs same = new MemWs(WebSocket.handler((c, r) -> { }))) {
            assertEquals("101", exchange(same, rebound)[0], "the same-host default cannot tell");
        }
        WebSocket.Options opts = new WebSocket.Options().withAllowedOrigins("https://app.example");
        try (MemWs ws = new MemWs(WebSocket.handler(opts, (c, r) -> { }))) {
            String[] got = exchange(ws, rebound);
            assertEquals("403", got[0]);
            assertEquals("request Origin \"http://evil.example\" is not authorized for Host \"evil.example\"\n", got[1]);
            assertEquals("101", exchange(ws, upgrade("GET", "Origin: https://app.example\r\n"))[0]);
            assertEquals("403", exchange(ws, upgrade("GET", "Origin: http://app.example\r\n"))[0], "same host, other scheme");
            assertEquals("101", exchange(ws, upgrade("GET", ""))[0], "no Origin: not a browser");
        }
    }

    /** The client's order of preference picks among what the server supports; no match is no subprotocol. */
    @Test
    void subprotocolNegotiation() throws Exception {
        record Row(String[] offered, String chosen) {
        }
        List<Row> rows = List.of(new Row(new String[] {"a", "c", "b"}, "c"), new Row(new String[] {"b", "c"}, "b"),
                new Row(new String[] {"x"}, ""), new Row(new String[0], ""));
        WebSocket.Options opts = new WebSocket.Options().withSubprotocols("b", "c");
        try (MemWs ws = new MemWs(WebSocket.handler(opts, (c, r) -> c.write(utf8("[" + c.subprotocol() + "]"))))) {
            for (Row row : rows) {
                WebSocketConn c = ws.dial(new WebSocketDialer().withSubprotocols(row.offered), "/p");
                String want = "[" + row.chosen + "]";
                assertEquals(row.chosen, c.subprotocol(), String.join(",", row.offered));
                assertArrayEquals(utf8(want), c.inputStream().readNBytes(want.length()));
                c.close();
            }
        }
    }

    @Test
    void handlerReturningClosesNormallyAndThrowingWith1011() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handle("GET /done", WebSocket.handler((c, r) -> c.write(utf8("bye"))));
        mux.handle("GET /fail", WebSocket.handler((c, r) -> {
            throw new IllegalStateException("handler broke");
        }));
        try (MemWs ws = new MemWs(mux)) {
            WebSocketConn done = ws.dial("/done");
            assertArrayEquals(utf8("bye"), done.inputStream().readNBytes(3));
            assertEquals(-1, done.read(new byte[1]));
            done.close();
            WebSocketConn fail = ws.dial("/fail");
            NetException e = assertThrows(NetException.class, () -> fail.read(new byte[1]));
            assertEquals(CloseCode.INTERNAL_ERROR, CloseException.statusOf(e));
            fail.close();
        }
    }

    private record HandlerErrorCase(String path, String log) {
    }

    /**
     * A handler's IOException (a broken pipe when the peer left) closes with 1011 but is not a
     * panic and not logged; a RuntimeException or a checked non-IO exception is logged as one.
     */
    @Test
    void onlyNonIOHandlerFailuresAreLoggedAsPanics() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handle("GET /io", WebSocket.handler((c, r) -> {
            throw new java.io.IOException("write tcp 127.0.0.1:8080->127.0.0.1:5000: broken pipe");
        }));
        mux.handle("GET /checked", WebSocket.handler((c, r) -> {
            throw new Exception("checked");
        }));
        mux.handle("GET /bug", WebSocket.handler((c, r) -> {
            throw new IllegalStateException("handler broke");
        }));
        try (MemWs ws = new MemWs(mux)) {
            HandlerErrorCase[] rows = {
                new HandlerErrorCase("/io", null),
                new HandlerErrorCase("/checked", "java.lang.RuntimeException: java.lang.Exception: checked"),
                new HandlerErrorCase("/bug", "java.lang.IllegalStateException: handler broke"),
            };
            for (HandlerErrorCase row : rows) {
                ws.log.clear();
                WebSocketConn c = ws.dial(row.path());
                NetException e = assertThrows(NetException.class, () -> c.read(new byte[1]), row.path());
                assertEquals(CloseCode.INTERNAL_ERROR, CloseException.statusOf(e), row.path());
                c.close();
                long until = System.currentTimeMillis() + 5000;
                while (row.log() != null && ws.log.isEmpty() && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                Thread.sleep(50); // nothing more follows
                if (row.log() == null) {
                    assertTrue(ws.log.isEmpty(), row.path() + ": " + ws.log);
                } else {
                    assertEquals(1, ws.log.size(), row.path() + ": " + ws.log);
                    assertTrue(ws.log.get(0).startsWith("http: panic serving mem-") && ws.log.get(0).contains(
                            " after hijack: " + row.log()), row.path() + ": " + ws.log.get(0));
                }
            }
        }
    }

    /** A frame sent in the same packet as the upgrade request reaches the handler (Hijacked.buffered). */
    @Test
    void bytesAfterTheRequestHeadReachTheHandler() throws Exception {
        try (MemWs ws = new MemWs(WebSocket.handler((c, r) -> c.inputStream().transferTo(c.outputStream())))) {
            Conn raw = ws.raw();
            // A masked binary frame "hi" (mask 0), right behind the head.
            byte[] head = utf8(upgrade("GET", ""));
            byte[] frame = {(byte) 0x82, (byte) 0x82, 0, 0, 0, 0, 'h', 'i'};
            byte[] both = new byte[head.length + frame.length];
            System.arraycopy(head, 0, both, 0, head.length);
            System.arraycopy(frame, 0, both, head.length, frame.length);
            raw.write(both);
            Http1Reader r = new Http1Reader(raw.inputStream());
            assertEquals(101, r.readResponse("GET").statusCode());
            FrameReader fr = new FrameReader(r.source(), Role.CLIENT);
            assertArrayEquals(utf8("hi"), fr.readFrame().payload());
            raw.close();
        }
    }

    /** Server shutdown: every live WebSocket gets a 1001 close; the client reads end of stream. */
    @Test
    void shutdownClosesLiveConnectionsWithGoingAway() throws Exception {
        BlockingQueue<Object> handlerSaw = new ArrayBlockingQueue<>(10);
        MemWs ws = new MemWs(WebSocket.handler((c, r) -> {
            c.write(utf8("ready"));
            try {
                handlerSaw.add(c.read(new byte[16]));
            } catch (IOException e) {
                handlerSaw.add(e);
            }
        }));
        WebSocketConn client = ws.dial("/live");
        assertArrayEquals(utf8("ready"), client.inputStream().readNBytes(5));
        // A raw client sees the close frame itself.
        Conn raw = ws.raw();
        raw.write(utf8(upgrade("GET", "")));
        Http1Reader r = new Http1Reader(raw.inputStream());
        assertEquals(101, r.readResponse("GET").statusCode());
        FrameReader fr = new FrameReader(r.source(), Role.CLIENT);
        assertArrayEquals(utf8("ready"), fr.readFrame().payload());

        ws.server.shutdown(Duration.ofSeconds(5));

        assertEquals(-1, client.read(new byte[1]), "client reads EOF after 1001");
        Frame close = fr.readFrame();
        assertEquals(Opcode.CLOSE, close.opcode());
        assertEquals(CloseCode.GOING_AWAY, close.closeCode());
        assertEquals(WebSocket.SHUTDOWN_REASON, close.closeReason());
        for (int i = 0; i < 2; i++) {
            Object saw = handlerSaw.poll(5, TimeUnit.SECONDS);
            assertTrue(saw instanceof IOException e && Sentinel.CLOSED.in(e), "handler read: " + saw);
        }
        client.close();
        raw.close();
    }

    /** A connection accepted before shutdown that upgrades after the hook ran is closed with 1001 at once. */
    @Test
    void upgradeAfterShutdownBeganIsClosedAtOnce() throws Exception {
        MemWs ws = new MemWs(WebSocket.handler((c, r) -> c.read(new byte[1])));
        Conn early = ws.raw(); // accepted now, sends its upgrade request only after the shutdown began
        WebSocketConn first = ws.dial("/a"); // registers the server's shutdown hook
        BlockingQueue<Object> stopped = shutdownInBackground(ws); // waits for the early conn's request
        assertEquals(-1, first.read(new byte[1]), "the hook ran: 1001 reads as EOF");
        upgradeIsClosedGoingAway(early);
        assertEquals("done", stopped.poll(10, TimeUnit.SECONDS));
        first.close();
        early.close();
    }

    /**
     * The first upgrade a server answers after its shutdown started (no WebSocket was open before,
     * so the handler's shutdown hook is registered only now) is closed with 1001 at once, not
     * left open; the shutdown then completes.
     */
    @Test
    void firstUpgradeAfterShutdownStartedIsClosedAtOnce() throws Exception {
        MemWs ws = new MemWs(WebSocket.handler((c, r) -> c.read(new byte[1])));
        Conn early = ws.raw(); // accepted now, upgrades once the shutdown has started
        try (Conn plain = ws.raw()) { // answered: the server has accepted early too (in order)
            plain.write(utf8("GET /ws HTTP/1.1\r\nHost: app.example\r\n\r\n"));
            assertEquals(426, new Http1Reader(plain.inputStream()).readResponse("GET").statusCode());
        }
        BlockingQueue<Object> stopped = shutdownInBackground(ws);
        for (int i = 0; ; i++) { // the listener closes first: then the hooks have been started
            try (Conn probe = ws.raw()) {
                assertTrue(i < 500, "the shutdown did not start");
                Thread.sleep(10);
            } catch (IOException refused) {
                break;
            }
        }
        upgradeIsClosedGoingAway(early);
        assertEquals("done", stopped.poll(10, TimeUnit.SECONDS));
        early.close();
    }

    /** Starts {@code ws.server.shutdown(10 s)} on a thread; the queue gets "done" or its exception. */
    private static BlockingQueue<Object> shutdownInBackground(MemWs ws) {
        BlockingQueue<Object> stopped = new ArrayBlockingQueue<>(1);
        Thread.ofVirtual().start(() -> {
            try {
                ws.server.shutdown(Duration.ofSeconds(10));
                stopped.add("done");
            } catch (IOException e) {
                stopped.add(e);
            }
        });
        return stopped;
    }

    /** Upgrades on {@code raw}: answered with 101, then closed with 1001 (within 10 s, else i/o timeout). */
    private static void upgradeIsClosedGoingAway(Conn raw) throws IOException {
        raw.setReadDeadline(java.time.Instant.now().plusSeconds(10)); // a forgotten conn fails, not hangs
        raw.write(utf8(upgrade("GET", "")));
        Http1Reader r = new Http1Reader(raw.inputStream());
        assertEquals(101, r.readResponse("GET").statusCode());
        Frame close = new FrameReader(r.source(), Role.CLIENT).readFrame();
        assertEquals(CloseCode.GOING_AWAY, close.closeCode());
    }

    @Test
    void optionsAreImmutableAndValidated() {
        WebSocket.Options o = new WebSocket.Options();
        WebSocket.Options p = o.withSubprotocols("chat");
        assertEquals(List.of(), o.subprotocols());
        assertEquals(List.of("chat"), p.subprotocols());
        assertEquals(OriginPolicy.SAME_HOST, o.originPolicy());
        assertThrows(IllegalArgumentException.class, () -> o.withSubprotocols("bad token"));
        assertThrows(NullPointerException.class, () -> WebSocket.handler(null));
        assertTrue(p.config().pingInterval().isZero(), "no keep-alive pings unless asked");
        WebSocketConfig cfg = new WebSocketConfig().withMaxMessageSize(10);
        assertEquals(10, o.withConfig(cfg).config().maxMessageSize());
        assertEquals(WebSocket.DEFAULT_MAX_MESSAGE_SIZE, o.config().maxMessageSize());
        assertEquals(32 << 10, WebSocket.DEFAULT_MAX_MESSAGE_SIZE, "coder/websocket's default read limit");
        assertEquals(1 << 20, o.withMaxMessageSize(1 << 20).config().maxMessageSize());
        assertEquals(WebSocket.DEFAULT_MAX_MESSAGE_SIZE, o.config().maxMessageSize(), "o unchanged");
        assertThrows(IllegalArgumentException.class, () -> o.withMaxMessageSize(0));
    }
}
