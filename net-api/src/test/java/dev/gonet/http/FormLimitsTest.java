package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.Wire;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import dev.gonet.url.Values;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Go's cap on query and form parameters (CVE-2025-61726): counted as Go counts them, parsed
 * once, 400 with Go's text from the server. Before the cap, a 10 MiB urlencoded body of
 * 2 035 559 keys took 2.8 s to parse and held 483 MiB after GC while its handler ran.
 */
class FormLimitsTest {
    record Count(String name, String query, int max, boolean over) {
    }

    static final List<Count> COUNTS = List.of(
            new Count("empty query is one parameter", "", 1, false),
            new Count("10 000 pairs", "a=1&".repeat(9_999) + "a=1", Values.DEFAULT_MAX_PARAMS, false),
            new Count("10 001 pairs", "a=1&".repeat(10_000) + "a=1", Values.DEFAULT_MAX_PARAMS, true),
            new Count("empty pairs count (Go counts the &s)", "&".repeat(10_000), Values.DEFAULT_MAX_PARAMS, true),
            new Count("9 999 &s after one pair", "a" + "&".repeat(9_999), Values.DEFAULT_MAX_PARAMS, false),
            new Count("escaped & is not a separator", "a=%26".repeat(20_000), Values.DEFAULT_MAX_PARAMS, false),
            new Count("semicolons are not separators", "a;b;c;d", 1, false),
            new Count("custom cap 3, 3 pairs", "a&b&c", 3, false),
            new Count("custom cap 3, 4 pairs", "a&b&c&d", 3, true),
            new Count("no cap", "a&".repeat(50_000), 0, false));

    @Test
    void countsAsGoDoes() throws URLException {
        for (Count c : COUNTS) {
            Values.Parsed p = Values.parse(c.query(), c.max());
            if (c.over()) {
                URLException e = assertInstanceOf(URLException.class, p.err(), c.name());
                assertTrue(e.isTooManyParams(), c.name());
                assertEquals(Values.TOO_MANY_PARAMS, e.getMessage(), c.name());
                assertEquals(0, p.values().size(), c.name() + ": nothing parsed, as Go returns");
                assertThrows(URLException.class, () -> Values.parseQuery(c.query(), c.max()), c.name());
            } else {
                assertTrue(p.err() == null || !p.err().isTooManyParams(), c.name() + ": " + p.err());
            }
        }
        assertEquals(0, Values.parseQueryLenient("a&".repeat(10_001)).size(), "lenient: over the cap is empty");
        assertEquals(0, URL.parse("/?" + "a=1&".repeat(10_001)).query().size(), "URL.query() has Go's cap too");
        assertEquals(List.of("1"), Values.parseQuery("a=1&" + "&".repeat(9_998)).values("a"));
        URLException semi = assertThrows(URLException.class, () -> Values.parseQuery("a;b"));
        assertFalse(semi.isTooManyParams());
    }

    static Request post(String target, String body) throws IOException {
        Request r = new Request("POST", target, new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
        r.header().set("Content-Type", "application/x-www-form-urlencoded");
        return r;
    }

    /** Go's ParseForm: the part over the cap contributes nothing; the body's error wins. */
    @Test
    void parseFormCapsQueryAndBodyEach() throws IOException {
        Request q = post("/?" + "q=1&".repeat(10_001), "b=2");
        URLException e = assertThrows(URLException.class, q::parseForm);
        assertTrue(e.isTooManyParams());
        assertEquals(List.of("b"), q.form().keys(), "body values kept, query dropped");
        assertEquals("", q.formValue("q"));

        Request b = post("/?q=1&bad=%zz", "b=2&".repeat(10_001));
        e = assertThrows(URLException.class, b::parseForm);
        assertTrue(e.isTooManyParams(), "the body's error first: " + e.getMessage());
        assertEquals(0, b.postForm().size());
        assertEquals("1", b.formValue("q"), "the query still parsed");

        Request raised = post("/?" + "q=1&".repeat(10_001), "b=2").setMaxQueryParams(20_000);
        raised.parseForm();
        assertEquals(10_001, raised.form().values("q").size());

        Request lowered = post("/?a&b", "c").setMaxQueryParams(1);
        assertThrows(URLException.class, lowered::parseForm);
        assertEquals(List.of("c"), lowered.form().keys());
        Request get = new Request("GET", "/?" + "a&".repeat(10_001), null);
        assertEquals("", get.formValue("a"), "formValue ignores the error, as Go's");
    }

    /** The body parser, whole and one byte per read: the same pairs, the same errors. */
    @Test
    void bodyFedWholeAndOneByteAtATime() throws IOException {
        String atCap = "k=v&".repeat(Values.DEFAULT_MAX_PARAMS - 1) + "k=v";
        String overCap = atCap + "&k=v";
        String tooBig = "a=" + "x".repeat((10 << 20) - 2); // exactly 10 MiB
        for (Wire.Feed f : Wire.Feed.values()) {
            Request ok = post("/", "");
            ok.setBody(Wire.feed(Wire.bytes(atCap), f));
            ok.parseForm();
            assertEquals(Values.DEFAULT_MAX_PARAMS, ok.postForm().values("k").size(), f.toString());
            Request over = post("/", "");
            over.setBody(Wire.feed(Wire.bytes(overCap), f));
            URLException e = assertThrows(URLException.class, over::parseForm, f.toString());
            assertTrue(e.isTooManyParams());
            Request big = post("/", "");
            big.setBody(Wire.feed(Wire.bytes(tooBig + "x"), f));
            assertEquals("http: POST too large", assertThrows(IOException.class, big::parseForm).getMessage());
            Request max = post("/", "");
            max.setBody(Wire.feed(Wire.bytes(tooBig), f));
            max.parseForm();
            assertEquals((10 << 20) - 2, max.postFormValue("a").length(), "exactly 10 MiB is allowed");
        }
    }

    /** Pipelined on one connection: a form within the cap is served, the next one over it gets 400. */
    @Test
    void pipelinedForms() throws Exception {
        try (AttackServer s = AttackServer.start((w, r) -> {
            r.parseForm();
            w.writeString(Integer.toString(r.postForm().values("k").size()));
        }); HttpConn c = s.dial()) {
            String within = "k=1&".repeat(9_999) + "k=1";
            String over = within + "&k=1";
            c.send(head(within.length()) + within + head(over.length()) + over);
            assertEquals("10000", c.read("POST").text());
            HttpConn.Resp r = c.read("POST");
            assertEquals(400, r.status());
            assertEquals("400 Bad Request: " + Values.TOO_MANY_PARAMS, r.text());
        }
    }

    /** A urlencoded body of 10 MiB, short distinct keys: the attack of issue 10. */
    static byte[] floodForm() {
        StringBuilder b = new StringBuilder(10 << 20);
        for (int i = 0; b.length() < (10 << 20) - 16; i++) {
            if (i > 0) {
                b.append('&');
            }
            b.append(Integer.toString(i, 36));
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String head(int length) {
        return "POST / HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + length + "\r\n\r\n";
    }

    /**
     * The server answers 400 with Go's text, and what the handler holds while it still runs is
     * small. Before the cap: 200, and 483 MiB held after GC.
     */
    @Test
    void tenMebibyteFormFloodIsRefusedAndHoldsLittle() throws Exception {
        byte[] body = floodForm();
        CountDownLatch parsed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<IOException> err = new AtomicReference<>();
        long base = AttackServer.heapAfterGC();
        try (AttackServer s = AttackServer.start((w, r) -> {
            try {
                r.parseForm();
            } catch (IOException e) {
                err.set(e);
            }
            parsed.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (err.get() != null) {
                throw err.get();
            }
        }); HttpConn c = s.dial()) {
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    c.send(head(body.length));
                    c.send(body);
                } catch (IOException e) {
                    // the server may close first
                }
            });
            long t0 = System.nanoTime();
            assertTrue(parsed.await(30, TimeUnit.SECONDS), "handler never parsed");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long held = AttackServer.heapAfterGC() - base;
            release.countDown();
            HttpConn.Resp r = c.read("POST");
            sender.join();
            System.out.println("form flood: " + body.length + " bytes, parseForm " + ms + " ms, heap held after GC "
                    + AttackServer.mib(held) + ", status " + r.status() + " (before: 2.8 s, 483 MiB, 200)");
            assertEquals(400, r.status());
            assertEquals("400 Bad Request: " + Values.TOO_MANY_PARAMS, r.text());
            assertTrue(err.get() instanceof URLException u && u.isTooManyParams(), String.valueOf(err.get()));
            assertTrue(held < 32L << 20, "heap held " + AttackServer.mib(held));
            assertTrue(s.log.isEmpty(), "the client's fault is not logged: " + s.log);
        }
    }

    /** Three at once (what ended in 500s with OutOfMemoryError in a 512 MiB heap): three 400s. */
    @Test
    void threeFloodsAtOnceAreThree400s() throws Exception {
        byte[] body = floodForm();
        try (AttackServer s = AttackServer.start((w, r) -> r.parseForm())) {
            List<HttpConn> conns = new ArrayList<>();
            List<Thread> senders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpConn c = s.dial();
                conns.add(c);
                senders.add(Thread.ofVirtual().start(() -> {
                    try {
                        c.send(head(body.length));
                        c.send(body);
                    } catch (IOException e) {
                        // closed after the reply
                    }
                }));
            }
            for (HttpConn c : conns) {
                HttpConn.Resp r = c.read("POST");
                assertEquals(400, r.status(), r.toString());
                c.close();
            }
            for (Thread t : senders) {
                t.join();
            }
        }
    }

    /** Server.withMaxQueryParams applies to every request; a query over it is 400 too. */
    @Test
    void serverSettingAndQueryFlood() throws Exception {
        try (AttackServer s = AttackServer.start((w, r) -> {
            r.parseForm();
            w.writeString(r.form().keys().toString());
        }, srv -> srv.withMaxQueryParams(3))) {
            assertEquals(3, s.server.maxQueryParams());
            try (HttpConn c = s.dial()) {
                c.send("GET /?a&b&c HTTP/1.1\r\nHost: a\r\n\r\n");
                assertEquals("[a, b, c]", c.read("GET").text());
                c.send("GET /?a&b&c&d HTTP/1.1\r\nHost: a\r\n\r\n");
                HttpConn.Resp r = c.read("GET");
                assertEquals(400, r.status());
                assertEquals("400 Bad Request: " + Values.TOO_MANY_PARAMS, r.text());
                c.assertClosed();
            }
        }
        try (AttackServer s = AttackServer.start((w, r) -> r.parseForm()); HttpConn c = s.dial()) {
            c.send("GET /?" + "a&".repeat(10_000) + " HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(400, c.read("GET").status());
        }
    }

    /** A form error behind middleware (a copy of the request) is still the client's 400, not a 500. */
    @Test
    void formErrorThroughStripPrefixIs400() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handle("/api/", Handlers.stripPrefix("/api", (w, r) -> r.parseForm()));
        try (AttackServer s = AttackServer.start(mux); HttpConn c = s.dial()) {
            c.send("GET /api/x?a=%zz HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp r = c.read("GET");
            assertEquals(400, r.status());
            assertEquals("400 Bad Request: invalid URL escape \"%zz\"", r.text());
        }
    }
}
