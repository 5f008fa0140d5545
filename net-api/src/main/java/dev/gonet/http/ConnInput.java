package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.internal.IdleReadable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The server's view of a connection's reading side, under its {@link Http1Reader}: reads go
 * straight to the connection, except that {@link #awaitData()} (the keep-alive idle wait) can
 * read ahead into a small buffer, which later reads return first. Counts bytes so the server
 * knows when a request has started arriving (the ACTIVE state). One reader thread at a time.
 */
final class ConnInput extends InputStream {
    private final Conn conn;
    private byte[] ahead;
    private int pos;
    private int lim;
    private long count;

    ConnInput(Conn conn) {
        this.conn = conn;
    }

    /** Bytes read from the connection so far. */
    long count() {
        return count;
    }

    /** Bytes read ahead by {@link #awaitData()} and not consumed yet. */
    int pending() {
        return lim - pos;
    }

    /**
     * Blocks until the client sends something (true) or the stream ends, the read deadline
     * passes or the connection is closed (false): Go's {@code bufr.Peek(4)} after a response.
     */
    boolean awaitData() {
        if (lim > pos) {
            return true;
        }
        if (ahead == null) {
            ahead = new byte[4096];
        }
        try {
            int n;
            do {
                n = conn.read(ahead, 0, ahead.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            pos = 0;
            lim = n;
            count += n;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link IdleReadable#awaitRead}, counting what the conn read for us. */
    int awaitRead(IdleReadable idle, Supplier<byte[]> buffer) throws IOException {
        int n = idle.awaitRead(buffer);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** One read of what has arrived, never waiting (see {@link IdleReadable}); counted. */
    int readNow(IdleReadable idle, byte[] b) throws IOException {
        int n = idle.readNow(b, 0, b.length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** Takes the read-ahead bytes (for a hijack). */
    byte[] takePending() {
        byte[] b = new byte[lim - pos];
        if (b.length > 0) {
            System.arraycopy(ahead, pos, b, 0, b.length);
        }
        pos = lim = 0;
        return b;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos < lim) {
            int n = Math.min(len, lim - pos);
            System.arraycopy(ahead, pos, b, off, n);
            pos += n;
            return n;
        }
        int n = conn.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public int available() {
        return lim - pos;
    }
}
