package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static dev.gonet.http.ServerTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetError;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Connection reuse, limits and idle handling, counted on the server side (Go's ConnState hook). */
class ClientPoolTest {
    static final String URL = "http://pool.example/";
    static final Handler HELLO = (w, r) -> w.writeString("hello " + r.url().path());

    @Test
    void bodiesReadToTheEndReuseOneConnection() throws Exception {
        try (ClientFixture f = ClientFixture.start(HELLO)) {
            for (int i = 0; i < 5; i++) {
                assertEquals("hello /" + i, read(f.client.get(URL + i)));
            }
            assertEquals(1, f.connections());
            assertEquals(1, f.transport.idleConnCount());
        }
    }

    @Test
    void bodiesClosedUnreadCostAConnectionEach() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.writeString("x".repeat(5000)))) {
            for (int i = 0; i < 3; i++) {
                Response r = f.client.get(URL);
                assertEquals('x', r.body().read());
                r.body().close();
            }
            waitFor(() -> f.closed() == 3, "three connections closed");
            assertEquals(3, f.connections());
            IOException closed = assertThrows(IOException.class, () -> {
                Response r = f.client.get(URL);
                r.body().close();
                r.body().read();
            });
            assertTrue(HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.in(closed),
                    "read after close: " + closed + ", want READ_ON_CLOSED_RESPONSE_BODY");
        }
    }

    @Test
    void concurrentRequestsWaitForMaxConnsPerHost() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            sleep(30);
            active.decrementAndGet();
            w.writeString("ok");
        }, s -> s, t -> t.withMaxConnsPerHost(2))) {
            List<Thread> threads = new ArrayList<>();
            List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 8; i++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        results.add(read(f.client.get(URL)));
                    } catch (IOException e) {
                        results.add(e.toString());
                    }
                }));
            }
            for (Thread t : threads) {
                assertTrue(t.join(Duration.ofSeconds(10)));
            }
            assertEquals(8, results.stream().filter("ok"::equals).count(), results.toString());
            assertTrue(maxActive.get() <= 2, "at most 2 at once, saw " + maxActive.get());
            assertTrue(f.connections() <= 2, "connections " + f.connections());
        }
    }

    @Test
    void waitingForAConnectionEndsAtTheDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            await(release);
            w.writeString("late");
        }, s -> s, t -> t.withMaxConnsPerHost(1))) {
            Thread first = Thread.ofVirtual().start(() -> {
                try {
                    read(f.client.get(URL));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            waitFor(() -> f.connections() == 1, "first request holds the only connection");
            Request second = new Request("GET", URL, (InputStream) null);
            second.setDeadline(Instant.now().plusMillis(150));
            IOException e = assertThrows(IOException.class, () -> f.client.send(second));
            assertEquals("Get \"" + URL + "\": context deadline exceeded", e.getMessage());
            assertTrue(((NetError) e).isTimeout());
            assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": want DEADLINE_EXCEEDED");
            release.countDown();
            assertTrue(first.join(Duration.ofSeconds(10)));
            assertEquals(1, f.connections());
        }
    }

    @Test
    void idleConnectionsExpire() throws Exception {
        try (ClientFixture f = ClientFixture.start(HELLO, s -> s, t -> t.withIdleConnTimeout(Duration.ofMillis(100)))) {
            read(f.client.get(URL));
            assertEquals(1, f.transport.idleConnCount());
            waitFor(() -> f.closed() == 1, "the client closed its idle connection");
            assertEquals(0, f.transport.idleConnCount());
            read(f.client.get(URL));
            assertEquals(2, f.connections());
        }
    }

    @Test
    void serverClosingAnIdleConnectionIsNoticedAtOnce() throws Exception {
        try (ClientFixture f = ClientFixture.start(HELLO, s -> s.withIdleTimeout(Duration.ofMillis(50)), t -> t)) {
            read(f.client.get(URL));
            waitFor(() -> f.transport.idleConnCount() == 0, "the pool dropped the connection the server closed");
            assertEquals("hello /", read(f.client.get(URL)));
            assertEquals(2, f.connections());
        }
    }

    @Test
    void idleLimitsPerHostAndOverall() throws Exception {
        CountDownLatch three = new CountDownLatch(3);
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            three.countDown();
            await(three); // hold all three so they need three connections
            w.writeString("ok");
        })) {
            parallel(3, () -> read(f.client.get(URL)));
            assertEquals(3, f.connections());
            waitFor(() -> f.closed() == 1, "one over the per-host limit of 2 is closed");
            assertEquals(2, f.transport.idleConnCount());
        }
        try (ClientFixture f = ClientFixture.start(HELLO, s -> s, t -> t.withMaxIdleConns(2))) {
            for (String host : List.of("a", "b", "c")) {
                read(f.client.get("http://" + host + ".example/"));
            }
            assertEquals(2, f.transport.idleConnCount());
            waitFor(() -> f.closed() == 1, "the least recently used one was evicted");
            read(f.client.get("http://c.example/"));
            assertEquals(3, f.connections(), "c's connection was kept");
        }
    }

    @Test
    void keepAlivesDisabled() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.writeString(r.header().get("Connection")
                + "/" + r.wantsClose()), s -> s, t -> t.withDisableKeepAlives(true))) {
            assertEquals("close/true", read(f.client.get(URL)));
            assertEquals("close/true", read(f.client.get(URL)));
            assertEquals(2, f.connections());
            assertEquals(0, f.transport.idleConnCount());
        }
    }

    @Test
    void closeIdleConnections() throws Exception {
        try (ClientFixture f = ClientFixture.start(HELLO)) {
            read(f.client.get(URL));
            f.client.closeIdleConnections();
            assertEquals(0, f.transport.idleConnCount());
            waitFor(() -> f.closed() == 1, "closed on the server side too");
        }
    }

    @Test
    void unsolicitedBytesOnAnIdleConnectionCloseIt() throws Exception {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            sleep(300); // long enough for the client to have pooled the connection
            RawServer.write(c, "HTTP/1.1 200 OK\r\n"); // nobody asked
            srv.readHead(c);
        })) {
            Transport t = s.transport().withLog(log::add);
            Client c = new Client(t);
            assertEquals("ok", read(c.get(URL)));
            waitFor(() -> t.idleConnCount() == 0, "dropped");
            assertEquals(List.of("http: Unsolicited response received on idle HTTP channel"), log);
            assertEquals("ok", read(c.get(URL)));
            assertEquals(2, s.accepted.get());
        }
    }

    // ---- helpers ----

    interface IORunnable {
        void run() throws IOException;
    }

    static void parallel(int n, IORunnable task) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            ts.add(Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        for (Thread t : ts) {
            assertTrue(t.join(Duration.ofSeconds(10)), "task hung");
        }
        assertEquals(List.of(), errors);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
