package dev.gonet;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code *net.UnixListener}. Closing it removes the socket file it created, unless
 * {@link #setUnlinkOnClose(boolean)} said otherwise (Go's behaviour).
 */
public interface UnixListener extends Listener {

    /**
     * {@return Go's {@code AcceptUnix}: {@link #accept()} typed as a {@link UnixConn}}
     *
     * @throws IOException if the listener is closed or the accept fails
     */
    UnixConn acceptUnix() throws IOException;

    @Override
    default Conn accept() throws IOException {
        return acceptUnix();
    }

    /**
     * Go's {@code SetDeadline}: a pending or future accept fails with a timeout after {@code t}; {@code
     *   null} for none.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setDeadline(Instant t) throws IOException;

    /**
     * Whether {@link #close()} removes the socket file; true by default for files it created.
     *
     * @param unlink the new {@code UnlinkOnClose} value
     */
    void setUnlinkOnClose(boolean unlink);

    @Override
    UnixAddr addr();
}
