package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code OPTIONS *} as Go's {@code serverHandler} answers it: 200, {@code Content-Length: 0}, the
 * connection kept. Before: a {@link ServeMux} behind the server answered 400 and closed.
 */
class GlobalOptionsTest {
    static ServeMux mux() {
        ServeMux mux = new ServeMux();
        mux.handleFunc("/", (w, r) -> w.writeString("mux " + r.method() + " " + r.requestURI()));
        return mux;
    }

    @Test
    void answeredByTheServerAndKeptAlive() throws Exception {
        try (AttackServer s = AttackServer.start(mux()); HttpConn c = s.dial()) {
            c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp r = c.read("OPTIONS");
            System.out.println("OPTIONS *: " + r.status() + " Content-Length " + r.get("Content-Length")
                    + " (before: 400, Connection: close)");
            assertEquals(200, r.status());
            assertEquals("0", r.get("Content-Length"));
            assertEquals("", r.get("Connection"));
            assertEquals("", r.text());
            c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789"
                    + "OPTIONS * HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                    + "GET /next HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(200, c.read("OPTIONS").status(), "a small body is read and dropped");
            assertEquals(200, c.read("OPTIONS").status(), "chunked too");
            assertEquals("mux GET /next", c.read("GET").text(), "the connection carries on");
            c.send("OPTIONS * HTTP/1.0\r\n\r\n");
            HttpConn.Resp old = c.read("OPTIONS");
            assertEquals(200, old.status());
            assertEquals("0", old.get("Content-Length"));
        }
    }

    /** More than 4 KiB of body is an attack, as in Go: 200, then the connection closes. */
    @Test
    void aLargeBodyClosesTheConnection() throws Exception {
        try (AttackServer s = AttackServer.start(mux()); HttpConn c = s.dial()) {
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(100_000));
                } catch (java.io.IOException e) {
                    // the server stops reading and closes: expected
                }
            });
            HttpConn.Resp r = c.read("OPTIONS");
            assertEquals(200, r.status());
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
            sender.join();
            assertTrue(s.bytesRead() < 16 << 10, "read " + s.bytesRead());
        }
    }

    @Test
    void disabledGoesToTheHandler() throws Exception {
        try (AttackServer s = AttackServer.start(mux(), srv -> srv.withDisableGeneralOptionsHandler(true));
                HttpConn c = s.dial()) {
            assertTrue(s.server.disableGeneralOptionsHandler());
            c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp r = c.read("OPTIONS");
            assertEquals(400, r.status(), "Go's ServeMux answer");
            assertEquals("close", r.get("Connection"));
        }
        try (AttackServer s = AttackServer.start((w, r) -> w.writeString("handler"),
                srv -> srv.withDisableGeneralOptionsHandler(true)); HttpConn c = s.dial()) {
            c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("handler", c.read("OPTIONS").text());
        }
        try (AttackServer s = AttackServer.start(mux()); HttpConn c = s.dial()) {
            c.send("OPTIONS /x HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("mux OPTIONS /x", c.read("OPTIONS").text(), "only the asterisk form");
        }
    }
}
