package dev.gonet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Go's {@code net.Conn}: a generic stream-oriented network connection.
 *
 * <p><b>Threads.</b> Every method may be called from several threads at once. One reader and
 * one writer may run concurrently; concurrent writes do not interleave their bytes.
 *
 * <p><b>Reading and writing.</b> {@link #read(byte[], int, int)} blocks until at least one
 * byte is available and returns how many it read, or {@code -1} at end of stream (the peer
 * closed). {@link #write(byte[], int, int)} writes all bytes or throws.
 *
 * <p><b>Deadlines.</b> {@link #setReadDeadline}, {@link #setWriteDeadline} and
 * {@link #setDeadline} (both) take an absolute {@link Instant}; {@code null} means no deadline.
 * A deadline applies to pending and future calls and may be moved while a call is blocked;
 * the blocked call then follows the new deadline. A deadline in the past (or now) makes calls
 * fail at once, empty reads and writes included. When a deadline passes, the pending call throws an exception whose
 * {@link NetError#isTimeout()} is true (text ending {@code i/o timeout}); the connection stays
 * usable and no data is lost: set a new deadline and call again.
 *
 * <p><b>Closing.</b> {@link #close()} makes pending and future reads and writes on this end
 * throw the closed-connection error ({@code use of closed network connection}, or
 * {@code io: read/write on closed pipe} for a {@link Pipe}); {@link NetError#isTimeout()} is
 * false for it. The deadline setters fail with it too ({@code set tcp 127.0.0.1:5000: use of
 * closed network connection}). {@code close()} returns at once even while a write is blocked
 * (that write fails); the close drops nothing of the writes that returned (a WebSocket or TLS
 * conn sends them within its close timeout). Like Go, closing twice may report that error again (network connections do,
 * pipes do not); the connection is closed either way.
 *
 * <p><b>Errors.</b> Failures are {@link java.io.IOException}s implementing {@link NetError};
 * network connections throw {@link NetException} naming op, network and both addresses.
 */
public interface Conn extends Closeable {

    /**
     * Reads up to {@code len} bytes into {@code b[off..]}; blocks until at least one byte is
     * available, the peer closed ({@code -1}), this end closed, or the read deadline passed.
     * Returns 0 only when {@code len} is 0.
     *
     * @param b the buffer
     * @param off where in {@code b} the bytes start
     * @param len the most bytes to read
     * @return the number of bytes read, at least 1, or -1 at end of stream
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    int read(byte[] b, int off, int len) throws IOException;

    /**
     * {@code read(b, 0, b.length)}.
     *
     * @param b the buffer
     * @return the number of bytes read, at least 1, or -1 at end of stream
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    default int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /**
     * Writes all {@code len} bytes of {@code b[off..]}, blocking while the transport cannot
     * take more; throws if this end or the peer closed, or the write deadline passed (some
     * bytes may then have been delivered already, as in Go).
     *
     * @param b the buffer
     * @param off where in {@code b} the bytes start
     * @param len the number of bytes to write
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    void write(byte[] b, int off, int len) throws IOException;

    /**
     * {@code write(b, 0, b.length)}.
     *
     * @param b the buffer
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    default void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Closes this end and unblocks its pending calls with the closed-connection error. */
    @Override
    void close() throws IOException;

    /** {@return this end's address} */
    Addr localAddr();

    /** {@return the peer's address} */
    Addr remoteAddr();

    /**
     * Sets both the read and the write deadline; {@code null} clears them.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed
     */
    void setDeadline(Instant t) throws IOException;

    /**
     * Sets the deadline for pending and future reads; {@code null} clears it.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed
     */
    void setReadDeadline(Instant t) throws IOException;

    /**
     * Sets the deadline for pending and future writes; {@code null} clears it.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed
     */
    void setWriteDeadline(Instant t) throws IOException;

    /**
     * {@return a stream view of the reading side: {@code read} follows {@link #read(byte[], int, int)}
     *   (including deadlines and their timeout exceptions); closing the stream closes the connection, like
     *   {@code Socket.getInputStream()}}
     */
    default InputStream inputStream() {
        return new ConnStreams.In(this);
    }

    /** {@return a stream view of the writing side; closing the stream closes the connection} */
    default OutputStream outputStream() {
        return new ConnStreams.Out(this);
    }
}
