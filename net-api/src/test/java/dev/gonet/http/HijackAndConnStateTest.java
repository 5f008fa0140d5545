package dev.gonet.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.http.internal.ResponseHead;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Go's ConnState transitions, and handing a connection over with its buffered bytes. */
class HijackAndConnStateTest {
    static final String GET = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";

    @Test
    void statesOfAKeepAliveConnection() throws Exception {
        List<ConnState> states = Collections.synchronizedList(new ArrayList<>());
        try (TestServer s = TestServer.start((w, r) -> w.writeString("ok"),
                srv -> srv.withConnState((c, st) -> states.add(st)))) {
            HttpConn c = s.dial();
            ServerTest.waitFor(() -> states.size() == 1, "NEW");
            c.send(GET);
            c.read("GET");
            c.send(GET);
            c.read("GET");
            c.close();
            ServerTest.waitFor(() -> states.contains(ConnState.CLOSED), "CLOSED");
            assertEquals(List.of(ConnState.NEW, ConnState.ACTIVE, ConnState.IDLE, ConnState.ACTIVE, ConnState.IDLE,
                    ConnState.CLOSED), states);
            assertEquals("new active idle hijacked closed", ConnState.NEW + " " + ConnState.ACTIVE + " "
                    + ConnState.IDLE + " " + ConnState.HIJACKED + " " + ConnState.CLOSED);
        }
    }

    @Test
    void hijackHandsOverTheConnectionAndBufferedBytes() throws Exception {
        List<ConnState> states = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<IOException> afterHijack = new AtomicReference<>();
        Handler upgrade = (w, r) -> {
            Hijacked h = new ResponseController(w).hijack();
            try {
                w.writeString("too late");
            } catch (IOException e) {
                afterHijack.set(e);
            }
            Conn raw = h.conn();
            String buffered = new String(h.buffered(), ISO_8859_1);
            raw.write("HTTP/1.1 101 Switching Protocols\r\n\r\n".getBytes(ISO_8859_1));
            InputStream in = h.inputStream();
            byte[] more = in.readNBytes(buffered.length() + 4);
            raw.write(new String(more, ISO_8859_1).toUpperCase().getBytes(ISO_8859_1));
            raw.close();
        };
        try (TestServer s = TestServer.start(upgrade, srv -> srv.withConnState((c, st) -> states.add(st)));
                HttpConn c = s.dial()) {
            // The frame after the upgrade request arrives in the same write: the server has
            // read it already, and must hand it over.
            c.send("GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nframe1");
            ResponseHead h = c.head("GET");
            assertEquals(101, h.statusCode());
            c.send("rest");
            byte[] echoed = c.reader.source().readNBytes(10);
            assertEquals("FRAME1REST", new String(echoed, ISO_8859_1));
            c.assertClosed();
            ServerTest.waitFor(() -> states.contains(ConnState.HIJACKED), "HIJACKED");
            Thread.sleep(50);
            assertEquals(List.of(ConnState.NEW, ConnState.ACTIVE, ConnState.HIJACKED), states);
            assertTrue(HttpSentinel.HIJACKED.in(afterHijack.get()), "write after hijack: " + afterHijack.get() + ", want HIJACKED");
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void hijackAfterWriteHeaderSendsTheHeadFirst() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Upgrade", "x");
            w.header().set("Connection", "Upgrade");
            w.writeHeader(101);
            Hijacked hj = new ResponseController(w).hijack();
            hj.conn().write("raw".getBytes(ISO_8859_1));
            hj.conn().close();
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(GET);
            ResponseHead head = c.head("GET");
            assertEquals(101, head.statusCode());
            assertEquals("Upgrade", head.header().get("Connection"));
            assertEquals("raw", new String(c.reader.source().readAllBytes(), ISO_8859_1));
        }
    }

    @Test
    void secondHijackFails() throws Exception {
        AtomicReference<IOException> err = new AtomicReference<>();
        Handler h = (w, r) -> {
            Hijacked hj = new ResponseController(w).hijack();
            try {
                new ResponseController(w).hijack();
            } catch (IOException e) {
                err.set(e);
            }
            hj.conn().close();
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send(GET);
            c.assertClosed();
            ServerTest.waitFor(() -> err.get() != null, "second hijack");
            assertTrue(HttpSentinel.HIJACKED.in(err.get()), "second hijack: " + err.get() + ", want HIJACKED");
        }
    }

    @Test
    void controllerFollowsUnwrapAndReportsMissingFeatures() throws Exception {
        ResponseWriter bare = new ResponseWriter() {
            @Override
            public Header header() {
                return new Header();
            }

            @Override
            public void writeHeader(int statusCode) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }
        };
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new ResponseController(bare).flush());
        assertEquals("feature not supported", e.getMessage());
        assertTrue(HttpSentinel.NOT_SUPPORTED.in(e), "flush without Flusher: " + e + ", want NOT_SUPPORTED");
        assertThrows(UnsupportedOperationException.class, () -> new ResponseController(bare).hijack());
        assertThrows(UnsupportedOperationException.class,
                () -> new ResponseController(bare).setReadDeadline(null));
        Handler wrapped = (w, r) -> {
            ResponseWriter mw = new ResponseWriter() {
                @Override
                public Header header() {
                    return w.header();
                }

                @Override
                public void writeHeader(int statusCode) {
                    w.writeHeader(statusCode);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    w.write(b, off, len);
                }

                @Override
                public ResponseWriter unwrap() {
                    return w;
                }
            };
            mw.writeString("streamed");
            new ResponseController(mw).flush(); // reaches the server's writer: the head goes out now
            w.writeString(" more");
        };
        try (TestServer s = TestServer.start(wrapped)) {
            HttpConn.Resp r = s.roundTrip(GET);
            assertEquals("chunked", r.get("Transfer-Encoding"));
            assertEquals("streamed more", r.text());
        }
    }
}
