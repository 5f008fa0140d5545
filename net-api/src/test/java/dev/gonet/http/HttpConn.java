package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.ResponseHead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A raw HTTP/1.1 client connection for tests: writes bytes, parses responses with the codec. */
final class HttpConn implements AutoCloseable {
    final Conn conn;
    final Http1Reader reader;

    HttpConn(Conn conn) {
        this.conn = conn;
        this.reader = new Http1Reader(conn.inputStream());
    }

    /** A response: head, body read to its end, trailer. */
    record Resp(ResponseHead head, byte[] body, Header trailer) {
        int status() {
            return head.statusCode();
        }

        Header header() {
            return head.header();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String get(String key) {
            return head.header().get(key);
        }

        @Override
        public String toString() {
            return head.proto() + " " + head.status() + " " + head.header() + " framing=" + head.framing()
                    + " body=" + text();
        }
    }

    /** Each char is one byte (ISO-8859-1). */
    void send(String wire) throws IOException {
        conn.write(wire.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] b) throws IOException {
        conn.write(b);
    }

    /** Reads the next response head, interim (1xx) ones included, within 10 s. */
    ResponseHead head(String method) throws IOException {
        conn.setReadDeadline(Instant.now().plusSeconds(10));
        return reader.readResponse(method);
    }

    /** Reads the next final response (interim ones are skipped) with its body, within 10 s. */
    Resp read(String method) throws IOException {
        ResponseHead h;
        do {
            h = head(method);
        } while (h.isInterim());
        return body(h);
    }

    Resp body(ResponseHead h) throws IOException {
        InputStream in = reader.body(h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        Header trailer = in instanceof ChunkedInputStream c ? c.trailer() : new Header();
        return new Resp(h, out.toByteArray(), trailer);
    }

    /** Whether the server closes within {@code d}: reads drop bytes until EOF or a timeout. */
    boolean closedWithin(Duration d) throws IOException {
        conn.setReadDeadline(Instant.now().plus(d));
        InputStream in = reader.source();
        byte[] buf = new byte[512];
        try {
            int n = in.read(buf, 0, buf.length);
            if (n >= 0) {
                fail("unexpected bytes after the response: " + new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            return true;
        } catch (IOException e) {
            if (e instanceof NetError ne && ne.isTimeout()) {
                return false;
            }
            return true; // reset or broken: closed too
        }
    }

    /** Asserts the server closed the connection (EOF within 5 s). */
    void assertClosed() throws IOException {
        assertEquals(true, closedWithin(Duration.ofSeconds(5)), "server did not close the connection");
    }

    /** Asserts the connection stays open for a moment (keep-alive). */
    void assertOpen() throws IOException {
        assertEquals(false, closedWithin(Duration.ofMillis(50)), "server closed the connection");
    }

    @Override
    public void close() throws IOException {
        conn.close();
    }
}
