package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Header;
import dev.gonet.http.HttpDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden bytes for the head writer (Go's requestwrite_test/server output), and round trips. */
class Http1WriterTest {

    static String ascii(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void statusLines() {
        assertEquals("HTTP/1.1 200 OK\r\n", Http1Writer.statusLine(1, 200));
        assertEquals("HTTP/1.0 404 Not Found\r\n", Http1Writer.statusLine(0, 404));
        assertEquals("HTTP/1.1 431 Request Header Fields Too Large\r\n", Http1Writer.statusLine(1, 431));
        // Go: fmt.Fprintf(bw, "%03d status code %d\r\n", code, code)
        assertEquals("HTTP/1.1 599 status code 599\r\n", Http1Writer.statusLine(1, 599));
        assertEquals("HTTP/1.1 100 Continue\r\n", Http1Writer.statusLine(1, 100));
        assertThrows(IllegalArgumentException.class, () -> Http1Writer.statusLine(1, 99));
        assertThrows(IllegalArgumentException.class, () -> Http1Writer.statusLine(1, 1000));
    }

    /** Go 1.19 requestwrite_test.go reqWriteTests[0], WantWrite. */
    @Test
    void requestHeadLikeGo() throws IOException {
        Header h = new Header();
        h.add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        h.add("Accept-Charset", "ISO-8859-1,utf-8;q=0.7,*;q=0.7");
        h.add("Accept-Encoding", "gzip,deflate");
        h.add("Accept-Language", "en-us,en;q=0.5");
        h.add("Keep-Alive", "300");
        h.add("Proxy-Connection", "keep-alive");
        h.add("User-Agent", "Fake");
        h.add("Host", "ignored.example");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Http1Writer.writeRequestHead(out, "GET", "/", "www.techcrunch.com", h);
        assertEquals("GET / HTTP/1.1\r\n"
                + "Host: www.techcrunch.com\r\n"
                + "User-Agent: Fake\r\n"
                + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                + "Accept-Charset: ISO-8859-1,utf-8;q=0.7,*;q=0.7\r\n"
                + "Accept-Encoding: gzip,deflate\r\n"
                + "Accept-Language: en-us,en;q=0.5\r\n"
                + "Keep-Alive: 300\r\n"
                + "Proxy-Connection: keep-alive\r\n\r\n", ascii(out));
    }

    @Test
    void requestHeadRefusesWhatWouldSplitIt() {
        Header h = new Header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals("net/http: invalid method \"G T\"", assertThrows(IllegalArgumentException.class,
                () -> Http1Writer.writeRequestHead(out, "G T", "/", "h", h)).getMessage());
        assertEquals("net/http: can't write control character in Request.URL", assertThrows(
                IllegalArgumentException.class, () -> Http1Writer.writeRequestHead(out, "GET", "/a\r\nX: y", "h", h))
                .getMessage());
        assertEquals("http: invalid Host header", assertThrows(IllegalArgumentException.class,
                () -> Http1Writer.writeRequestHead(out, "GET", "/", "h\r\nX: y", h)).getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void responseHeadGolden() throws IOException {
        Header h = new Header();
        h.set("Content-Type", "text/plain; charset=utf-8");
        h.set("Date", HttpDate.format(1136214245L));
        h.set("Content-Length", "12");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Http1Writer.writeResponseHead(out, 1, 200, h);
        assertEquals("HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Date: Mon, 02 Jan 2006 15:04:05 GMT\r\n\r\n", ascii(out));
    }

    @Test
    void responseRoundTripChunkedWithTrailer() throws IOException {
        Header h = new Header();
        h.set("Transfer-Encoding", "chunked");
        h.set("Trailer", "X-Sum");
        h.add("Set-Cookie", "a=1");
        h.add("Set-Cookie", "b=2");
        Header trailer = new Header();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Http1Writer.writeResponseHead(wire, 1, 201, h);
        try (ChunkedOutputStream body = new ChunkedOutputStream(wire, trailer)) {
            body.write(Wire.bytes("part one, "));
            body.write(Wire.bytes("part two"));
            trailer.set("X-Sum", "99");
        }
        for (Wire.Feed f : Wire.Feed.values()) {
            Http1Reader r = new Http1Reader(Wire.feed(wire.toByteArray(), f));
            ResponseHead head = r.readResponse("GET");
            assertEquals(201, head.statusCode());
            assertEquals("201 Created", head.status());
            assertEquals(h, head.header());
            assertEquals(List.of("X-Sum"), head.trailerKeys());
            ChunkedInputStream in = (ChunkedInputStream) r.body(head);
            assertEquals("part one, part two", new String(Wire.drain(in), StandardCharsets.ISO_8859_1));
            assertEquals(trailer, in.trailer());
        }
    }

    @Test
    void requestRoundTripPipelined() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            Header h = new Header();
            h.set("Content-Length", Integer.toString(i));
            h.set("X-Index", Integer.toString(i));
            Http1Writer.writeRequestHead(wire, "PUT", "/item/" + i + "?v=%20", "example.com:8080", h);
            wire.write(Wire.bytes("abc".substring(0, i)));
        }
        for (Wire.Feed f : Wire.Feed.values()) {
            List<Wire.Parsed> got = Wire.readAll(wire.toByteArray(), f, 1 << 20);
            assertEquals(3, got.size());
            for (int i = 0; i < 3; i++) {
                RequestHead head = got.get(i).head();
                assertEquals("/item/" + i, head.url().path());
                assertEquals(" ", head.url().query().get("v"));
                assertEquals("example.com:8080", head.host());
                assertEquals(Integer.toString(i), head.header().get("X-Index"));
                assertEquals("abc".substring(0, i), got.get(i).bodyText());
            }
        }
    }
}
