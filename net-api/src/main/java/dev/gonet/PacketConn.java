package dev.gonet;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code net.PacketConn}: a packet-oriented connection (UDP, unixgram).
 *
 * <p>Safe for concurrent use by several threads. Each {@link #readFrom} returns one packet
 * (truncated to the buffer if longer). Deadlines and closing behave as for {@link Conn}:
 * absolute, {@code null} for none, movable while a call is blocked, a passed deadline fails the
 * pending call with a timeout and leaves the connection usable; {@link #close()} unblocks
 * pending calls with the closed error.
 */
public interface PacketConn extends Closeable {

    /**
     * The outcome of {@link #readFrom}: how many bytes were read and who sent them.
     *
     * @param n    the number of bytes placed in the buffer
     * @param addr the sender
     */
    record Packet(int n, Addr addr) {
    }

    /**
     * Blocks until a packet arrives and copies it into {@code b[off..off+len)}.
     *
     * @param b the buffer
     * @param off where in {@code b} the bytes start
     * @param len the most bytes to read
     * @return the packet: its length and the sender's address
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    Packet readFrom(byte[] b, int off, int len) throws IOException;

    /**
     * {@code readFrom(b, 0, b.length)}.
     *
     * @param b the buffer
     * @return the packet: its length and the sender's address
     * @throws IOException if the read fails: a timeout when the deadline passed, or the connection was closed
     */
    default Packet readFrom(byte[] b) throws IOException {
        return readFrom(b, 0, b.length);
    }

    /**
     * Sends {@code b[off..off+len)} as one packet to {@code addr}.
     *
     * @param b the buffer
     * @param off where in {@code b} the bytes start
     * @param len the number of bytes to send
     * @param addr the sender
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    void writeTo(byte[] b, int off, int len, Addr addr) throws IOException;

    /**
     * {@code writeTo(b, 0, b.length, addr)}.
     *
     * @param b the buffer
     * @param addr the sender
     * @throws IOException if the write fails: a timeout when the deadline passed, or the connection was
     *        closed
     */
    default void writeTo(byte[] b, Addr addr) throws IOException {
        writeTo(b, 0, b.length, addr);
    }

    @Override
    void close() throws IOException;

    /** {@return the local address} */
    Addr localAddr();

    /**
     * Sets the read and the write deadline, as {@link Conn#setDeadline(Instant)}.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setDeadline(Instant t) throws IOException;

    /**
     * Sets the deadline for pending and future reads, as {@link Conn#setReadDeadline(Instant)}.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setReadDeadline(Instant t) throws IOException;

    /**
     * Sets the deadline for pending and future writes, as {@link Conn#setWriteDeadline(Instant)}.
     *
     * @param t the time, or {@code null} for none
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setWriteDeadline(Instant t) throws IOException;
}
