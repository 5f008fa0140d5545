package dev.gonet;

import java.io.IOException;

/**
 * Go's {@code *net.UDPConn}: both a {@link PacketConn} ({@code readFrom}/{@code writeTo} on an
 * unconnected socket from {@code listenPacket}) and a {@link Conn} ({@code read}/{@code write} on
 * a connected one from {@code dial}). Each read returns one datagram; a datagram longer than the
 * buffer is truncated to it, the rest is discarded (as in Go on Linux). A {@code write} sends one
 * datagram. {@code writeTo} on a connected socket and {@code write} on an unconnected one fail as
 * in Go.
 */
public interface UDPConn extends Conn, PacketConn {

    @Override
    UDPAddr localAddr();

    /** The connected peer, or {@code null} for an unconnected socket. */
    @Override
    UDPAddr remoteAddr();

    @Override
    void close() throws IOException;

    void setReadBuffer(int bytes) throws IOException;

    void setWriteBuffer(int bytes) throws IOException;
}
