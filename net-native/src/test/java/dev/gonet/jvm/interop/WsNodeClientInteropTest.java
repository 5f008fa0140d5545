package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.WebSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The npm {@code ws} client ({@code scripts/node-ws/ws-peer.cjs client}) against our
 * {@code WebSocket.handler} on our {@code Server}: text, binary, fragmented and 6 MiB messages
 * echoed, its ping answered, our keep-alive pings seen, and close codes both ways.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WsNodeClientInteropTest {
    // "héllo wörld" (13 bytes) + 1000 + "fragmented" (10) + 3 x 700 KiB + 6 MiB, as the client sends them.
    private static final int ECHO_BYTES = 13 + 1000 + 10 + 3 * (700 << 10) + (6 << 20);

    private final WsNodeInteropTest.Ends ends = new WsNodeInteropTest.Ends();
    private Server srv;
    private String base;

    @BeforeEach
    void startServer() throws Exception {
        NodeWs.modules();
        ServeMux mux = new ServeMux();
        mux.handle("GET /echo", WebSocket.handler(WsNodeInteropTest.pinging(), (c, r) -> ends.handlerEcho(c)));
        mux.handle("GET /close4000", WebSocket.handler((c, r) -> {
            c.read(new byte[16]);
            c.close(4000, "bye from gonet");
        }));
        mux.handle("GET /close1000", WebSocket.handler((c, r) -> c.read(new byte[16]))); // returning closes 1000
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        srv = WsNodeInteropTest.serve(mux, ln);
        base = "ws://" + ln.addr();
    }

    @AfterEach
    void stopServer() throws Exception {
        srv.shutdown(Duration.ofSeconds(5));
    }

    private static Cmd.Result run(String... args) throws Exception {
        return Cmd.run(Duration.ofSeconds(60), null, NodeWs.withEnv(NodeWs.command(args)));
    }

    @Test
    void nodeClientAgainstOurEchoHandler() throws Exception {
        Cmd.Result r = run("client", base + "/echo");
        assertEquals(0, r.exit(), r.toString());
        // Our conn writes binary messages only, so the text comes back as binary; our reply to
        // the client's close echoes its code without a reason, as RFC 6455 allows.
        assertEquals("echo ok " + ECHO_BYTES + " binary\npong js-ping\nserver pinged\nclosed 4000 \n", r.text(), r.toString());
        Object end = ends.seen.poll(10, TimeUnit.SECONDS);
        assertTrue(end instanceof NetException, String.valueOf(end));
        CloseException ce = (CloseException) ((NetException) end).getCause();
        assertEquals(4000, ce.code());
        assertEquals("ws done", ce.reason());
    }

    @Test
    void ourClose4000WithReasonReachesNodeClient() throws Exception {
        Cmd.Result r = run("client-close", base + "/close4000");
        assertEquals("closed 4000 bye from gonet\n", r.text(), r.toString());
    }

    @Test
    void handlerReturningClosesWith1000() throws Exception {
        Cmd.Result r = run("client-close", base + "/close1000");
        assertEquals("closed 1000 \n", r.text(), r.toString());
    }
}
