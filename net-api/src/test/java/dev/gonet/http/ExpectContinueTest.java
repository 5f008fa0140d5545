package dev.gonet.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.http.internal.ResponseHead;
import org.junit.jupiter.api.Test;

/** {@code Expect: 100-continue}: sent on the first body read only, never when the body is not read. */
class ExpectContinueTest {
    static final String HEAD = "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n";

    static final Handler ECHO_IN_TWO_READS = (w, r) -> {
        byte[] a = new byte[4];
        int n = r.body().readNBytes(a, 0, 4);
        byte[] rest = r.body().readAllBytes();
        w.writeString(new String(a, 0, n, UTF_8) + "|" + new String(rest, UTF_8));
    };

    @Test
    void continueOnFirstReadThenBody() throws Exception {
        try (TestServer s = TestServer.start(ECHO_IN_TWO_READS); HttpConn c = s.dial()) {
            c.send(HEAD);
            ResponseHead interim = c.head("POST");
            assertEquals(100, interim.statusCode());
            assertEquals("HTTP/1.1 100 Continue", interim.proto() + " " + interim.status());
            c.send("0123456789");
            HttpConn.Resp r = c.read("POST");
            assertEquals("0123|456789", r.text());
            assertEquals("", r.get("Connection"));
            // Only one 100 Continue: the next bytes are the next response.
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            ResponseHead next = c.head("GET");
            assertEquals(200, next.statusCode());
        }
    }

    @Test
    void noContinueWhenTheHandlerNeverReads() throws Exception {
        try (TestServer s = TestServer.start((w, r) -> w.writeString("no thanks")); HttpConn c = s.dial()) {
            c.send(HEAD);
            ResponseHead h = c.head("POST");
            assertEquals(200, h.statusCode(), "the final response comes first, without 100");
            HttpConn.Resp r = c.body(h);
            assertEquals("no thanks", r.text());
            assertEquals("close", r.get("Connection"), "the body may or may not follow: close");
            c.assertClosed();
        }
    }

    @Test
    void noContinueOnceTheResponseStarted() throws Exception {
        Handler h = (w, r) -> {
            w.writeString("first ");
            new ResponseController(w).flush();
            w.writeString(new String(r.body().readAllBytes(), UTF_8));
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(HEAD);
            ResponseHead head = c.head("POST");
            assertEquals(200, head.statusCode());
            c.send("0123456789");
            HttpConn.Resp r = c.body(head);
            assertEquals("first 0123456789", r.text());
        }
    }

    @Test
    void http10GetsNoContinue() throws Exception {
        try (TestServer s = TestServer.start(ECHO_IN_TWO_READS); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n0123456789");
            ResponseHead h = c.head("POST");
            assertEquals(200, h.statusCode());
            assertEquals("0123|456789", c.body(h).text());
        }
    }

    @Test
    void emptyBodyGetsNoContinue() throws Exception {
        try (TestServer s = TestServer.start(ECHO_IN_TWO_READS); HttpConn c = s.dial()) {
            c.send("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n");
            ResponseHead h = c.head("POST");
            assertEquals(200, h.statusCode());
            assertEquals("|", c.body(h).text());
            c.assertOpen();
        }
    }

    @Test
    void handlerSending100ItselfIsNotDuplicated() throws Exception {
        Handler h = (w, r) -> {
            w.writeHeader(100);
            w.writeString(new String(r.body().readAllBytes(), UTF_8));
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(HEAD);
            assertEquals(100, c.head("POST").statusCode());
            c.send("0123456789");
            ResponseHead fin = c.head("POST");
            assertEquals(200, fin.statusCode(), "exactly one 100");
            assertEquals("0123456789", c.body(fin).text());
        }
    }
}
