package dev.gonet;

import java.io.IOException;

/**
 * Go's {@code *net.UDPConn}: both a {@link PacketConn} ({@code readFrom}/{@code writeTo} on an
 * unconnected socket from {@code listenPacket}) and a {@link Conn} ({@code read}/{@code write} on
 * a connected one from {@code dial}). Each read returns one datagram; a datagram longer than the
 * buffer is truncated to it, the rest is discarded (as in Go on Linux): the read returns the
 * buffer's length without error and the next read gets the next datagram. An empty datagram reads
 * as 0, never -1 (UDP has no end of stream). {@code read} with an empty buffer returns 0 at once
 * and consumes nothing; {@code readFrom} with one takes a datagram and names its sender. A
 * {@code write} sends one datagram. {@code writeTo} on a connected socket
 * ({@code use of WriteTo with pre-connected connection}) and {@code write} on an unconnected one
 * ({@code write: destination address required}) fail as in Go; a connected socket only receives
 * from its peer and reports an ICMP port unreachable as {@code connection refused} on its next
 * call. On the JVM an empty {@code write} on a connected socket fails as unsupported (the JDK
 * cannot send it); {@code writeTo} sends empty datagrams.
 *
 * <p>Errors name op, network and addresses as Go's: {@code read udp 127.0.0.1:5000: i/o timeout}
 * for an unconnected socket, {@code read udp 127.0.0.1:5000->127.0.0.1:53: read: connection
 * refused} for a connected one, {@code write udp 127.0.0.1:5000->127.0.0.1:53: sendto: message
 * too long} for {@code writeTo}.
 */
public interface UDPConn extends Conn, PacketConn {

    @Override
    UDPAddr localAddr();

    /** The connected peer, or {@code null} for an unconnected socket. */
    @Override
    UDPAddr remoteAddr();

    @Override
    void close() throws IOException;

    /**
     * SO_RCVBUF; a negative size asks for the system minimum, as on Linux.
     *
     * @param bytes the buffer size in bytes
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setReadBuffer(int bytes) throws IOException;

    /**
     * SO_SNDBUF; a negative size asks for the system minimum.
     *
     * @param bytes the buffer size in bytes
     * @throws IOException if the connection is closed or the option cannot be set
     */
    void setWriteBuffer(int bytes) throws IOException;
}
