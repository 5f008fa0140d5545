package dev.gonet.tls;

import dev.gonet.Conn;
import java.io.IOException;

/**
 * Go's {@code *tls.Conn}: a {@link Conn} that encrypts with TLS over another {@link Conn}.
 * Made by {@link TLS#client}, {@link TLS#server}, {@link TLS#dial} and the listeners of
 * {@link TLS#listen}.
 *
 * <p><b>Handshake.</b> Runs on the first {@code read} or {@code write}, or explicitly with
 * {@link #handshake()}; concurrent callers wait for the one handshake. A failed handshake fails
 * every later call with the same {@link TLSException}, except a timeout: a handshake that timed
 * out may be called again.
 *
 * <p><b>Deadlines</b> follow {@link Conn}: a timeout leaves the connection usable and loses no
 * data, also in the middle of a TLS record. Read deadlines are the underlying connection's;
 * write deadlines are kept by the TLS layer, which queues encrypted records for the underlying
 * connection (like a socket's send buffer), so a write that times out never leaves half a record
 * behind. One reader and one writer may run at once; writes do not interleave.
 *
 * <p><b>Closing</b> sends {@code close_notify} when the handshake completed and no write is in
 * progress (as Go), then closes the underlying connection once queued records are out, within
 * the write deadline and at most 5 s (Go's bound). {@code close()} itself does not wait for the
 * peer. Pending reads and writes fail with {@code use of closed network connection}. A peer's
 * {@code close_notify} (or a clean end of stream between records) makes reads return -1.
 */
public interface TLSConn extends Conn {

    /**
     * Runs the handshake if it has not run yet; returns at once if it completed before.
     *
     * @throws TLSException with Go's text when the handshake fails; a {@link dev.gonet.NetException}
     *                      from the underlying connection (e.g. a timeout) passes through
     */
    void handshake() throws IOException;

    /** {@return what the handshake settled; {@link ConnectionState#none()}-like before it completes} */
    ConnectionState connectionState();

    /**
     * {@return Go's {@code NetConn()}: the connection underneath} Reading or writing it corrupts the TLS
     *   stream.
     */
    Conn netConn();
}
