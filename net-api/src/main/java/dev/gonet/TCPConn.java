package dev.gonet;

import java.io.IOException;
import java.time.Duration;

/**
 * Go's {@code *net.TCPConn}: a {@link Conn} over TCP with TCP's extra controls. Everything in
 * {@link Conn}'s contract holds (concurrent use, deadlines, close unblocking pending calls).
 * Setters fail with a {@link NetException} ({@code set tcp ...}) on a closed connection.
 */
public interface TCPConn extends Conn {

    /** Shuts down the reading side; later reads return -1. Go's CloseRead. */
    void closeRead() throws IOException;

    /**
     * Shuts down the writing side, sending FIN: the peer reads EOF while this side can still read
     * its reply (half-close). Go's CloseWrite.
     */
    void closeWrite() throws IOException;

    /** TCP_NODELAY; on by default, as in Go. */
    void setNoDelay(boolean noDelay) throws IOException;

    void setKeepAlive(boolean keepAlive) throws IOException;

    /** TCP_KEEPIDLE and TCP_KEEPINTVL, as Go's SetKeepAlivePeriod sets both. */
    void setKeepAlivePeriod(Duration period) throws IOException;

    /** SO_LINGER in seconds; negative restores the default (Go's semantics). */
    void setLinger(int seconds) throws IOException;

    /** SO_RCVBUF. */
    void setReadBuffer(int bytes) throws IOException;

    /** SO_SNDBUF. */
    void setWriteBuffer(int bytes) throws IOException;

    @Override
    TCPAddr localAddr();

    @Override
    TCPAddr remoteAddr();
}
