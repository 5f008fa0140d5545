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

    @Override
    public boolean isTimeout() {
        return timeout;
    }
}
