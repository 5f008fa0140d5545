package dev.gonet;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code *net.TCPListener}. {@link #setDeadline} bounds {@code accept}: a passed deadline
 * fails a pending or later accept with a timeout ({@code isTimeout()}) and the listener stays open.
 */
public interface TCPListener extends Listener {

    TCPConn acceptTCP() throws IOException;

    @Override
    default Conn accept() throws IOException {
        return acceptTCP();
    }

    void setDeadline(Instant t) throws IOException;

    @Override
    TCPAddr addr();
}
