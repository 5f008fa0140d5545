package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Go's TimeoutHandler: the handler's own response in time, 503 with the message after. */
class TimeoutHandlerTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    static Handler limit(Handler h, long ms, String msg) {
        return new TimeoutHandler(h, Duration.ofMillis(ms), msg).withPlatform(TestThreads.INSTANCE);
    }

    @Test
    void fastHandlerResponseIsCopied() throws Exception {
        Handler fast = (w, r) -> {
            w.header().set("X-A", "1");
            w.writeHeader(201);
            w.writeString("made");
        };
        try (TestServer s = TestServer.start(limit(fast, 2000, "slow"))) {
            HttpConn.Resp r = s.roundTrip(GET);
            assertEquals(201, r.status());
            assertEquals("1", r.get("X-A"));
            assertEquals("made", r.text());
        }
    }

    @Test
    void slowHandlerGets503AndItsLaterWritesFail() throws Exception {
        AtomicReference<IOException> lateError = new AtomicReference<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Handler slow = (w, r) -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            try {
                w.writeString("too late");
            } catch (IOException e) {
                lateError.set(e);
            }
            finished.countDown();
        };
        try (TestServer s = TestServer.start(limit(slow, 200, "try again later"))) {
            long start = System.nanoTime();
            HttpConn.Resp r = s.roundTrip(GET);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.status());
            assertEquals("try again later", r.text());
            assertTrue(ms >= 150 && ms < 3000, "answered after " + ms + " ms");
            assertTrue(finished.await(5, TimeUnit.SECONDS));
            assertTrue(interrupted.get(), "the handler's thread is interrupted");
            assertTrue(HttpSentinel.HANDLER_TIMEOUT.in(lateError.get()), "late write: " + lateError.get() + ", want HANDLER_TIMEOUT");
        }
    }

    @Test
    void defaultMessageIsGosPage() throws Exception {
        Handler slow = (w, r) -> ServerTest.sleep(1000);
        try (TestServer s = TestServer.start(limit(slow, 50, ""))) {
            HttpConn.Resp r = s.roundTrip(GET);
            assertEquals(503, r.status());
            assertEquals("<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>", r.text());
        }
    }

    @Test
    void exceptionInTimeIsRethrown() throws Exception {
        Handler bad = (w, r) -> {
            throw new IllegalStateException("inner");
        };
        try (TestServer s = TestServer.start(limit(bad, 2000, ""))) {
            assertEquals(500, s.roundTrip(GET).status());
            assertTrue(s.log.get(0).contains("IllegalStateException: inner"), s.log.toString());
        }
    }

    @Test
    void innerWriterHasNoOptionalFeatures() throws Exception {
        AtomicReference<Class<?>> failure = new AtomicReference<>();
        Handler h = (w, r) -> {
            try {
                new ResponseController(w).flush();
            } catch (UnsupportedOperationException e) {
                failure.set(e.getClass());
            }
        };
        try (TestServer s = TestServer.start(limit(h, 2000, ""))) {
            assertEquals(200, s.roundTrip(GET).status());
            assertEquals(UnsupportedOperationException.class, failure.get());
        }
        assertThrows(NullPointerException.class, () -> new TimeoutHandler(null, Duration.ZERO, ""));
    }
}
