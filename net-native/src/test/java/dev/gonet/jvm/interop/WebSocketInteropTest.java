package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * gonet's WebSocket against a foreign implementation, Debian's python3-websockets 10.4
 * ({@code src/test/python/ws_peer.py}), over loopback: its client against our handler, our
 * {@code Net.dial("ws")} against its server (which pings every 0.2 s and gives up after 1 s
 * without a pong, so our automatic pong answers are checked while the application does not read).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketInteropTest {
    private static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void tools() {
        Peers.ensureApt("python3-websockets");
    }

    private static String script() {
        return Peers.repoRoot().resolve("net-native/src/test/python/ws_peer.py").toString();
    }

    @Test
    void pythonClientAgainstOurHandler() throws Exception {
        BlockingQueue<Object> seen = new ArrayBlockingQueue<>(10);
        ServeMux mux = new ServeMux();
        mux.handle("GET /echo", WebSocket.handler(new WebSocket.Options().withSubprotocols("chat.v1")
                .withMaxMessageSize(1 << 20), (c, r) -> { // its 300 KiB message is over the 32 KiB default
            seen.add(c.subprotocol());
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = c.read(buf)) >= 0;) {
                    c.write(buf, 0, n);
                }
                seen.add("eof");
            } catch (IOException e) {
                seen.add(e);
            }
        }));
        mux.handle("GET /small", WebSocket.handler(new WebSocket.Options().withMaxMessageSize(1000),
                (c, r) -> c.read(new byte[1])));
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Server srv = new Server("", mux);
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // shut down below
            }
        });
        try {
            Cmd.Result r = Cmd.run(Duration.ofSeconds(30), null, List.of(PYTHON, script(), "client",
                    "ws://" + ln.addr() + "/echo"));
            assertEquals(0, r.exit(), r.toString());
            assertEquals("subprotocol chat.v1\necho ok " + (300 * 1024 + "héllo wörld".getBytes("UTF-8").length)
                    + "\npong ok\nclosed 4000 \n", r.text(), r.toString()); // our reply echoes the code, no reason
            assertEquals("chat.v1", seen.poll(5, TimeUnit.SECONDS));
            Object end = seen.poll(5, TimeUnit.SECONDS);
            assertTrue(end instanceof NetException, String.valueOf(end));
            CloseException ce = (CloseException) ((NetException) end).getCause();
            assertEquals(4000, ce.code());
            assertEquals("py done", ce.reason());

            Cmd.Result big = Cmd.run(Duration.ofSeconds(30), null, List.of(PYTHON, script(), "client-big",
                    "ws://" + ln.addr() + "/small"));
            assertEquals("closed 1009 read limited at 1000 bytes\n", big.text(), big.toString());
        } finally {
            srv.shutdown(Duration.ofSeconds(5));
        }
    }

    @Test
    void ourDialAgainstPythonServer() throws Exception {
        try (Proc py = Proc.lines(PYTHON, script(), "server")) {
            String port = py.awaitStdout("port ", Duration.ofSeconds(20)).substring(5);
            WebSocketConn c = (WebSocketConn) new Dialer().withSubprotocols("chat.v2", "chat.v1")
                    .dial("ws", "ws://127.0.0.1:" + port + "/");
            assertEquals("chat.v1", c.subprotocol());
            byte[] data = new byte[300 * 1024];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (i * 7);
            }
            Thread w = Thread.ofVirtual().start(() -> {
                try {
                    c.write(data);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            c.setReadDeadline(Instant.now().plusSeconds(20));
            assertArrayEquals(data, c.inputStream().readNBytes(data.length));
            w.join();
            // Not reading for 2 s: the server pings 10 times, gives up after 1 s without a pong.
            Thread.sleep(2000);
            c.write("still here".getBytes("UTF-8"));
            assertArrayEquals("still here".getBytes("UTF-8"), c.inputStream().readNBytes(10));
            c.write("close-please".getBytes("UTF-8"));
            NetException e = assertThrows(NetException.class, () -> c.read(new byte[1]));
            CloseException ce = (CloseException) e.getCause();
            assertEquals(4001, ce.code());
            assertEquals("bye from py", ce.reason());
            c.close();
            assertEquals("server saw close 4001", py.awaitStdout("server saw close", Duration.ofSeconds(10)));
        }
    }
}
