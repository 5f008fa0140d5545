package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.url.URL;
import dev.gonet.url.Values;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client against our server over {@code mem}: methods, bodies, framing, trailers, 1xx. */
class ClientTest {
    static final String URL = "http://test.example/";

    static Handler echo() {
        return (w, r) -> {
            w.header().set("X-Method", r.method());
            w.header().set("X-Length", Long.toString(r.contentLength()));
            w.header().set("X-TE", String.join(",", r.transferEncoding()));
            w.header().set("X-UA", r.userAgent());
            w.header().set("X-Host", r.host());
            w.header().set("X-URI", r.requestURI());
            w.write(r.body().readAllBytes());
        };
    }

    @Test
    void getReadsStatusHeaderAndBody() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            w.header().set("Content-Type", "text/plain");
            w.writeString("hello");
        })) {
            Response r = f.client.get(URL + "a?b=c");
            assertEquals(200, r.statusCode());
            assertEquals("200 OK", r.status());
            assertEquals("HTTP/1.1", r.proto());
            assertTrue(r.protoAtLeast(1, 1));
            assertEquals("text/plain", r.header().get("Content-Type"));
            assertEquals(5, r.contentLength());
            assertEquals(List.of(), r.transferEncoding());
            assertEquals("hello", read(r));
            assertEquals("GET", r.request().method());
            assertEquals(URL + "a?b=c", r.request().url().toString());
            assertFalse(r.uncompressed());
            assertNull(r.conn());
        }
    }

    @Test
    void requestHeadLooksLikeGos() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 204 No Content\r\n\r\n");
        }); RawServerFix fix = new RawServerFix(s)) {
            Request req = new Request("GET", "http://h.example:8080/p%20q?x=1#frag", (InputStream) null);
            req.header().add("X-B", "2");
            req.header().add("X-A", "1");
            req.header().add("x-a", "3");
            Response r = fix.client.send(req);
            assertEquals(204, r.statusCode());
            assertEquals("GET /p%20q?x=1 HTTP/1.1\r\nHost: h.example:8080\r\nUser-Agent: Go-http-client/1.1\r\n"
                    + "X-A: 1\r\nX-A: 3\r\nX-B: 2\r\nAccept-Encoding: gzip\r\n\r\n", s.requests.get(0));
        }
    }

    /** A client for a {@link RawServer}. */
    record RawServerFix(RawServer s, Transport transport, Client client) implements AutoCloseable {
        RawServerFix(RawServer s) {
            this(s, s.transport());
        }

        RawServerFix(RawServer s, Transport t) {
            this(s, t, new Client(t));
        }

        @Override
        public void close() {
            transport.closeIdleConnections();
        }
    }

    @Test
    void postFramingAsGo() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            while (true) {
                String head = srv.readHead(c);
                if (head == null) {
                    return;
                }
                if (head.contains("Transfer-Encoding: chunked")) {
                    StringBuilder b = new StringBuilder();
                    while (!b.toString().endsWith("0\r\n\r\n")) {
                        b.append(RawServer.readBody(c, 1));
                    }
                    s0(c, b.toString());
                } else {
                    int cl = head.contains("Content-Length: ") ? Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1")) : 0;
                    s0(c, RawServer.readBody(c, cl));
                }
            }
        }); RawServerFix fix = new RawServerFix(s)) {
            assertEquals("abc", read(fix.client.post(URL, "text/plain", "abc".getBytes())));
            assertTrue(s.requests.get(0).contains("\r\nContent-Length: 3\r\nContent-Type: text/plain\r\n"),
                    s.requests.get(0));
            // an in-memory stream has a known length too (Go's NewRequest with a bytes.Reader)
            assertEquals("xy", read(fix.client.post(URL, "text/plain", new ByteArrayInputStream("xy".getBytes()))));
            assertTrue(s.requests.get(1).contains("Content-Length: 2\r\n"), s.requests.get(1));
            // any other stream: chunked
            InputStream unknown = new java.io.BufferedInputStream(new ByteArrayInputStream("chunky".getBytes()));
            assertEquals("6\r\nchunky\r\n0\r\n\r\n", read(fix.client.post(URL, "text/plain", unknown)));
            assertTrue(s.requests.get(2).contains("Transfer-Encoding: chunked\r\n"), s.requests.get(2));
            // POST without a body says Content-Length: 0; GET and DELETE say nothing
            read(fix.client.post(URL, "text/plain", (InputStream) null));
            assertTrue(s.requests.get(3).contains("Content-Length: 0\r\n"), s.requests.get(3));
            read(fix.client.send(new Request("DELETE", URL, (InputStream) null)));
            assertFalse(s.requests.get(4).contains("Content-Length"), s.requests.get(4));
            // a GET with an empty stream of unknown length: probed and sent without a body
            read(fix.client.send(new Request("GET", URL, new java.io.BufferedInputStream(InputStream.nullInputStream()))));
            assertFalse(s.requests.get(5).contains("Transfer-Encoding"), s.requests.get(5));
            assertEquals(1, s.accepted.get(), "all on one connection");
        }
    }

    private static void s0(dev.gonet.Conn c, String body) throws IOException {
        RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    }

    @Test
    void methodsAndForms() throws Exception {
        try (ClientFixture f = ClientFixture.start(echo())) {
            Response r = f.client.head(URL);
            assertEquals("HEAD", r.header().get("X-Method"));
            assertSame(Request.NO_BODY, r.body());
            Values v = new Values();
            v.add("a", "1 2");
            v.add("b", "&");
            r = f.client.postForm(URL, v);
            assertEquals("a=1+2&b=%26", read(r));
            Request put = new Request("PUT", URL, new ByteArrayInputStream("data".getBytes()));
            put.header().set("User-Agent", "");
            r = f.client.send(put);
            assertEquals("PUT", r.header().get("X-Method"));
            assertEquals("", r.header().get("X-UA"), "an empty User-Agent is left out");
            assertEquals("data", read(r));
            Request custom = new Request("GET", URL, (InputStream) null);
            custom.setHost("other.example");
            r = f.client.send(custom);
            assertEquals("other.example", r.header().get("X-Host"));
            read(r);
            assertEquals(1, f.connections());
        }
    }

    @Test
    void headAnd204And304HaveNoBody() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            switch (r.url().path()) {
                case "/204" -> w.writeHeader(204);
                case "/304" -> w.writeHeader(304);
                default -> {
                    w.header().set("Content-Length", "42");
                    w.writeHeader(200);
                }
            }
        })) {
            Response head = f.client.head(URL);
            assertEquals(42, head.contentLength(), "HEAD reports the announced length");
            assertEquals(-1, head.body().read());
            for (String p : List.of("204", "304")) {
                Response r = f.client.get(URL + p);
                assertEquals(Integer.parseInt(p), r.statusCode(), "GET /" + p + ": status");
                assertEquals(-1, r.body().read(), "GET /" + p + ": body");
                r.body().close();
            }
            assertEquals(1, f.connections(), "bodyless responses free the connection at once");
        }
    }

    @Test
    void chunkedResponseWithTrailers() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            w.header().set("Trailer", "X-Sum");
            w.writeString("a".repeat(3000));
            new ResponseController(w).flush();
            w.writeString("b");
            w.header().set("X-Sum", "3001");
        })) {
            Response r = f.client.get(URL);
            assertEquals(List.of("chunked"), r.transferEncoding());
            assertEquals(-1, r.contentLength());
            assertTrue(r.trailer().has("X-Sum"), "announced key before the end");
            assertEquals("", r.trailer().get("X-Sum"));
            assertFalse(r.header().has("Trailer"));
            assertEquals(3001, read(r).length());
            assertEquals("3001", r.trailer().get("X-Sum"));
            assertEquals("a", read(f.client.get(URL)).substring(0, 1));
            assertEquals(1, f.connections());
        }
    }

    @Test
    void requestTrailersAndChunkedUpload() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            String body = new String(r.body().readAllBytes());
            w.writeString(body + "|" + r.trailer().get("X-Check"));
        })) {
            Request req = new Request("POST", URL, new java.io.BufferedInputStream(new ByteArrayInputStream("xyz".getBytes())));
            req.trailer().set("X-Check", "ok");
            assertEquals("xyz|ok", read(f.client.send(req)));
        }
    }

    @Test
    void largeBodiesBothWays() throws Exception {
        byte[] big = new byte[3 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        try (ClientFixture f = ClientFixture.start((w, r) -> w.write(r.body().readAllBytes()))) {
            Response r = f.client.post(URL, "application/octet-stream", big);
            assertArrayEquals(big, r.body().readAllBytes());
            r.body().close();
        }
    }

    @Test
    void expectContinueWaitsForTheServer() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            if (r.url().path().equals("/reject")) {
                w.writeHeader(417);
                return;
            }
            w.write(r.body().readAllBytes());
        }, s -> s, t -> t.withExpectContinueTimeout(java.time.Duration.ofSeconds(20)))) {
            Request ok = new Request("PUT", URL + "ok", new ByteArrayInputStream("payload".getBytes()));
            ok.header().set("Expect", "100-continue");
            long start = System.nanoTime();
            assertEquals("payload", read(f.client.send(ok)));
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "sent after 100, not after the timeout");
            Request no = new Request("PUT", URL + "reject", new ByteArrayInputStream("payload".getBytes()));
            no.header().set("Expect", "100-continue");
            Response r = f.client.send(no);
            assertEquals(417, r.statusCode());
            read(r);
        }
    }

    @Test
    void expectContinueTimeoutSendsTheBodyAnyway() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            String head = srv.readHead(c);
            // no 100 Continue: the client must send the body after its timeout
            String body = RawServer.readBody(c, 4);
            RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n" + body);
        }); RawServerFix fix = new RawServerFix(s,
                s.transport().withExpectContinueTimeout(java.time.Duration.ofMillis(100)))) {
            Request req = new Request("PUT", URL, new ByteArrayInputStream("late".getBytes()));
            req.header().set("Expect", "100-continue");
            assertEquals("late", read(fix.client.send(req)));
        }
    }

    @Test
    void interimResponsesAreSkipped() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }); RawServerFix fix = new RawServerFix(s)) {
            Response r = fix.client.get(URL);
            assertEquals(200, r.statusCode());
            assertEquals("ok", read(r));
        }
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 103 Early Hints\r\n\r\n".repeat(6));
        }); RawServerFix fix = new RawServerFix(s)) {
            IOException e = assertThrows(IOException.class, () -> fix.client.get(URL));
            assertEquals("Get \"" + URL + "\": net/http: too many 1xx informational responses", e.getMessage());
        }
    }

    @Test
    void switchingProtocolsHandsOverTheConnection() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            Hijacked h = new ResponseController(w).hijack();
            h.conn().write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhi".getBytes());
            byte[] b = h.inputStream().readNBytes(3);
            h.conn().write(b);
            h.conn().close();
        })) {
            Request req = new Request("GET", URL, (InputStream) null);
            req.header().set("Connection", "Upgrade");
            req.header().set("Upgrade", "echo");
            Response r = f.client.send(req);
            assertEquals(101, r.statusCode());
            assertEquals("hi", new String(r.body().readNBytes(2)));
            r.conn().write("abc".getBytes());
            assertEquals("abc", new String(r.body().readNBytes(3)));
            r.body().close();
        }
    }
}
