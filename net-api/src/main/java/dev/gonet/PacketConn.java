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

    /** Blocks until a packet arrives and copies it into {@code b[off..off+len)}. */
    Packet readFrom(byte[] b, int off, int len) throws IOException;

    /** {@code readFrom(b, 0, b.length)}. */
    default Packet readFrom(byte[] b) throws IOException {
        return readFrom(b, 0, b.length);
    }

    /** Sends {@code b[off..off+len)} as one packet to {@code addr}. */
    void writeTo(byte[] b, int off, int len, Addr addr) throws IOException;

    /** {@code writeTo(b, 0, b.length, addr)}. */
    default void writeTo(byte[] b, Addr addr) throws IOException {
        writeTo(b, 0, b.length, addr);
    }

    @Override
    void close() throws IOException;

    Addr localAddr();

    void setDeadline(Instant t) throws IOException;

    void setReadDeadline(Instant t) throws IOException;

    void setWriteDeadline(Instant t) throws IOException;
}
