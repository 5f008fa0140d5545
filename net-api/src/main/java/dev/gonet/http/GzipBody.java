package dev.gonet.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Go's {@code gzipReader}: decompresses a response body the transport asked gzip for, starting
 * at the first read (so a caller that only looks at the head pays nothing). When the gzip data
 * ends, the rest of the body is read to its end, so the connection goes back to the pool.
 *
 * <p>{@code java.util.zip.GZIPInputStream} is in TeaVM's class library too (over a pure-Java
 * zlib), so this runs unchanged in the browser. Its errors are given Go's texts: {@code gzip:
 * invalid header}, {@code gzip: invalid checksum}, {@code flate: corrupt input},
 * {@code unexpected EOF}; errors of the connection underneath pass through unchanged. An empty
 * body is an empty result, as in Go.
 */
final class GzipBody extends InputStream {
    private final ResponseBody body;
    private InputStream gz;
    private boolean closed;
    private boolean done;
    private IOException err;

    GzipBody(ResponseBody body) {
        this.body = body;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
        }
        if (err != null) {
            throw err;
        }
        if (done) {
            return -1;
        }
        try {
            if (gz == null) {
                int first = body.read();
                if (first < 0) {
                    done = true;
                    return -1;
                }
                gz = new GZIPInputStream(new PrefixedInputStream(first, body));
            }
            int n = gz.read(b, off, len);
            if (n < 0) {
                byte[] rest = new byte[512];
                while (body.read(rest, 0, rest.length) >= 0) {
                    // trailing bytes after the gzip data are ignored; reading them frees the connection
                }
                done = true;
            }
            return n;
        } catch (IOException e) {
            throw err = map(e);
        }
    }

    private IOException map(IOException e) {
        if (e == body.lastError()) {
            return e;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        IOException out;
        if (e instanceof ZipException) {
            if (m.contains("GZIP format") || m.contains("compression method") || m.contains("header")) {
                out = new IOException("gzip: invalid header", e);
            } else if (m.contains("trailer") || m.contains("CRC") || m.contains("checksum")) {
                out = new IOException("gzip: invalid checksum", e);
            } else {
                out = new IOException("flate: corrupt input", e);
            }
        } else if (e instanceof EOFException) {
            out = new EOFException("unexpected EOF");
            out.initCause(e);
        } else {
            return e;
        }
        body.close();
        return out;
    }

    @Override
    public void close() {
        closed = true;
        body.close();
    }
}
