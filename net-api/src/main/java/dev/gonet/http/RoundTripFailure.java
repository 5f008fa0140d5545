package dev.gonet.http;

import java.io.IOException;

/**
 * A request that failed before any response byte arrived, marked the way Go's transport marks
 * it ({@code nothingWrittenError}, {@code transportReadFromServerError}) so that
 * {@link Transport} can decide on a retry. Never seen by callers: the transport throws
 * {@link #getCause()} instead, as Go returns the underlying error.
 */
final class RoundTripFailure extends IOException {
    /** Not a byte of the request reached the connection. */
    static final int NOTHING_WRITTEN = 1;
    /** The request went out but the first read from the server failed (EOF, reset). */
    static final int READ_FROM_SERVER = 2;

    final int kind;

    RoundTripFailure(int kind, IOException cause) {
        super(cause.getMessage(), cause);
        this.kind = kind;
    }

    IOException unwrap() {
        return (IOException) getCause();
    }
}
