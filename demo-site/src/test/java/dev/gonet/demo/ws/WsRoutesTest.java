package dev.gonet.demo.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.spi.Platform;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.Frame;
import dev.gonet.ws.FrameReader;
import dev.gonet.ws.Opcode;
import dev.gonet.ws.Role;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo server's WebSocket endpoints, from a JVM client (gonet's own {@code Net.dial("ws")}),
 * on gonet's server on loopback; the browser side of the same endpoints is in browser-tests.
 */
class WsRoutesTest {
    private static final Platform P = new JvmPlatform();
    private static final Dialer D = new Dialer().withPlatform(P).withTimeout(Duration.ofSeconds(5));
    private static Server server;
    private static Listener echo;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        echo = new ListenConfig().withPlatform(P).listen("tcp", "127.0.0.1:0");
        P.startThread("echo", () -> {
            try {
                while (true) {
                    Conn c = echo.accept();
                    P.startThread("echo conn", () -> {
                        byte[] b = new byte[4096];
                        try (c) {
                            int n;
                            while ((n = c.read(b)) >= 0) {
                                c.write(b, 0, n);
                            }
                        } catch (IOException ended) {
                            // client gone
                        }
                    });
                }
            } catch (IOException closed) {
                // listener closed
            }
        });
        ServeMux mux = new ServeMux();
        WsRoutes.register(mux, List.of(echo.addr().toString()));
        Listener ln = new ListenConfig().withPlatform(P).listen("tcp", "127.0.0.1:0");
        server = new Server("", mux).withPlatform(P);
        base = "ws://" + ln.addr();
        P.startThread("server", () -> {
            try {
                server.serve(ln);
            } catch (IOException ignored) {
                // shut down
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        server.shutdown(Duration.ofSeconds(2));
        echo.close();
    }

    private static byte[] readN(Conn c, int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int k = c.read(b, got, n - got);
            if (k < 0) {
                throw new IOException("EOF after " + got);
            }
            got += k;
        }
        return b;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void echoSendsBackEveryByte() throws IOException {
        try (Conn c = D.dial("ws", base + "/ws/echo")) {
            c.write(utf8("hello "));
            c.write(utf8("echo"));
            assertArrayEquals(utf8("hello echo"), readN(c, 10));
        }
    }

    /** Echo takes messages up to MAX_MESSAGE_SIZE (4 MiB, over the handler's 32 KiB default) and no more. */
    @Test
    void echoTakesMessagesUpToItsLimitAndRefusesLarger() throws Exception {
        byte[] big = new byte[3 << 20]; // three 1 MiB messages from a gonet conn
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i % 253);
        }
        try (Conn c = D.dial("ws", base + "/ws/echo")) {
            Thread w = Thread.ofVirtual().start(() -> {
                try {
                    c.write(big);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            assertArrayEquals(big, readN(c, big.length));
            w.join(10_000);
        }
        for (int size : new int[] {WsRoutes.MAX_MESSAGE_SIZE, WsRoutes.MAX_MESSAGE_SIZE + 1}) {
            try (Conn raw = rawUpgrade("/ws/echo")) {
                // Declare the message and send only its first bytes: the limit is checked on the header.
                long n = size;
                byte[] head = {(byte) 0x82, (byte) 0xFF, 0, 0, 0, 0, (byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8),
                    (byte) n, 0, 0, 0, 0};
                raw.write(head);
                byte[] first = new byte[16 << 10];
                java.util.Arrays.fill(first, (byte) 7);
                raw.write(first);
                raw.setReadDeadline(Instant.now().plusSeconds(5));
                Frame f = new FrameReader(raw.inputStream(), Role.CLIENT, 1 << 20).readFrame();
                if (size > WsRoutes.MAX_MESSAGE_SIZE) {
                    assertEquals(Opcode.CLOSE, f.opcode(), "over the limit");
                    assertEquals(CloseCode.MESSAGE_TOO_BIG, f.closeCode());
                    assertEquals("read limited at " + WsRoutes.MAX_MESSAGE_SIZE + " bytes", f.closeReason());
                } else {
                    assertEquals(Opcode.BINARY, f.opcode(), "at the limit the first bytes stream back");
                    assertTrue(f.payload().length > 0 && f.payload()[0] == 7, "echoed " + f.payload().length + " bytes");
                }
            }
        }
    }

    /** A TCP conn to the server that asked for {@code path}'s upgrade and got 101; frames are the caller's. */
    private static Conn rawUpgrade(String path) throws IOException {
        Conn c = new Dialer().withPlatform(P).withTimeout(Duration.ofSeconds(5)).dial("tcp", base.substring(5));
        c.write(utf8("GET " + path + " HTTP/1.1\r\nHost: " + base.substring(5) + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
        StringBuilder head = new StringBuilder();
        byte[] one = new byte[1];
        c.setReadDeadline(Instant.now().plusSeconds(5));
        while (head.indexOf("\r\n\r\n") < 0 && c.read(one) > 0) {
            head.append((char) one[0]); // byte by byte: no frame byte is taken with the head
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 101 "), head.toString());
        c.setReadDeadline(null);
        return c;
    }

    @Test
    void pairSplicesTwoConnectionsBothWaysAndPassesTheClose() throws IOException {
        String url = base + "/ws/pair?id=jvm-test";
        Conn a = D.dial("ws", url);
        try (Conn b = D.dial("ws", url)) {
            a.write(utf8("to b"));
            assertArrayEquals(utf8("to b"), readN(b, 4));
            b.write(utf8("to a"));
            assertArrayEquals(utf8("to a"), readN(a, 4));
            ((WebSocketConn) a).close(4001, "bye from a");
            b.setReadDeadline(Instant.now().plusSeconds(5));
            NetException e = assertThrows(NetException.class, () -> b.read(new byte[4]));
            assertEquals(4001, CloseException.statusOf(e), e.getMessage());
            assertEquals("bye from a", ((CloseException) e.getCause()).reason());
        }
    }

    @Test
    void pairWithoutIdIsClosedWithPolicyViolation() throws IOException {
        try (Conn c = D.dial("ws", base + "/ws/pair")) {
            c.setReadDeadline(Instant.now().plusSeconds(5));
            NetException e = assertThrows(NetException.class, () -> c.read(new byte[4]));
            assertEquals(1008, CloseException.statusOf(e), e.getMessage());
        }
    }

    @Test
    void closeProbeSendsByeThenTheCode() throws IOException {
        try (Conn c = D.dial("ws", base + "/ws/close?code=1001")) {
            assertArrayEquals(utf8("bye"), readN(c, 3));
            assertEquals(-1, c.read(new byte[4]));
        }
        try (Conn c = D.dial("ws", base + "/ws/close?code=4000&reason=why")) {
            assertArrayEquals(utf8("bye"), readN(c, 3));
            NetException e = assertThrows(NetException.class, () -> c.read(new byte[4]));
            assertEquals(4000, CloseException.statusOf(e));
            assertEquals("why", ((CloseException) e.getCause()).reason());
        }
        try (Conn c = D.dial("ws", base + "/ws/close?code=drop")) {
            assertArrayEquals(utf8("bye"), readN(c, 3));
            NetException e = assertThrows(NetException.class, () -> c.read(new byte[4]));
            assertEquals(-1, CloseException.statusOf(e), "no close frame: " + e.getMessage());
        }
    }

    @Test
    void closeProbeRejectsBadCodes() {
        for (String q : List.of("code=1005", "code=abc", "code=1000&delay=x")) {
            NetException e = assertThrows(NetException.class, () -> D.dial("ws", base + "/ws/close?" + q), q);
            assertTrue(e.getMessage().contains("400"), q + ": " + e.getMessage());
        }
    }

    @Test
    void relayReachesAnAllowedTargetOnly() throws IOException {
        try (Conn c = D.dial("ws", base + "/ws/relay?target=" + echo.addr())) {
            c.write(utf8("via relay"));
            assertArrayEquals(utf8("via relay"), readN(c, 9));
        }
        NetException denied = assertThrows(NetException.class,
                () -> D.dial("ws", base + "/ws/relay?target=127.0.0.1:1"));
        assertTrue(denied.getMessage().contains("403"), denied.getMessage());
        NetException missing = assertThrows(NetException.class, () -> D.dial("ws", base + "/ws/relay"));
        assertTrue(missing.getMessage().contains("400"), missing.getMessage());
    }

    @Test
    void relayIsClosedToEveryTargetByDefault() throws IOException {
        ServeMux mux = new ServeMux();
        WsRoutes.register(mux, List.of());
        Listener ln = new ListenConfig().withPlatform(P).listen("tcp", "127.0.0.1:0");
        Server s = new Server("", mux).withPlatform(P);
        P.startThread("default server", () -> {
            try {
                s.serve(ln);
            } catch (IOException ignored) {
                // shut down
            }
        });
        try {
            NetException e = assertThrows(NetException.class,
                    () -> D.dial("ws", "ws://" + ln.addr() + "/ws/relay?target=" + echo.addr()));
            assertTrue(e.getMessage().contains("403"), e.getMessage());
        } finally {
            s.shutdown(Duration.ofSeconds(2));
        }
    }
}
