package dev.gonet.http;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * An error of one of Go's {@code net/http} kinds ({@link HttpSentinel}): {@code http: Server
 * closed}, {@code context deadline exceeded}, {@code context canceled}, ... The kind is what to
 * test for, with {@link HttpSentinel#in} (Go's {@code errors.Is}), never the text; the text is
 * Go's, sometimes with context added (the {@link Client} appends
 * {@code (Client.Timeout exceeded while awaiting headers)} to a timeout, an aborted request's
 * text is its {@link AbortSignal}'s reason). The cause, when set, is the I/O error that revealed
 * it. Public so that every {@link RoundTripper} (the JVM's {@link Transport}, the browser's fetch
 * transport) fails with the same values.
 */
public final class HttpError extends IOException implements NetError {
    /** What {@link #kind()} returns. */
    private final HttpSentinel kind;

    /**
     * An error of {@code kind} whose text is {@code message} ({@code null}: {@code kind.text()}),
     * caused by {@code cause} (may be null). {@link HttpSentinel#exception()} is the usual way to
     * make one.
     *
     * @param kind the kind
     * @param message the message
     * @param cause the cause, or {@code null}
     */
    public HttpError(HttpSentinel kind, String message, Throwable cause) {
        super(message == null ? kind.text() : message, cause);
        this.kind = kind;
    }

    /** {@return the kind, never null} */
    public HttpSentinel kind() {
        return kind;
    }

    /**
     * Whether {@code e} itself is a transport's bare {@code context deadline exceeded} (not one
     * the client already rewrote, nor one found among the causes): Go's {@code didTimeout} asks
     * exactly this of the error a round trip returned.
     */
    static boolean isBareDeadlineExceeded(Throwable e) {
        return e instanceof HttpError h && h.kind == HttpSentinel.DEADLINE_EXCEEDED
                && HttpSentinel.DEADLINE_EXCEEDED.text().equals(h.getMessage());
    }

    /**
     * Whether {@code d} has passed, at the millisecond granularity of connection deadlines (so a
     * deadline that just fired on a connection is never "not yet passed" here).
     */
    static boolean passed(java.time.Instant d) {
        return d != null && System.currentTimeMillis() >= d.toEpochMilli();
    }

    @Override
    public boolean isTimeout() {
        return kind.isTimeout();
    }
}
