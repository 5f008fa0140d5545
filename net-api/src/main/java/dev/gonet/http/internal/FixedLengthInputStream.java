package dev.gonet.http.internal;

import dev.gonet.http.HttpSentinel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body of exactly {@code length} bytes (Content-Length framing): ends after that many bytes
 * and never reads further from the source, so the next message on the connection stays
 * intact. A source that ends early fails with {@link EOFException} {@code unexpected EOF} (Go's
 * {@code io.ErrUnexpectedEOF}); every later read fails the same way.
 *
 * <p>Closing marks the body closed (reads then fail with Go's {@code http: invalid Read on
 * closed Body}) and leaves the source open and the rest of the body unread: whoever owns the
 * connection decides whether to drain it or close. Not thread-safe.
 */
public final class FixedLengthInputStream extends InputStream implements WireCounted {
    private final InputStream src;
    private final long length;
    private long remaining;
    private boolean closed;
    private IOException failed;

    public FixedLengthInputStream(InputStream src, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        this.src = src;
        this.length = length;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw HttpSentinel.BODY_READ_AFTER_CLOSE.exception();
        }
        if (failed != null) {
            throw failed;
        }
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (remaining == 0) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n = src.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            failed = Http1Reader.unexpectedEOF();
            throw failed;
        }
        remaining -= n;
        return n;
    }

    /** Bytes read from the source so far: exactly the data read, as there is no framing. */
    @Override
    public long wireBytes() {
        return length - remaining;
    }

    /** Bytes of the body not read yet. */
    public long remaining() {
        return remaining;
    }

    @Override
    public int available() throws IOException {
        return closed || failed != null ? 0 : (int) Math.min(remaining, src.available());
    }

    @Override
    public void close() {
        closed = true;
    }
}
