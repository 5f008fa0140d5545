package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Requests that must be accepted, and what they parse to. Each row runs whole and one byte per
 * read; then all rows back to back on one stream (pipelined), both ways, must give the same.
 */
class RequestParseTest {

    /**
     * {@code want} is a summary of the parsed request: method, requestURI, url, host, framing,
     * length, close, then the header and body, so one string comparison shows any difference.
     */
    record Good(String name, String wire, String want) {
    }

    static final List<Good> ROWS = List.of(
            new Good("simple GET", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n",
                    "GET / / example.com NONE 0 keep map[Host:[example.com]] \"\""),
            new Good("query and LF line ends", "GET /p?q=1&r HTTP/1.1\nHost: h\nX-A: 1\n\n",
                    "GET /p?q=1&r /p?q=1&r h NONE 0 keep map[Host:[h] X-A:[1]] \"\""),
            new Good("absolute-form wins over Host", "GET http://Example.com:8080/p?q HTTP/1.1\r\nHost: other\r\n\r\n",
                    "GET http://Example.com:8080/p?q http://Example.com:8080/p?q Example.com:8080 NONE 0 keep "
                            + "map[Host:[other]] \"\""),
            new Good("CONNECT authority-form", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
                    "CONNECT example.com:443 //example.com:443 example.com:443 NONE 0 keep "
                            + "map[Host:[example.com:443]] \"\""),
            new Good("CONNECT origin-form (net/rpc)", "CONNECT /_goRPC_ HTTP/1.1\r\nHost: h\r\n\r\n",
                    "CONNECT /_goRPC_ /_goRPC_ h NONE 0 keep map[Host:[h]] \"\""),
            new Good("OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n",
                    "OPTIONS * * h NONE 0 keep map[Host:[h]] \"\""),
            new Good("HTTP/1.0 without Host", "GET /old HTTP/1.0\r\n\r\n", "GET /old /old  NONE 0 close map[] \"\""),
            new Good("HTTP/1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
                    "GET / /  NONE 0 keep map[Connection:[Keep-Alive]] \"\""),
            new Good("Connection: close list", "GET / HTTP/1.1\r\nHost: h\r\nConnection: foo, CLOSE\r\n\r\n",
                    "GET / / h NONE 0 close map[Connection:[foo, CLOSE] Host:[h]] \"\""),
            new Good("POST with Content-Length", "POST /e HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
                    "POST /e /e h FIXED 5 keep map[Content-Length:[5] Host:[h]] \"hello\""),
            new Good("Content-Length 0", "POST /e HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n",
                    "POST /e /e h NONE 0 keep map[Content-Length:[0] Host:[h]] \"\""),
            new Good("Content-Length leading zeros and OWS", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \t005 \r\n"
                    + "\r\nhello", "POST / / h FIXED 5 keep map[Content-Length:[005] Host:[h]] \"hello\""),
            new Good("identical Content-Lengths collapse", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n"
                    + "Content-Length: 2\r\n\r\nhi", "POST / / h FIXED 2 keep map[Content-Length:[2] Host:[h]] \"hi\""),
            new Good("chunked with extensions and trailer", "POST / HTTP/1.1\r\nHost: h\r\nTrailer: x-sum\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5;name=\"v a\"\r\nhello\r\n6 ; x\r\n world\r\n"
                    + "0\r\nX-Sum: 42\r\n\r\n", "POST / / h CHUNKED -1 keep map[Host:[h] Trailer:[x-sum] "
                    + "Transfer-Encoding:[chunked]] \"hello world\" trailer map[X-Sum:[42]] keys [X-Sum]"),
            new Good("Chunked in any case", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: ChUnKeD\r\n\r\n"
                    + "A\r\n0123456789\r\n0\r\n\r\n", "POST / / h CHUNKED -1 keep map[Host:[h] "
                    + "Transfer-Encoding:[ChUnKeD]] \"0123456789\""),
            new Good("chunked, LF-terminated trailer", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
                    + "\r\n1\r\nx\r\n0\r\nA: 1\nB: 2\n\n", "POST / / h CHUNKED -1 keep map[Host:[h] "
                    + "Transfer-Encoding:[chunked]] \"x\" trailer map[A:[1] B:[2]]"),
            new Good("UTF-8 obs-text value", "GET / HTTP/1.1\r\nHost: h\r\nX-Name: caf\u00c3\u00a9\r\n\r\n",
                    "GET / / h NONE 0 keep map[Host:[h] X-Name:[café]] \"\""),
            new Good("empty lines before request line", "\r\n\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n",
                    "GET / / h NONE 0 keep map[Host:[h]] \"\""),
            new Good("empty Host and empty value", "GET / HTTP/1.1\r\nHost:\r\nX-Empty:   \r\n\r\n",
                    "GET / /  NONE 0 keep map[Host:[] X-Empty:[]] \"\""),
            new Good("canonical keys, HTAB in value", "GET / HTTP/1.1\r\nhost: h\r\nx-multi: a\tb\r\nX-MULTI: c\r\n\r\n",
                    "GET / / h NONE 0 keep map[Host:[h] X-Multi:[a\tb c]] \"\""),
            new Good("escaped path", "GET /a%2Fb%20c?x=%41 HTTP/1.1\r\nHost: h\r\n\r\n",
                    "GET /a%2Fb%20c?x=%41 /a%2Fb%20c?x=%41 h NONE 0 keep map[Host:[h]] \"\""),
            new Good("IPv6 absolute-form", "GET http://[::1]:80/ HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET http://[::1]:80/ http://[::1]:80/ [::1]:80 NONE 0 keep map[Host:[x]] \"\""),
            new Good("extension method", "PROPFIND /d HTTP/1.1\r\nHost: h\r\n\r\n",
                    "PROPFIND /d /d h NONE 0 keep map[Host:[h]] \"\""));

    static String summary(Wire.Parsed p) {
        RequestHead h = p.head();
        String s = h.method() + " " + h.requestURI() + " " + h.url() + " " + h.host() + " " + h.framing() + " "
                + h.contentLength() + " " + (h.close() ? "close" : "keep") + " " + h.header() + " "
                + Ascii.quote(p.bodyText());
        if (!p.trailer().isEmpty()) {
            s += " trailer " + p.trailer();
        }
        if (!h.trailerKeys().isEmpty()) {
            s += " keys " + h.trailerKeys();
        }
        return s;
    }

    @TestFactory
    Stream<DynamicTest> accepted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Good g : ROWS) {
            for (Wire.Feed f : Wire.Feed.values()) {
                tests.add(DynamicTest.dynamicTest(g.name + " [" + f + "]", () -> {
                    List<Wire.Parsed> all = Wire.readAll(Wire.bytes(g.wire), f, Http1Reader.DEFAULT_MAX_HEADER_BYTES);
                    assertEquals(1, all.size(), g.name);
                    assertEquals(g.want, summary(all.get(0)), g.name);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> pipelined() {
        StringBuilder all = new StringBuilder();
        for (Good g : ROWS) {
            all.append(g.wire);
        }
        return Stream.of(Wire.Feed.values()).map(f -> DynamicTest.dynamicTest("all rows back to back [" + f + "]",
                () -> {
                    List<Wire.Parsed> got = Wire.readAll(Wire.bytes(all.toString()), f, 1 << 20);
                    assertEquals(ROWS.size(), got.size());
                    for (int i = 0; i < ROWS.size(); i++) {
                        assertEquals(ROWS.get(i).want, summary(got.get(i)), ROWS.get(i).name + " in the pipeline");
                    }
                }));
    }

    @Test
    void cleanEOFIsNull() throws IOException {
        assertNull(new Http1Reader(new ByteArrayInputStream(new byte[0])).readRequest());
        assertNull(new Http1Reader(new ByteArrayInputStream(Wire.bytes("\r\n\r\n"))).readRequest());
    }

    @Test
    void leftoverStaysBufferedForTheNextRequest() throws IOException {
        byte[] wire = Wire.bytes("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n");
        Http1Reader r = new Http1Reader(new ByteArrayInputStream(wire));
        assertEquals("/1", r.readRequest().requestURI());
        assertEquals(wire.length / 2, r.buffered());
        assertEquals("/2", r.readRequest().requestURI());
        assertEquals(0, r.buffered());
        assertNull(r.readRequest());
    }

    @Test
    void bodyNeverReadsPastItsEnd() throws IOException {
        byte[] wire = Wire.bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcNEXT");
        Http1Reader r = new Http1Reader(new Wire.OneByte(wire));
        InputStream body = r.body(r.readRequest());
        assertEquals("abc", new String(body.readAllBytes()));
        assertEquals("NEXT", new String(r.source().readAllBytes()));
    }

    @Test
    void upgradeHandsOverTheRest() throws IOException {
        byte[] wire = Wire.bytes("GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
                + "\u0081\u0002hi");
        Http1Reader r = new Http1Reader(new ByteArrayInputStream(wire));
        RequestHead h = r.readRequest();
        assertTrue(Framing.containsToken(h.header().values("Connection"), "upgrade"));
        assertEquals(4, r.source().readAllBytes().length);
    }
}
