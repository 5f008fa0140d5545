package dev.gonet.jvm;

import dev.gonet.TCPAddr;
import dev.gonet.TCPConn;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Go's {@code *net.TCPConn} on the JVM: a {@link StreamConn} plus TCP's controls. Everything in
 * the {@link dev.gonet.Conn} contract holds (concurrent use, movable deadlines, close waking
 * blocked calls). Setters fail with {@code set tcp a->b: ...} (closed:
 * {@code use of closed network connection}; a value the kernel rejects:
 * {@code setsockopt: invalid argument}).
 */
final class JvmTCPConn extends StreamConn implements TCPConn {
    /** {@code pd}'s core has the dial's (or the listener's) network. */
    JvmTCPConn(SocketChannel ch, PollDesc pd) throws IOException {
        super(ch, pd, InetAddrs.tcp(ch.getLocalAddress()), InetAddrs.tcp(ch.getRemoteAddress()));
    }

    @Override
    public TCPAddr localAddr() {
        return (TCPAddr) core.localAddr();
    }

    @Override
    public TCPAddr remoteAddr() {
        return (TCPAddr) core.remoteAddr();
    }

    @Override
    public void setNoDelay(boolean noDelay) throws IOException {
        setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
    }

    @Override
    public void setKeepAlive(boolean keepAlive) throws IOException {
        setOption(StandardSocketOptions.SO_KEEPALIVE, keepAlive);
    }

    @Override
    public void setKeepAlivePeriod(Duration period) throws IOException {
        try {
            SocketOptions.keepAlivePeriod(ch, period);
        } catch (IOException e) {
            throw core.opError("set", e);
        }
    }

    /** Go: negative turns lingering off (the default), 0 discards unsent data and resets, n lingers n s. */
    @Override
    public void setLinger(int seconds) throws IOException {
        setOption(StandardSocketOptions.SO_LINGER, seconds < 0 ? -1 : seconds);
    }

    @Override
    public void setReadBuffer(int bytes) throws IOException {
        setOption(StandardSocketOptions.SO_RCVBUF, bytes);
    }

    @Override
    public void setWriteBuffer(int bytes) throws IOException {
        setOption(StandardSocketOptions.SO_SNDBUF, bytes);
    }
}
