package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.ResponseHead;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the client sees when a handler throws: an error reply if nothing was sent, else a cut. */
class HandlerFailureTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    @Test
    void exceptionBeforeAnyOutputIs500AndLogged() throws Exception {
        Handler h = (w, r) -> {
            w.writeString("partial, still buffered");
            throw new IllegalStateException("boom");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(GET);
            HttpConn.Resp r = c.read("GET");
            assertEquals(500, r.status());
            assertEquals("500 Internal Server Error", r.text());
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
            assertEquals(1, s.log.size());
            assertTrue(s.log.get(0).startsWith("http: panic serving mem-"), s.log.get(0));
            assertTrue(s.log.get(0).contains("java.lang.IllegalStateException: boom"), s.log.get(0));
        }
    }

    @Test
    void exceptionAfterTheHeadWasSentCutsTheResponse() throws Exception {
        Handler h = (w, r) -> {
            w.write(new byte[10_000]); // over the buffer: the head and a chunk are on their way
            new ResponseController(w).flush();
            throw new IOException("disk on fire");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(GET);
            ResponseHead head = c.head("GET");
            assertEquals(200, head.statusCode());
            assertEquals("chunked", head.header().get("Transfer-Encoding"));
            assertThrows(EOFException.class, () -> c.body(head), "no last chunk: the client sees it broken");
            assertEquals(1, s.log.size(), s.log.toString());
        }
    }

    /** After a hijack the conn is the handler's: its I/O failure is not a panic; a RuntimeException is. */
    @Test
    void afterHijackOnlyRealPanicsAreLogged() throws Exception {
        for (boolean io : new boolean[] {true, false}) {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Handler h = (w, r) -> {
                Hijacked hj = new ResponseController(w).hijack();
                hj.conn().close();
                try {
                    if (io) {
                        throw new IOException("write tcp 127.0.0.1:8080->127.0.0.1:5000: broken pipe");
                    }
                    throw new IllegalStateException("handler bug");
                } finally {
                    done.countDown();
                }
            };
            try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
                c.send(GET);
                c.assertClosed();
                assertTrue(done.await(10, java.util.concurrent.TimeUnit.SECONDS));
                if (io) {
                    Thread.sleep(50); // the log line would follow the throw at once
                    assertTrue(s.log.isEmpty(), s.log.toString());
                } else {
                    ServerTest.waitFor(() -> !s.log.isEmpty(), "panic log");
                    assertEquals(1, s.log.size(), s.log.toString());
                    assertTrue(s.log.get(0).startsWith("http: panic serving mem-"), s.log.get(0));
                    assertTrue(s.log.get(0).contains(" after hijack: java.lang.IllegalStateException: handler bug"),
                            s.log.get(0));
                }
            }
        }
    }

    @Test
    void headRequestErrorHasNoBody() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> {
            throw new IOException("x");
        }); HttpConn c = s.dial()) {
            c.send("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp r = c.read("HEAD");
            assertEquals(500, r.status());
            assertEquals(0, r.body().length);
        }
    }

    @Test
    void malformedBodyPropagatedByTheHandlerIs400NotLogged() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.write(r.body().readAllBytes())); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            HttpConn.Resp r = c.read("POST");
            assertEquals(400, r.status());
            assertEquals("400 Bad Request", r.text());
            c.assertClosed();
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void maxBytesExceededAndPropagatedIs413() throws Exception {
        Handler h = (w, r) -> {
            r.setBody(new MaxBytesReader(w, r.body(), 4));
            w.write(r.body().readAllBytes());
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789");
            HttpConn.Resp r = c.read("POST");
            assertEquals(413, r.status());
            c.assertClosed();
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void maxBytesCaughtByTheHandlerStillClosesTheConnection() throws Exception {
        Handler h = (w, r) -> {
            MaxBytesReader body = new MaxBytesReader(w, r.body(), 4);
            byte[] got = new byte[0];
            try {
                got = body.readAllBytes();
            } catch (MaxBytesException e) {
                Handlers.error(w, e.getMessage() + " (limit " + e.limit() + ")", 413);
                return;
            }
            w.write(got);
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789");
            HttpConn.Resp r = c.read("POST");
            assertEquals(413, r.status());
            assertEquals("http: request body too large (limit 4)\n", r.text());
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
            // Exactly at the limit is fine and keeps the connection.
            try (HttpConn d = s.dial()) {
                d.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\n0123");
                HttpConn.Resp ok = d.read("POST");
                assertEquals("0123", ok.text());
                d.assertOpen();
            }
        }
    }
}
