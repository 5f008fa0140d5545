package dev.gonet;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code *net.UnixListener}. Closing it removes the socket file it created, unless
 * {@link #setUnlinkOnClose(boolean)} said otherwise (Go's behaviour).
 */
public interface UnixListener extends Listener {

    UnixConn acceptUnix() throws IOException;

    @Override
    default Conn accept() throws IOException {
        return acceptUnix();
    }

    void setDeadline(Instant t) throws IOException;

    /** Whether {@link #close()} removes the socket file; true by default for files it created. */
    void setUnlinkOnClose(boolean unlink);

    @Override
    UnixAddr addr();
}
