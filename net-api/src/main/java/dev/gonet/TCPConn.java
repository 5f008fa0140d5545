package dev.gonet;

import java.io.IOException;
import java.time.Duration;

/**
 * Go's {@code *net.TCPConn}: a {@link Conn} over TCP with TCP's extra controls. Everything in
 * {@link Conn}'s contract holds (concurrent use, deadlines, close unblocking pending calls).
 * Setters fail with a {@link NetException} ({@code set tcp ...}) on a closed connection.
 */
public interface TCPConn extends Conn {

    /**
     * Shuts down the reading side; later reads return -1. Go's CloseRead.
     *
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void closeRead() throws IOException;

    /**
     * Shuts down the writing side, sending FIN: the peer reads EOF while this side can still read
     * its reply (half-close). Go's CloseWrite.
     *
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void closeWrite() throws IOException;

    /**
     * TCP_NODELAY; on by default, as in Go.
     *
     * @param noDelay {@code true} to send at once (Nagle's algorithm off, Go's default)
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setNoDelay(boolean noDelay) throws IOException;

    /**
     * Go's {@code SetKeepAlive}: turns TCP keep-alive probes on or off.
     *
     * @param keepAlive {@code true} to send keep-alive probes
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setKeepAlive(boolean keepAlive) throws IOException;

    /**
     * TCP_KEEPIDLE and TCP_KEEPINTVL, as Go's SetKeepAlivePeriod sets both.
     *
     * @param period the keep alive period
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setKeepAlivePeriod(Duration period) throws IOException;

    /**
     * SO_LINGER in seconds; negative restores the default (Go's semantics).
     *
     * @param seconds the number of seconds
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setLinger(int seconds) throws IOException;

    /**
     * SO_RCVBUF.
     *
     * @param bytes the buffer size in bytes
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setReadBuffer(int bytes) throws IOException;

    /**
     * SO_SNDBUF.
     *
     * @param bytes the buffer size in bytes
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setWriteBuffer(int bytes) throws IOException;

    @Override
    TCPAddr localAddr();

    @Override
    TCPAddr remoteAddr();
}
