package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The minimum request-body data rate (Kestrel's {@code MinRequestBodyDataRate}), attacked by a
 * client trickling its body. Before it existed, a client sending one byte every 2 s held the
 * handler for as long as it kept trickling: 14 s for 7 bytes, then 200.
 */
class MinDataRateTest {
    /** A handler that reads the whole body and records how long it was held and how it ended. */
    record Held(AtomicLong millis, AtomicReference<IOException> err, Handler handler) {
        static Held reader() {
            AtomicLong ms = new AtomicLong(-1);
            AtomicReference<IOException> err = new AtomicReference<>();
            return new Held(ms, err, (w, r) -> {
                long t0 = System.nanoTime();
                try {
                    w.writeString("got " + r.body().readAllBytes().length);
                } catch (IOException e) {
                    err.set(e);
                    throw e;
                } finally {
                    ms.set((System.nanoTime() - t0) / 1_000_000);
                }
            });
        }
    }

    /** Sends {@code n} body bytes, one every {@code everyMillis}, until the server closes. */
    static Thread trickle(HttpConn c, int n, long everyMillis) {
        return Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < n; i++) {
                    Thread.sleep(everyMillis);
                    c.send("x");
                }
            } catch (IOException | InterruptedException e) {
                // closed by the server: expected
            }
        });
    }

    /** The default (240 bytes/s after 5 s): one byte every 2 s is cut at about 5 s, with 408. */
    @Test
    void defaultCutsAOneByteEveryTwoSecondsTrickle() throws Exception {
        Held h = Held.reader();
        try (AttackServer s = AttackServer.start(h.handler()); HttpConn c = s.dial()) {
            assertEquals(MinDataRate.DEFAULT, s.server.minRequestBodyDataRate());
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n");
            Thread t = trickle(c, 100, 2000);
            HttpConn.Resp r = c.read("POST");
            c.assertClosed();
            t.join();
            System.out.println("min data rate (default): trickle of 1 byte / 2 s held the handler " + h.millis().get()
                    + " ms, status " + r.status() + ": " + h.err().get().getMessage()
                    + " (before: held as long as the client trickles, 14 s for 7 bytes, 200)");
            assertEquals(408, r.status());
            MinDataRateException e = assertInstanceOf(MinDataRateException.class, h.err().get());
            assertTrue(e.isTimeout());
            assertEquals(MinDataRate.DEFAULT, e.rate());
            assertTrue(h.millis().get() >= 4900 && h.millis().get() < 8000, "held " + h.millis().get() + " ms");
            assertTrue(s.log.isEmpty(), "the client's fault is not logged: " + s.log);
        }
    }

    /** A shorter rate, the chunked case, and a body that never starts. */
    @Test
    void configuredRateAppliesToChunkedAndSilentBodies() throws Exception {
        MinDataRate fast = new MinDataRate(100, Duration.ofMillis(300));
        for (String head : new String[] {"Content-Length: 100", "Transfer-Encoding: chunked"}) {
            Held h = Held.reader();
            try (AttackServer s = AttackServer.start(h.handler(), srv -> srv.withMinRequestBodyDataRate(fast));
                    HttpConn c = s.dial()) {
                c.send("POST / HTTP/1.1\r\nHost: a\r\n" + head + "\r\n\r\n");
                HttpConn.Resp r = c.read("POST"); // nothing more is ever sent
                assertEquals(408, r.status(), head);
                assertTrue(h.millis().get() >= 290 && h.millis().get() < 3000, head + ": held " + h.millis().get());
                c.assertClosed();
            }
        }
        // Chunk framing sent slowly is no progress: only data counts.
        Held h = Held.reader();
        try (AttackServer s = AttackServer.start(h.handler(), srv -> srv.withMinRequestBodyDataRate(fast));
                HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;");
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        Thread.sleep(50);
                        c.send("a");
                    }
                } catch (IOException | InterruptedException e) {
                    // closed
                }
            });
            assertEquals(408, c.read("POST").status());
            t.join();
            assertInstanceOf(MinDataRateException.class, h.err().get());
        }
    }

    /** Fast enough, or a handler that is slow between reads: never cut. */
    @Test
    void honestClientsAndSlowHandlersAreNotCut() throws Exception {
        MinDataRate rate = new MinDataRate(100, Duration.ofMillis(300));
        try (AttackServer s = AttackServer.start((w, r) -> {
            byte[] buf = new byte[10];
            int total = 0;
            for (int n; (n = r.body().read(buf)) >= 0;) {
                total += n;
                ServerTest.sleep(150); // the handler is slow, not the client
            }
            w.writeString("got " + total);
        }, srv -> srv.withMinRequestBodyDataRate(rate)); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n" + "y".repeat(100));
            assertEquals("got 100", c.read("POST").text());
            c.assertOpen();
            // 200 bytes/s in 20-byte pieces: twice the minimum, for 1 s, well past the grace.
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 200\r\n\r\n");
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        c.send("z".repeat(20));
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // failure shows in the status
                }
            });
            assertEquals("got 200", c.read("POST").text());
            t.join();
        }
    }

    /** Off for the server, or for one request: the old behaviour, bounded by the read timeout only. */
    @Test
    void offWithOneSetting() throws Exception {
        MinDataRate fast = new MinDataRate(1000, Duration.ofMillis(100));
        Held off = Held.reader();
        try (AttackServer s = AttackServer.start(off.handler(), srv -> srv.withMinRequestBodyDataRate(null));
                HttpConn c = s.dial()) {
            assertNull(s.server.minRequestBodyDataRate());
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n");
            Thread t = trickle(c, 5, 150);
            assertEquals("got 5", c.read("POST").text());
            t.join();
        }
        try (AttackServer s = AttackServer.start((w, r) -> {
            new ResponseController(w).setMinRequestBodyDataRate(null);
            w.writeString("got " + r.body().readAllBytes().length);
        }, srv -> srv.withMinRequestBodyDataRate(fast)); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n");
            Thread t = trickle(c, 5, 150);
            assertEquals("got 5", c.read("POST").text(), "turned off for this request");
            t.join();
        }
    }

    /** The read timeout and the handler's own read deadline still apply, and are restored after each read. */
    @Test
    void deadlinesKeepTheirMeaning() throws Exception {
        MinDataRate lax = new MinDataRate(1, Duration.ofSeconds(30));
        Held h = Held.reader();
        try (AttackServer s = AttackServer.start(h.handler(),
                srv -> srv.withMinRequestBodyDataRate(lax).withReadTimeout(Duration.ofMillis(300)));
                HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nab");
            assertEquals(408, c.read("POST").status());
            IOException e = h.err().get();
            assertTrue(e instanceof dev.gonet.NetError n && n.isTimeout() && !(e instanceof MinDataRateException),
                    "the read timeout, not the rate: " + e);
        }
        try (AttackServer s = AttackServer.start((w, r) -> {
            new ResponseController(w).setReadDeadline(Instant.now().plusSeconds(10));
            w.writeString("got " + r.body().readAllBytes().length);
        }, srv -> srv.withMinRequestBodyDataRate(new MinDataRate(1000, Duration.ofMillis(200)))
                .withReadTimeout(Duration.ofMillis(100))); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000\r\n\r\n" + "q".repeat(1000));
            Thread.sleep(400); // 1000 bytes allow 1 s of waiting at 1000 bytes/s
            c.send("q".repeat(1000));
            assertEquals("got 2000", c.read("POST").text());
        }
    }

    @Test
    void rateValues() {
        assertEquals(5000, MinDataRate.DEFAULT.allowedMillis(0));
        assertEquals(5000, MinDataRate.DEFAULT.allowedMillis(1200));
        assertEquals(10_000, MinDataRate.DEFAULT.allowedMillis(2400));
        assertEquals(Long.MAX_VALUE / 1000 * 1000 / 240, MinDataRate.DEFAULT.allowedMillis(Long.MAX_VALUE / 1000));
        assertThrows(IllegalArgumentException.class, () -> new MinDataRate(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new MinDataRate(1, Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new MinDataRate(1, null));
    }
}
