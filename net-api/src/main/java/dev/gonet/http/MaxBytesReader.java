package dev.gonet.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Go's {@code http.MaxBytesReader}: a request body that fails with {@link MaxBytesException}
 * once more than {@code limit} bytes are read, and tells the server to close the connection
 * after the response (so a client cannot make it read an oversized body).
 * {@code r.setBody(new MaxBytesReader(w, r.body(), 1 << 20))}.
 *
 * <p>Where Go returns the last bytes and the error together, this returns the bytes within the
 * limit and throws on the next read. Closing closes the wrapped body. Not thread-safe.
 */
public final class MaxBytesReader extends InputStream {
    /** Implemented by the server's writer: Go's {@code requestTooLarger}. */
    interface TooLarge {
        void requestTooLarge();
    }

    private final ResponseWriter w;
    private final InputStream in;
    private final long limit;
    private long left;
    private MaxBytesException err;

    /** @param w the response writer of the request, or null (then only the read fails) */
    public MaxBytesReader(ResponseWriter w, InputStream in, long limit) {
        this.w = w;
        this.in = in;
        this.limit = Math.max(0, limit);
        this.left = this.limit;
    }

    /** The limit (Go's {@code MaxBytesError.Limit}). */
    public long limit() {
        return limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (err != null) {
            throw err;
        }
        if (len == 0) {
            return 0;
        }
        // Ask for one byte more than allowed, to tell "exactly at the limit" from "over it".
        int n = in.read(b, off, (int) Math.min(len, left + 1));
        if (n <= left) {
            if (n > 0) {
                left -= n;
            }
            return n;
        }
        n = (int) left;
        left = 0;
        for (ResponseWriter x = w; x != null; x = x.unwrap()) {
            if (x instanceof TooLarge t) {
                t.requestTooLarge();
                break;
            }
        }
        err = new MaxBytesException(limit);
        if (n > 0) {
            return n;
        }
        throw err;
    }

    @Override
    public int available() throws IOException {
        return err != null ? 0 : (int) Math.min(left, in.available());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
