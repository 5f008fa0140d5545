package dev.gonet.http;

import dev.gonet.http.internal.WireCounted;
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
 *
 * <p><b>Framing counts too.</b> Around a server's request body (or anything that counts its
 * wire bytes), the bytes read from the connection for the body may exceed the limit by at most
 * the limit again plus {@link #FRAMING_ALLOWANCE} (16 KiB): a chunked body of tiny chunks with
 * long extensions fails with the same {@link MaxBytesException} once its framing passes that,
 * where Go counts only the data and so reads up to about 19 times the limit. Ordinary chunking
 * (a few bytes per chunk of kilobytes) never comes near it; a body sent one byte per chunk
 * (6 wire bytes per data byte) gets about a third of the limit.
 */
public final class MaxBytesReader extends InputStream implements WireCounted {
    /** Framing a chunked body may add beyond twice the limit, in bytes read from the wire. */
    public static final int FRAMING_ALLOWANCE = 16 << 10;

    /** Implemented by the server's writer: Go's {@code requestTooLarger}. */
    interface TooLarge {
        void requestTooLarge();
    }

    private final ResponseWriter w;
    private final InputStream in;
    private final long limit;
    private final long wireStart;
    private final long wireLimit;
    private long left;
    private MaxBytesException err;

    /**
     * Go's {@code http.MaxBytesReader(w, r, n)}: reads {@code in} and fails after {@code n} bytes.
     *
     * @param w the response writer of the request, or null (then only the read fails)
     * @param in the stream to read
     * @param limit the limit
     */
    public MaxBytesReader(ResponseWriter w, InputStream in, long limit) {
        this.w = w;
        this.in = in;
        this.limit = Math.max(0, limit);
        this.left = this.limit;
        this.wireStart = WireCounted.of(in);
        long max = (Long.MAX_VALUE - FRAMING_ALLOWANCE) / 2;
        this.wireLimit = this.limit > max ? Long.MAX_VALUE : 2 * this.limit + FRAMING_ALLOWANCE;
    }

    /** {@return the limit (Go's {@code MaxBytesError.Limit})} */
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
        if (framingOverLimit()) {
            throw tooLarge();
        }
        // Ask for one byte more than allowed, to tell "exactly at the limit" from "over it".
        int n = in.read(b, off, (int) Math.min(len, left + 1));
        if (n <= left) {
            if (n > 0) {
                left -= n;
            }
            if (n > 0 && framingOverLimit()) {
                tooLarge();
            }
            return n;
        }
        n = (int) left;
        left = 0;
        tooLarge();
        if (n > 0) {
            return n;
        }
        throw err;
    }

    /** Whether the wire bytes read for the body since this reader was made passed the bound. */
    private boolean framingOverLimit() {
        if (wireStart < 0) {
            return false;
        }
        return WireCounted.of(in) - wireStart > wireLimit;
    }

    /** Records the failure (later reads throw it) and tells the server to close after replying. */
    private MaxBytesException tooLarge() {
        for (ResponseWriter x = w; x != null; x = x.unwrap()) {
            if (x instanceof TooLarge t) {
                t.requestTooLarge();
                break;
            }
        }
        err = new MaxBytesException(limit);
        return err;
    }

    /** The wire bytes of the body this reader wraps, when it counts them. */
    @Override
    public long wireBytes() {
        return Math.max(0, WireCounted.of(in));
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
