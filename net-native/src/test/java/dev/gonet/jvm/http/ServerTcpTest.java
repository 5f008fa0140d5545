package dev.gonet.jvm.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Sentinel;
import dev.gonet.TCPConn;
import dev.gonet.http.Handler;
import dev.gonet.http.Server;
import dev.gonet.http.ServeMux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server over real loopback TCP: segmentation, smuggling, half-closed clients, slow clients, shutdown. */
class ServerTcpTest {
    static final Handler ECHO = (w, r) -> w.write(r.body().readAllBytes());
    static final String H = "Host: a\r\n";

    @Test
    void pipelinedRequestsInOneWrite() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handleFunc("GET /items/{id}", (w, r) -> w.writeString("item " + r.pathValue("id")));
        mux.handleFunc("POST /echo", (w, r) -> w.write(r.body().readAllBytes()));
        try (TcpServer s = new TcpServer(mux); TcpServer.Client c = s.dial()) {
            c.send("GET /items/1 HTTP/1.1\r\n" + H + "\r\nPOST /echo HTTP/1.1\r\n" + H
                    + "Content-Length: 3\r\n\r\nabcGET /items/3 HTTP/1.1\r\n" + H + "\r\n");
            assertEquals("item 1", c.read("GET").text());
            assertEquals("abc", c.read("POST").text());
            assertEquals("item 3", c.read("GET").text());
        }
    }

    /**
     * After a response the server waits for the poller before it reads again (the read first
     * would find nothing on nearly every keep-alive request). Here the next request is already in
     * the socket when it waits: the handler sends its whole answer, then takes its time, so the
     * client has answered before the server is back. The wait must return at once, not at the
     * idle timeout.
     */
    @Test
    void nextRequestAlreadyWaitingWhenTheServerIsBack() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        Handler h = (w, r) -> {
            w.header().set("Content-Length", "2");
            w.writeString("ok");
            new dev.gonet.http.ResponseController(w).flush();
            if (r.url().path().equals("/first")) {
                try {
                    assertTrue(sent.await(10, TimeUnit.SECONDS), "the client never sent its second request");
                    Thread.sleep(50); // the second request is in the server's socket before we return
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        try (TcpServer s = new TcpServer(h, srv -> srv.withIdleTimeout(Duration.ofSeconds(30)));
                TcpServer.Client c = s.dial()) {
            c.send("GET /first HTTP/1.1\r\n" + H + "\r\n");
            assertEquals("ok", c.read("GET").text());
            c.send("GET /second HTTP/1.1\r\n" + H + "\r\n");
            sent.countDown();
            long t0 = System.nanoTime();
            assertEquals("ok", c.read("GET").text());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "the waiting request was answered after " + ms + " ms");
            for (int i = 0; i < 20; i++) { // and the connection goes on as usual
                c.send("GET /n HTTP/1.1\r\n" + H + "\r\n");
                assertEquals("ok", c.read("GET").text(), "request " + i);
            }
        }
    }

    @Test
    void requestInOneByteSegmentsIsServed() throws Exception {
        try (TcpServer s = new TcpServer(ECHO); TcpServer.Client c = s.dial()) {
            ((TCPConn) c.conn).setNoDelay(true);
            byte[] wire = ("POST /x HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            for (byte b : wire) {
                c.conn.write(new byte[] {b});
                Thread.sleep(1); // separate segments, not one coalesced write
            }
            assertEquals("abcde", c.read("POST").text());
        }
    }

    private record FramingCase(String request, int status, String close) {
    }

    /** Smuggling-shaped and truncated requests: the answer, then the connection closes. */
    @Test
    void malformedAndTruncatedRequestsOverTcp() throws Exception {
        String post = "POST / HTTP/1.1\r\n" + H;
        FramingCase[] rows = {
            new FramingCase(post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "full"),
            new FramingCase(post + "Transfer-Encoding: chunked, identity\r\n\r\n", 501, "full"),
            new FramingCase(post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400, "full"),
            new FramingCase(post + "Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", 400, "full"),
            new FramingCase(post + "X-A: 1\r\n 2\r\n\r\n", 400, "full"),
            new FramingCase("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "full"),
            new FramingCase("GET / HTTP/2.0\r\n" + H + "\r\n", 505, "full"),
            new FramingCase("GET / HTTP/1.1\r\n" + H + "X-Big: " + "x".repeat(2 << 20) + "\r\n\r\n", 431, "full"),
            new FramingCase("GET / HTTP/1.1\r\nHost: a\r\n", 400, "half-close"),
            new FramingCase(post + "Content-Length: 10\r\n\r\nhello", 400, "half-close"),
            new FramingCase(post + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", 400, "half-close"),
        };
        try (TcpServer s = new TcpServer(ECHO)) {
            for (FramingCase row : rows) {
                try (TcpServer.Client c = s.dial()) {
                    Thread writer = Thread.ofVirtual().start(() -> {
                        try {
                            c.send(row.request());
                            if (row.close().equals("half-close")) {
                                ((TCPConn) c.conn).closeWrite();
                            }
                        } catch (IOException e) {
                            // the server answered and stopped reading first (the 2 MiB head)
                        }
                    });
                    TcpServer.Resp r = c.read("GET");
                    String name = row.request().substring(0, Math.min(60, row.request().length()));
                    assertEquals(row.status(), r.status(), name);
                    assertEquals("close", r.get("Connection"), name);
                    assertTrue(c.closedWithin(Duration.ofSeconds(5)), name + ": not closed");
                    writer.join();
                }
            }
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void tricklingClientIsCutWhileOthersAreServed() throws Exception {
        try (TcpServer s = new TcpServer((w, r) -> w.writeString("ok"),
                srv -> srv.withReadHeaderTimeout(Duration.ofMillis(400)))) {
            TcpServer.Client slow = s.dial();
            long start = System.nanoTime();
            Thread trickle = Thread.ofVirtual().start(() -> {
                try {
                    for (char ch : "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: 0123456789abcdef".toCharArray()) {
                        slow.send(String.valueOf(ch));
                        Thread.sleep(25);
                    }
                } catch (IOException | InterruptedException e) {
                    // cut: expected
                }
            });
            for (int i = 0; i < 10; i++) {
                try (TcpServer.Client c = s.dial()) {
                    c.send("GET / HTTP/1.1\r\n" + H + "\r\n");
                    assertEquals("ok", c.read("GET").text());
                }
            }
            assertTrue(slow.closedWithin(Duration.ofSeconds(5)), "the trickling client was not cut");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 350 && ms < 4000, "cut after " + ms + " ms, want about 400");
            trickle.join();
            slow.close();
        }
    }

    @Test
    void gracefulShutdownUnderLoad() throws Exception {
        int n = 50;
        CountDownLatch inFlight = new CountDownLatch(n);
        Handler slow = (w, r) -> {
            inFlight.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            w.writeString("done");
        };
        TcpServer s = new TcpServer(slow);
        String addr = s.listener.addr().toString();
        List<TcpServer.Resp> got = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                try (TcpServer.Client c = s.dial()) {
                    c.send("GET / HTTP/1.1\r\n" + H + "\r\n");
                    got.add(c.read("GET"));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        assertTrue(inFlight.await(10, TimeUnit.SECONDS), "all in flight");
        s.server.shutdown(Duration.ofSeconds(20));
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(n, got.size());
        for (TcpServer.Resp r : got) {
            assertEquals(200, r.status());
            assertEquals("done", r.text());
        }
        IOException refused = assertThrows(IOException.class, () -> TcpServer.DIALER.dial("tcp", addr));
        assertTrue(Sentinel.CONNECTION_REFUSED.in(refused), refused.toString());
        s.awaitServeReturned();
    }

    @Test
    void listenAndServeOnAnAddress() throws Exception {
        String addr;
        try (var probe = new dev.gonet.ListenConfig().withPlatform(TcpServer.PLATFORM).listen("tcp", "127.0.0.1:0")) {
            addr = probe.addr().toString(); // a free port, released for the server to take
        }
        Server srv = new Server(addr, (w, r) -> w.writeString("hi")).withPlatform(TcpServer.PLATFORM);
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                srv.listenAndServe();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        TcpServer.Client c = null;
        for (int i = 0; i < 200 && c == null; i++) {
            try {
                c = new TcpServer.Client(TcpServer.DIALER.dial("tcp", addr));
            } catch (IOException notYet) {
                Thread.sleep(10);
            }
        }
        assertTrue(c != null, "server never listened on " + addr);
        c.send("GET / HTTP/1.1\r\n" + H + "\r\n");
        assertEquals("hi", c.read("GET").text());
        c.close();
        srv.shutdown(Duration.ofSeconds(5));
        assertTrue(t.join(Duration.ofSeconds(5)), "listenAndServe returned");
    }
}
