package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.http.internal.MalformedRequestTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The codec's malformed and smuggling-shaped requests ({@link MalformedRequestTest#ROWS}) sent to
 * a live server: each must be answered with its status and Go's plain-text error, and the
 * connection closed; behind a valid pipelined request, that one is still answered first.
 */
class MalformedServerTest {
    static final Handler ECHO = (w, r) -> w.write(r.body().readAllBytes());

    @TestFactory
    Stream<DynamicTest> rejectedAndClosed() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MalformedRequestTest.Bad b : MalformedRequestTest.ROWS) {
            if (b.status() == MalformedRequestTest.EOF) {
                continue; // truncation needs a half-close: see truncatedRequestsEndTheConnection and the TCP tests
            }
            tests.add(DynamicTest.dynamicTest(b.name(), () -> check(b, false, false)));
            tests.add(DynamicTest.dynamicTest(b.name() + " [pipelined]", () -> check(b, true, false)));
            if (b.wire().length() < 8192) {
                tests.add(DynamicTest.dynamicTest(b.name() + " [one byte per write]", () -> check(b, false, true)));
            }
        }
        return tests.stream();
    }

    static void check(MalformedRequestTest.Bad b, boolean pipelined, boolean oneByte) throws Exception {
        try (TestServer s = TestServer.start(ECHO, srv -> srv.withMaxHeaderBytes(b.max())); HttpConn c = s.dial()) {
            String wire = pipelined ? MalformedRequestTest.PREFIX + b.wire() : b.wire();
            sendInBackground(c.conn, wire.getBytes(StandardCharsets.ISO_8859_1), oneByte);
            if (pipelined) {
                HttpConn.Resp first = c.read("POST");
                assertEquals(200, first.status(), b.name());
                assertEquals("hello", first.text());
            }
            HttpConn.Resp r = c.read("GET");
            assertEquals(b.status(), r.status(), b.name() + ": " + r);
            assertEquals("close", r.get("Connection"), b.name());
            assertEquals("text/plain; charset=utf-8", r.get("Content-Type"), b.name());
            String text = b.status() + " " + Status.statusText(b.status());
            assertEquals(b.status() == 501 ? "Unsupported transfer encoding" : text, r.text(), b.name());
            c.assertClosed();
            assertTrue(s.log.isEmpty(), b.name() + " logged " + s.log);
        }
    }

    /** Writes on its own thread: the server may answer and close before reading it all. */
    static void sendInBackground(Conn conn, byte[] wire, boolean oneByte) {
        Thread.ofVirtual().start(() -> {
            try {
                if (oneByte) {
                    for (byte x : wire) {
                        conn.write(new byte[] {x});
                    }
                } else {
                    conn.write(wire);
                }
            } catch (IOException e) {
                // closed by the server after its answer
            }
        });
    }

    @Test
    void truncatedRequestsEndTheConnection() throws Exception {
        ConcurrentHashMap<Conn, ConnState> last = new ConcurrentHashMap<>();
        try (TestServer s = TestServer.start(ECHO, srv -> srv.withConnState(last::put))) {
            int n = 0;
            for (MalformedRequestTest.Bad b : MalformedRequestTest.ROWS) {
                if (b.status() != MalformedRequestTest.EOF) {
                    continue;
                }
                n++;
                try (HttpConn c = s.dial()) {
                    c.send(b.wire());
                }
            }
            assertTrue(n >= 5, "EOF rows: " + n);
            int rows = n;
            ServerTest.waitFor(() -> last.size() == rows && last.values().stream().allMatch(st -> st == ConnState.CLOSED),
                    "all truncated connections closed: " + last);
        }
    }

    @Test
    void requestSplitIntoSingleBytesIsServed() throws Exception {
        try (TestServer s = TestServer.start(ECHO); HttpConn c = s.dial()) {
            String wire = "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nX-T: 1\r\n\r\n";
            for (byte x : wire.getBytes(StandardCharsets.ISO_8859_1)) {
                c.send(new byte[] {x});
            }
            HttpConn.Resp r = c.read("POST");
            assertEquals("abcde", r.text());
            c.assertOpen();
        }
    }
}
