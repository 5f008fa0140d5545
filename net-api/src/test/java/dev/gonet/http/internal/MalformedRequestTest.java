package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.ProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed and smuggling-shaped requests, each with the exact status and reason it must be
 * rejected with. Every row runs four ways: whole, one byte per read, and both again pipelined
 * behind a valid request (which must still parse, body and all).
 */
public class MalformedRequestTest {
    static final String H = "Host: a\r\n";
    static final String POST = "POST / HTTP/1.1\r\n" + H;
    static final String CHUNKED = POST + "Transfer-Encoding: chunked\r\n\r\n";
    public static final String PREFIX = "POST /first HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello";
    public static final int EOF = 0;

    public record Bad(String name, String wire, int status, String reason, int max) {
        Bad(String name, String wire, int status, String reason) {
            this(name, wire, status, reason, Http1Reader.DEFAULT_MAX_HEADER_BYTES);
        }
    }

    public static final List<Bad> ROWS = List.of(
            // Transfer-Encoding / Content-Length smuggling
            new Bad("CL then TE", POST + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400,
                    "message cannot contain both Content-Length and Transfer-Encoding"),
            new Bad("TE then CL", POST + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400,
                    "message cannot contain both Content-Length and Transfer-Encoding"),
            new Bad("TE chunked, identity", POST + "Transfer-Encoding: chunked, identity\r\n\r\n", 501,
                    "unsupported transfer encoding"),
            new Bad("TE identity", POST + "Transfer-Encoding: identity\r\n\r\n", 501, "unsupported transfer encoding"),
            new Bad("TE gzip, chunked", POST + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501,
                    "unsupported transfer encoding"),
            new Bad("TE xchunked", POST + "Transfer-Encoding: xchunked\r\n\r\n", 501, "unsupported transfer encoding"),
            new Bad("TE chunked;x", POST + "Transfer-Encoding: chunked;x\r\n\r\n", 501, "unsupported transfer encoding"),
            new Bad("TE empty", POST + "Transfer-Encoding:\r\n\r\n", 501, "unsupported transfer encoding"),
            new Bad("two TE fields", POST + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 501,
                    "too many transfer encodings"),
            new Bad("TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400,
                    "transfer encoding not allowed in HTTP/1.0"),
            new Bad("TE with VT", POST + "Transfer-Encoding: \u000bchunked\r\n\r\n", 400, "invalid header value"),
            new Bad("TE space before colon", POST + "Transfer-Encoding : chunked\r\n\r\n", 400, "invalid header name"),
            new Bad("TE obs-fold", POST + "Transfer-Encoding:\r\n chunked\r\n\r\n", 400, "malformed MIME header line"),
            new Bad("CL differing duplicates", POST + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400,
                    "message cannot contain multiple Content-Length headers"),
            new Bad("CL list", POST + "Content-Length: 5, 5\r\n\r\nhello", 400, "bad Content-Length"),
            new Bad("CL +5", POST + "Content-Length: +5\r\n\r\nhello", 400, "bad Content-Length"),
            new Bad("CL -1", POST + "Content-Length: -1\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL 0x5", POST + "Content-Length: 0x5\r\n\r\nhello", 400, "bad Content-Length"),
            new Bad("CL inner space", POST + "Content-Length: 1 0\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL 1.5", POST + "Content-Length: 1.5\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL empty", POST + "Content-Length:\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL 2^63", POST + "Content-Length: 9223372036854775808\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL 20 nines", POST + "Content-Length: 99999999999999999999\r\n\r\n", 400, "bad Content-Length"),
            new Bad("CL full-width digit", POST + "Content-Length: \u00ef\u00bc\u0095\r\n\r\n", 400,
                    "bad Content-Length"),
            // field syntax
            new Bad("obs-fold", POST + "X-A: 1\r\n  2\r\n\r\n", 400, "malformed MIME header line"),
            new Bad("fold first line", "GET / HTTP/1.1\r\n Host: a\r\n\r\n", 400, "malformed MIME header initial line"),
            new Bad("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "invalid header name"),
            new Bad("tab before colon", "GET / HTTP/1.1\r\n" + H + "X-A\t: 1\r\n\r\n", 400, "invalid header name"),
            new Bad("bare CR in value", "GET / HTTP/1.1\r\n" + H + "X-A: 1\r2\r\n\r\n", 400, "invalid header value"),
            new Bad("bare CR as line end", "GET / HTTP/1.1\r\n" + H + "X-A: 1\rX-B: 2\r\n\r\n", 400,
                    "invalid header value"),
            new Bad("NUL in value", "GET / HTTP/1.1\r\n" + H + "X-A: a\u0000b\r\n\r\n", 400, "invalid header value"),
            new Bad("DEL in value", "GET / HTTP/1.1\r\n" + H + "X-A: a\u007fb\r\n\r\n", 400, "invalid header value"),
            new Bad("NUL in name", "GET / HTTP/1.1\r\n" + H + "X\u0000A: 1\r\n\r\n", 400, "invalid header name"),
            new Bad("non-token name", "GET / HTTP/1.1\r\n" + H + "X(A): 1\r\n\r\n", 400, "invalid header name"),
            new Bad("non-ASCII name", "GET / HTTP/1.1\r\n" + H + "X-\u00e9: 1\r\n\r\n", 400, "invalid header name"),
            new Bad("empty name", "GET / HTTP/1.1\r\n" + H + ": 1\r\n\r\n", 400, "invalid header name"),
            new Bad("no colon", "GET / HTTP/1.1\r\n" + H + "X-A 1\r\n\r\n", 400, "malformed MIME header line"),
            // request line
            new Bad("bad method char", "G@T / HTTP/1.1\r\n" + H + "\r\n", 400, "invalid method"),
            new Bad("method with paren", "GE(T / HTTP/1.1\r\n" + H + "\r\n", 400, "invalid method"),
            new Bad("empty method", " / HTTP/1.1\r\n" + H + "\r\n", 400, "invalid method"),
            new Bad("HTTP/1.2", "GET / HTTP/1.2\r\n" + H + "\r\n", 505, "unsupported protocol version"),
            new Bad("HTTP/2.0", "GET / HTTP/2.0\r\n" + H + "\r\n", 505, "unsupported protocol version"),
            new Bad("PRI * HTTP/2.0", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505, "unsupported protocol version"),
            new Bad("HTTP/0.9", "GET / HTTP/0.9\r\n\r\n", 505, "unsupported protocol version"),
            new Bad("HTTP/1.10", "GET / HTTP/1.10\r\n" + H + "\r\n", 400, "malformed HTTP version"),
            new Bad("lower-case http", "GET / http/1.1\r\n" + H + "\r\n", 400, "malformed HTTP version"),
            new Bad("no version", "GET /\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("double space", "GET  / HTTP/1.1\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("trailing space", "GET / HTTP/1.1 \r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("space in target", "GET /a b HTTP/1.1\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("tab separator", "GET\t/ HTTP/1.1\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("control char in target", "GET /a\u0001 HTTP/1.1\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("bare CR in request line", "GET / HTTP/1.1\r\r\n" + H + "\r\n", 400, "malformed HTTP request"),
            new Bad("non-ASCII target", "GET /\u00e9 HTTP/1.1\r\n" + H + "\r\n", 400, "invalid request URI"),
            new Bad("relative target", "GET foo HTTP/1.1\r\n" + H + "\r\n", 400, "invalid request URI"),
            new Bad("absolute-form without host", "GET http:///x HTTP/1.1\r\n" + H + "\r\n", 400,
                    "invalid request URI"),
            new Bad("opaque target", "GET mailto:x HTTP/1.1\r\n" + H + "\r\n", 400, "invalid request URI"),
            new Bad("bad escape in target", "GET /%zz HTTP/1.1\r\n" + H + "\r\n", 400, "invalid request URI"),
            new Bad("asterisk with GET", "GET * HTTP/1.1\r\n" + H + "\r\n", 400, "invalid request URI"),
            new Bad("CONNECT without port", "CONNECT example.com HTTP/1.1\r\n" + H + "\r\n", 400,
                    "invalid request URI"),
            new Bad("CONNECT with path", "CONNECT example.com:443/x HTTP/1.1\r\n" + H + "\r\n", 400,
                    "invalid request URI"),
            // Host
            new Bad("missing Host", "GET / HTTP/1.1\r\n\r\n", 400, "missing required Host header"),
            new Bad("missing Host on CONNECT", "CONNECT a:443 HTTP/1.1\r\n\r\n", 400, "missing required Host header"),
            new Bad("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "too many Host headers"),
            new Bad("two identical Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", 400, "too many Host headers"),
            new Bad("Host with space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "malformed Host header"),
            new Bad("Host with slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "malformed Host header"),
            // size limit
            new Bad("oversized head", "GET / HTTP/1.1\r\n" + H + "X-Big: " + "x".repeat(300) + "\r\n\r\n", 431,
                    "request too large", 256),
            new Bad("endless request line", "GET /" + "a".repeat(400), 431, "request too large", 256),
            new Bad("endless empty lines", "\r\n".repeat(200) + "GET / HTTP/1.1\r\n" + H + "\r\n", 431,
                    "request too large", 256),
            new Bad("head over 1 MiB default", "GET / HTTP/1.1\r\n" + H + ("X-Big: " + "x".repeat(60_000) + "\r\n")
                    .repeat(18) + "\r\n", 431, "request too large"),
            new Bad("1001 fields", "GET / HTTP/1.1\r\n" + H + "X:\r\n".repeat(1000) + "\r\n", 431,
                    Http1Reader.TOO_MANY_FIELDS),
            new Bad("1001 distinct empty fields", "GET / HTTP/1.1\r\n" + H + fields(1000) + "\r\n", 431,
                    Http1Reader.TOO_MANY_FIELDS),
            new Bad("field of 64 KiB + 1", "GET / HTTP/1.1\r\n" + H + "X-Big: " + "x".repeat((64 << 10) - 6)
                    + "\r\n\r\n", 431, Http1Reader.FIELD_TOO_LARGE),
            new Bad("field of 1 MiB, no end", "GET / HTTP/1.1\r\n" + H + "X-Big: " + "x".repeat(1 << 20), 431,
                    Http1Reader.FIELD_TOO_LARGE),
            // chunked body
            new Bad("chunk size zz", CHUNKED + "zz\r\n", 400, "invalid byte in chunk length"),
            new Bad("chunk size empty", CHUNKED + "\r\nhello\r\n", 400, "empty hex number for chunk length"),
            new Bad("chunk size 17 digits", CHUNKED + "10000000000000000\r\n", 400, "http chunk length too large"),
            new Bad("chunk size over 2^63-1", CHUNKED + "8000000000000000\r\n", 400, "http chunk length too large"),
            new Bad("chunk size 0x5", CHUNKED + "0x5\r\nhello\r\n0\r\n\r\n", 400, "invalid byte in chunk length"),
            new Bad("chunk size -5", CHUNKED + "-5\r\n", 400, "invalid byte in chunk length"),
            new Bad("chunk size leading space", CHUNKED + " 5\r\nhello\r\n0\r\n\r\n", 400,
                    "invalid byte in chunk length"),
            new Bad("chunk size trailing space", CHUNKED + "5 \r\nhello\r\n0\r\n\r\n", 400,
                    "invalid byte in chunk length"),
            new Bad("chunk size bare LF", CHUNKED + "5\nhello\r\n0\r\n\r\n", 400, "malformed chunked encoding"),
            new Bad("no CRLF after data", CHUNKED + "5\r\nhelloX\r\n0\r\n\r\n", 400, "malformed chunked encoding"),
            new Bad("bare LF after data", CHUNKED + "5\r\nhello\n0\r\n\r\n", 400, "malformed chunked encoding"),
            new Bad("chunk extension with NUL", CHUNKED + "5;a=\u0000\r\nhello\r\n0\r\n\r\n", 400,
                    "invalid chunk extension"),
            new Bad("chunk line too long", CHUNKED + "5;" + "x".repeat(5000) + "\r\nhello\r\n0\r\n\r\n", 400,
                    "header line too long"),
            new Bad("chunk extensions over 16 KiB of non-data", CHUNKED + ("1;" + "a".repeat(4000) + "\r\nX\r\n")
                    .repeat(5) + "0\r\n\r\n", 400, ChunkedInputStream.TOO_MUCH_NON_DATA),
            new Bad("one-byte chunks one byte over the allowance", CHUNKED + ("1;" + "a".repeat(13) + "\r\nX\r\n")
                    .repeat(16385) + "0\r\n\r\n", 400, ChunkedInputStream.TOO_MUCH_NON_DATA),
            new Bad("trailer space before colon", CHUNKED + "0\r\nX-T : 1\r\n\r\n", 400, "invalid header name"),
            new Bad("trailer obs-fold", CHUNKED + "0\r\nX-T: 1\r\n 2\r\n\r\n", 400, "malformed MIME header line"),
            new Bad("trailer without colon", CHUNKED + "0\r\nX-T\r\n\r\n", 400, "malformed MIME header line"),
            new Bad("trailer NUL", CHUNKED + "0\r\nX-T: \u0000\r\n\r\n", 400, "invalid header value"),
            new Bad("trailer too long", CHUNKED + "0\r\nX-T: " + "x".repeat(5000) + "\r\n\r\n", 400,
                    "suspiciously long trailer after chunked body"),
            new Bad("Trailer announces Content-Length", POST + "Trailer: Content-Length\r\nTransfer-Encoding: chunked"
                    + "\r\n\r\n0\r\n\r\n", 400, "bad trailer key"),
            // truncation
            new Bad("EOF in head", "GET / HTTP/1.1\r\nHost: a\r\n", EOF, ""),
            new Bad("EOF in request line", "GET / HTT", EOF, ""),
            new Bad("EOF in fixed body", POST + "Content-Length: 10\r\n\r\nhello", EOF, ""),
            new Bad("EOF in chunk", CHUNKED + "a\r\nhello", EOF, ""),
            new Bad("EOF before last chunk", CHUNKED + "5\r\nhello\r\n", EOF, ""),
            new Bad("EOF in trailer", CHUNKED + "0\r\nX-T: 1\r\n", EOF, ""),
            new Bad("CR-only line ends", "GET / HTTP/1.1\rHost: a\r\r", EOF, ""));

    /** {@code n} field lines with distinct names and empty values. */
    static String fields(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("X-").append(i).append(":\r\n");
        }
        return b.toString();
    }

    @Test
    void tableIsBigEnough() {
        assertTrue(ROWS.size() >= 40, ROWS.size() + " rows");
    }

    @TestFactory
    Stream<DynamicTest> rejected() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Bad b : ROWS) {
            for (Wire.Feed f : Wire.Feed.values()) {
                tests.add(DynamicTest.dynamicTest(b.name + " [" + f + "]", () -> check(b, f, false)));
                tests.add(DynamicTest.dynamicTest(b.name + " [" + f + ", pipelined]", () -> check(b, f, true)));
            }
        }
        return tests.stream();
    }

    static void check(Bad b, Wire.Feed f, boolean pipelined) throws IOException {
        byte[] wire = Wire.bytes(pipelined ? PREFIX + b.wire : b.wire);
        Http1Reader r = new Http1Reader(Wire.feed(wire, f), b.max);
        if (pipelined) {
            Wire.Parsed first = Wire.readOne(r);
            assertEquals("/first", first.head().requestURI());
            assertArrayEquals(Wire.bytes("hello"), first.body());
        }
        IOException e = assertThrows(IOException.class, () -> {
            while (Wire.readOne(r) != null) {
                // read on until the error
            }
        }, b.name + ": accepted, want " + b.status + " " + b.reason);
        if (b.status == EOF) {
            assertInstanceOf(EOFException.class, e, b.name);
            assertEquals("unexpected EOF", e.getMessage(), b.name);
            return;
        }
        ProtocolException p = assertInstanceOf(ProtocolException.class, e, b.name + ": " + e);
        assertEquals(b.status + " " + b.reason, p.status() + " " + p.reason(), b.name + ": " + p.getMessage());
        assertTrue(p.getMessage().startsWith(p.reason()), p.getMessage());
        assertTrue(p.detail().length() <= ProtocolException.MAX_DETAIL + 3, "detail is bounded");
    }
}
