package dev.gonet;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code *net.TCPListener}. {@link #setDeadline} bounds {@code accept}: a passed deadline
 * fails a pending or later accept with a timeout ({@code isTimeout()}) and the listener stays open.
 */
public interface TCPListener extends Listener {

    /**
     * {@return Go's {@code AcceptTCP}: {@link #accept()} typed as a {@link TCPConn}}
     *
     * @throws IOException if the listener is closed or the accept fails
     */
    TCPConn acceptTCP() throws IOException;

    @Override
    default Conn accept() throws IOException {
        return acceptTCP();
    }

    /**
     * Go's {@code SetDeadline}: a pending or future accept fails with a timeout after {@code t}; {@code
     *   null} for none.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setDeadline(Instant t) throws IOException;

    @Override
    TCPAddr addr();
}
