package dev.gonet.http;

import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.http.internal.FixedLengthInputStream;
import dev.gonet.http.internal.WireCounted;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body a handler reads (Go's server-side {@code body} and
 * {@code expectContinueReader}): the codec's framed stream, plus what the server needs to
 * know afterwards (whether it reached EOF, failed, or was closed early) and the
 * {@code 100 Continue} sent on the first read when the client asked for it. Reads, the drain
 * after the handler included, run under the server's {@link MinDataRate} ({@link BodyRateWatch}).
 *
 * <p>Synchronized, like Go's body mutex: a handler may read it on another thread (as
 * {@link TimeoutHandler} does) while the connection thread finishes the request.
 */
final class RequestBody extends InputStream implements WireCounted {
    /**
     * Go's {@code maxPostHandlerReadBytes}: how much unread body the server drains to keep the
     * connection, counted on the wire (chunk framing included), so that chunk extensions cannot
     * make it read more.
     */
    static final int MAX_DRAIN = 256 << 10;

    private final InputStream src;
    private final ServerResponse resp;
    private final Header trailer;
    private final BodyRateWatch rate;
    private boolean expectContinue;
    private boolean sawEOF;
    private boolean closed;
    private boolean earlyClose;
    private IOException failed;

    RequestBody(InputStream src, ServerResponse resp, Header trailer, BodyRateWatch rate) {
        this.src = src;
        this.resp = resp;
        this.trailer = trailer;
        this.rate = rate;
    }

    /** The client sent {@code Expect: 100-continue}: send it before the first read. */
    synchronized void expectContinue() {
        expectContinue = true;
    }

    synchronized boolean expectsContinue() {
        return expectContinue;
    }

    synchronized boolean sawEOF() {
        return sawEOF;
    }

    /** The error a read failed with (malformed chunking, timeout, EOF), or null. */
    synchronized IOException failure() {
        return failed;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Closed by the handler with body left over (Go's {@code closedRequestBodyEarly}). */
    synchronized boolean closedEarly() {
        return earlyClose;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw HttpSentinel.BODY_READ_AFTER_CLOSE.exception();
        }
        if (expectContinue && len > 0) {
            resp.writeContinue();
        }
        return readRaw(b, off, len);
    }

    private int readRaw(byte[] b, int off, int len) throws IOException {
        if (sawEOF) {
            return -1;
        }
        if (failed != null) {
            throw failed;
        }
        try {
            int n = rate.read(src, b, off, len);
            if (n < 0) {
                sawEOF = true;
                if (src instanceof ChunkedInputStream c) {
                    for (String k : c.trailer().keys()) {
                        trailer.putRaw(k, c.trailer().values(k).toArray(new String[0]));
                    }
                }
            }
            return n;
        } catch (IOException e) {
            failed = e;
            throw e;
        }
    }

    /** What the body has taken from the connection, framing included. */
    @Override
    public synchronized long wireBytes() {
        return Math.max(0, WireCounted.of(src));
    }

    @Override
    public synchronized int available() throws IOException {
        return closed || sawEOF || failed != null ? 0 : src.available();
    }

    /**
     * Go's server-side {@code body.Close}: reads what is left, up to {@link #MAX_DRAIN}, so the
     * connection can carry another request; more than that (or a body the client has not been
     * told to send yet) marks it closed early, and the connection closes after the response.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sawEOF) {
            return;
        }
        if (expectContinue && !resp.wroteContinue()) {
            earlyClose = true;
            return;
        }
        if (drain() != Drain.EOF) {
            earlyClose = true;
        }
    }

    /** What draining the rest of a body found. */
    enum Drain {
        EOF, TOO_BIG, FAILED
    }

    /** Reads and drops what is left, up to {@link #MAX_DRAIN} bytes read from the wire. */
    synchronized Drain drain() {
        if (sawEOF) {
            return Drain.EOF;
        }
        if (failed != null) {
            return Drain.FAILED;
        }
        if (src instanceof FixedLengthInputStream f && f.remaining() > MAX_DRAIN) {
            return Drain.TOO_BIG; // don't read what would be thrown away anyway
        }
        byte[] buf = new byte[4096];
        long limit = wireBytes() + MAX_DRAIN;
        try {
            while (wireBytes() <= limit) {
                if (readRaw(buf, 0, buf.length) < 0) {
                    return Drain.EOF;
                }
            }
            return Drain.TOO_BIG;
        } catch (IOException e) {
            return Drain.FAILED;
        }
    }

    /** After the handler: later reads fail, as Go's do on a finished request's body. */
    synchronized void finish() {
        closed = true;
    }
}
