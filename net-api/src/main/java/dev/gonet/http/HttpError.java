package dev.gonet.http;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * Go's unexported {@code httpError}, and its context errors: a client-side failure with a fixed
 * text and a timeout flag, e.g. {@code net/http: timeout awaiting response headers},
 * {@code context deadline exceeded} or {@code context canceled}. The cause, when set, is the I/O
 * error that revealed it. Public so that every {@link RoundTripper} (the JVM's
 * {@link Transport}, the browser's fetch transport) fails with the same values, which the
 * {@link Client} recognises: {@link #isDeadlineExceeded}, {@link #isCanceled}.
 */
public final class HttpError extends IOException implements NetError {
    /** Go's {@code context.DeadlineExceeded} text. */
    public static final String DEADLINE_EXCEEDED = "context deadline exceeded";
    /** Go's text when the response head did not come within the transport's header timeout. */
    public static final String HEADER_TIMEOUT = "net/http: timeout awaiting response headers";

    private final boolean timeout;
    private final boolean canceled;

    HttpError(String text, boolean timeout, Throwable cause) {
        this(text, timeout, false, cause);
    }

    private HttpError(String text, boolean timeout, boolean canceled, Throwable cause) {
        super(text, cause);
        this.timeout = timeout;
        this.canceled = canceled;
    }

    HttpError(String text, boolean timeout) {
        this(text, timeout, null);
    }

    /** {@code context deadline exceeded}: the request's deadline passed. */
    public static HttpError deadlineExceeded(Throwable cause) {
        return new HttpError(DEADLINE_EXCEEDED, true, cause);
    }

    /** {@code net/http: timeout awaiting response headers}. */
    public static HttpError headerTimeout(Throwable cause) {
        return new HttpError(HEADER_TIMEOUT, true, cause);
    }

    /** The request's {@link AbortSignal} aborted; the text is its reason ({@code context canceled}). */
    public static HttpError canceled(String reason) {
        return canceled(reason, null);
    }

    /** {@link #canceled(String)}, with the I/O error the abort caused as the cause. */
    public static HttpError canceled(String reason, Throwable cause) {
        return new HttpError(reason == null ? AbortSignal.CANCELED : reason, false, true, cause);
    }

    /** Whether {@code e} is the transport's {@code context deadline exceeded}. */
    public static boolean isDeadlineExceeded(Throwable e) {
        return e instanceof HttpError h && h.timeout && DEADLINE_EXCEEDED.equals(h.getMessage());
    }

    /** Whether {@code e} is, or was caused by, an abort of the request's {@link AbortSignal}. */
    public static boolean isCanceled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpError h && h.canceled) {
                return true;
            }
        }
        return false;
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
