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
    JvmUnixConn(SocketChannel ch, PollDesc pd) throws IOException {
        super(ch, pd, UnixSockets.addr(ch.getLocalAddress()), UnixSockets.addr(ch.getRemoteAddress()));
    }

    @Override
    public UnixAddr localAddr() {
        return (UnixAddr) core.localAddr();
    }

    @Override
    public UnixAddr remoteAddr() {
        return (UnixAddr) core.remoteAddr();
    }
}
