package dev.gonet.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public ServeMux on a live server: DESIGN's example, Go 1.22 routing answers, registration errors. */
class ServeMuxTest {
    static ServeMux mux() {
        ServeMux mux = new ServeMux();
        mux.handleFunc("POST /echo", (w, r) -> w.write(r.body().readAllBytes()));
        mux.handleFunc("GET /items/{id}", (w, r) -> w.write(r.pathValue("id").getBytes(UTF_8)));
        mux.handleFunc("/files/{path...}", (w, r) -> w.writeString(r.pattern() + " " + r.pathValue("path")));
        mux.handleFunc("/dir/", (w, r) -> w.writeString("dir " + r.url().path()));
        mux.handleFunc("/{$}", (w, r) -> w.writeString("root"));
        mux.handleFunc("api.example/v1", (w, r) -> w.writeString("host-specific"));
        mux.handleFunc("/v1", (w, r) -> w.writeString("any host"));
        return mux;
    }

    static HttpConn.Resp get(TestServer s, String method, String target, String host) throws Exception {
        return s.roundTrip(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    }

    @Test
    void designExample() throws Exception {
        try (TestServer s = TestServer.start(mux())) {
            assertEquals("ping", s.roundTrip("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nping").text());
            assertEquals("42", get(s, "GET", "/items/42", "a").text());
            assertEquals("a b", get(s, "GET", "/items/a%20b", "a").text(), "path values are unescaped");
        }
    }

    @Test
    void getAlsoServesHeadAndOtherMethodsGet405() throws Exception {
        try (TestServer s = TestServer.start(mux())) {
            HttpConn.Resp head = get(s, "HEAD", "/items/42", "a");
            assertEquals(200, head.status());
            assertEquals("2", head.get("Content-Length"));
            assertEquals(0, head.body().length);
            HttpConn.Resp del = get(s, "DELETE", "/items/42", "a");
            assertEquals(405, del.status());
            assertEquals("GET, HEAD", del.get("Allow"));
            assertEquals("Method Not Allowed\n", del.text());
            assertEquals("nosniff", del.get("X-Content-Type-Options"));
        }
    }

    @Test
    void notFoundCleaningAndTrailingSlashRedirects() throws Exception {
        try (TestServer s = TestServer.start(mux())) {
            HttpConn.Resp nf = get(s, "GET", "/nothing/here", "a");
            assertEquals(404, nf.status());
            assertEquals("404 page not found\n", nf.text());
            assertEquals("text/plain; charset=utf-8", nf.get("Content-Type"));

            HttpConn.Resp clean = get(s, "GET", "/x/../items//7?q=1", "a");
            assertEquals(301, clean.status());
            assertEquals("/items/7?q=1", clean.get("Location"));
            assertEquals("<a href=\"/items/7?q=1\">Moved Permanently</a>.\n\n", clean.text());

            HttpConn.Resp slash = get(s, "GET", "/dir?x=y", "a");
            assertEquals(301, slash.status());
            assertEquals("/dir/?x=y", slash.get("Location"));
            assertEquals("dir /dir/sub", get(s, "GET", "/dir/sub", "a").text());
        }
    }

    @Test
    void wildcardsExactRootAndHosts() throws Exception {
        try (TestServer s = TestServer.start(mux())) {
            assertEquals("/files/{path...} a/b/c.txt", get(s, "GET", "/files/a/b/c.txt", "a").text());
            assertEquals("root", get(s, "GET", "/", "a").text());
            assertEquals(404, get(s, "GET", "/other", "a").status(), "{$} matches only /");
            assertEquals("host-specific", get(s, "GET", "/v1", "api.example:8080").text());
            assertEquals("any host", get(s, "GET", "/v1", "other.example").text());
        }
    }

    /** With the server's own OPTIONS * answer turned off (see GlobalOptionsTest), Go's ServeMux answer. */
    @Test
    void asteriskIsABadRequestAndCloses() throws Exception {
        try (TestServer s = TestServer.start(mux(), srv -> srv.withDisableGeneralOptionsHandler(true));
                HttpConn c = s.dial()) {
            c.send("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp r = c.read("OPTIONS");
            assertEquals(400, r.status());
            assertEquals("close", r.get("Connection"));
            c.assertClosed();
        }
    }

    @Test
    void handlerLookupWithoutServing() throws Exception {
        ServeMux m = mux();
        Request r = new Request("GET", "/items/7", null);
        ServeMux.Found f = m.handler(r);
        assertEquals("GET /items/{id}", f.pattern());
        assertEquals("", r.pattern(), "handler() leaves the request alone");
        assertEquals("", m.handler(new Request("GET", "/nope/x", null)).pattern());
        assertEquals("", m.handler(new Request("PUT", "/items/7", null)).pattern());
        Request tagged = new Request("GET", "/", null);
        tagged.setPathValue("k", "v");
        assertEquals("v", tagged.pathValue("k"));
        assertEquals("", tagged.pathValue("missing"));
    }

    @Test
    void registrationErrorsAreGos() {
        ServeMux m = new ServeMux();
        m.handleFunc("/a/{x}", (w, r) -> {
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.handleFunc("/a/{y}",
                (w, r) -> {
                }));
        assertTrue(e.getMessage().startsWith("pattern \"/a/{y}\" (registered at dev.gonet.http.ServeMuxTest"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("/a/{y} matches the same requests as /a/{x}"), e.getMessage());
        assertEquals("http: invalid pattern", assertThrows(IllegalArgumentException.class,
                () -> m.handle("", (w, r) -> {
                })).getMessage());
        assertEquals("http: nil handler", assertThrows(IllegalArgumentException.class,
                () -> m.handle("/b", null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.handle("/c/{x", (w, r) -> {
        })).getMessage().startsWith("parsing \"/c/{x\": at offset 3: bad wildcard segment"));
    }
}
