package dev.gonet;

import java.io.IOException;

/** Go's {@code *net.UnixConn} for the stream network {@code unix}: a {@link Conn} with half-close. */
public interface UnixConn extends Conn {

    /**
     * Shuts down the reading side.
     *
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void closeRead() throws IOException;

    /**
     * Shuts down the writing side; the peer reads EOF, this side can still read.
     *
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void closeWrite() throws IOException;

    @Override
    UnixAddr localAddr();

    @Override
    UnixAddr remoteAddr();
}
