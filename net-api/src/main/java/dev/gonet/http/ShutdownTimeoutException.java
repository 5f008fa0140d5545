package dev.gonet.http;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * {@link Server#shutdown} gave up waiting for active connections (Go returns
 * {@code ctx.Err()}, {@code context deadline exceeded}). The server stays shut down: it accepts
 * nothing, the connections still active keep running until their handlers return; call
 * {@link Server#close()} to cut them. {@link #isTimeout()} is true, and so is
 * {@code HttpSentinel.DEADLINE_EXCEEDED.in(e)}: the cause is Go's {@code context.DeadlineExceeded}.
 */
public final class ShutdownTimeoutException extends IOException implements NetError {
    /** What {@link #active()} returns. */
    private final int active;

    /**
     * A shutdown that ran out of time with {@code active} connections left.
     *
     * @param active the active
     */
    public ShutdownTimeoutException(int active) {
        super(HttpSentinel.DEADLINE_EXCEEDED.text(), HttpSentinel.DEADLINE_EXCEEDED.exception());
        this.active = active;
    }

    /**
     * Connections still active when the time ran out.
     *
     * @return the number of connections
     */
    public int active() {
        return active;
    }

    @Override
    public boolean isTimeout() {
        return true;
    }
}
