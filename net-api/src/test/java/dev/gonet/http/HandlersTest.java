package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.ResponseHead;
import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error, NotFound, Redirect, StripPrefix and SetCookie, as Go writes them. */
class HandlersTest {
    @Test
    void errorWritesGosExactResponse() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Content-Length", "999"); // removed by Error, as in Go 1.22
            w.header().set("X-Keep", "1");
            Handlers.error(w, "teapot trouble", 418);
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            ResponseHead head = c.head("GET");
            HttpConn.Resp r = c.body(head);
            assertEquals("HTTP/1.1 418 I'm a teapot", head.proto() + " " + head.status());
            assertEquals("text/plain; charset=utf-8", r.get("Content-Type"));
            assertEquals("nosniff", r.get("X-Content-Type-Options"));
            assertEquals("1", r.get("X-Keep"));
            assertEquals("15", r.get("Content-Length"));
            assertEquals("teapot trouble\n", r.text());
        }
    }

    @Test
    void notFoundHandler() throws Exception {
        try (TestServer s = TestServer.start(Handlers.notFoundHandler())) {
            HttpConn.Resp r = s.roundTrip("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(404, r.status());
            assertEquals("404 page not found\n", r.text());
        }
    }

    private record RedirectCase(String to, String location) {
    }

    /** Go's TestRedirect table, for a request to http://example.com/qux/. */
    static final RedirectCase[] REDIRECTS = {
        new RedirectCase("http://foobar.com/baz", "http://foobar.com/baz"),
        new RedirectCase("https://foobar.com/baz", "https://foobar.com/baz"),
        new RedirectCase("test://foobar.com/baz", "test://foobar.com/baz"),
        new RedirectCase("//foobar.com/baz", "//foobar.com/baz"),
        new RedirectCase("/foobar.com/baz", "/foobar.com/baz"),
        new RedirectCase("foobar.com/baz", "/qux/foobar.com/baz"),
        new RedirectCase("../quux/foobar.com/baz", "/quux/foobar.com/baz"),
        new RedirectCase("///foobar.com/baz", "/foobar.com/baz"),
        new RedirectCase("/foo?next=http://bar.com/", "/foo?next=http://bar.com/"),
        new RedirectCase("http://localhost:8080/_ah/login?continue=http://localhost:8080/",
            "http://localhost:8080/_ah/login?continue=http://localhost:8080/"),
        new RedirectCase("/\u0444\u0443\u0431\u0430\u0440", "/%d1%84%d1%83%d0%b1%d0%b0%d1%80"),
        new RedirectCase("http://foo.com/\u0444\u0443\u0431\u0430\u0440", "http://foo.com/%d1%84%d1%83%d0%b1%d0%b0%d1%80"),
        // beyond Go's table
        new RedirectCase("sub/", "/qux/sub/"),
        new RedirectCase("", "/qux/"),
    };

    @Test
    void redirectLocations() throws Exception {
        Handler h = (w, r) -> Handlers.redirect(w, r, r.header().get("X-To"), 302);
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            for (RedirectCase row : REDIRECTS) {
                byte[] to = row.to().getBytes(StandardCharsets.UTF_8);
                c.send(("POST http://example.com/qux/ HTTP/1.1\r\nHost: example.com\r\nX-To: ").getBytes(
                        StandardCharsets.ISO_8859_1));
                c.send(to);
                c.send("\r\n\r\n");
                HttpConn.Resp r = c.read("POST");
                assertEquals(302, r.status(), "Redirect(" + row.to() + ") status");
                assertEquals(row.location(), r.get("Location"), "Redirect(" + row.to() + ")");
                assertEquals("", r.text(), "POST gets no body");
            }
        }
    }

    /**
     * Where a browser goes for a Location, as far as leaving the host goes (WHATWG URL, for an
     * http(s) base): leading and trailing C0 controls and spaces dropped, tab, LF and CR dropped
     * anywhere, '\\' read as '/'. True when it names another host ("//host...").
     */
    static boolean browserLeavesTheHost(String location) {
        String s = location.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "")
                .replace('\\', '/');
        return s.startsWith("//") || s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private record LocalLookingCase(String to, String location) {
    }

    /** Paths a handler may take for local (one leading slash), and the Location each must become. */
    static final LocalLookingCase[] LOCAL_LOOKING = {
        new LocalLookingCase("/\\evil.example/", "/%5Cevil.example/"),
        new LocalLookingCase("/\\\\evil.example", "/%5C%5Cevil.example"),
        new LocalLookingCase("/\\/evil.example", "/%5C/evil.example"),
        new LocalLookingCase("../\\evil.example", "/%5Cevil.example"),
        new LocalLookingCase("/a/../\\evil.example", "/%5Cevil.example"),
        new LocalLookingCase("/\t/evil.example", "/%09/evil.example"),
        new LocalLookingCase("/\t\\evil.example", "/%09%5Cevil.example"),
        new LocalLookingCase("\t//evil.example", "%09//evil.example"),
        new LocalLookingCase("/\u0001/evil.example", "/%01/evil.example"),
        new LocalLookingCase("/a\\b?x=\\y#z\\w", "/a%5Cb?x=\\y#z\\w"),
        new LocalLookingCase("/fine/path/", "/fine/path/"),
    };

    /** Issue 10, point 11: a local-looking target never becomes another host for a browser (Go's does). */
    @Test
    void redirectNeverTakesTheBrowserElsewhere() throws Exception {
        Handler h = (w, r) -> Handlers.redirect(w, r, URL.queryUnescape(r.url().rawQuery().substring(3)), 302);
        int leaving = 0;
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            for (LocalLookingCase row : LOCAL_LOOKING) {
                c.send("GET /qux/?to=" + URL.queryEscape(row.to()) + " HTTP/1.1\r\nHost: example.com\r\n\r\n");
                HttpConn.Resp r = c.read("GET");
                String loc = r.get("Location");
                if (browserLeavesTheHost(loc)) {
                    leaving++;
                }
                assertEquals(row.location(), loc, "Redirect(" + Ascii.quote(row.to()) + ")");
                assertTrue(r.text().contains("href=\"" + Handlers.htmlEscape(row.location()) + "\""), r.text());
            }
        }
        System.out.println("redirect: " + LOCAL_LOOKING.length + " local-looking targets -> " + leaving
                + " a browser reads as another host");
        assertEquals(0, leaving);
        // ServeMux's own cleaning redirect is built from the escaped path: no backslash reaches
        // its Location.
        ServeMux mux = new ServeMux();
        mux.handleFunc("/", (w, r) -> w.writeString("ok"));
        try (TestServer s = TestServer.start(mux)) {
            HttpConn.Resp r = s.roundTrip("GET //\\evil.example/ HTTP/1.1\r\nHost: example.com\r\n\r\n");
            assertEquals(301, r.status(), r.toString());
            assertFalse(browserLeavesTheHost(r.get("Location")), r.get("Location"));
        }
        assertTrue(browserLeavesTheHost("/\\evil.example") && browserLeavesTheHost("/\t/evil")
                && !browserLeavesTheHost("/%5Cevil.example"), "the oracle itself");
    }

    @Test
    void redirectBodyForGetOnly() throws Exception {
        Handler h = (w, r) -> Handlers.redirect(w, r, "/a?x=<b>&y=\"", 307);
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp get = c.read("GET");
            assertEquals("text/html; charset=utf-8", get.get("Content-Type"));
            assertEquals("<a href=\"/a?x=&lt;b&gt;&amp;y=&#34;\">Temporary Redirect</a>.\n\n", get.text());
            c.send("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp head = c.read("HEAD");
            assertEquals("text/html; charset=utf-8", head.get("Content-Type"));
            assertEquals(0, head.body().length);
        }
        Handler typed = (w, r) -> {
            w.header().set("Content-Type", "application/json");
            Handlers.redirect(w, r, "/b", 301);
        };
        try (TestServer s = TestServer.start(typed)) {
            HttpConn.Resp r = s.roundTrip("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("application/json", r.get("Content-Type"));
            assertEquals("", r.text(), "no HTML body when the handler chose a type");
        }
    }

    @Test
    void redirectHandler() throws Exception {
        try (TestServer s = TestServer.start(Handlers.redirectHandler("/new", 308))) {
            HttpConn.Resp r = s.roundTrip("GET /old HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(308, r.status());
            assertEquals("/new", r.get("Location"));
        }
    }

    private record StripPrefixCase(String path, String want) {
    }

    @Test
    void stripPrefix() throws Exception {
        Handler inner = (w, r) -> w.writeString(r.url().path() + "|" + r.url().rawPath() + "|" + r.requestURI());
        try (TestServer s = TestServer.start(Handlers.stripPrefix("/static", inner)); HttpConn c = s.dial()) {
            StripPrefixCase[] rows = {
                new StripPrefixCase("/static/app.css", "200 /app.css||/static/app.css"),
                new StripPrefixCase("/static", "200 ||/static"),
                new StripPrefixCase("/static/a%2Fb", "200 /a/b|/a%2Fb|/static/a%2Fb"),
                new StripPrefixCase("/other/x", "404 404 page not found\n"),
                new StripPrefixCase("/stat", "404 404 page not found\n"),
            };
            for (StripPrefixCase row : rows) {
                c.send("GET " + row.path() + " HTTP/1.1\r\nHost: a\r\n\r\n");
                HttpConn.Resp r = c.read("GET");
                assertEquals(row.want(), r.status() + " " + r.text(), "StripPrefix(\"/static\"): GET " + row.path());
            }
        }
        Handler same = (w, r) -> {
        };
        assertEquals(same, Handlers.stripPrefix("", same));
    }

    @Test
    void setCookie() throws Exception {
        Handler h = (w, r) -> {
            Handlers.setCookie(w, new Cookie("id", "a3fWa").setPath("/").setMaxAge(3600).setHttpOnly(true)
                    .setSecure(true).setSameSite(Cookie.SameSite.LAX));
            Handlers.setCookie(w, new Cookie("bad name", "x"));
            Handlers.setCookie(w, new Cookie("q", "a b;c\"d").setDomain(".example.com").setExpires(
                    java.time.Instant.ofEpochSecond(1136214245)));
            Handlers.setCookie(w, new Cookie("gone", "").setMaxAge(-1).setDomain("bad_domain!"));
        };
        try (TestServer s = TestServer.start(h)) {
            HttpConn.Resp r = s.roundTrip("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals(List.of("id=a3fWa; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax",
                    "q=\"a bcd\"; Domain=example.com; Expires=Mon, 02 Jan 2006 15:04:05 GMT", "gone=; Max-Age=0"),
                    r.header().values("Set-Cookie"));
        }
    }
}
