package dev.gonet;

import java.io.IOException;

/**
 * A Go error value of a known {@link Sentinel} kind. Usually found as the cause of a
 * {@link NetException}; {@link Pipe} throws it bare for {@code io: read/write on closed pipe},
 * exactly as Go's pipe returns {@code io.ErrClosedPipe} unwrapped.
 */
public final class SentinelException extends IOException implements NetError {
    private final Sentinel kind;

    /** An error of {@code kind} whose text is {@code message} (normally {@code kind.text()}). */
    public SentinelException(Sentinel kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Go's {@code UnknownNetworkError}: {@code unknown network foo}. */
    public static SentinelException unknownNetwork(String network) {
        return new SentinelException(Sentinel.UNKNOWN_NETWORK, "unknown network " + network);
    }

    /** The kind, never null. */
    public Sentinel kind() {
        return kind;
    }

    @Override
    public boolean isTimeout() {
        return kind.isTimeout();
    }
}
