package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.http.internal.FixedLengthInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Enforces a {@link MinDataRate} on one request body: each body read runs under a read deadline
 * at the moment the rate would be missed if nothing more came, and the connection's own read
 * deadline (the server's read timeout, or what the handler set) is put back afterwards. Only
 * time spent inside reads is counted, and only data bytes are credited, so neither a handler that
 * is slow between reads nor framing a client trickles counts for the client. Deadlines are what
 * wake a blocked read on every platform, so this needs no timer thread.
 *
 * <p>Used under {@link RequestBody}'s lock; {@link #setReadDeadline} may come from the handler.
 */
final class BodyRateWatch {
    private final Conn conn;
    private MinDataRate rate;
    private Instant readDeadline;
    private long waitedMillis;
    private long bytes;

    /**
     * @param rate         the rate, or null for none
     * @param readDeadline the connection's read deadline for the request (the read timeout), or null
     */
    BodyRateWatch(Conn conn, MinDataRate rate, Instant readDeadline) {
        this.conn = conn;
        this.rate = rate;
        this.readDeadline = readDeadline;
    }

    synchronized void setRate(MinDataRate r) {
        rate = r;
    }

    /** The handler's (or server's) read deadline: set now, and restored after each body read. */
    synchronized void setReadDeadline(Instant t) throws IOException {
        readDeadline = t;
        conn.setReadDeadline(t);
    }

    /** {@code src.read(b, off, len)} under the rate. */
    int read(InputStream src, byte[] b, int off, int len) throws IOException {
        MinDataRate r;
        Instant own;
        synchronized (this) {
            r = rate;
            own = readDeadline;
        }
        if (r == null || len == 0 || src.available() > 0
                || (src instanceof FixedLengthInputStream f && f.remaining() == 0)) {
            // Off, or a read that cannot wait (data buffered, or the end): no deadline to move.
            int n = src.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
        long start = System.currentTimeMillis();
        long left = r.allowedMillis(bytes) - waitedMillis;
        Instant rateDeadline = Instant.ofEpochMilli(start + Math.max(1, left));
        boolean ours = own == null || rateDeadline.isBefore(own);
        if (ours) {
            conn.setReadDeadline(rateDeadline);
        }
        try {
            int n = src.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        } catch (IOException e) {
            if (ours && e instanceof NetError ne && ne.isTimeout()) {
                throw new MinDataRateException(r, bytes, waitedMillis + System.currentTimeMillis() - start, e);
            }
            throw e;
        } finally {
            waitedMillis += System.currentTimeMillis() - start;
            if (ours) {
                restore();
            }
        }
    }

    private void restore() {
        Instant own;
        synchronized (this) {
            own = readDeadline;
        }
        try {
            conn.setReadDeadline(own);
        } catch (IOException e) {
            // the connection is closed: nothing left to read with the deadline
        }
    }
}
