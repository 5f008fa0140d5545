package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Net;
import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Chunk-extension overhead (Go's CVE-2023-39326) against our real server and client over
 * {@code mem}: one-byte chunks carrying long extensions. Each test states how many bytes the
 * peer made us read. Before the fix (measured with the same floods): the server read the whole
 * 64 MiB flood for 16.7 KiB of data, drained 4.8 MiB for a handler that never read the body,
 * read 1.2 MiB behind a 64 KiB {@link MaxBytesReader} and 64 MiB behind one when the extensions
 * were long; the client read 64 MiB.
 */
class ChunkOverheadTest {
    /** What every flood is cut at: far more than any bound here lets through. */
    static final long FLOOD = 64 << 20;
    static final String CHUNKED_POST = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";

    /**
     * {@code head}, then one-byte chunks each with an extension of {@code ext} bytes
     * ({@code 1;aaa...\r\nX\r\n}), until {@code cap} bytes in all. With {@code ext} 12 every
     * chunk stays within Go's allowance (16 + twice the data); with 4000 each runs far over.
     */
    static InputStream flood(String head, int ext, long cap) {
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = ("1;" + "a".repeat(ext) + "\r\nX\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= cap) {
                    return -1;
                }
                int n = 0;
                for (; n < len && pos < cap; n++, pos++) {
                    b[off + n] = pos < h.length ? h[(int) pos] : chunk[(int) ((pos - h.length) % chunk.length)];
                }
                return n;
            }
        };
    }

    /** Writes the flood on its own thread until it ends or the server closes. */
    static Thread send(HttpConn c, InputStream flood) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[32 << 10];
            try {
                for (int n; (n = flood.read(buf, 0, buf.length)) > 0;) {
                    c.send(Arrays.copyOf(buf, n));
                }
            } catch (IOException e) {
                // the server closed: what the test expects
            }
        });
    }

    /** A handler that never reads the body: the server drains at most 256 KiB of wire, then closes. */
    @Test
    void drainOfAnUnreadBodyCountsWireBytes() throws Exception {
        for (int ext : new int[] {12, 4000}) {
            try (AttackServer s = AttackServer.start((w, r) -> w.writeString("ok")); HttpConn c = s.dial()) {
                Thread sender = send(c, flood(CHUNKED_POST, ext, FLOOD));
                HttpConn.Resp r = c.read("POST");
                assertEquals(200, r.status());
                assertEquals("close", r.get("Connection"), "the rest of the body is not read: the connection ends");
                c.assertClosed();
                sender.join(Duration.ofSeconds(10));
                long read = s.bytesRead();
                System.out.println("chunk overhead, unread body, extensions of " + ext + " bytes: server read "
                        + read + " bytes (before: 4.8 MiB for 12, 64 MiB for 4000)");
                assertTrue(read <= RequestBody.MAX_DRAIN + (16 << 10), "server read " + read);
            }
        }
    }

    /** A handler that reads the body: it fails with Go's text after about 16 KiB of non-data, and gets 400. */
    @Test
    void readingTheBodyFailsOnTooMuchNonData() throws Exception {
        AtomicReference<IOException> err = new AtomicReference<>();
        AtomicLong data = new AtomicLong();
        try (AttackServer s = AttackServer.start((w, r) -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = r.body().read(buf)) >= 0;) {
                    data.addAndGet(n);
                }
            } catch (IOException e) {
                err.set(e);
                throw e;
            }
        }); HttpConn c = s.dial()) {
            Thread sender = send(c, flood(CHUNKED_POST, 4000, FLOOD));
            HttpConn.Resp r = c.read("POST");
            assertEquals(400, r.status());
            c.assertClosed();
            sender.join(Duration.ofSeconds(10));
            ProtocolException p = assertInstanceOf(ProtocolException.class, err.get());
            assertEquals(ChunkedInputStream.TOO_MUCH_NON_DATA, p.getMessage());
            long read = s.bytesRead();
            System.out.println("chunk overhead, body read: handler got " + data.get() + " data bytes, server read "
                    + read + " bytes (before: 16747 data bytes for the whole 64 MiB flood)");
            assertTrue(read <= 32 << 10, "server read " + read);
        }
    }

    /**
     * Behind a 64 KiB {@link MaxBytesReader}: chunks within Go's allowance (19 wire bytes per
     * data byte) still stop at twice the limit plus 16 KiB of wire, not 19 times the limit.
     */
    @Test
    void maxBytesReaderCountsFraming() throws Exception {
        int limit = 64 << 10;
        for (int ext : new int[] {12, 4000}) {
            AtomicReference<IOException> err = new AtomicReference<>();
            try (AttackServer s = AttackServer.start((w, r) -> {
                InputStream in = new MaxBytesReader(w, r.body(), limit);
                try {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    err.set(e);
                    throw e;
                }
            }); HttpConn c = s.dial()) {
                Thread sender = send(c, flood(CHUNKED_POST, ext, FLOOD));
                HttpConn.Resp r = c.read("POST");
                c.assertClosed();
                sender.join(Duration.ofSeconds(10));
                long read = s.bytesRead();
                System.out.println("chunk overhead, MaxBytesReader(64 KiB), extensions of " + ext + " bytes: status "
                        + r.status() + ", server read " + read + " bytes (before: 1.2 MiB and 413 for 12, the whole"
                        + " 64 MiB for 4000)");
                assertNotNull(err.get());
                if (ext == 12) {
                    assertEquals(413, r.status());
                    assertInstanceOf(MaxBytesException.class, err.get());
                } else {
                    assertEquals(400, r.status());
                    assertEquals(ChunkedInputStream.TOO_MUCH_NON_DATA, err.get().getMessage());
                }
                assertTrue(read <= 2L * limit + MaxBytesReader.FRAMING_ALLOWANCE + (16 << 10), "server read " + read);
            }
        }
    }

    /** The client reading a flooded response body: the same rule, the same error. */
    @Test
    void clientFailsOnTooMuchNonData() throws Exception {
        AtomicLong clientRead = new AtomicLong();
        try (RawServer raw = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            InputStream in = flood("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", 4000, FLOOD);
            byte[] buf = new byte[32 << 10];
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                c.write(buf, 0, n);
            }
        })) {
            Transport t = ClientFixture.memTransport(raw.name()).withDial((net, addr) ->
                    new ForwardingConn(Net.dial("mem", raw.name())) {
                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            int n = delegate.read(b, off, len);
                            if (n > 0) {
                                clientRead.addAndGet(n);
                            }
                            return n;
                        }
                    });
            Response resp = new Client(t).get("http://x/");
            IOException e;
            try (InputStream body = resp.body()) {
                e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                        () -> body.transferTo(java.io.OutputStream.nullOutputStream()));
            }
            assertEquals(ChunkedInputStream.TOO_MUCH_NON_DATA, e.getMessage());
            System.out.println("chunk overhead, client: read " + clientRead.get()
                    + " bytes before failing (before: the whole 64 MiB flood)");
            assertTrue(clientRead.get() <= 32 << 10, "client read " + clientRead.get());
        }
    }
}
