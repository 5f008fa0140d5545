package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.ResponseHead;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * How the server frames what a handler writes (Go's {@code chunkWriter.writeHeader}): each row
 * is a request, a handler, and the status line, framing fields, body and connection fate the
 * client must see.
 */
class ResponseFramingTest {
    static final String V11 = "HTTP/1.1\r\nHost: a\r\n\r\n";
    static final String V10 = "HTTP/1.0\r\n\r\n";
    static final String V10KA = "HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";

    record Row(String name, String request, Handler h, String proto, int status, String cl, String te,
            String conn, int bodyLen, boolean closes) {
    }

    static Handler bytes(int n) {
        return (w, r) -> w.write(new byte[n]);
    }

    static final List<Row> ROWS = List.of(
            new Row("small 1.1", "GET / " + V11, bytes(5), "HTTP/1.1", 200, "5", "", "", 5, false),
            new Row("nothing written", "GET / " + V11, (w, r) -> {
            }, "HTTP/1.1", 200, "0", "", "", 0, false),
            new Row("exactly the buffer", "GET / " + V11, bytes(2048), "HTTP/1.1", 200, "2048", "", "", 2048, false),
            new Row("one over the buffer", "GET / " + V11, bytes(2049), "HTTP/1.1", 200, "", "chunked", "", 2049, false),
            new Row("large 1.1", "GET / " + V11, bytes(100_000), "HTTP/1.1", 200, "", "chunked", "", 100_000, false),
            new Row("many small writes", "GET / " + V11, (w, r) -> {
                for (int i = 0; i < 1000; i++) {
                    w.write(new byte[7]);
                }
            }, "HTTP/1.1", 200, "", "chunked", "", 7000, false),
            new Row("explicit length, large", "GET / " + V11, (w, r) -> {
                w.header().set("Content-Length", "5000");
                w.write(new byte[5000]);
            }, "HTTP/1.1", 200, "5000", "", "", 5000, false),
            new Row("small 1.0", "GET / " + V10, bytes(5), "HTTP/1.0", 200, "5", "", "", 5, true),
            new Row("large 1.0", "GET / " + V10, bytes(5000), "HTTP/1.0", 200, "", "", "", 5000, true),
            new Row("small 1.0 keep-alive", "GET / " + V10KA, bytes(5), "HTTP/1.0", 200, "5", "", "keep-alive", 5,
                    false),
            new Row("large 1.0 keep-alive", "GET / " + V10KA, bytes(5000), "HTTP/1.0", 200, "", "", "", 5000, true),
            new Row("flushed early", "GET / " + V11, (w, r) -> {
                new ResponseController(w).flush();
                w.write(new byte[3]);
            }, "HTTP/1.1", 200, "", "chunked", "", 3, false),
            new Row("HEAD with a body written", "HEAD / " + V11, bytes(5), "HTTP/1.1", 200, "5", "", "", 0, false),
            new Row("HEAD with nothing written", "HEAD / " + V11, bytes(0), "HTTP/1.1", 200, "", "", "", 0, false),
            new Row("HEAD with explicit length", "HEAD / " + V11, (w, r) -> w.header().set("Content-Length", "123"),
                    "HTTP/1.1", 200, "123", "", "", 0, false),
            new Row("HEAD with a large body written", "HEAD / " + V11, bytes(5000), "HTTP/1.1", 200, "", "", "", 0,
                    false),
            new Row("204", "GET / " + V11, (w, r) -> {
                w.header().set("Content-Length", "7");
                w.writeHeader(204);
            }, "HTTP/1.1", 204, "", "", "", 0, false),
            new Row("304 drops type and length", "GET / " + V11, (w, r) -> {
                w.header().set("Content-Type", "text/plain");
                w.header().set("Content-Length", "7");
                w.header().set("ETag", "\"x\"");
                w.writeHeader(304);
            }, "HTTP/1.1", 304, "", "", "", 0, false),
            new Row("identity TE: close-delimited", "GET / " + V11, (w, r) -> {
                w.header().set("Transfer-Encoding", "identity");
                w.write(new byte[10]);
            }, "HTTP/1.1", 200, "", "", "close", 10, true),
            new Row("handler chose chunked", "GET / " + V11, (w, r) -> {
                w.header().set("Transfer-Encoding", "chunked");
                w.write(new byte[10]);
            }, "HTTP/1.1", 200, "", "chunked", "", 10, false),
            new Row("TE beats a handler's length", "GET / " + V11, (w, r) -> {
                w.header().set("Transfer-Encoding", "chunked");
                w.header().set("Content-Length", "10");
                w.write(new byte[10]);
            }, "HTTP/1.1", 200, "", "chunked", "", 10, false),
            new Row("declared trailer forces chunking", "GET / " + V11, (w, r) -> {
                w.header().set("Trailer", "X-T");
                w.write(new byte[3]);
            }, "HTTP/1.1", 200, "", "chunked", "", 3, false),
            new Row("404 via Error", "GET / " + V11, (w, r) -> Handlers.error(w, "nope", 404), "HTTP/1.1", 404, "5",
                    "", "", 5, false));

    @TestFactory
    Stream<DynamicTest> framing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            tests.add(DynamicTest.dynamicTest(row.name, () -> check(row)));
        }
        return tests.stream();
    }

    static void check(Row row) throws Exception {
        try (TestServer s = TestServer.start(row.h); HttpConn c = s.dial()) {
            c.send(row.request);
            String method = row.request.substring(0, row.request.indexOf(' '));
            HttpConn.Resp r = c.read(method);
            String got = r.head().proto() + " " + r.status() + " CL=" + r.get("Content-Length") + " TE="
                    + r.get("Transfer-Encoding") + " Connection=" + r.get("Connection") + " body=" + r.body().length;
            String want = row.proto + " " + row.status + " CL=" + row.cl + " TE=" + row.te + " Connection=" + row.conn
                    + " body=" + row.bodyLen;
            assertEquals(want, got, row.name + ": " + r);
            if (row.closes) {
                c.assertClosed();
            } else {
                c.assertOpen();
            }
            assertTrue(s.log.isEmpty() || row.name.startsWith("TE beats"), row.name + " logged " + s.log);
        }
    }

    @Test
    void shortWriteAgainstDeclaredLengthCutsTheConnection() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Content-Length", "10");
            w.writeString("12345");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET / " + V11);
            ResponseHead head = c.head("GET");
            assertEquals("10", head.header().get("Content-Length"));
            assertThrows(EOFException.class, () -> c.body(head));
        }
    }

    @Test
    void writingPastDeclaredLengthFails() throws Exception {
        IOException[] err = new IOException[1];
        Handler h = (w, r) -> {
            w.header().set("Content-Length", "3");
            w.writeString("abc");
            try {
                w.writeString("d");
            } catch (IOException e) {
                err[0] = e;
            }
        };
        try (TestServer s = TestServer.start(h)) {
            assertEquals("abc", s.roundTrip("GET / " + V11).text());
            assertTrue(HttpSentinel.CONTENT_LENGTH.in(err[0]), "write past Content-Length: " + err[0] + ", want CONTENT_LENGTH");
        }
    }

    @Test
    void bodyOnNoContentFails() throws Exception {
        IOException[] err = new IOException[1];
        Handler h = (w, r) -> {
            w.writeHeader(204);
            try {
                w.writeString("x");
            } catch (IOException e) {
                err[0] = e;
            }
        };
        try (TestServer s = TestServer.start(h)) {
            assertEquals(204, s.roundTrip("GET / " + V11).status());
            assertTrue(HttpSentinel.BODY_NOT_ALLOWED.in(err[0]), "body on 204: " + err[0] + ", want BODY_NOT_ALLOWED");
        }
    }

    @Test
    void trailersDeclaredAndPrefixed() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Trailer", "X-Sum, X-Other");
            w.writeString("body");
            w.header().set("X-Sum", "42");
            w.header().set(ResponseWriter.TRAILER_PREFIX + "X-Late", "yes");
        };
        try (TestServer s = TestServer.start(h)) {
            HttpConn.Resp r = s.roundTrip("GET / " + V11);
            assertEquals("body", r.text());
            assertEquals("X-Sum, X-Other", r.get("Trailer"));
            assertEquals("42", r.trailer().get("X-Sum"));
            assertEquals("yes", r.trailer().get("X-Late"));
            assertEquals("", r.get("X-Sum"), "a trailer set after the head is not in it");
        }
    }

    @Test
    void headerChangesAfterWriteHeaderDoNotReachTheWire() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("X-A", "1");
            w.writeHeader(201);
            w.header().set("X-A", "2");
            w.header().set("X-B", "3");
            w.writeString("x");
        };
        try (TestServer s = TestServer.start(h)) {
            HttpConn.Resp r = s.roundTrip("GET / " + V11);
            assertEquals(201, r.status());
            assertEquals("1", r.get("X-A"));
            assertEquals("", r.get("X-B"));
        }
    }

    @Test
    void superfluousWriteHeaderIsLoggedAndIgnored() throws Exception {
        Handler h = (w, r) -> {
            w.writeHeader(202);
            w.writeHeader(500);
        };
        try (TestServer s = TestServer.start(h)) {
            assertEquals(202, s.roundTrip("GET / " + V11).status());
            assertEquals(List.of("http: superfluous response.WriteHeader call"), s.log);
        }
    }

    @Test
    void invalidStatusCodeThrows() throws Exception {
        String[] err = new String[1];
        Handler h = (w, r) -> {
            try {
                w.writeHeader(99);
            } catch (IllegalArgumentException e) {
                err[0] = e.getMessage();
            }
        };
        try (TestServer s = TestServer.start(h)) {
            assertEquals(200, s.roundTrip("GET / " + V11).status());
            assertEquals("invalid WriteHeader code 99", err[0]);
        }
    }

    @Test
    void earlyHintsThenFinalResponse() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Link", "</style.css>; rel=preload");
            w.writeHeader(103);
            w.header().del("Link");
            w.writeString("done");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET / " + V11);
            ResponseHead hints = c.head("GET");
            assertEquals(103, hints.statusCode());
            assertEquals("</style.css>; rel=preload", hints.header().get("Link"));
            HttpConn.Resp r = c.read("GET");
            assertEquals(200, r.status());
            assertEquals("", r.get("Link"));
            assertEquals("done", r.text());
        }
    }

    private record ContentTypeCase(String path, String contentType) {
    }

    @Test
    void sniffingAndItsOptOuts() throws Exception {
        Handler h = (w, r) -> {
            switch (r.url().path()) {
                case "/html" -> w.writeString("  <!DOCTYPE html><html>hi</html>");
                case "/bin" -> w.write(new byte[] {0, 1, 2, 3});
                case "/json" -> w.writeString("{\"a\":1}");
                case "/png" -> w.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
                case "/none" -> {
                    w.header().putRaw("Content-Type");
                    w.writeString("<html>");
                }
                case "/gzip" -> {
                    w.header().set("Content-Encoding", "gzip");
                    w.writeString("<html>");
                }
                case "/set" -> {
                    w.header().set("Content-Type", "application/json");
                    w.writeString("<html>");
                }
                default -> {
                }
            }
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            ContentTypeCase[] want = {
                new ContentTypeCase("/html", "text/html; charset=utf-8"),
                new ContentTypeCase("/bin", "application/octet-stream"),
                new ContentTypeCase("/json", "text/plain; charset=utf-8"),
                new ContentTypeCase("/png", "image/png"),
                new ContentTypeCase("/none", ""),
                new ContentTypeCase("/gzip", ""),
                new ContentTypeCase("/set", "application/json"),
                new ContentTypeCase("/empty", ""),
            };
            for (ContentTypeCase row : want) {
                c.send("GET " + row.path() + " " + V11);
                HttpConn.Resp r = c.read("GET");
                assertEquals(row.contentType(), r.get("Content-Type"), "GET " + row.path() + ": Content-Type");
                assertEquals(!row.contentType().isEmpty(), r.header().has("Content-Type"),
                        "GET " + row.path() + ": has Content-Type");
            }
        }
    }

    @Test
    void dateCanBeSuppressedOrSet() throws Exception {
        Handler h = (w, r) -> {
            if (r.url().path().equals("/none")) {
                w.header().putRaw("Date");
            } else {
                w.header().set("Date", "Mon, 02 Jan 2006 15:04:05 GMT");
            }
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET /none " + V11);
            assertEquals(false, c.read("GET").header().has("Date"));
            c.send("GET /set " + V11);
            assertEquals(List.of("Mon, 02 Jan 2006 15:04:05 GMT"), c.read("GET").header().values("Date"));
        }
    }

    @Test
    void headFieldOrderIsGos() throws Exception {
        Handler h = (w, r) -> {
            w.header().set("Zz", "1");
            w.header().set("Aa", "2");
            w.header().putRaw("Date");
            w.writeString("x");
        };
        try (TestServer s = TestServer.start(h); HttpConn c = s.dial()) {
            c.send("GET / " + V11);
            byte[] buf = new byte[200];
            int n = 0;
            while (n < 4 || !new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("x")) {
                n += c.conn.read(buf, n, buf.length - n);
            }
            assertEquals("HTTP/1.1 200 OK\r\nAa: 2\r\nZz: 1\r\nContent-Length: 1\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nx",
                    new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
