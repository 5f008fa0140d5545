package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.Conn;
import dev.gonet.http.Http1Reader;
import dev.gonet.http.ResponseHead;
import java.nio.charset.StandardCharsets;
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
}
