package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Graceful {@code shutdown} and immediate {@code close}. */
class ServerShutdownTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    @Test
    void shutdownUnderLoadLosesNoInFlightRequest() throws Exception {
        int n = 50;
        CountDownLatch inFlight = new CountDownLatch(n);
        Handler slow = (w, r) -> {
            inFlight.countDown();
            ServerTest.sleep(300);
            w.writeString("done " + r.url().path());
        };
        AtomicInteger hooks = new AtomicInteger();
        TestServer s = TestServer.start(slow, srv -> srv.onShutdown(hooks::incrementAndGet));
        HttpConn idle = s.dial();
        idle.send(GET);
        idle.read("GET");
        List<HttpConn> conns = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        List<HttpConn.Resp> got = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            HttpConn c = s.dial();
            conns.add(c);
            String path = "/" + i;
            clients.add(Thread.ofVirtual().start(() -> {
                try {
                    c.send("GET " + path + " HTTP/1.1\r\nHost: a\r\n\r\n");
                    got.add(c.read("GET"));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        assertTrue(inFlight.await(10, TimeUnit.SECONDS), "all requests in flight");
        long start = System.nanoTime();
        s.server.shutdown(Duration.ofSeconds(20));
        long ms = (System.nanoTime() - start) / 1_000_000;
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(n, got.size());
        for (HttpConn.Resp r : got) {
            assertEquals(200, r.status(), r.toString());
            assertTrue(r.text().startsWith("done /"), r.text());
            assertEquals("close", r.get("Connection"), "in-flight responses close their connections");
        }
        assertTrue(ms < 10_000, "shutdown took " + ms + " ms");
        idle.assertClosed();
        for (HttpConn c : conns) {
            c.assertClosed();
            c.close();
        }
        NetException refused = assertThrows(NetException.class, () -> Net.dial("mem", s.name()));
        assertTrue(Sentinel.CONNECTION_REFUSED.in(refused), refused.toString());
        s.awaitServeReturned();
        assertEquals(1, hooks.get());
        IOException again = assertThrows(IOException.class, () -> s.server.serve(Net.listen("mem", "")));
        assertTrue(HttpSentinel.SERVER_CLOSED.in(again), "serve after shutdown: " + again + ", want SERVER_CLOSED");
        idle.close();
        s.close();
    }

    /**
     * A hook registered after shutdown started runs at once, on its own thread (Go's would never
     * run): a handler that registers while the shutdown begins is not forgotten. One registered
     * before runs once per shutdown, as in Go.
     */
    @Test
    void hookRegisteredAfterShutdownStartedRunsAtOnce() throws Exception {
        Server server = new Server("", (w, r) -> { }).withPlatform(TestThreads.INSTANCE);
        AtomicInteger early = new AtomicInteger();
        server.onShutdown(early::incrementAndGet);
        server.shutdown(Duration.ofSeconds(5));
        AtomicInteger late = new AtomicInteger();
        Thread caller = Thread.currentThread();
        java.util.concurrent.CompletableFuture<Thread> ranOn = new java.util.concurrent.CompletableFuture<>();
        assertEquals(server, server.onShutdown(() -> {
            late.incrementAndGet();
            ranOn.complete(Thread.currentThread());
        }));
        assertTrue(ranOn.get(5, TimeUnit.SECONDS) != caller, "the late hook ran on the caller's thread");
        server.shutdown(Duration.ofSeconds(5));
        ServerTest.waitFor(() -> early.get() == 2, "the early hook runs on each shutdown");
        assertEquals(1, late.get(), "the late hook ran once");
    }

    @Test
    void shutdownTimesOutAndLeavesTheRestRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Handler stuck = (w, r) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            w.writeString("late");
        };
        try (TestServer s = TestServer.start(stuck); HttpConn c = s.dial()) {
            c.send(GET);
            assertTrue(started.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            ShutdownTimeoutException e = assertThrows(ShutdownTimeoutException.class,
                    () -> s.server.shutdown(Duration.ofMillis(200)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 150 && ms < 3000, "gave up after " + ms + " ms");
            assertTrue(e.isTimeout());
            assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), "shutdown: " + e + ", want DEADLINE_EXCEEDED");
            assertEquals(1, e.active());
            release.countDown();
            HttpConn.Resp r = c.read("GET");
            assertEquals("late", r.text());
            assertEquals("close", r.get("Connection"));
        }
    }

    @Test
    void closeCutsActiveConnections() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Handler stuck = (w, r) -> {
            started.countDown();
            ServerTest.sleep(300);
            w.write(new byte[100_000]);
        };
        TestServer s = TestServer.start(stuck);
        HttpConn c = s.dial();
        c.send(GET);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        s.server.close();
        c.assertClosed();
        s.awaitServeReturned();
        c.close();
    }
}
