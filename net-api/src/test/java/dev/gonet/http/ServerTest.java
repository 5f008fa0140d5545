package dev.gonet.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Keep-alive, pipelining, request bodies, and the server's own answers, over {@code mem}. */
class ServerTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    static final Handler HELLO = (w, r) -> w.writeString("hello " + r.url().path());

    @Test
    void simpleGet() throws Exception {
        try (TestServer s = TestServer.start(HELLO)) {
            HttpConn.Resp r = s.roundTrip("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(200, r.status(), r.toString());
            assertEquals("hello /x", r.text());
            assertEquals("8", r.get("Content-Length"));
            assertEquals("text/plain; charset=utf-8", r.get("Content-Type"));
            assertEquals("HTTP/1.1", r.head().proto());
            Instant date = HttpDate.parse(r.get("Date"));
            assertTrue(Duration.between(date, Instant.now()).abs().getSeconds() < 5, "Date is now: " + r.get("Date"));
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (TestServer s = TestServer.start((w, r) -> w.writeString("#" + n.incrementAndGet()));
                HttpConn c = s.dial()) {
            for (int i = 1; i <= 5; i++) {
                c.send(GET);
                HttpConn.Resp r = c.read("GET");
                assertEquals("#" + i, r.text());
                assertEquals("", r.get("Connection"));
            }
            c.assertOpen();
        }
    }

    @Test
    void pipelinedRequestsAnsweredInOrder() throws Exception {
        Handler h = (w, r) -> {
            if (r.url().path().equals("/slow")) {
                sleep(100); // a slow first request must not let the others overtake it
            }
            w.writeString(r.method() + " " + r.url().path() + " " + new String(r.body().readAllBytes(), UTF_8));
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n"
                    + "POST /two HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                    + "POST /three HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n");
            assertEquals("GET /slow ", c.read("GET").text());
            assertEquals("POST /two abc", c.read("POST").text());
            assertEquals("POST /three de", c.read("POST").text());
            c.assertOpen();
        }
    }

    @Test
    void chunkedRequestBodyWithTrailers() throws Exception {
        Handler h = (w, r) -> {
            String before = r.trailer().keys() + "=" + r.trailer().get("X-Sum");
            String body = new String(r.body().readAllBytes(), UTF_8);
            w.writeString(before + " " + body + " " + r.trailer().get("X-Sum") + " " + r.contentLength() + " "
                    + r.transferEncoding() + " te=" + r.header().get("Transfer-Encoding") + " trailer="
                    + r.header().get("Trailer"));
        };
        try (TestServer s = TestServer.start(h)) {
            HttpConn.Resp r = s.roundTrip("POST / HTTP/1.1\r\nHost: a\r\nTrailer: x-sum\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Sum: 42\r\n\r\n");
            assertEquals("[X-Sum]= hello world 42 -1 [chunked] te= trailer=", r.text());
        }
    }

    @Test
    void requestViewHidesHostAndKeepsTheRest() throws Exception {
        Handler h = (w, r) -> w.writeString(r.host() + "|" + r.header().get("Host") + "|" + r.requestURI() + "|"
                + r.url().rawQuery() + "|" + r.remoteAddr().isEmpty() + "|" + r.proto() + "|" + r.userAgent());
        try (TestServer s = TestServer.start(h)) {
            HttpConn.Resp r = s.roundTrip("GET /p?q=1 HTTP/1.1\r\nHost: example.com:80\r\nUser-Agent: t\r\n\r\n");
            assertEquals("example.com:80||/p?q=1|q=1|false|HTTP/1.1|t", r.text());
        }
    }

    @Test
    void unreadSmallBodyIsDrainedAndTheConnectionReused() throws Exception {
        try (TestServer s = TestServer.start(HELLO); HttpConn c = s.dial()) {
            c.send("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello");
            assertEquals("hello /a", c.read("POST").text());
            c.send("POST /b HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
            HttpConn.Resp r = c.read("POST");
            assertEquals("hello /b", r.text());
            assertEquals("", r.get("Connection"));
            c.send(GET);
            assertEquals("hello /", c.read("GET").text());
        }
    }

    @Test
    void unreadBodyOverTheDrainLimitClosesTheConnection() throws Exception {
        try (TestServer s = TestServer.start(HELLO); HttpConn c = s.dial()) {
            int len = RequestBody.MAX_DRAIN + 1;
            c.send("POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: " + len + "\r\n\r\n");
            HttpConn.Resp r = c.read("POST");
            assertEquals("hello /big", r.text());
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void handlerClosingABodyWithLotsLeftClosesTheConnection() throws Exception {
        Handler h = (w, r) -> {
            r.body().read(new byte[10]);
            r.body().close();
            w.writeString("ok");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
            StringBuilder chunks = new StringBuilder();
            for (int i = 0; i < 70; i++) {
                chunks.append("1000\r\n").append("x".repeat(4096)).append("\r\n");
            }
            Thread.ofVirtual().start(() -> {
                try {
                    c.send(chunks.toString());
                } catch (IOException e) {
                    // the server may close before reading it all
                }
            });
            HttpConn.Resp r = c.read("POST");
            assertEquals("ok", r.text());
            assertEquals("close", r.get("Connection"));
        }
    }

    @Test
    void readingTheBodyAfterTheHandlerReturnedFails() throws Exception {
        Request[] leaked = new Request[1];
        try (TestServer s = TestServer.start((w, r) -> leaked[0] = r)) {
            s.roundTrip("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi");
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> leaked[0].body().read());
            assertTrue(HttpSentinel.BODY_READ_AFTER_CLOSE.in(e), "read after return: " + e + ", want BODY_READ_AFTER_CLOSE");
        }
    }

    @Test
    void writeAfterTheHandlerReturnedFails() throws Exception {
        ResponseWriter[] leaked = new ResponseWriter[1];
        try (TestServer s = TestServer.start((w, r) -> leaked[0] = w)) {
            assertEquals(200, s.roundTrip(GET).status());
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> leaked[0].writeString("late"));
        }
    }

    @Test
    void connectionCloseFromTheClientIsHonoured() throws Exception {
        try (TestServer s = TestServer.start(HELLO); HttpConn c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            HttpConn.Resp r = c.read("GET");
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void handlerConnectionCloseIsKeptAndClosesTheConnection() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Connection", "close");
            w.writeString("bye");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(GET);
            HttpConn.Resp r = c.read("GET");
            assertEquals("close", r.get("Connection"));
            assertEquals(List.of("close"), r.header().values("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void disabledKeepAlivesCloseEveryConnection() throws Exception {
        try (TestServer s = TestServer.start(HELLO, srv -> srv.withKeepAlivesEnabled(false)); HttpConn c = s.dial()) {
            c.send(GET);
            assertEquals("close", c.read("GET").get("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void idleConnectionCapSaysClose() throws Exception {
        try (TestServer s = TestServer.start(HELLO, srv -> srv.withMaxIdleConns(1)); HttpConn a = s.dial();
                HttpConn b = s.dial()) {
            a.send(GET);
            assertEquals("", a.read("GET").get("Connection"));
            waitFor(() -> !s.server.mayKeepAlive(), "a is idle");
            b.send(GET);
            assertEquals("close", b.read("GET").get("Connection"));
            b.assertClosed();
            a.assertOpen();
        }
    }

    @Test
    void unsupportedExpectationIs417() throws Exception {
        try (TestServer s = TestServer.start(HELLO); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\nx");
            HttpConn.Resp r = c.read("POST");
            assertEquals(417, r.status());
            assertEquals("0", r.get("Content-Length"));
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void asteriskOptionsReachesTheHandlerWhenTheServerDoesNotAnswerIt() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.writeString(r.method() + " " + r.requestURI()),
                srv -> srv.withDisableGeneralOptionsHandler(true))) {
            assertEquals("OPTIONS *", s.roundTrip("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").text());
        }
        try (TestServer s = TestServer.start((w, r) -> w.writeString(r.method() + " " + r.requestURI()))) {
            assertEquals("", s.roundTrip("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").text(), "Go's globalOptionsHandler");
        }
    }

    @Test
    void absoluteFormTargetSetsTheHost() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.writeString(r.host() + " " + r.url().path()))) {
            assertEquals("b.example /x",
                    s.roundTrip("GET http://b.example/x HTTP/1.1\r\nHost: a.example\r\n\r\n").text());
        }
    }

    /** Each with... is a copy: the receiver keeps its settings, the copy has the change and the rest. */
    @Test
    void withReturnsAChangedCopy() {
        Handler h = HELLO;
        Server base = new Server("127.0.0.1:8080", h);
        assertEquals(Duration.ofSeconds(10), base.readHeaderTimeout(), "default read header timeout");
        assertEquals(Duration.ofSeconds(120), base.idleTimeout(), "default idle timeout");
        assertEquals(Duration.ZERO, base.readTimeout(), "default read timeout");
        assertEquals(Duration.ZERO, base.writeTimeout(), "default write timeout");
        assertEquals(4096, base.maxIdleConns(), "default max idle conns");
        assertSame(MinDataRate.DEFAULT, base.minRequestBodyDataRate(), "default min data rate");
        assertTrue(base.keepAlivesEnabled(), "keep-alives on by default");
        assertFalse(base.disableGeneralOptionsHandler(), "OPTIONS * answered by default");

        java.util.function.Consumer<String> log = line -> { };
        Server tuned = base.withReadTimeout(Duration.ofSeconds(3)).withWriteTimeout(Duration.ofSeconds(4))
                .withMaxIdleConns(7).withKeepAlivesEnabled(false).withErrorLog(log).withMaxQueryParams(5)
                .withDisableGeneralOptionsHandler(true).withMinRequestBodyDataRate(null);
        assertEquals(Duration.ofSeconds(3), tuned.readTimeout());
        assertEquals(Duration.ofSeconds(4), tuned.writeTimeout());
        assertEquals(7, tuned.maxIdleConns());
        assertFalse(tuned.keepAlivesEnabled());
        assertTrue(tuned.disableGeneralOptionsHandler());
        assertEquals(5, tuned.maxQueryParams());
        assertNull(tuned.minRequestBodyDataRate());
        assertSame(log, tuned.errorLog(), "errorLog() is the one given");
        assertEquals("127.0.0.1:8080", tuned.addr(), "the address is carried over");
        assertSame(h, tuned.handler(), "the handler is carried over");
        assertEquals(Duration.ofSeconds(10), tuned.readHeaderTimeout(), "untouched settings are carried over");

        assertEquals(Duration.ZERO, base.readTimeout(), "the receiver is unchanged");
        assertEquals(4096, base.maxIdleConns(), "the receiver is unchanged");
        assertTrue(base.keepAlivesEnabled(), "the receiver is unchanged");
        assertNull(base.errorLog(), "the receiver is unchanged");
    }

    /** Running state is never copied: a with... of a stopped server is a fresh, unstarted one. */
    @Test
    void withOfAStoppedServerServesAgainWithoutItsHooks() throws Exception {
        AtomicInteger hooks = new AtomicInteger();
        Server first = new Server("", HELLO).withPlatform(TestThreads.INSTANCE);
        first.onShutdown(hooks::incrementAndGet);
        first.shutdown(Duration.ofSeconds(5));
        waitFor(() -> hooks.get() == 1, "the hook ran");
        IOException closed = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> first.serve(Net.listen("mem", "")));
        assertTrue(HttpSentinel.SERVER_CLOSED.in(closed), "serve after shutdown: " + closed + ", want SERVER_CLOSED");

        Server second = first.withReadHeaderTimeout(Duration.ofSeconds(2));
        Listener ln = Net.listen("mem", "");
        Thread serving = Thread.ofVirtual().start(() -> {
            try {
                second.serve(ln);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (HttpConn c = new HttpConn(Net.dial("mem", ln.addr().toString()))) {
            c.send(GET);
            assertEquals(200, c.read("GET").status(), "the copy serves");
        }
        second.shutdown(Duration.ofSeconds(5));
        serving.join(5000);
        assertFalse(serving.isAlive(), "serve returned after shutdown");
        sleep(50); // a copied hook would run on its own thread
        assertEquals(1, hooks.get(), "the first server's hook did not come along");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void waitFor(java.util.function.BooleanSupplier cond, String what) {
        long end = System.currentTimeMillis() + 5000;
        while (!cond.getAsBoolean()) {
            assertFalse(System.currentTimeMillis() > end, "timed out waiting: " + what);
            sleep(2);
        }
    }
}
