package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPAddr;
import dev.gonet.http.Server;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code Net.dial("ws", url)} on the JVM: real addresses, subprotocols, errors, and server shutdown over TCP. */
@Timeout(30)
class WebSocketDialTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Server serve(Listener ln, WebSocket.Options opts) {
        // Echoes messages up to the 1 MiB a gonet client sends per message (over the 32 KiB default).
        Server srv = new Server("", WebSocket.handler(opts.withMaxMessageSize(WebSocketConn.MAX_WRITE_MESSAGE), (c, r) -> {
            c.write(utf8(c.subprotocol() + "|" + r.remoteAddr() + "|"));
            c.inputStream().transferTo(c.outputStream());
        }));
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // shut down by the test
            }
        });
        return srv;
    }

    @Test
    void dialsWsWithRealAddressesAndSubprotocols() throws Exception {
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Server srv = serve(ln, new WebSocket.Options().withSubprotocols("v2", "v1"));
        try {
            Conn conn = new Dialer().withSubprotocols("v1", "v2").dial("ws", "ws://" + ln.addr() + "/echo");
            WebSocketConn c = (WebSocketConn) conn;
            assertEquals("v1", c.subprotocol());
            assertTrue(c.localAddr() instanceof TCPAddr, String.valueOf(c.localAddr()));
            assertEquals(ln.addr().toString(), c.remoteAddr().toString());
            String hello = "v1|" + c.localAddr() + "|";
            assertArrayEquals(utf8(hello), c.inputStream().readNBytes(hello.length()));
            byte[] big = new byte[3 << 20];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            Thread w = Thread.ofVirtual().start(() -> {
                try {
                    c.write(big);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            assertArrayEquals(big, c.inputStream().readNBytes(big.length));
            w.join();
            c.close();
        } finally {
            srv.shutdown(Duration.ofSeconds(5));
        }
    }

    @Test
    void dialErrorsAreOneNetException() throws Exception {
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        String port = Net.splitHostPort(ln.addr().toString()).port();
        ln.close(); // nobody listens there now
        record Row(String network, String url, String text) {
        }
        List<Row> rows = List.of(
                new Row("ws", "ws://127.0.0.1:" + port + "/x", "dial ws 127.0.0.1:" + port + ": connect: connection refused"),
                new Row("ws", "wss://127.0.0.1:" + port + "/x",
                        "dial ws wss://127.0.0.1:" + port + "/x: address wss://127.0.0.1:" + port
                                + "/x: url scheme \"wss\" does not match network ws (use wss)"),
                new Row("wss", "wss://127.0.0.1:" + port + "/x", "dial wss 127.0.0.1:" + port + ": connect: connection refused"));
        for (Row row : rows) {
            NetException e = assertThrows(NetException.class, () -> Net.dial(row.network, row.url), row.url);
            assertEquals(row.text, e.getMessage(), "dial(" + row.network + ", " + row.url + ")");
            assertEquals("dial", e.op(), "dial(" + row.network + ", " + row.url + ") Op");
        }
        Listener plain = Net.listen("tcp", "127.0.0.1:0");
        Server http = new Server("", (w, r) -> w.writeString("not a websocket"));
        Thread.ofVirtual().start(() -> {
            try {
                http.serve(plain);
            } catch (IOException e) {
                // shut down below
            }
        });
        try {
            NetException e = assertThrows(NetException.class, () -> Net.dial("ws", "ws://" + plain.addr() + "/"));
            assertEquals("dial ws " + plain.addr() + ": expected handshake response status code 101 but got 200",
                    e.getMessage());
        } finally {
            http.shutdown(Duration.ofSeconds(5));
        }
    }

    @Test
    void dialTimeoutBoundsTheHandshake() throws Exception {
        Listener ln = Net.listen("tcp", "127.0.0.1:0"); // accepts (backlog) but never answers
        try {
            long t0 = System.currentTimeMillis();
            NetException e = assertThrows(NetException.class,
                    () -> Net.dialTimeout("ws", "ws://" + ln.addr() + "/", Duration.ofMillis(200)));
            assertTrue(e.isTimeout(), e.getMessage());
            assertSame(Sentinel.DEADLINE_EXCEEDED, Sentinel.of(e));
            assertTrue(System.currentTimeMillis() - t0 < 10_000);
        } finally {
            ln.close();
        }
    }

    /** Server shutdown over TCP: the client reads end of stream after the server's 1001 close. */
    @Test
    void shutdownSendsGoingAwayToClients() throws Exception {
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Server srv = serve(ln, new WebSocket.Options());
        WebSocketConn c = (WebSocketConn) Net.dial("ws", "ws://" + ln.addr() + "/");
        String hello = "|" + c.localAddr() + "|";
        assertArrayEquals(utf8(hello), c.inputStream().readNBytes(hello.length()));
        srv.shutdown(Duration.ofSeconds(5));
        assertEquals(-1, c.read(new byte[1]));
        c.close();
    }
}
