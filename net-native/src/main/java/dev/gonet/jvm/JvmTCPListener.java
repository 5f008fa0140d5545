package dev.gonet.jvm;

import dev.gonet.ListenConfig;
import dev.gonet.NetException;
import dev.gonet.TCPAddr;
import dev.gonet.TCPConn;
import dev.gonet.TCPListener;
import dev.gonet.internal.AddrResolve;
import dev.gonet.internal.AddrResolve.IPPort;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Go's {@code *net.TCPListener} on the JVM. Accepted connections get Go's defaults: TCP_NODELAY
 * on and keep-alive from the {@link ListenConfig} (15 s unless set; negative leaves it off).
 *
 * <p>Address family as Go's {@code favoriteAddrFamily}: {@code tcp} on a wildcard address
 * ({@code :80}, {@code 0.0.0.0:80}, {@code [::]:80}) is one dual-stack IPv6 socket that also
 * accepts IPv4 (its address prints {@code [::]:80}); {@code tcp4} binds IPv4 only. One
 * difference: Go's {@code tcp6} wildcard socket is IPv6-only, but the JDK exposes no
 * IPV6_V6ONLY, so on the JVM it also accepts IPv4 clients.
 */
final class JvmTCPListener extends StreamListener implements TCPListener {
    private final TCPAddr laddr;
    private final Duration keepAlive;

    private JvmTCPListener(ServerSocketChannel ch, PollDesc pd, String net, Duration keepAlive) throws IOException {
        super(ch, pd, net);
        this.laddr = InetAddrs.tcp(ch.getLocalAddress());
        this.keepAlive = keepAlive;
    }

    static JvmTCPListener listen(JvmPlatform p, ListenConfig lc, String network, String address)
            throws IOException {
        IPPort la;
        try {
            la = AddrResolve.forListen(p.resolver(), network, address);
        } catch (IOException e) {
            throw new NetException("listen", network, null, null, e); // Go: no address yet
        }
        ServerSocketChannel ch = null;
        PollDesc pd = null;
        String syscall = "setsockopt";
        try {
            SocketOptions.check(lc.sockOpts());
            ProtocolFamily family = family(network, la);
            syscall = "socket";
            ch = family == null ? ServerSocketChannel.open() : ServerSocketChannel.open(family);
            pd = new PollDesc(ch, network);
            syscall = "setsockopt";
            SocketOptions.apply(ch, lc.sockOpts(), "tcp");
            syscall = "bind";
            ch.bind(bindAddress(la, family), Backlog.of(lc.backlog()));
            return new JvmTCPListener(ch, pd, network, lc.keepAlive());
        } catch (IOException e) {
            Sockets.closeQuietly(pd, ch);
            throw new NetException("listen", network, null, la.tcp(), SysErrors.map(syscall, e));
        }
    }

    /** Go's favoriteAddrFamily for listen; {@code null} = the JDK default (dual-stack IPv6). */
    private static ProtocolFamily family(String network, IPPort la) {
        char last = network.charAt(network.length() - 1);
        if (last == '4') {
            return StandardProtocolFamily.INET;
        }
        if (last == '6') {
            return StandardProtocolFamily.INET6;
        }
        if (la.isWildcard()) {
            return null;
        }
        return la.isIPv4() ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    private static InetSocketAddress bindAddress(IPPort la, ProtocolFamily family) throws UnknownHostException {
        if (la.isWildcard()) {
            if (family == StandardProtocolFamily.INET) {
                return new InetSocketAddress(InetAddress.getByAddress(new byte[4]), la.port());
            }
            // "::" on a dual-stack socket also takes IPv4, as Go's wildcard listener does.
            return new InetSocketAddress(InetAddress.getByAddress(new byte[16]), la.port());
        }
        // AddrResolve already dropped addresses of the other family for tcp4/tcp6.
        return InetAddrs.toSocket(la, null);
    }

    @Override
    public TCPConn acceptTCP() throws IOException {
        SocketChannel c = acceptChannel();
        PollDesc cpd = null;
        try {
            cpd = new PollDesc(c, net);
            SocketOptions.tcpDefaults(c, keepAlive);
            return new JvmTCPConn(c, cpd);
        } catch (IOException e) {
            Sockets.closeQuietly(cpd, c);
            throw opError("accept", SysErrors.map("setsockopt", e));
        }
    }

    @Override
    public TCPAddr addr() {
        return laddr;
    }
}
