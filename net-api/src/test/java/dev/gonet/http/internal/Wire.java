package dev.gonet.http.internal;

import dev.gonet.http.Header;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test plumbing: wire bytes, chopped input, and "read every message on this stream". Public for
 * the http tests that feed bodies one byte at a time.
 */
public final class Wire {
    private Wire() {
    }

    /** How the input arrives. */
    public enum Feed {
        WHOLE, ONE_BYTE
    }

    /** Each char is one byte (ISO-8859-1), so tests can write any byte 0-255 as one char. */
    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static InputStream feed(byte[] b, Feed f) {
        return f == Feed.WHOLE ? new ByteArrayInputStream(b) : new OneByte(b);
    }

    /** Returns at most one byte per read, like a slow network (Okio's one-byte sources). */
    static final class OneByte extends InputStream {
        private final byte[] b;
        private int pos;

        OneByte(byte[] b) {
            this.b = b;
        }

        @Override
        public int read() {
            return pos < b.length ? b[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == b.length) {
                return -1;
            }
            dst[off] = b[pos++];
            return 1;
        }
    }

    /** A request with its body read to the end, and the trailer if chunked. */
    record Parsed(RequestHead head, byte[] body, Header trailer) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Parsed readOne(Http1Reader r) throws IOException {
        RequestHead h = r.readRequest();
        if (h == null) {
            return null;
        }
        InputStream body = r.body(h);
        byte[] b = drain(body);
        Header trailer = body instanceof ChunkedInputStream c ? c.trailer() : new Header();
        return new Parsed(h, b, trailer);
    }

    /** Reads every request (heads and bodies) until the stream ends. */
    static List<Parsed> readAll(byte[] wire, Feed f, int maxHeaderBytes) throws IOException {
        Http1Reader r = new Http1Reader(feed(wire, f), maxHeaderBytes);
        List<Parsed> out = new ArrayList<>();
        for (Parsed p; (p = readOne(r)) != null;) {
            out.add(p);
        }
        return out;
    }

    /** Reads to EOF with an odd buffer size, so chunk boundaries and reads never line up. */
    static byte[] drain(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[7];
        for (int n; (n = in.read(buf, 0, buf.length)) >= 0;) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
