package dev.gonet.browsertest;

import static dev.gonet.browsertest.WsChecks.bytes;
import static dev.gonet.browsertest.WsChecks.checkClosed;
import static dev.gonet.browsertest.WsChecks.checkPeerClose;
import static dev.gonet.browsertest.WsChecks.readText;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPAddr;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Group;
import dev.gonet.testkit.Suite;
import dev.gonet.web.BrowserWebSocketConn;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.WebSocketException;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser {@code ws}/{@code wss} dial beyond the Conn contract: addresses, message
 * boundaries, deadlines with late data, write backpressure, every way a connection ends, dial
 * failures, and what a page cannot do. Against the demo server's real endpoints.
 */
final class WebSocketCases {
    private WebSocketCases() {
    }

    static Suite suite(Endpoints ep) {
        String s = "BrowserWebSocket";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(s, "EchoAcrossMessageBoundaries", () -> echo(ep)));
        cases.add(new Case(s, "SubprotocolNegotiated", () -> subprotocols(ep)));
        cases.add(new Case(s, "ReadDeadlineKeepsLateData", () -> readDeadlineKeepsLateData(ep)));
        cases.add(new Case(s, "WriteBackpressureHonoursDeadline", () -> writeBackpressure(ep)));
        cases.add(new Case(s, "LocalCloseUnblocksReadAndWrite", () -> localClose(ep)));
        cases.add(new Case(s, "PeerClose1000IsEOF", () -> peerCloseIsEOF(ep, CloseCode.NORMAL_CLOSURE)));
        cases.add(new Case(s, "PeerClose1001IsEOF", () -> peerCloseIsEOF(ep, CloseCode.GOING_AWAY)));
        cases.add(new Case(s, "PeerClose4000IsErrorWithReason", () -> peerCloseIsError(ep)));
        cases.add(new Case(s, "DroppedWithoutCloseIs1006", () -> dropped(ep)));
        cases.add(new Case(s, "DialRejectedUpgrade", () -> dialRejected(ep)));
        cases.add(new Case(s, "DialTimeout", () -> dialTimeout(ep)));
        cases.add(new Case(s, "DialBadURLs", () -> dialBadUrls(ep)));
        cases.add(new Case(s, "UnsupportedFailsLoudly", () -> unsupported(ep)));
        return new Suite() {
            @Override
            public String name() {
                return s;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    /** Two writes echoed back are read as one byte stream; addresses say ws, the server and the browser. */
    static void echo(Endpoints ep) throws Exception {
        try (Conn c = Net.dial("ws", ep.url("/ws/echo"))) {
            Check.equal("remoteAddr().network()", c.remoteAddr().network(), "ws");
            Check.equal("remoteAddr()", c.remoteAddr().toString(), ep.hostPort());
            Check.equal("localAddr()", c.localAddr().toString(), "browser");
            c.write(bytes("hello, "));
            c.write(bytes("world"));
            Check.equal("read across both messages", readText(c, 12), "hello, world");
            byte[] big = new byte[200_000];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            c.write(big);
            byte[] got = new byte[big.length];
            int n = 0;
            while (n < got.length) {
                int k = c.read(got, n, Math.min(7000, got.length - n)); // smaller than a message
                Check.isTrue(k > 0, "read returned " + k + " after " + n + " bytes");
                n += k;
            }
            Check.isTrue(java.util.Arrays.equals(got, big), "200 kB message echoed changed");
        }
    }

    /** The dialer's subprotocols are offered in order; the server's choice is the conn's. */
    static void subprotocols(Endpoints ep) throws Exception {
        try (WebSocketConn c = (WebSocketConn) new Dialer().withSubprotocols("gonet.nope.v0", "gonet.echo.v1")
                .dial("ws", ep.url("/ws/echo"))) {
            Check.equal("subprotocol()", c.subprotocol(), "gonet.echo.v1");
            c.write(bytes("v1"));
            Check.equal("echo", readText(c, 2), "v1");
        }
        try (WebSocketConn c = (WebSocketConn) Net.dial("ws", ep.url("/ws/echo"))) {
            Check.equal("subprotocol() when none offered", c.subprotocol(), "");
        }
    }

    /** A read times out with Go's text; data the peer sends afterwards is read next. */
    static void readDeadlineKeepsLateData(Endpoints ep) throws Exception {
        String url = ep.url("/ws/pair?id=" + WsPairMaker.freshId());
        try (Conn c1 = Net.dial("ws", url); Conn c2 = Net.dial("ws", url)) {
            long start = System.currentTimeMillis();
            c1.setReadDeadline(Instant.now().plusMillis(80));
            IOException e = Check.raises(IOException.class, "c1.read before any data", () -> c1.read(new byte[16]));
            long took = System.currentTimeMillis() - start;
            Check.isTrue(e instanceof NetException ne && ne.isTimeout(), "got " + e + ", want a timeout");
            Check.equal("timeout text", e.getMessage(), "read ws browser->" + ep.hostPort() + ": i/o timeout");
            Check.isTrue(took >= 70, "read timed out after " + took + " ms, want about 80");
            c2.write(bytes("late data"));
            Thread.sleep(50); // the data arrives while nobody reads; it must wait in the queue
            Check.raises(IOException.class, "c1.read with the deadline still passed", () -> c1.read(new byte[16]));
            c1.setReadDeadline(null);
            Check.equal("c1 read after the timeout", readText(c1, 9), "late data");
        }
    }

    /**
     * Nobody reads the other side (a pair id nobody else dials), so the browser's send queue
     * grows past the high-water mark and write blocks, until the write deadline fails it.
     */
    static void writeBackpressure(Endpoints ep) throws Exception {
        try (Conn c = Net.dial("ws", ep.url("/ws/pair?id=lonely-" + WsPairMaker.freshId()))) {
            long deadline = System.currentTimeMillis() + 1500;
            c.setWriteDeadline(Instant.ofEpochMilli(deadline));
            byte[] chunk = new byte[64 * 1024];
            long written = 0;
            long callStart = 0;
            IOException failure = null;
            while (failure == null) {
                callStart = System.currentTimeMillis();
                try {
                    c.write(chunk);
                    written += chunk.length;
                } catch (IOException e) {
                    failure = e;
                }
                Check.isTrue(written < 512L * 1024 * 1024, "wrote 512 MiB without blocking");
            }
            long failedAt = System.currentTimeMillis();
            Check.isTrue(failure instanceof NetException ne && ne.isTimeout(), "write failed with " + failure
                    + ", want a timeout");
            Check.equal("timeout text", failure.getMessage(), "write ws browser->" + ep.hostPort() + ": i/o timeout");
            Check.isTrue(written >= BrowserWebSocketConn.WRITE_HIGH_WATER, "only " + written
                    + " bytes written before the timeout, want more than the high-water mark");
            Check.isTrue(callStart < deadline - 200, "the failing write started " + (deadline - callStart)
                    + " ms before the deadline: it was not blocked by backpressure");
            Check.isTrue(failedAt >= deadline - 5, "write failed " + (deadline - failedAt) + " ms before its deadline");
            // The write side is still usable as far as deadlines go: a past deadline fails at once.
            c.setWriteDeadline(Instant.now().minusSeconds(1));
            Check.raises(IOException.class, "write with a past deadline", () -> c.write(chunk));
        }
    }

    /** close() fails a blocked read and a blocked write with the closed error; close again too. */
    static void localClose(Endpoints ep) throws Exception {
        Conn r = Net.dial("ws", ep.url("/ws/echo"));
        Conn w = Net.dial("ws", ep.url("/ws/pair?id=lonely-" + WsPairMaker.freshId()));
        Group g = new Group();
        g.go("blocked read", () -> checkClosed("read after close",
                Check.raises(IOException.class, "blocked read", () -> r.read(new byte[8]))));
        g.go("blocked write", () -> checkClosed("write after close",
                Check.raises(IOException.class, "blocked write", () -> {
                    while (true) {
                        w.write(new byte[256 * 1024]);
                    }
                })));
        Thread.sleep(300);
        r.close();
        w.close();
        g.await();
        checkClosed("second close", Check.raises(IOException.class, "second close", r::close));
        checkClosed("write after close", Check.raises(IOException.class, "write", () -> r.write(bytes("x"))));
        checkClosed("setReadDeadline after close", Check.raises(IOException.class, "setReadDeadline",
                () -> r.setReadDeadline(null)));
    }

    /** The server sends a text message and closes with 1000 or 1001: the text's bytes, then EOF. */
    static void peerCloseIsEOF(Endpoints ep, int code) throws Exception {
        try (Conn c = Net.dial("ws", ep.url("/ws/close?code=" + code + "&reason=done"))) {
            Check.equal("text message as bytes", readText(c, 3), "bye");
            Check.equal("read at EOF", c.read(new byte[8]), -1);
            Check.equal("read at EOF again", c.read(new byte[8]), -1);
            checkPeerClose("write after the peer closed", Check.raises(IOException.class, "write",
                    () -> c.write(bytes("x"))), "write", code, "done");
        }
    }

    /** Close 4000 with a reason fails reads with a NetException carrying both. */
    static void peerCloseIsError(Endpoints ep) throws Exception {
        try (Conn c = Net.dial("ws", ep.url("/ws/close?code=4000&reason=custom%20reason"))) {
            Check.equal("text message as bytes", readText(c, 3), "bye");
            IOException e = Check.raises(IOException.class, "read after close 4000", () -> c.read(new byte[8]));
            checkPeerClose("read", e, "read", 4000, "custom reason");
            Check.equal("text", e.getMessage(), "read ws browser->" + ep.hostPort()
                    + ": received close frame: status = StatusCode(4000) and reason = \"custom reason\"");
            checkPeerClose("read again", Check.raises(IOException.class, "second read", () -> c.read(new byte[8])),
                    "read", 4000, "custom reason");
        }
    }

    /**
     * A server that cuts TCP without a close frame: the browser reports 1006, and reads fail
     * with a WebSocketException of that code (not a CloseException: no close frame came), as on
     * the JVM.
     */
    static void dropped(Endpoints ep) throws Exception {
        try (Conn c = Net.dial("ws", ep.url("/ws/close?code=drop"))) {
            Check.equal("data before the drop", readText(c, 3), "bye");
            IOException e = Check.raises(IOException.class, "read after the drop", () -> c.read(new byte[8]));
            Check.isTrue(e instanceof NetException ne && ne.op().equals("read"), "got " + e + ", want a read NetException");
            Check.isTrue(e.getCause() instanceof WebSocketException wse && !(wse instanceof CloseException)
                    && wse.code() == CloseCode.ABNORMAL_CLOSURE, "cause " + e.getCause() + ", want WebSocketException 1006");
            Check.equal("text", e.getMessage(), "read ws browser->" + ep.hostPort()
                    + ": WebSocket closed without a close frame: status = StatusAbnormalClosure");
            Check.equal("CloseException.statusOf", CloseException.statusOf(e), -1);
            Check.raises(IOException.class, "write after the drop", () -> c.write(bytes("x")));
        }
    }

    /** A path that is not a WebSocket endpoint (404): dial fails with op dial, no timeout. */
    static void dialRejected(Endpoints ep) throws Exception {
        NetException e = Check.raises(NetException.class, "dial a 404",
                () -> Net.dial("ws", ep.url("/no-such-endpoint")));
        Check.equal("op", e.op(), "dial");
        Check.equal("net", e.net(), "ws");
        Check.equal("addr", String.valueOf(e.addr()), ep.hostPort());
        Check.isTrue(!e.isTimeout(), "isTimeout() for a refused upgrade");
        Check.equal("close status", CloseException.statusOf(e), -1);
        Check.isTrue(e.getMessage().contains("StatusAbnormalClosure"), "text: " + e.getMessage());
    }

    /** The server answers the upgrade after 3 s; a 300 ms dial timeout fails first with Go's text. */
    static void dialTimeout(Endpoints ep) throws Exception {
        long start = System.currentTimeMillis();
        NetException e = Check.raises(NetException.class, "dial a slow upgrade", () -> new Dialer()
                .withTimeout(Duration.ofMillis(300)).dial("ws", ep.url("/ws/close?code=1000&delay=3000")));
        long took = System.currentTimeMillis() - start;
        Check.isTrue(e.isTimeout(), "isTimeout() = false: " + e.getMessage());
        Check.equal("text", e.getMessage(), "dial ws " + ep.hostPort() + ": i/o timeout");
        Check.isTrue(took >= 250 && took < 2500, "dial timed out after " + took + " ms, want about 300");
    }

    private record BadUrlCase(String network, String url, String err) {
    }

    /** Addresses that are not ws URLs fail before any connection, with the JVM's rules and texts. */
    static void dialBadUrls(Endpoints ep) throws Exception {
        BadUrlCase[] table = {
                new BadUrlCase("ws", "ftp://127.0.0.1/x", "unexpected url scheme \"ftp\" for network ws"),
                new BadUrlCase("wss", "ws://127.0.0.1/x", "url scheme \"ws\" does not match network wss (use ws)"),
                new BadUrlCase("ws", "ws:///x", "missing host in url"),
                new BadUrlCase("ws", "ws://user:pw@127.0.0.1/x", "user info in a WebSocket url is not supported"),
                new BadUrlCase("ws", "ws://[::1/x", "missing ']' in host"),
        };
        for (BadUrlCase row : table) {
            String what = "dial(" + row.network() + ", " + row.url() + ")";
            NetException e = Check.raises(NetException.class, what, () -> Net.dial(row.network(), row.url()));
            Check.equal(what + " op", e.op(), "dial");
            Check.isTrue(e.getMessage().startsWith("dial " + row.network()) && e.getMessage().endsWith(row.err()),
                    what + " = \"" + e.getMessage() + "\", want \"dial " + row.network() + " ...: ..." + row.err()
                            + "\"");
            Check.isTrue(!e.isTimeout(), what + " isTimeout()");
        }
    }

    /** What a page cannot do names the operation and the alternative. */
    static void unsupported(Endpoints ep) throws Exception {
        NetException tcp = Check.raises(NetException.class, "dial tcp", () -> Net.dial("tcp", ep.tcpEcho()));
        Check.equal("kind", Sentinel.of(tcp), Sentinel.UNSUPPORTED);
        Check.isTrue(tcp.getMessage().contains("WebPlatform.setRelay"), "text: " + tcp.getMessage());
        NetException local = Check.raises(NetException.class, "dial with a local address", () -> new Dialer()
                .withLocalAddr(new TCPAddr(Net.parseIP("127.0.0.1"), 0)).dial("ws", ep.url("/ws/echo")));
        Check.equal("kind", Sentinel.of(local), Sentinel.UNSUPPORTED);
        Check.isTrue(local.getMessage().contains("local address"), "text: " + local.getMessage());
        // Custom handshake fields need WebSocketDialer, which speaks the protocol over its own TCP
        // connection: a page has none, so it fails at once as unsupported instead of dropping them.
        dev.gonet.http.Header h = new dev.gonet.http.Header();
        h.set("Authorization", "Bearer x");
        NetException headers = Check.raises(NetException.class, "WebSocketDialer with header fields",
                () -> new dev.gonet.ws.WebSocketDialer().withHeader(h).dial(ep.url("/ws/echo")));
        Check.equal("op", headers.op(), "dial");
        Check.equal("kind", Sentinel.of(headers), Sentinel.UNSUPPORTED);
        Check.isTrue(headers.getMessage().startsWith("dial ws " + ep.hostPort() + ": operation not supported on platform browser"),
                "text: " + headers.getMessage());
        Check.isTrue(headers.getMessage().contains("custom header fields") && headers.getMessage().contains("Net.dial(\"ws\", url)"),
                "hint names what cannot be sent and the alternative: " + headers.getMessage());
        NetException listen = Check.raises(NetException.class, "listen ws",
                () -> new ListenConfig().listen("ws", "127.0.0.1:0"));
        Check.equal("kind", Sentinel.of(listen), Sentinel.UNSUPPORTED);
        Check.isTrue(listen.getMessage().startsWith("listen ws 127.0.0.1:0: operation not supported on platform browser"),
                "text: " + listen.getMessage());
    }
}
