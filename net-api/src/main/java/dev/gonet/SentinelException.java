package dev.gonet;

import java.io.IOException;

/**
 * A Go error value of a known {@link Sentinel} kind. Usually found as the cause of a
 * {@link NetException}; {@link Pipe} throws it bare for {@code io: read/write on closed pipe},
 * exactly as Go's pipe returns {@code io.ErrClosedPipe} unwrapped.
 */
public final class SentinelException extends IOException implements NetError {
    /** What {@link #kind()} returns. */
    private final Sentinel kind;

    /**
     * An error of {@code kind} whose text is {@code message} (normally {@code kind.text()}).
     *
     * @param kind the sentinel this error is
     * @param message the error text
     */
    public SentinelException(Sentinel kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * {@return Go's {@code UnknownNetworkError}: {@code unknown network foo}}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     */
    public static SentinelException unknownNetwork(String network) {
        return new SentinelException(Sentinel.UNKNOWN_NETWORK, "unknown network " + network);
    }

    /** {@return the kind, never null} */
    public Sentinel kind() {
        return kind;
    }

    @Override
    public boolean isTimeout() {
        return kind.isTimeout();
    }
}
