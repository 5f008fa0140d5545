package dev.gonet.http;

import java.io.IOException;

/**
 * Go's {@code http.MaxBytesError}: a {@link MaxBytesReader} was asked for more than its limit.
 * A handler that lets it propagate gets a 413 answer (if nothing was sent yet).
 */
public final class MaxBytesException extends IOException {
    /** What {@link #limit()} returns. */
    private final long limit;

    /**
     * A body that went over {@code limit} bytes.
     *
     * @param limit the limit
     */
    public MaxBytesException(long limit) {
        super("http: request body too large");
        this.limit = limit;
    }

    /** {@return the limit that was exceeded (Go's {@code Limit})} */
    public long limit() {
        return limit;
    }
}
