package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** FileServer over an in-memory tree: types, indexes, listings, redirects, traversal, ranges, 304. */
class FileServerTest {
    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    static MemFileSystem fs() {
        return new MemFileSystem().add("/index.html", "<html>home</html>").add("/app.wasm", new byte[] {0, 'a', 's', 'm'})
                .add("/style.css", "body{}").add("/letters", ALPHABET).add("/docs/readme.txt", "read me")
                .add("/docs/a?b#c.txt", "odd").add("/docs/<b>.txt", "tag").add("/docs/sub/x.json", "{}")
                .add("/private/key", "k");
    }

    static HttpConn.Resp get(TestServer s, String target, String... fields) throws IOException {
        StringBuilder b = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: a\r\n");
        for (String f : fields) {
            b.append(f).append("\r\n");
        }
        return s.roundTrip(b.append("\r\n").toString());
    }

    @Test
    void filesWithTypesAndLastModified() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp css = get(s, "/style.css");
            assertEquals(200, css.status());
            assertEquals("text/css; charset=utf-8", css.get("Content-Type"));
            assertEquals("body{}", css.text());
            assertEquals("6", css.get("Content-Length"));
            assertEquals("bytes", css.get("Accept-Ranges"));
            assertEquals("Tue, 02 Jan 2024 03:04:05 GMT", css.get("Last-Modified"));
            assertEquals("application/wasm", get(s, "/app.wasm").get("Content-Type"));
            assertEquals("text/plain; charset=utf-8", get(s, "/letters").get("Content-Type"), "sniffed");
            assertEquals("{}", get(s, "/docs/sub/x.json").text());
        }
    }

    @Test
    void indexListingAndRedirects() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp root = get(s, "/");
            assertEquals("<html>home</html>", root.text());
            assertEquals("text/html; charset=utf-8", root.get("Content-Type"));
            HttpConn.Resp idx = get(s, "/index.html?x=1");
            assertEquals(301, idx.status());
            assertEquals("./?x=1", idx.get("Location"));
            HttpConn.Resp dir = get(s, "/docs");
            assertEquals(301, dir.status());
            assertEquals("docs/", dir.get("Location"));
            HttpConn.Resp file = get(s, "/style.css/");
            assertEquals(301, file.status());
            assertEquals("../style.css", file.get("Location"));
            HttpConn.Resp list = get(s, "/docs/");
            assertEquals(200, list.status());
            assertEquals("text/html; charset=utf-8", list.get("Content-Type"));
            assertEquals("<pre>\n<a href=\"%3Cb%3E.txt\">&lt;b&gt;.txt</a>\n"
                    + "<a href=\"a%3Fb%23c.txt\">a?b#c.txt</a>\n<a href=\"readme.txt\">readme.txt</a>\n"
                    + "<a href=\"sub/\">sub/</a>\n</pre>\n", list.text());
        }
    }

    @Test
    void errorsMapToStatuses() throws Exception {
        MemFileSystem fs = fs();
        fs.forbidden.add("/private/key");
        try (TestServer s = TestServer.start(new FileServer(fs))) {
            HttpConn.Resp missing = get(s, "/nope.txt");
            assertEquals(404, missing.status());
            assertEquals("404 page not found\n", missing.text());
            HttpConn.Resp denied = get(s, "/private/key");
            assertEquals(403, denied.status());
            assertEquals("403 Forbidden\n", denied.text());
        }
    }

    /** Every spelling of "up" stays inside the root; nothing unclean reaches the file system. */
    @Test
    void traversalNeverLeavesTheRoot() throws Exception {
        MemFileSystem fs = fs();
        String[] attacks = {"/../private/key", "/%2e%2e/index.html", "/..%2fstyle.css", "/docs/../../style.css",
            "/%2e%2e%2f%2e%2e%2fstyle.css", "/docs/%2e%2e/style.css", "/..%5c..%5cstyle.css", "/docs\\..\\style.css",
            "/a%00b", "/style.css%00.txt", "//style.css", "/./style.css", "/docs/./readme.txt",
            "/%2fstyle.css"};
        try (TestServer s = TestServer.start(new FileServer(fs))) {
            for (String a : attacks) {
                HttpConn.Resp r = get(s, a);
                assertTrue(r.status() == 200 || r.status() == 301 || r.status() == 404, a + ": " + r);
            }
        }
        for (String name : fs.opened) {
            assertTrue(name.startsWith("/"), name);
            assertFalse(name.contains("/../") || name.endsWith("/..") || name.contains("/./"), name);
            assertFalse(name.contains("\\") || name.contains("\0") || name.contains("//"), name);
        }
        assertFalse(fs.opened.isEmpty());
    }

    /** FileServer's redirects are relative and never start a network path, whatever the request path. */
    @Test
    void redirectsStayOnTheHost() throws Exception {
        String[] paths = {"//docs", "///docs", "//docs//", "/docs//", "//style.css/", "/\\docs", "/\\docs/",
            "//index.html", "//docs/index.html", "/docs/..//..//docs", "/%5cdocs", "/%5c%5cdocs/", "/%09/docs"};
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            for (String p : paths) {
                HttpConn.Resp r = get(s, p);
                String loc = r.get("Location");
                assertFalse(HandlersTest.browserLeavesTheHost(loc), p + " -> " + r.status() + " Location " + loc);
                assertTrue(loc.isEmpty() || !loc.startsWith("/"), p + " -> relative Location, got " + loc);
            }
        }
    }

    private record RangeCase(String range, String contentRange, String body) {
    }

    @Test
    void singleRanges() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            RangeCase[] rows = {
                new RangeCase("bytes=0-4", "bytes 0-4/26", "abcde"),
                new RangeCase("bytes=-3", "bytes 23-25/26", "xyz"),
                new RangeCase("bytes=20-", "bytes 20-25/26", "uvwxyz"),
                new RangeCase("bytes=24-100", "bytes 24-25/26", "yz"),
                new RangeCase("bytes=-100", "bytes 0-25/26", ALPHABET),
                new RangeCase("bytes= 3-3 ,", "bytes 3-3/26", "d"),
            };
            for (RangeCase row : rows) {
                HttpConn.Resp r = get(s, "/letters", "Range: " + row.range());
                String what = "GET /letters, Range: " + row.range();
                assertEquals(206, r.status(), what + ": status");
                assertEquals(row.contentRange(), r.get("Content-Range"), what + ": Content-Range");
                assertEquals(row.body(), r.text(), what + ": body");
                assertEquals(String.valueOf(row.body().length()), r.get("Content-Length"), what + ": Content-Length");
            }
        }
    }

    @Test
    void badAndUnsatisfiableRanges() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp past = get(s, "/letters", "Range: bytes=26-30");
            assertEquals(416, past.status());
            assertEquals("bytes */26", past.get("Content-Range"));
            assertEquals("invalid range: failed to overlap\n", past.text());
            for (String bad : new String[] {"bytes=x-1", "bytes=5-2", "items=0-1", "bytes=1", "bytes=--1",
                "bytes=+1-2"}) {
                HttpConn.Resp r = get(s, "/letters", "Range: " + bad);
                assertEquals(416, r.status(), bad);
                assertEquals("invalid range\n", r.text(), bad);
            }
            HttpConn.Resp greedy = get(s, "/letters", "Range: bytes=0-20,0-20");
            assertEquals(200, greedy.status(), "ranges adding up to more than the file are ignored");
            assertEquals(ALPHABET, greedy.text());
        }
    }

    @Test
    void multipleRangesAreMultipartByteranges() throws Exception {
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp r = get(s, "/letters", "Range: bytes=0-1, 24-");
            assertEquals(206, r.status());
            String ct = r.get("Content-Type");
            assertTrue(ct.startsWith("multipart/byteranges; boundary="), ct);
            String boundary = ct.substring(ct.indexOf('=') + 1);
            assertEquals(60, boundary.length());
            String want = "--" + boundary + "\r\nContent-Range: bytes 0-1/26\r\nContent-Type: text/plain; charset=utf-8"
                    + "\r\n\r\nab\r\n--" + boundary + "\r\nContent-Range: bytes 24-25/26\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nyz\r\n--" + boundary + "--\r\n";
            assertEquals(want, r.text());
            assertEquals(String.valueOf(want.length()), r.get("Content-Length"));
        }
    }

    @Test
    void conditionalRequests() throws Exception {
        String mod = "Tue, 02 Jan 2024 03:04:05 GMT";
        String earlier = "Tue, 02 Jan 2024 03:04:04 GMT";
        try (TestServer s = TestServer.start(new FileServer(fs()))) {
            HttpConn.Resp same = get(s, "/style.css", "If-Modified-Since: " + mod);
            assertEquals(304, same.status());
            assertEquals("", same.get("Content-Type"));
            assertEquals("", same.get("Content-Length"));
            assertEquals(mod, same.get("Last-Modified"));
            assertEquals(0, same.body().length);
            assertEquals(200, get(s, "/style.css", "If-Modified-Since: " + earlier).status());
            assertEquals(200, get(s, "/style.css", "If-Modified-Since: garbage").status());
            assertEquals(304, get(s, "/docs/", "If-Modified-Since: " + mod).status(), "listings too");
            assertEquals(412, get(s, "/style.css", "If-Unmodified-Since: " + earlier).status());
            assertEquals(200, get(s, "/style.css", "If-Unmodified-Since: " + mod).status());
            assertEquals(412, get(s, "/style.css", "If-Match: \"x\"").status(), "no ETag: nothing matches");
            assertEquals(200, get(s, "/style.css", "If-Match: *").status());
            assertEquals(304, get(s, "/style.css", "If-None-Match: *").status());
            HttpConn.Resp stale = get(s, "/letters", "Range: bytes=0-1", "If-Range: " + earlier);
            assertEquals(200, stale.status(), "If-Range with another date: the whole file");
            HttpConn.Resp fresh = get(s, "/letters", "Range: bytes=0-1", "If-Range: " + mod);
            assertEquals(206, fresh.status());
        }
    }

    @Test
    void headAndStripPrefix() throws Exception {
        Handler h = Handlers.stripPrefix("/static", new FileServer(fs()));
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("HEAD /static/style.css HTTP/1.1\r\nHost: a\r\n\r\n");
            HttpConn.Resp head = c.read("HEAD");
            assertEquals(200, head.status());
            assertEquals("6", head.get("Content-Length"));
            assertEquals(0, head.body().length);
            c.send("GET /static/docs HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("docs/", c.read("GET").get("Location"), "relative: right under the prefix too");
            c.send("GET /static/docs/readme.txt HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("read me", c.read("GET").text());
        }
    }
}
