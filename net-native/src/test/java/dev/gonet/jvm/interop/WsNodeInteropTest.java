package dev.gonet.jvm.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConfig;
import dev.gonet.ws.WebSocketConn;
import dev.gonet.ws.WebSocketDialer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our {@code Net.dial("ws")} against the npm {@code ws} server ({@code scripts/node-ws/ws-peer.cjs
 * server}), over loopback: binary and text messages, a fragmented text and binary message,
 * messages of several MiB both ways, the server's pings while we do not read, our keep-alive
 * pings, and close codes both ways. The other direction is {@link WsNodeClientInteropTest}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WsNodeInteropTest {
    private Proc node;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        NodeWs.modules();
        node = NodeWs.start("server");
        url = "ws://127.0.0.1:" + node.awaitStdout("port ", Duration.ofSeconds(20)).substring(5) + "/";
    }

    @AfterEach
    void stopServer() {
        node.close();
    }

    /** Byte i of the peer's patterned messages. */
    static byte[] pattern(int n, int offset) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ((i + offset) % 251);
        }
        return b;
    }

    private static byte[] readN(WebSocketConn c, int n) throws IOException {
        c.setReadDeadline(Instant.now().plusSeconds(20));
        byte[] got = c.inputStream().readNBytes(n);
        assertEquals(n, got.length, "read " + n + " bytes before EOF");
        return got;
    }

    @Test
    void binaryAndTextMessages() throws IOException {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("hello ws".getBytes(UTF_8));
        assertEquals("hello ws", new String(readN(c, 8), UTF_8));
        c.write("cmd:text".getBytes(UTF_8)); // the server answers with a text message
        assertEquals("héllo wörld", new String(readN(c, "héllo wörld".getBytes(UTF_8).length), UTF_8));
        c.close();
        assertEquals("closed 1000 ", node.awaitStdout("closed ", Duration.ofSeconds(10)));
    }

    @Test
    void fragmentedMessagesAreReassembled() throws IOException {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("cmd:fragments".getBytes(UTF_8));
        assertEquals("fragmented", new String(readN(c, 10), UTF_8));
        assertArrayEquals(pattern(300000, 0), readN(c, 300000));
        c.close();
    }

    @Test
    void messagesOfSeveralMiBBothWays() throws Exception {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        byte[] out = pattern(5 << 20, 17);
        Thread w = Thread.ofVirtual().start(() -> {
            try {
                c.write(out); // our side splits it into 1 MiB messages; ws echoes each
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        assertArrayEquals(out, readN(c, out.length));
        w.join();
        c.write("cmd:big 8388608".getBytes(UTF_8)); // one 8 MiB message from ws
        assertArrayEquals(pattern(8 << 20, 0), readN(c, 8 << 20));
        c.close();
    }

    @Test
    void serverPingsAreAnsweredWhileWeDoNotRead() throws Exception {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("cmd:ping 10".getBytes(UTF_8));
        // Ten pings 20 ms apart; our reader thread answers each while the application is not reading.
        assertEquals("pong p0", node.awaitStdout("pong p0", Duration.ofSeconds(10)));
        assertEquals("pong p9", node.awaitStdout("pong p9", Duration.ofSeconds(10)));
        c.write("still here".getBytes(UTF_8));
        assertEquals("still here", new String(readN(c, 10), UTF_8));
        c.close();
    }

    @Test
    void ourKeepAlivePingsReachTheServer() throws IOException {
        WebSocketConn c = new WebSocketDialer()
                .withConfig(new WebSocketConfig().withPingInterval(Duration.ofMillis(50), Duration.ofSeconds(5)))
                .dial("ws", url);
        assertTrue(node.awaitStdout("ping ", Duration.ofSeconds(10)).startsWith("ping "));
        c.write("after pings".getBytes(UTF_8)); // the pongs kept the conn alive
        assertEquals("after pings", new String(readN(c, 11), UTF_8));
        c.close();
    }

    @Test
    void serverClose4000IsAnErrorWithCodeAndReason() throws IOException {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("cmd:close 4000 bye from ws".getBytes(UTF_8));
        c.setReadDeadline(Instant.now().plusSeconds(10));
        NetException e = assertThrows(NetException.class, () -> c.read(new byte[16]));
        CloseException ce = (CloseException) e.getCause();
        assertEquals(4000, ce.code());
        assertEquals("bye from ws", ce.reason());
        assertTrue(e.getMessage().startsWith("read ws "), e.getMessage());
        assertTrue(e.getMessage().contains("reason = \"bye from ws\""), e.getMessage());
        assertEquals(4000, CloseException.statusOf(assertThrows(NetException.class, () -> c.write(new byte[1]))));
    }

    @Test
    void serverClose1000IsEndOfStream() throws IOException {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("cmd:close 1000".getBytes(UTF_8));
        c.setReadDeadline(Instant.now().plusSeconds(10));
        assertEquals(-1, c.read(new byte[16]));
        assertEquals(-1, c.read(new byte[16]));
    }

    @Test
    void ourCloseCodeAndReasonReachTheServer() throws IOException {
        WebSocketConn c = (WebSocketConn) Net.dial("ws", url);
        c.write("x".getBytes(UTF_8));
        readN(c, 1);
        c.close(4001, "from gonet");
        assertEquals("closed 4001 from gonet", node.awaitStdout("closed ", Duration.ofSeconds(10)));
    }

    /** Used by {@link WsNodeClientInteropTest}: where the handler's end of a conn went. */
    static final class Ends {
        final BlockingQueue<Object> seen = new ArrayBlockingQueue<>(16);

        void handlerEcho(WebSocketConn c) {
            byte[] buf = new byte[64 * 1024];
            try {
                for (int n; (n = c.read(buf)) >= 0; ) {
                    c.write(buf, 0, n);
                }
                seen.add("eof");
            } catch (IOException e) {
                seen.add(e);
            }
        }
    }

    /** Serves {@code mux} on a loopback port until {@code Server.shutdown}. */
    static Server serve(ServeMux mux, Listener ln) {
        Server srv = new Server("", mux);
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // shut down by the test
            }
        });
        return srv;
    }

    static WebSocket.Options pinging() {
        return new WebSocket.Options().withConfig(
                new WebSocketConfig().withPingInterval(Duration.ofMillis(100), Duration.ofSeconds(5)));
    }
}
