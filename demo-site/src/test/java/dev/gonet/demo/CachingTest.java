package dev.gonet.demo;

import static dev.gonet.demo.Http.field;
import static dev.gonet.demo.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Revalidation over loopback TCP: no-cache everywhere, strong ETags, Last-Modified, 304s. */
class CachingTest {
    private static final String JS = "/gonet/js/gonet.js";
    /** RFC 9110's IMF-fixdate (the JDK's RFC_1123 formatter drops the day's leading zero). */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    static DemoServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(0, List.of());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everythingIsRevalidatedAndHasAStrongETag() throws Exception {
        for (String p : List.of("/", "/demo.js", "/demo.css", JS, "/gonet/wasm-gc/gonet.wasm", "/gonet/gonet.d.ts")) {
            for (String ae : List.of("identity", "gzip")) {
                HttpResponse<byte[]> r = get(base + p, "Accept-Encoding", ae);
                assertEquals("no-cache", field(r, "Cache-Control"), p + " " + ae);
                String etag = field(r, "Etag");
                assertTrue(etag.matches("\"[0-9a-f]{32}(-gzip)?\""), p + " " + ae + ": Etag " + etag);
                assertFalse(field(r, "Last-Modified").isEmpty(), p + " Last-Modified");
            }
        }
        assertEquals("no-cache", field(get(base + "/nope"), "Cache-Control"), "a 404 is not cached either");
    }

    @Test
    void ifNoneMatchGives304ForEachForm() throws Exception {
        for (String ae : List.of("identity", "gzip")) {
            HttpResponse<byte[]> r = get(base + JS, "Accept-Encoding", ae);
            String etag = field(r, "Etag");
            for (String inm : List.of(etag, "W/" + etag, "\"x\", " + etag, "*")) {
                HttpResponse<byte[]> nm = get(base + JS, "Accept-Encoding", ae, "If-None-Match", inm);
                assertEquals(304, nm.statusCode(), ae + " If-None-Match " + inm);
                assertEquals(0, nm.body().length);
                assertEquals(etag, field(nm, "Etag"), ae);
                assertEquals("no-cache", field(nm, "Cache-Control"), ae);
                assertEquals("Accept-Encoding", field(nm, "Vary"), ae);
                assertEquals("", field(nm, "Content-Encoding"), ae);
            }
            assertEquals(200, get(base + JS, "Accept-Encoding", ae, "If-None-Match", "\"other\"").statusCode(), ae);
        }
        String plain = field(get(base + JS), "Etag");
        String gz = field(get(base + JS, "Accept-Encoding", "gzip"), "Etag");
        assertNotEquals(plain, gz, "two forms, two ETags");
        assertEquals(200, get(base + JS, "Accept-Encoding", "gzip", "If-None-Match", plain).statusCode(),
                "the plain form's ETag does not validate the gzip form");
    }

    @Test
    void ifModifiedSinceGives304() throws Exception {
        for (String p : List.of("/", JS)) {
            String lm = field(get(base + p), "Last-Modified");
            assertEquals(304, get(base + p, "If-Modified-Since", lm).statusCode(), p);
            assertEquals(304, get(base + p, "Accept-Encoding", "gzip", "If-Modified-Since", lm).statusCode(), p + " gzip");
            String before = HTTP_DATE.format(ZonedDateTime.parse(lm, HTTP_DATE).minusSeconds(1));
            assertEquals(200, get(base + p, "If-Modified-Since", before).statusCode(), p + " since " + before);
            // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2), as in Go.
            assertEquals(200, get(base + p, "If-None-Match", "\"other\"", "If-Modified-Since", lm).statusCode(), p);
        }
    }

    @Test
    void ifMatchFailureIs412() throws Exception {
        HttpResponse<byte[]> r = get(base + JS, "Accept-Encoding", "gzip", "If-Match", "\"other\"");
        assertEquals(412, r.statusCode());
        assertEquals(0, r.body().length);
        String etag = field(get(base + JS, "Accept-Encoding", "gzip"), "Etag");
        assertEquals(200, get(base + JS, "Accept-Encoding", "gzip", "If-Match", etag).statusCode());
    }
}
