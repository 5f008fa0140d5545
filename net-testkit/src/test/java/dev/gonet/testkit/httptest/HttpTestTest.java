package dev.gonet.testkit.httptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Request;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLS;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's httptest_test.go TestNewRequest table, and the defaults gonet's Request used to fill itself. */
class HttpTestTest {

    /** One row of Go's table: the arguments, then the fields of the request Go builds. */
    record Row(String name, String method, String target, InputStream body, String wantMethod, String host,
            String scheme, String urlHost, String path, String rawPath, String requestURI, long contentLength,
            String wantBody, ConnectionState tls) {
    }

    static InputStream known(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream whose length cannot be known, like Go's {@code struct{ io.Reader }}. */
    static InputStream unknown(String s) {
        return new java.io.FilterInputStream(known(s)) {
        };
    }

    @Test
    void newRequestAsGo() throws IOException {
        List<Row> rows = List.of(
                new Row("Empty method means GET", "", "/", null, "GET", "example.com", "", "", "/", "", "/", 0, "",
                        null),
                new Row("GET with full URL", "GET", "http://foo.com/path/%2f/bar/", null, "GET", "foo.com", "http",
                        "foo.com", "/path///bar/", "/path/%2f/bar/", "http://foo.com/path/%2f/bar/", 0, "", null),
                new Row("GET with full https URL", "GET", "https://foo.com/path/", null, "GET", "foo.com", "https",
                        "foo.com", "/path/", "", "https://foo.com/path/", 0, "",
                        new ConnectionState(TLS.VERSION_TLS12, true, false, "", "", "foo.com", List.of())),
                new Row("Post with known length", "POST", "/", known("foo"), "POST", "example.com", "", "", "/", "",
                        "/", 3, "foo", null),
                new Row("Post with unknown length", "POST", "/", unknown("foo"), "POST", "example.com", "", "", "/",
                        "", "/", -1, "foo", null),
                new Row("OPTIONS *", "OPTIONS", "*", null, "OPTIONS", "example.com", "", "", "*", "", "*", 0, "",
                        null));
        for (Row row : rows) {
            Request r = HttpTest.newRequest(row.method(), row.target(), row.body());
            String n = row.name() + ": ";
            assertEquals(row.wantMethod(), r.method(), n + "method");
            assertEquals(row.host(), r.host(), n + "host");
            assertEquals(row.scheme(), r.url().scheme(), n + "url scheme");
            assertEquals(row.urlHost(), r.url().host(), n + "url host");
            assertEquals(row.path(), r.url().path(), n + "url path");
            assertEquals(row.rawPath(), r.url().rawPath(), n + "url raw path");
            assertEquals("HTTP/1.1", r.proto(), n + "proto");
            assertEquals(1, r.protoMajor(), n + "proto major");
            assertEquals(1, r.protoMinor(), n + "proto minor");
            assertEquals(false, r.wantsClose(), n + "close");
            assertEquals(HttpTest.REMOTE_ADDR, r.remoteAddr(), n + "remote addr");
            assertEquals("192.0.2.1:1234", r.remoteAddr(), n + "remote addr");
            assertEquals(row.requestURI(), r.requestURI(), n + "request URI");
            assertEquals(row.contentLength(), r.contentLength(), n + "content length");
            assertEquals(row.tls(), r.tls(), n + "tls");
            assertNull(r.getBody(), n + "a server's request has no GetBody");
            assertEquals(row.wantBody(), new String(r.body().readAllBytes(), StandardCharsets.UTF_8), n + "body");
        }
    }

    /** What {@code new Request(...)} filled until the defaults moved here (the old RequestTest assertions). */
    @Test
    void serverDefaultsForAHandlerTest() throws IOException {
        Request r = HttpTest.newRequest("", "/a/b?x=1", null);
        assertEquals("GET /a/b?x=1 HTTP/1.1", r.toString());
        assertEquals("example.com", r.host());
        assertEquals("/a/b?x=1", r.requestURI());
        assertEquals("x=1", r.url().rawQuery());
        assertEquals(0, r.contentLength());
        assertEquals(-1, r.body().read());
        Request abs = HttpTest.newRequest("PUT", "http://h.example:81/p", known("x"));
        assertEquals("h.example:81", abs.host());
        assertEquals(1, abs.contentLength());
        Request connect = HttpTest.newRequest("CONNECT", "h.example:443", null);
        assertEquals("h.example:443", connect.host());
        assertEquals("", connect.url().scheme());
        assertEquals("h.example:443", connect.requestURI());
    }

    @Test
    void badArgumentsFailAsGoPanics() {
        assertEquals("invalid NewRequest arguments; net/http: invalid method \"BAD METHOD\"",
                assertThrows(IllegalArgumentException.class, () -> HttpTest.newRequest("BAD METHOD", "/", null))
                        .getMessage());
        assertEquals("invalid NewRequest arguments; parse \"a/b\": invalid URI for request",
                assertThrows(IllegalArgumentException.class, () -> HttpTest.newRequest("GET", "a/b", null))
                        .getMessage());
    }
}
