package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.ChunkedOutputStream;
import dev.gonet.http.internal.Http1Writer;
import dev.gonet.url.URL;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Field values with control characters (RFC 9110 §5.5, Go's {@code httpguts.ValidHeaderFieldValue}):
 * never on the wire from our server, refused by our client. Before: a handler's NUL, 0x01, ESC
 * and DEL in a field and a NUL in a trailer all reached the wire (5 bytes); only CR and LF were
 * neutralised.
 */
class HeaderValuesTest {
    @Test
    void everyControlCharacterButTab() {
        for (char c = 0; c < 0x100; c++) {
            String v = "a" + c + "b";
            boolean ctl = (c < 0x20 && c != '\t') || c == 0x7f;
            assertEquals(!ctl, Header.validFieldValue(v), "validFieldValue(" + (int) c + ")");
            String w = Header.wireValue(v);
            if (c == '\r' || c == '\n') {
                assertEquals("a b", w, "CR and LF become spaces, as in Go");
            } else if (ctl) {
                assertNull(w, "value with " + (int) c + " is not written");
            } else {
                assertEquals(v, w, "wireValue(" + (int) c + ")");
            }
        }
        assertTrue(Header.validFieldValue("caf\u00e9 \u2028 ok"), "non-ASCII is obs-text, allowed");
        assertEquals("x", Header.wireValue("\r\n x \n"));
    }

    /** Counts bytes RFC 9110 forbids in a field (control characters but HTAB, CR, LF). */
    static int forbidden(byte[] wire) {
        int n = 0;
        for (byte x : wire) {
            if ((x >= 0 && x < 0x20 && x != '\t' && x != '\r' && x != '\n') || x == 0x7f) {
                n++;
            }
        }
        return n;
    }

    @Test
    void serverNeverSendsThem() throws Exception {
        try (AttackServer s = AttackServer.start((w, r) -> {
            w.header().set("X-Early", "e\u0007");
            w.writeHeader(103);
            w.header().del("X-Early");
            w.header().set("X-Nul", "a\u0000b");
            w.header().set("X-Soh", "\u0001");
            w.header().add("X-Two", "ok");
            w.header().add("X-Two", "bad\u001b");
            w.header().set("X-Del", "a\u007fb");
            w.header().set("X-Split", "a\r\nX-Evil: 1");
            w.header().set("Trailer", "X-T");
            w.header().set(ResponseWriter.TRAILER_PREFIX + "X-P", "p\u0000");
            w.writeString("x".repeat(3000)); // chunked, so the trailers go out
            w.header().set("X-T", "t\u000b");
        }); HttpConn c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            c.conn.setReadDeadline(Instant.now().plusSeconds(5));
            c.conn.inputStream().transferTo(all);
            String wire = all.toString(StandardCharsets.ISO_8859_1);
            System.out.println("header values: forbidden bytes on the wire " + forbidden(all.toByteArray())
                    + " (before: 5)");
            assertEquals(0, forbidden(all.toByteArray()), wire);
            assertTrue(wire.contains("\r\nX-Two: ok\r\n"), "valid values of the same key are kept");
            assertTrue(wire.contains("\r\nX-Split: a  X-Evil: 1\r\n"), "CR LF become spaces, as in Go");
            assertFalse(wire.contains("X-Nul") || wire.contains("X-Soh") || wire.contains("X-Del")
                    || wire.contains("X-Early") || wire.contains("X-T:") || wire.contains("X-P:"), wire);
            assertTrue(wire.startsWith("HTTP/1.1 103 Early Hints\r\n"), wire);
            assertTrue(s.log.contains("http: invalid header field value for \"X-Nul\" not sent"), s.log.toString());
            assertEquals(7, s.log.size(), "one line per value left out: " + s.log);
        }
    }

    @Test
    void clientRefusesThemEverywhere() throws Exception {
        try (RawServer raw = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        })) {
            Client client = new Client(raw.transport());
            for (char ch : new char[] {0, 1, 8, 0x0b, 0x0c, '\r', '\n', 0x1b, 0x1f, 0x7f}) {
                Request r = new Request("GET", "http://x/", null);
                r.header().set("X-Bad", "a" + ch + "b");
                IOException e = assertThrows(IOException.class, () -> client.send(r), "char " + (int) ch);
                assertTrue(e.getMessage().endsWith("net/http: invalid header field value for \"X-Bad\""),
                        e.getMessage());
                assertFalse(e.getMessage().contains("a" + ch), "the value is not in the error (it may be a secret)");
            }
            Request tab = new Request("GET", "http://x/", null);
            tab.header().set("X-Ok", "a\tb");
            assertEquals(200, client.send(tab).statusCode());

            Request trailer = new Request("POST", "http://x/", new java.io.ByteArrayInputStream(new byte[0]) {
            });
            trailer.setContentLength(-1);
            trailer.trailer().set("X-T", "t\u0000");
            IOException e = assertThrows(IOException.class, () -> client.send(trailer));
            assertTrue(e.getMessage().endsWith("net/http: invalid header field value for \"X-T\""), e.getMessage());
            assertEquals(1, raw.requests.size(), "only the valid request reached the server: " + raw.requests);
        }
        Header proxyFields = new Header();
        proxyFields.set("X-Proxy", "p\u0000");
        try (RawServer proxy = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 200 OK\r\n\r\n");
        })) {
            Transport t = proxy.transport().withProxy(ProxyFunc.fixed(URL.parse("http://proxy.example:3128")))
                    .withProxyConnectHeader(proxyFields);
            IOException e = assertThrows(IOException.class, () -> new Client(t).get("https://target.example/"));
            assertTrue(e.getMessage().contains("invalid header field value for \"X-Proxy\""), e.getMessage());
            assertEquals(0, proxy.requests.size(), "no CONNECT was sent");
        }
    }

    @Test
    void codecWritersLeaveThemOut() throws IOException {
        Header h = new Header();
        h.set("User-Agent", "ua\u0000");
        h.set("X-A", "ok");
        h.set("X-B", "\u007f");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Http1Writer.writeRequestHead(out, "GET", "/", "h", h);
        assertEquals("GET / HTTP/1.1\r\nHost: h\r\nX-A: ok\r\n\r\n", out.toString(StandardCharsets.ISO_8859_1));
        out.reset();
        Http1Writer.writeResponseHead(out, 1, 200, h);
        assertEquals("HTTP/1.1 200 OK\r\nX-A: ok\r\n\r\n", out.toString(StandardCharsets.ISO_8859_1));
        out.reset();
        Header trailer = new Header();
        trailer.set("X-T", "\u0000");
        trailer.set("X-U", "u");
        try (ChunkedOutputStream c = new ChunkedOutputStream(out, trailer)) {
            c.write(new byte[] {'z'});
        }
        assertEquals("1\r\nz\r\n0\r\nX-U: u\r\n\r\n", out.toString(StandardCharsets.ISO_8859_1));
    }
}
