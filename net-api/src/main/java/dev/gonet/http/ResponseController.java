package dev.gonet.http;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code http.ResponseController}: the optional features of a {@link ResponseWriter}
 * (flushing, hijacking, per-request deadlines), found on the writer or on what it wraps
 * ({@link ResponseWriter#unwrap()}), so they work through middleware.
 *
 * <p>A feature the writer chain lacks throws {@link UnsupportedOperationException} with Go's
 * text {@code feature not supported}, caused by Go's {@code ErrNotSupported}, so that
 * {@code HttpSentinel.NOT_SUPPORTED.in(e)} holds. Use the controller only on the handler's
 * thread, while the handler runs.
 */
public final class ResponseController {
    private final ResponseWriter w;

    /**
     * Go's {@code NewResponseController}: a controller for {@code w} and the writers it wraps.
     *
     * @param w the response writer
     */
    public ResponseController(ResponseWriter w) {
        this.w = w;
    }

    /**
     * Sends the header and the body written so far to the client ({@link Flusher}).
     *
     * @throws IOException if the write fails, or the writer cannot flush
     */
    public void flush() throws IOException {
        for (ResponseWriter x = w; x != null; x = x.unwrap()) {
            if (x instanceof Flusher f) {
                f.flush();
                return;
            }
        }
        throw notSupported();
    }

    /**
     * Takes the connection over ({@link Hijacker}). A status already set with
     * {@link ResponseWriter#writeHeader} and body already written are sent first, as in Go.
     * Fails with {@code http: connection has been hijacked} the second time.
     *
     * @return the connection and the bytes already buffered
     * @throws IOException if the connection was hijacked already or the response has started
     */
    public Hijacked hijack() throws IOException {
        for (ResponseWriter x = w; x != null; x = x.unwrap()) {
            if (x instanceof Hijacker h) {
                return h.hijack();
            }
        }
        throw notSupported();
    }

    /**
     * Moves the connection's read deadline (for reading the request body), overriding the
     * server's read timeout for this request; {@code null} clears it. The server sets its own
     * deadlines again for the next request.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the writer cannot set deadlines
     */
    public void setReadDeadline(Instant t) throws IOException {
        deadlines().setReadDeadline(t);
    }

    /**
     * Moves the connection's write deadline, overriding the server's write timeout for this
     * response (e.g. for a long download or a stream of events); {@code null} clears it.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the writer cannot set deadlines
     */
    public void setWriteDeadline(Instant t) throws IOException {
        deadlines().setWriteDeadline(t);
    }

    /**
     * Sets the slowest the client may send this request's body ({@link MinDataRate}), instead of
     * the server's ({@link Server#withMinRequestBodyDataRate}); null turns the check off for this
     * request, e.g. for a long upload that may legitimately stall. Time and bytes counted so far
     * are kept.
     *
     * @param r the rate
     */
    public void setMinRequestBodyDataRate(MinDataRate r) {
        deadlines().setMinRequestBodyDataRate(r);
    }

    private Deadlines deadlines() {
        for (ResponseWriter x = w; x != null; x = x.unwrap()) {
            if (x instanceof Deadlines d) {
                return d;
            }
        }
        throw notSupported();
    }

    /** Go's {@code ErrNotSupported}, in the unchecked type this API has always thrown. */
    private static UnsupportedOperationException notSupported() {
        return new UnsupportedOperationException(HttpSentinel.NOT_SUPPORTED.text(),
                HttpSentinel.NOT_SUPPORTED.exception());
    }

    /** What the server's own writer offers for deadlines (Go finds these methods by name). */
    interface Deadlines {
        void setReadDeadline(Instant t) throws IOException;

        void setWriteDeadline(Instant t) throws IOException;

        void setMinRequestBodyDataRate(MinDataRate r);
    }
}
