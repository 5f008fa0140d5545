package dev.gonet.http;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * Go's unexported {@code httpError}: a client-side failure with a fixed text and a timeout flag,
 * e.g. {@code net/http: timeout awaiting response headers} or {@code context deadline
 * exceeded}. The cause, when set, is the I/O error that revealed it.
 */
final class HttpError extends IOException implements NetError {
    /** Go's {@code context.DeadlineExceeded} text. */
    static final String DEADLINE_EXCEEDED = "context deadline exceeded";

    private final boolean timeout;

    HttpError(String text, boolean timeout, Throwable cause) {
        super(text, cause);
        this.timeout = timeout;
    }

    HttpError(String text, boolean timeout) {
        this(text, timeout, null);
    }

    static HttpError deadlineExceeded(Throwable cause) {
        return new HttpError(DEADLINE_EXCEEDED, true, cause);
    }

    /** Whether {@code e} is the transport's {@code context deadline exceeded}. */
    static boolean isDeadlineExceeded(Throwable e) {
        return e instanceof HttpError h && h.timeout && DEADLINE_EXCEEDED.equals(h.getMessage());
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
        return timeout;
    }
}
