package dev.gonet.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetError;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The server's timeouts, measured with generous margins: slow clients are cut, others served. */
class ServerTimeoutsTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    @Test
    void tricklingHeadIsCutAtReadHeaderTimeoutWhileOthersAreServed() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.writeString("ok"),
                srv -> srv.withReadHeaderTimeout(Duration.ofMillis(300)))) {
            HttpConn slow = s.dial();
            long start = System.nanoTime();
            Thread trickle = Thread.ofVirtual().start(() -> {
                try {
                    for (char ch : "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: 1234567890".toCharArray()) {
                        slow.send(String.valueOf(ch));
                        Thread.sleep(20);
                    }
                } catch (IOException | InterruptedException e) {
                    // cut by the server: expected
                }
            });
            for (int i = 0; i < 5; i++) {
                assertEquals("ok", s.roundTrip(GET).text(), "a normal client is served meanwhile");
            }
            slow.assertClosed();
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 250 && ms < 3000, "cut after " + ms + " ms, want about 300");
            trickle.join();
            slow.close();
        }
    }

    @Test
    void idleKeepAliveConnectionIsClosedAtIdleTimeout() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.writeString("ok"),
                srv -> srv.withIdleTimeout(Duration.ofMillis(200))); HttpConn c = s.dial()) {
            long idleSince = 0;
            for (int i = 0; i < 3; i++) {
                Thread.sleep(80); // under the idle timeout: the connection stays
                c.send(GET);
                assertEquals("ok", c.read("GET").text());
                idleSince = System.nanoTime();
            }
            c.assertClosed();
            long ms = (System.nanoTime() - idleSince) / 1_000_000;
            assertTrue(ms >= 150 && ms < 3000, "closed after " + ms + " ms idle, want about 200");
        }
    }

    @Test
    void idleTimeoutDoesNotCutAnArrivingRequest() throws Exception {
        // The head timeout starts with the first byte of a request, not when the connection went idle.
        try (TestServer s = TestServer.start((w, r) -> w.writeString("ok"), srv -> srv
                .withIdleTimeout(Duration.ofMillis(400)).withReadHeaderTimeout(Duration.ofMillis(400)));
                HttpConn c = s.dial()) {
            c.send(GET);
            c.read("GET");
            Thread.sleep(300);
            c.send("GET / HTTP/1.1\r\n");
            Thread.sleep(300);
            c.send("Host: a\r\n\r\n");
            assertEquals("ok", c.read("GET").text());
        }
    }

    @Test
    void slowBodyHitsReadTimeoutAndGets408() throws Exception {
        AtomicReference<IOException> seen = new AtomicReference<>();
        Handler h = (w, r) -> {
            try {
                r.body().readAllBytes();
            } catch (IOException e) {
                seen.set(e);
                throw e;
            }
        };
        try (TestServer s = TestServer.start(h, srv -> srv.withReadTimeout(Duration.ofMillis(300)));
                HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nabc");
            HttpConn.Resp r = c.read("POST");
            assertEquals(408, r.status());
            assertTrue(seen.get() instanceof NetError n && n.isTimeout(), "handler saw " + seen.get());
            c.assertClosed();
        }
    }

    @Test
    void writeTimeoutFailsAStuckResponse() throws Exception {
        AtomicReference<IOException> seen = new AtomicReference<>();
        Handler h = (w, r) -> {
            try {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    w.write(chunk); // the client never reads: the buffers fill, the write blocks
                }
            } catch (IOException e) {
                seen.set(e);
            }
        };
        try (TestServer s = TestServer.start(h, srv -> srv.withWriteTimeout(Duration.ofMillis(300)));
                HttpConn c = s.dial()) {
            long start = System.nanoTime();
            c.send(GET);
            ServerTest.waitFor(() -> seen.get() != null, "the handler's write to fail");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(seen.get() instanceof NetError n && n.isTimeout(), "handler saw " + seen.get());
            assertTrue(ms >= 250 && ms < 3000, "failed after " + ms + " ms, want about 300");
        }
    }

    @Test
    void responseControllerExtendsTheWriteDeadline() throws Exception {
        Handler h = (w, r) -> {
            new ResponseController(w).setWriteDeadline(Instant.now().plusSeconds(10));
            ServerTest.sleep(400);
            w.write(new byte[200_000]);
        };
        try (TestServer s = TestServer.start(h, srv -> srv.withWriteTimeout(Duration.ofMillis(100)))) {
            HttpConn.Resp r = s.roundTrip(GET);
            assertEquals(200, r.status());
            assertEquals(200_000, r.body().length);
        }
    }

    @Test
    void responseControllerExtendsTheReadDeadline() throws Exception {
        Handler h = (w, r) -> {
            new ResponseController(w).setReadDeadline(Instant.now().plusSeconds(10));
            w.write(r.body().readAllBytes());
        };
        try (TestServer s = TestServer.start(h, srv -> srv.withReadTimeout(Duration.ofMillis(100)));
                HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n\r\nabc");
            Thread.sleep(400);
            c.send("def");
            assertEquals("abcdef", new String(c.read("POST").body(), UTF_8));
        }
    }
}
