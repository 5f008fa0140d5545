package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures in Go's words (checked against Go 1.19), and malformed responses that must never hang. */
class ClientErrorsTest {
    static final String URL = "http://err.example/";

    /**
     * Raw response bytes and the error the client must report for them, after {@code Get "URL": }
     * (null: any "transport connection broken" error).
     */
    private record MalformedCase(String response, String err) {
    }

    static final List<MalformedCase> MALFORMED = List.of(
            new MalformedCase("", "EOF"),
            new MalformedCase("HTTP/1.1 foo\r\n\r\n", "net/http: HTTP/1.x transport connection broken: "
                    + "malformed HTTP status code \"foo\""),
            new MalformedCase("HTTP/1.1 200 OK\r\nContent-Le", "net/http: HTTP/1.x transport connection broken: "
                    + "unexpected EOF"),
            new MalformedCase("HTTP/1.1 200", null),
            new MalformedCase("ICY 200 OK\r\n\r\n", "net/http: HTTP/1.x transport connection broken: "
                    + "malformed HTTP version \"ICY\""),
            new MalformedCase("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", null),
            new MalformedCase("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", null),
            new MalformedCase("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", null),
            new MalformedCase("HTTP/1.1 99 Low\r\n\r\n", null),
            new MalformedCase("HTTP/2.0 200 OK\r\n\r\n", null),
            new MalformedCase("garbage", null),
            new MalformedCase("HTTP/1.1 200 OK\r\n" + "X: " + "y".repeat(11 << 20), "net/http: server response headers exceeded "
                    + (10 << 20) + " bytes; aborted"));

    @Test
    void malformedResponsesFailAndNeverHang() throws Exception {
        for (MalformedCase row : MALFORMED) {
            try (RawServer s = new RawServer((srv, c, i) -> {
                srv.readHead(c);
                RawServer.write(c, row.response());
            })) {
                Client c = new Client(s.transport());
                IOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> assertThrows(IOException.class, () -> c.get(URL)), Ascii.quote(row.response()));
                String msg = e.getMessage();
                String prefix = "Get \"" + URL + "\": ";
                assertTrue(msg.startsWith(prefix), msg);
                if (row.err() != null) {
                    assertEquals(prefix + row.err(), msg, Ascii.quote(row.response()));
                } else {
                    assertTrue(msg.startsWith(prefix + "net/http: HTTP/1.x transport connection broken: "), msg);
                }
                assertFalse(((ClientException) e).isTimeout(), Ascii.quote(row.response()) + ": isTimeout()");
            }
        }
    }

    @Test
    void truncatedBodies() throws Exception {
        for (String resp : List.of("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")) {
            try (RawServer s = new RawServer((srv, c, i) -> {
                srv.readHead(c);
                RawServer.write(c, resp);
            })) {
                Response r = new Client(s.transport()).get(URL);
                IOException e = assertThrows(IOException.class, () -> r.body().readAllBytes());
                assertEquals("unexpected EOF", e.getMessage());
                assertEquals("unexpected EOF", assertThrows(IOException.class, () -> r.body().read()).getMessage(),
                        "the failure sticks");
                r.body().close();
            }
        }
    }

    @Test
    void closeDelimitedBodyEndsWithTheConnection() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.0 200 OK\r\n\r\nuntil the end");
        })) {
            Response r = new Client(s.transport()).get(URL);
            assertEquals("HTTP/1.0", r.proto());
            assertTrue(r.wantsClose());
            assertEquals("until the end", read(r));
        }
    }

    @Test
    void requestsThatCannotBeSent() throws Exception {
        Client c = new Client(ClientFixture.memTransport("nobody-listens-here"));
        assertEquals("Get \"ftp://x/\": unsupported protocol scheme \"ftp\"",
                assertThrows(IOException.class, () -> c.get("ftp://x/")).getMessage());
        assertEquals("Get \"http:///p\": http: no Host in request URL",
                assertThrows(IOException.class, () -> c.get("http:///p")).getMessage());
        assertEquals("parse \"http://a b/\": invalid character \" \" in host name",
                assertThrows(URLException.class, () -> c.get("http://a b/")).getMessage());
        Request bad = new Request("GET", URL, (InputStream) null);
        bad.header().set("X", "a\nb");
        assertEquals("Get \"" + URL + "\": net/http: invalid header field value for \"X\"",
                assertThrows(IOException.class, () -> c.send(bad)).getMessage());
        Request badName = new Request("GET", URL, (InputStream) null);
        badName.header().putRaw("Bad Name", "v");
        assertEquals("Get \"" + URL + "\": net/http: invalid header field name \"Bad Name\"",
                assertThrows(IOException.class, () -> c.send(badName)).getMessage());
        Request server = new Request("GET", "/from-a-server", (InputStream) null).setRequestURI("/from-a-server");
        assertEquals("Get \"/from-a-server\": http: Request.RequestURI can't be set in client requests",
                assertThrows(IOException.class, () -> c.send(server)).getMessage());
        assertEquals("Get \"" + URL + "\": dial mem nobody-listens-here: connection refused",
                assertThrows(IOException.class, () -> c.get(URL)).getMessage());
        assertEquals("Get \"http://u:***@err.example/\": dial mem nobody-listens-here: connection refused",
                assertThrows(IOException.class, () -> c.get("http://u:secret@err.example/")).getMessage());
    }

    @Test
    void requestBodyProblems() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.write(r.body().readAllBytes()))) {
            Request shortBody = new Request("POST", URL, new java.io.BufferedInputStream(
                    new ByteArrayInputStream("abc".getBytes())));
            shortBody.setContentLength(10);
            assertEquals("Post \"" + URL + "\": http: ContentLength=10 with Body length 3",
                    assertThrows(IOException.class, () -> f.client.send(shortBody)).getMessage());
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };
            assertEquals("Post \"" + URL + "\": disk on fire",
                    assertThrows(IOException.class, () -> f.client.post(URL, "x/y", failing)).getMessage());
            assertEquals("ok", read(f.client.post(URL, "text/plain", "ok".getBytes())), "the client still works");
        }
    }

    @Test
    void requestBodyIsClosedOnceSentAndOnErrors() throws Exception {
        class Tracked extends ByteArrayInputStream {
            boolean closed;

            Tracked() {
                super("abc".getBytes());
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        try (ClientFixture f = ClientFixture.start((w, r) -> w.write(r.body().readAllBytes()))) {
            Tracked sent = new Tracked();
            assertEquals("abc", read(f.client.send(new Request("POST", URL, new java.io.BufferedInputStream(sent)))));
            assertTrue(sent.closed);
        }
        Tracked failed = new Tracked();
        Client c = new Client(ClientFixture.memTransport("nobody"));
        assertThrows(IOException.class, () -> c.send(new Request("POST", URL, new java.io.BufferedInputStream(failed))));
        assertTrue(failed.closed);
    }
}
