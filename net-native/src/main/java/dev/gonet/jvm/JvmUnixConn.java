package dev.gonet.jvm;

import dev.gonet.UnixAddr;
import dev.gonet.UnixConn;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * Go's {@code *net.UnixConn} for the stream network {@code unix} on the JVM: a
 * {@link StreamConn} with half-close. An unnamed end (a client that did not bind, or the peer
 * of an accepted connection) prints as {@code @}, as Go shows it on Linux.
 */
final class JvmUnixConn extends StreamConn implements UnixConn {
    private final UnixAddr laddr;
    private final UnixAddr raddr;

    JvmUnixConn(SocketChannel ch, PollDesc pd) throws IOException {
        super(ch, pd, "unix");
        this.laddr = UnixSockets.addr(ch.getLocalAddress());
        this.raddr = UnixSockets.addr(ch.getRemoteAddress());
    }

    @Override
    public UnixAddr localAddr() {
        return laddr;
    }

    @Override
    public UnixAddr remoteAddr() {
        return raddr;
    }
}
