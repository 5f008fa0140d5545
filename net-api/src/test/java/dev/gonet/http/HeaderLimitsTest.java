package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.Http1Reader;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Field count and field size bounds of request and response heads, attacked over {@code mem}
 * with our real server and client. Before the bounds, a 1 MiB request head of 140 000 empty
 * fields reached the handler and held 22.6 MiB after GC while it ran; the client took a
 * response head of 140 000 fields and held 22.9 MiB.
 */
class HeaderLimitsTest {
    /** {@code n} field lines with distinct four-character names and empty values (7 bytes each). */
    static String emptyFields(int n) {
        StringBuilder b = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            b.append(Integer.toString(i + 36 * 36 * 36, 36)).append(":\r\n");
        }
        return b.toString();
    }

    /** {@code n} distinct fields whose values fill the head up to about {@code total} bytes. */
    static String fullFields(int n, int total) {
        int value = total / n - 12;
        StringBuilder b = new StringBuilder(total);
        for (int i = 0; i < n; i++) {
            b.append("X-").append(Integer.toString(i + 36 * 36 * 36, 36)).append(": ").append("v".repeat(value))
                    .append("\r\n");
        }
        return b.toString();
    }

    /** Heap a request holds while its handler runs; the handler answers 200. */
    static long heldByHandler(String wire, int[] status) throws Exception {
        CountDownLatch in = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long base = AttackServer.heapAfterGC();
        try (AttackServer s = AttackServer.start((w, r) -> {
            in.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }); HttpConn c = s.dial()) {
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    c.send(wire);
                } catch (IOException e) {
                    // refused and closed
                }
            });
            long held = 0;
            if (in.await(10, TimeUnit.SECONDS)) {
                held = AttackServer.heapAfterGC() - base;
            }
            release.countDown();
            status[0] = c.read("GET").status();
            sender.join();
            return held;
        }
    }

    @Test
    void requestOfManyEmptyFieldsIs431AndTheWorstAcceptedHoldsLittle() throws Exception {
        String attack = "GET / HTTP/1.1\r\nHost: a\r\n" + emptyFields(140_000) + "\r\n";
        int[] status = new int[1];
        long held = heldByHandler(attack, status);
        System.out.println("header fields, request of " + attack.length() + " bytes with 140 000 empty fields: status "
                + status[0] + ", held " + AttackServer.mib(held) + " (before: 200, 22.6 MiB)");
        assertEquals(431, status[0]);
        assertEquals(0, held, "the handler never ran");

        String worstEmpty = "GET / HTTP/1.1\r\nHost: a\r\n" + emptyFields(Http1Reader.DEFAULT_MAX_HEADER_FIELDS - 1) + "\r\n";
        long heldEmpty = heldByHandler(worstEmpty, status);
        assertEquals(200, status[0]);
        String worstFull = "GET / HTTP/1.1\r\nHost: a\r\n" + fullFields(Http1Reader.DEFAULT_MAX_HEADER_FIELDS - 1,
                Http1Reader.DEFAULT_MAX_HEADER_BYTES - 64) + "\r\n";
        long heldFull = heldByHandler(worstFull, status);
        assertEquals(200, status[0]);
        System.out.println("header fields, worst accepted heads: 999 empty fields hold " + AttackServer.mib(heldEmpty)
                + ", 999 fields filling " + worstFull.length() + " bytes hold " + AttackServer.mib(heldFull));
        assertTrue(heldEmpty < 1 << 20, "999 empty fields hold " + heldEmpty);
        assertTrue(heldFull < 4 << 20, "a full 1 MiB head holds " + heldFull);
    }

    @Test
    void serverSettings() throws Exception {
        try (AttackServer s = AttackServer.start((w, r) -> w.writeString("ok"),
                srv -> srv.withMaxHeaderFields(3).withMaxHeaderFieldBytes(20))) {
            assertEquals(3, s.server.maxHeaderFields());
            assertEquals(20, s.server.maxHeaderFieldBytes());
            try (HttpConn c = s.dial()) {
                c.send("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1234567890123\r\n\r\n");
                assertEquals(200, c.read("GET").status());
                c.send("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n");
                HttpConn.Resp r = c.read("GET");
                assertEquals(431, r.status());
                c.assertClosed();
            }
            try (HttpConn c = s.dial()) {
                c.send("GET / HTTP/1.1\r\nHost: a\r\nB: 123456789012345678\r\n\r\n"); // 21 bytes
                assertEquals(431, c.read("GET").status());
            }
        }
        Server defaults = new Server("", (w, r) -> { }).withMaxHeaderFields(0).withMaxHeaderFieldBytes(-1);
        assertEquals(Http1Reader.DEFAULT_MAX_HEADER_FIELDS, defaults.maxHeaderFields());
        assertEquals(Http1Reader.DEFAULT_MAX_FIELD_BYTES, defaults.maxHeaderFieldBytes());
    }

    @Test
    void clientRefusesAResponseOfManyFields() throws Exception {
        String head = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n" + emptyFields(140_000) + "\r\n";
        try (RawServer raw = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, head);
        })) {
            long base = AttackServer.heapAfterGC();
            IOException e = assertThrows(IOException.class, () -> new Client(raw.transport()).get("http://x/"));
            long held = AttackServer.heapAfterGC() - base;
            System.out.println("header fields, client: response head of 140 000 fields: " + e.getMessage() + ", held "
                    + AttackServer.mib(held) + " (before: accepted, 22.9 MiB held)");
            assertTrue(e.getMessage().endsWith(Http1Reader.TOO_MANY_FIELDS), e.getMessage());
            Response ok = new Client(raw.transport().withMaxResponseHeaderFields(200_000)).get("http://x/");
            assertEquals(140_001, ok.header().size(), "raised, it is accepted");
        }
        try (RawServer raw = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX: " + "x".repeat(100) + "\r\n\r\n");
        })) {
            IOException e = assertThrows(IOException.class,
                    () -> new Client(raw.transport().withMaxResponseHeaderFieldBytes(50)).get("http://x/"));
            assertTrue(e.getMessage().endsWith(Http1Reader.FIELD_TOO_LARGE), e.getMessage());
        }
    }
}
