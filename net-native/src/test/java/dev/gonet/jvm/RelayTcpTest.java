package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.Server;
import dev.gonet.url.URL;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.Relay;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Relay} over real sockets: a WebSocket client, the relay on our Server, a TCP target on loopback. */
@Timeout(30)
class RelayTcpTest {
    private Listener target;
    private final BlockingQueue<Conn> targetConns = new ArrayBlockingQueue<>(10);
    private Server relay;
    private String relayAddr;

    @BeforeEach
    void start() throws IOException {
        target = Net.listen("tcp", "127.0.0.1:0");
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    targetConns.add(target.accept());
                }
            } catch (IOException e) {
                // closed after the test
            }
        });
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        relayAddr = ln.addr().toString();
        relay = new Server("", Relay.allowing(target.addr().toString(), "127.0.0.1:1"));
        Thread.ofVirtual().start(() -> {
            try {
                relay.serve(ln);
            } catch (IOException e) {
                // shut down after the test
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        relay.shutdown(Duration.ofSeconds(5));
        target.close();
    }

    private WebSocketConn dial(String hostPort) throws IOException {
        return (WebSocketConn) Net.dial("ws", "ws://" + relayAddr + "/relay?target=" + URL.queryEscape(hostPort));
    }

    @Test
    void bytesFlowBothWaysAndTheTargetClosingEndsTheWebSocket() throws Exception {
        WebSocketConn ws = dial(target.addr().toString());
        Conn t = targetConns.poll(5, TimeUnit.SECONDS);
        ws.write("to target".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("to target".getBytes(StandardCharsets.UTF_8), t.inputStream().readNBytes(9));
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i % 251);
        }
        t.write(big);
        assertArrayEquals(big, ws.inputStream().readNBytes(big.length));
        t.close(); // the target ends: the client reads end of stream (1000)
        assertEquals(-1, ws.read(new byte[1]));
        ws.close();
    }

    @Test
    void theWebSocketClosingClosesTheTarget() throws Exception {
        WebSocketConn ws = dial(target.addr().toString());
        Conn t = targetConns.poll(5, TimeUnit.SECONDS);
        ws.write(new byte[] {1, 2, 3});
        ws.close(4000, "done");
        assertArrayEquals(new byte[] {1, 2, 3}, t.inputStream().readNBytes(3));
        assertEquals(-1, t.read(new byte[1]), "target sees EOF after the WebSocket closed");
        t.close();
    }

    @Test
    void failedDialClosesWithBadGateway() throws Exception {
        WebSocketConn ws = dial("127.0.0.1:1"); // allowed, nobody listens
        NetException e = assertThrows(NetException.class, () -> ws.read(new byte[1]));
        assertEquals(CloseCode.BAD_GATEWAY, CloseException.statusOf(e));
        CloseException ce = (CloseException) e.getCause();
        assertTrue(ce.reason().startsWith("dial tcp 127.0.0.1:1: "), ce.reason());
        ws.close();
    }

    @Test
    void notAllowedIsRefusedBeforeAnyDial() throws Exception {
        NetException e = assertThrows(NetException.class, () -> dial("127.0.0.1:2"));
        assertEquals("dial ws " + relayAddr + ": expected handshake response status code 101 but got 403",
                e.getMessage());
        assertTrue(targetConns.isEmpty());
    }
}
