package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The client side: status lines, the response framing rules (HEAD, 1xx, 204, 304, CONNECT,
 * close-delimited), and malformed responses. Each row runs whole and one byte per read, and
 * pipelined behind a 204 on the same connection.
 */
class ResponseParseTest {

    /** {@code method} is the request's; {@code want} summarizes head and body, or the error. */
    record Row(String name, String method, String wire, String want) {
    }

    static final List<Row> ROWS = List.of(
            new Row("200 with length", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                    "HTTP/1.1 200 OK FIXED 5 keep map[Content-Length:[5]] \"hello\""),
            new Row("chunked with trailer", "GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n"
                    + "\r\n3\r\nabc\r\n0\r\nX-T: v\r\n\r\n", "HTTP/1.1 200 OK CHUNKED -1 keep "
                    + "map[Trailer:[X-T] Transfer-Encoding:[chunked]] \"abc\" trailer map[X-T:[v]]"),
            new Row("close-delimited", "GET", "HTTP/1.1 200 OK\r\n\r\nuntil the end",
                    "HTTP/1.1 200 OK CLOSE_DELIMITED -1 close map[] \"until the end\""),
            new Row("HTTP/1.0 default close", "GET", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
                    "HTTP/1.0 200 OK FIXED 2 close map[Content-Length:[2]] \"ok\""),
            new Row("HEAD keeps announced length", "HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n",
                    "HTTP/1.1 200 OK NONE 1000 keep map[Content-Length:[1000]] \"\""),
            new Row("HEAD chunked has no body", "HEAD", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                    "HTTP/1.1 200 OK NONE -1 keep map[Transfer-Encoding:[chunked]] \"\""),
            new Row("204 ignores length", "GET", "HTTP/1.1 204 No Content\r\nContent-Length: 7\r\n\r\n",
                    "HTTP/1.1 204 No Content NONE 0 keep map[Content-Length:[7]] \"\""),
            new Row("304 no body", "GET", "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
                    "HTTP/1.1 304 Not Modified NONE 0 keep map[Etag:[\"x\"]] \"\""),
            new Row("100 Continue", "POST", "HTTP/1.1 100 Continue\r\n\r\n",
                    "HTTP/1.1 100 Continue NONE 0 keep map[] \"\" interim"),
            new Row("101 Switching", "GET", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
                    "HTTP/1.1 101 Switching Protocols NONE 0 keep map[Upgrade:[websocket]] \"\""),
            new Row("CONNECT 200 is a tunnel", "CONNECT", "HTTP/1.1 200 Connection established\r\n\r\n",
                    "HTTP/1.1 200 Connection established NONE -1 keep map[] \"\""),
            new Row("no reason phrase", "GET", "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n",
                    "HTTP/1.1 200 NONE 0 keep map[Content-Length:[0]] \"\""),
            new Row("empty reason phrase", "GET", "HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n",
                    "HTTP/1.1 404  NONE 0 keep map[Content-Length:[0]] \"\""),
            new Row("1000 fields", "GET", "HTTP/1.1 200 OK\r\n" + "X:\r\n".repeat(999) + "Content-Length: 0\r\n\r\n",
                    "HTTP/1.1 200 OK NONE 0 keep map[Content-Length:[0] X:[" + " ".repeat(998) + "]] \"\""),
            new Row("field of exactly 64 KiB", "GET", "HTTP/1.1 200 OK\r\nX: " + "x".repeat((64 << 10) - 3)
                    + "\r\nContent-Length: 0\r\n\r\n", "HTTP/1.1 200 OK NONE 0 keep map[Content-Length:[0] X:["
                    + "x".repeat((64 << 10) - 3) + "]] \"\""),
            new Row("obs-fold is unfolded", "GET", "HTTP/1.1 200 OK\r\nX-A: 1\r\n\t2\r\nContent-Length: 0\r\n\r\n",
                    "HTTP/1.1 200 OK NONE 0 keep map[Content-Length:[0] X-A:[1 2]] \"\""),
            new Row("code 999", "GET", "HTTP/1.1 999 Request denied\r\nContent-Length: 0\r\n\r\n",
                    "HTTP/1.1 999 Request denied NONE 0 keep map[Content-Length:[0]] \"\""),
            // malformed
            new Row("no space", "GET", "HTTP/1.1\r\n\r\n", "502 malformed HTTP response"),
            new Row("two-digit code", "GET", "HTTP/1.1 20 OK\r\n\r\n", "502 malformed HTTP status code"),
            new Row("signed code", "GET", "HTTP/1.1 +12 OK\r\n\r\n", "502 malformed HTTP status code"),
            new Row("code 099", "GET", "HTTP/1.1 099 OK\r\n\r\n", "502 malformed HTTP status code"),
            new Row("four-digit code", "GET", "HTTP/1.1 2000 OK\r\n\r\n", "502 malformed HTTP status code"),
            new Row("double space", "GET", "HTTP/1.1  200 OK\r\n\r\n", "502 malformed HTTP status code"),
            new Row("HTTP/2.0", "GET", "HTTP/2.0 200 OK\r\n\r\n", "502 unsupported protocol version"),
            new Row("ICY", "GET", "ICY 200 OK\r\n\r\n", "502 malformed HTTP version"),
            new Row("NUL in reason", "GET", "HTTP/1.1 200 O\u0000K\r\n\r\n", "502 malformed HTTP response"),
            new Row("CL and TE", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
                    "502 message cannot contain both Content-Length and Transfer-Encoding"),
            new Row("TE gzip", "GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
                    "502 unsupported transfer encoding"),
            new Row("TE in HTTP/1.0", "GET", "HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                    "502 transfer encoding not allowed in HTTP/1.0"),
            new Row("differing CLs", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
                    "502 message cannot contain multiple Content-Length headers"),
            new Row("bad CL on 204", "GET", "HTTP/1.1 204 No Content\r\nContent-Length: x\r\n\r\n",
                    "502 bad Content-Length"),
            new Row("space before colon", "GET", "HTTP/1.1 200 OK\r\nServer : x\r\n\r\n", "502 invalid header name"),
            new Row("fold first line", "GET", "HTTP/1.1 200 OK\r\n X: 1\r\n\r\n",
                    "502 malformed MIME header initial line"),
            new Row("1001 fields", "GET", "HTTP/1.1 200 OK\r\n" + "X:\r\n".repeat(1001) + "\r\n",
                    "502 " + Http1Reader.TOO_MANY_FIELDS),
            new Row("field of 64 KiB + 1", "GET", "HTTP/1.1 200 OK\r\nX-Big: " + "x".repeat((64 << 10) - 6) + "\r\n\r\n",
                    "502 " + Http1Reader.FIELD_TOO_LARGE),
            new Row("folds past 64 KiB", "GET", "HTTP/1.1 200 OK\r\nX-Big: 1\r\n" + (" " + "x".repeat(1000) + "\r\n")
                    .repeat(66) + "\r\n", "502 " + Http1Reader.FIELD_TOO_LARGE),
            new Row("truncated head", "GET", "HTTP/1.1 200 OK\r\nContent-", "EOF"),
            new Row("truncated body", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort", "EOF"),
            new Row("nothing at all", "GET", "", "EOF"));

    static String run(Http1Reader r, String method) throws IOException {
        ResponseHead h = r.readResponse(method);
        InputStream body = r.body(h);
        String s = h.proto() + " " + h.status() + " " + h.framing() + " " + h.contentLength() + " "
                + (h.close() ? "close" : "keep") + " " + h.header() + " "
                + Ascii.quote(new String(Wire.drain(body), StandardCharsets.UTF_8));
        if (body instanceof ChunkedInputStream c) {
            s += " trailer " + c.trailer();
        }
        return h.isInterim() ? s + " interim" : s;
    }

    @TestFactory
    Stream<DynamicTest> responses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (Wire.Feed f : Wire.Feed.values()) {
                for (boolean pipelined : new boolean[] {false, true}) {
                    String name = row.name + " [" + f + (pipelined ? ", pipelined" : "") + "]";
                    tests.add(DynamicTest.dynamicTest(name, () -> check(row, f, pipelined)));
                }
            }
        }
        return tests.stream();
    }

    static void check(Row row, Wire.Feed f, boolean pipelined) throws IOException {
        String prefix = pipelined ? "HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n" : "";
        Http1Reader r = new Http1Reader(Wire.feed(Wire.bytes(prefix + row.wire), f));
        if (pipelined) {
            assertEquals("HTTP/1.1 204 No Content NONE 0 keep map[Date:[x]] \"\"", run(r, "GET"));
        }
        if (!row.want.startsWith("EOF") && !Character.isDigit(row.want.charAt(0))) {
            assertEquals(row.want, run(r, row.method), row.name);
            return;
        }
        IOException e = assertThrows(IOException.class, () -> run(r, row.method), row.name);
        if (row.want.equals("EOF")) {
            assertInstanceOf(EOFException.class, e, row.name);
            assertEquals("unexpected EOF", e.getMessage());
        } else {
            ProtocolException p = assertInstanceOf(ProtocolException.class, e, row.name + ": " + e);
            assertEquals(row.want, p.status() + " " + p.reason(), row.name + ": " + p.getMessage());
            assertTrue(p.status() == 502);
        }
    }
}
