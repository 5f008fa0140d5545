package dev.gonet;

import java.io.Closeable;
import java.io.IOException;

/**
 * Go's {@code net.Listener}: accepts stream connections.
 *
 * <p>Safe for use by several threads; several may block in {@link #accept()} at once.
 * {@link #close()} stops listening, frees the address, and makes pending and future
 * {@code accept} calls throw a {@link NetException} whose cause is {@link Sentinel#CLOSED}
 * ({@code accept mem api: use of closed network connection}). Connections already accepted are
 * unaffected by closing the listener.
 */
public interface Listener extends Closeable {

    /**
     * Blocks until a connection arrives and returns it; throws once the listener is closed.
     *
     * @return the connection
     * @throws IOException if the listener is closed or the accept fails
     */
    Conn accept() throws IOException;

    /** Stops listening; a second close throws the closed error, as in Go. */
    @Override
    void close() throws IOException;

    /** {@return the address listened on (with the actual port or name when one was chosen)} */
    Addr addr();
}
