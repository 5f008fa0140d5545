package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.Conn;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.ResponseHead;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The relay's allowlist and its HTTP answers before any dial; bridging over TCP is net-native's RelayTcpTest. */
@Timeout(30)
class RelayTest {

    @Test
    void allowlist() {
        Relay r = Relay.allowing("127.0.0.1:22", "Db.Example:5432", "[::1]:*");
        record Row(String target, boolean allowed) {
        }
        List<Row> rows = List.of(new Row("127.0.0.1:22", true), new Row("127.0.0.1:23", false),
                new Row("db.example:5432", true), new Row("DB.EXAMPLE:5432", true), new Row("db.example:5433", false),
                new Row("[::1]:1", true), new Row("[::1]:65535", true), new Row("::1", false),
                new Row("127.0.0.2:22", false), new Row("", false), new Row("127.0.0.1", false));
        for (Row row : rows) {
            assertEquals(row.allowed, r.allows(row.target), row.target);
        }
        assertEquals(false, Relay.allowing().allows("127.0.0.1:22"), "empty allowlist allows nothing");
        assertThrows(IllegalArgumentException.class, () -> Relay.allowing("no-port"));
        assertThrows(IllegalArgumentException.class, () -> Relay.allowing(":22"));
    }

    /** Refusals come before the upgrade: status and text, as documented. */
    @Test
    void refusesWithStatusAndText() throws Exception {
        record Row(String query, int status, String body) {
        }
        List<Row> rows = List.of(
                new Row("", 400, "relay: missing target query parameter\n"),
                new Row("?target=", 400, "relay: missing target query parameter\n"),
                new Row("?target=10.0.0.1", 400,
                        "relay: invalid target \"10.0.0.1\": address 10.0.0.1: missing port in address\n"),
                new Row("?target=10.0.0.1:22", 403, "relay: target \"10.0.0.1:22\" is not allowed\n"),
                new Row("?target=127.0.0.1:23", 403, "relay: target \"127.0.0.1:23\" is not allowed\n"));
        try (MemWs ws = new MemWs(Relay.allowing("127.0.0.1:22"))) {
            for (Row row : rows) {
                Conn c = ws.raw();
                c.write(("GET /relay" + row.query + " HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                Http1Reader r = new Http1Reader(c.inputStream());
                ResponseHead h = r.readResponse("GET");
                assertEquals(row.status, h.statusCode(), row.query);
                assertEquals(row.body, new String(r.body(h).readAllBytes(), StandardCharsets.UTF_8), row.query);
                c.close();
            }
        }
    }

    /** The settings: documented defaults, immutable copies, and what they refuse. */
    @Test
    void settings() {
        Relay r = Relay.allowing("127.0.0.1:22");
        assertEquals(Relay.DEFAULT_MAX_CONNS, r.maxConns());
        assertEquals(256, Relay.DEFAULT_MAX_CONNS);
        assertEquals(null, r.idleTimeout(), "the server's by default");
        assertEquals(Duration.ofMinutes(2), Relay.DEFAULT_IDLE_TIMEOUT);
        assertEquals(Duration.ofSeconds(30), r.writeTimeout());
        assertEquals(64 << 10, r.options().config().readBufferSize());
        assertEquals(64 << 10, r.options().config().writeBufferSize());
        assertEquals(List.of("binary"), r.options().subprotocols());
        Relay s = r.withMaxConns(3).withIdleTimeout(Duration.ofSeconds(1)).withWriteTimeout(Duration.ofSeconds(2));
        assertEquals(3, s.maxConns());
        assertEquals(Duration.ofSeconds(1), s.idleTimeout());
        assertEquals(Duration.ofSeconds(2), s.writeTimeout());
        assertEquals(Relay.DEFAULT_MAX_CONNS, r.maxConns(), "r unchanged");
        assertEquals(List.of("127.0.0.1:22"), s.allowed());
        assertThrows(IllegalArgumentException.class, () -> r.withMaxConns(0));
        assertThrows(IllegalArgumentException.class, () -> r.withIdleTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> r.withWriteTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> r.withAllowedOrigins("not an origin"));
    }

    /**
     * DNS rebinding (issue 10, point 8): Host evil.example with Origin http://evil.example got
     * 101 from the relay before; with allowed origins it is 403 before any upgrade or dial.
     */
    @Test
    void allowedOriginsRefuseARebindingPage() throws Exception {
        Relay r = Relay.allowing("127.0.0.1:22").withAllowedOrigins("http://127.0.0.1:8080");
        try (MemWs ws = new MemWs(r)) {
            String[] got = exchange(ws, "/relay?target=127.0.0.1:22", "evil.example", "http://evil.example");
            assertEquals("403", got[0]);
            assertEquals("request Origin \"http://evil.example\" is not authorized for Host \"evil.example\"\n", got[1]);
        }
    }

    /** Sends an upgrade for {@code path} with {@code host} and {@code origin} (null: none); status and body. */
    private static String[] exchange(MemWs ws, String path, String host, String origin) throws Exception {
        Conn c = ws.raw();
        try {
            c.write(("GET " + path + " HTTP/1.1\r\nHost: " + (host == null ? "x" : host)
                    + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Http1Reader r = new Http1Reader(c.inputStream());
            ResponseHead h = r.readResponse("GET");
            String body = h.statusCode() == 101 ? "" : new String(r.body(h).readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {String.valueOf(h.statusCode()), body};
        } finally {
            c.close();
        }
    }
}
