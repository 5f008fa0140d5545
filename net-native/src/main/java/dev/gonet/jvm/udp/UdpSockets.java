package dev.gonet.jvm.udp;

import dev.gonet.AddrException;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.NetException;
import dev.gonet.Resolver;
import dev.gonet.Sentinel;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import dev.gonet.internal.AddrResolve;
import dev.gonet.internal.AddrResolve.IPPort;
import dev.gonet.jvm.DialHint;
import dev.gonet.jvm.InetAddrs;
import dev.gonet.jvm.SocketOptions;
import dev.gonet.jvm.SysErrors;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import java.util.List;

/**
 * Go's UDP {@code ListenPacket} and {@code Dial} on the JVM ({@code net/udpsock_posix.go},
 * {@code ipsock_posix.go}): resolve with the shared {@link AddrResolve}, pick the address family
 * as Go's {@code favoriteAddrFamily}, apply Go's defaults (SO_BROADCAST on) and the caller's
 * socket options, bind, and for a dial connect, so the socket only hears from its peer.
 *
 * <p>Families: {@code udp} on a wildcard address ({@code :0}, {@code 0.0.0.0:0}, {@code [::]:0})
 * is one dual-stack IPv6 socket ({@code [::]:port}); on an IPv4 address it is an IPv4 socket;
 * {@code udp4} is always IPv4 and {@code udp6} always IPv6. Go's {@code udp6} socket is
 * IPv6-only; the JDK exposes no IPV6_V6ONLY, so {@link JvmUDPConn} drops IPv4 datagrams and
 * refuses IPv4 destinations itself.
 */
public final class UdpSockets {
    static final InetAddress V4_LOOPBACK = inet(new byte[] {127, 0, 0, 1});
    static final InetAddress V6_LOOPBACK = inet(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    private static final InetAddress V4_ANY = inet(new byte[4]);
    private static final InetAddress V6_ANY = inet(new byte[16]);

    private UdpSockets() {
    }

    /**
     * Go's {@code ListenPacket("udp*", address)}: an unconnected {@link UDPConn}. Port 0 picks a
     * free port ({@link UDPConn#localAddr()} tells which). Failures are {@link NetException}s with
     * op {@code listen}: {@code listen udp: address 127.0.0.1: missing port in address},
     * {@code listen udp 127.0.0.1:53: bind: address already in use}.
     */
    public static UDPConn listen(Resolver resolver, ListenConfig lc, String network, String address)
            throws IOException {
        IPPort la;
        try {
            la = AddrResolve.forListen(resolver, network, address);
        } catch (IOException e) {
            throw new NetException("listen", network, null, null, e); // Go: no address yet
        }
        DatagramChannel ch = null;
        PollDesc pd = null;
        String syscall = "setsockopt";
        try {
            SocketOptions.check(lc.sockOpts());
            boolean v4 = listenFamilyIsV4(network, la);
            boolean multicast = la.ip() != null && la.ip().isMulticast();
            syscall = "socket";
            ch = DatagramChannel.open(v4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            pd = new PollDesc(ch, network);
            syscall = "setsockopt";
            defaults(ch);
            if (multicast) {
                // Go's setDefaultMulticastSockopts: several listeners may share a group's port.
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                ch.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            }
            SocketOptions.apply(ch, lc.sockOpts(), "udp");
            syscall = "bind";
            // Go's listenDatagram binds a multicast address's port on the wildcard address.
            ch.bind(multicast ? new InetSocketAddress(v4 ? V4_ANY : V6_ANY, la.port()) : bindAddress(la, v4));
            return new JvmUDPConn(ch, pd, network, v4);
        } catch (IOException e) {
            closeQuietly(pd, ch);
            throw new NetException("listen", network, null, la.udp(), SysErrors.map(syscall, e));
        }
    }

    /** Go's favoriteAddrFamily for listen: only a wildcard {@code udp} address gets dual stack. */
    private static boolean listenFamilyIsV4(String network, IPPort la) {
        char last = network.charAt(network.length() - 1);
        if (last == '4' || last == '6') {
            return last == '4';
        }
        return !la.isWildcard() && la.isIPv4();
    }

    /**
     * Go's {@code Dial("udp*", address)}: a connected {@link UDPConn}. Each resolved address is
     * tried in turn (connecting a UDP socket only fails locally); a dialer's local address is
     * bound first. Resolution errors are thrown bare for {@link Dialer#dial} to wrap
     * ({@code dial udp: missing address}); socket errors as {@code dial udp a->b: bind: ...}.
     */
    public static UDPConn dial(Resolver resolver, Dialer d, String network, String address) throws IOException {
        if (address.isEmpty()) {
            throw new AddrException("missing address", "");
        }
        SocketOptions.check(d.sockOpts());
        Instant deadline = d.effectiveDeadline(Instant.now());
        List<IPPort> ras = DialHint.filterByLocal(AddrResolve.internetAddrList(resolver, network, address),
                d.localAddr(), "udp");
        NetException first = null;
        for (IPPort ra : ras) {
            if (deadline != null && !Instant.now().isBefore(deadline)) {
                throw new NetException("dial", network, d.localAddr(), ra.udp(), Sentinel.DEADLINE_EXCEEDED.exception());
            }
            try {
                return dialSingle(d, network, ra);
            } catch (NetException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw first; // ras is never empty: internetAddrList fails instead
    }

    private static UDPConn dialSingle(Dialer d, String network, IPPort ra) throws NetException {
        DatagramChannel ch = null;
        PollDesc pd = null;
        String syscall = "socket";
        try {
            boolean v4 = dialFamilyIsV4(network, d.localAddr() instanceof UDPAddr la ? la : null, ra);
            ch = DatagramChannel.open(v4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            pd = new PollDesc(ch, network);
            syscall = "setsockopt";
            defaults(ch);
            SocketOptions.apply(ch, d.sockOpts(), "udp");
            if (d.localAddr() instanceof UDPAddr la) {
                syscall = "bind";
                ch.bind(bindAddress(new IPPort(la.ip(), la.zone(), la.port()), v4));
            }
            syscall = "connect";
            ch.connect(toSocket(ra, v4));
            return new JvmUDPConn(ch, pd, network, v4);
        } catch (IOException e) {
            closeQuietly(pd, ch);
            throw new NetException("dial", network, d.localAddr(), ra.udp(), SysErrors.map(syscall, e));
        }
    }

    /**
     * Go's favoriteAddrFamily for dial: IPv4 when neither end needs IPv6 (a nil IP counts as
     * IPv4), so {@code dial("udp", "127.0.0.1:53")} gets an AF_INET socket as in Go.
     */
    private static boolean dialFamilyIsV4(String network, UDPAddr local, IPPort ra) {
        char last = network.charAt(network.length() - 1);
        if (last == '4' || last == '6') {
            return last == '4';
        }
        boolean localV4 = local == null || local.ip() == null || local.ip().length() <= 4 || local.ip().to4() != null;
        boolean remoteV4 = ra.ip() == null || ra.ip().length() <= 4 || ra.isIPv4();
        return localV4 && remoteV4;
    }

    /**
     * The socket address of {@code a} on a socket of the given family. A nil or unspecified IP as
     * a destination means this host, which Linux reaches over loopback (Go's {@code dial udp :53}
     * reports {@code 127.0.0.1:53}); it is made explicit because the JDK would pick the host's
     * name address instead.
     */
    static InetSocketAddress toSocket(IPPort a, boolean v4) {
        if (a.isWildcard()) {
            boolean asV4 = v4 || (a.ip() != null && a.ip().to4() != null);
            return new InetSocketAddress(asV4 ? V4_LOOPBACK : V6_LOOPBACK, a.port());
        }
        return InetAddrs.toSocket(a, v4 ? V4_ANY : V6_ANY);
    }

    /** Where to bind: a nil or unspecified IP is every interface of the socket's family. */
    private static InetSocketAddress bindAddress(IPPort a, boolean v4) {
        if (a.isWildcard()) {
            return new InetSocketAddress(v4 ? V4_ANY : V6_ANY, a.port());
        }
        return InetAddrs.toSocket(a, null);
    }

    /** Go's setDefaultSockopts for datagram sockets: broadcast allowed. */
    private static void defaults(DatagramChannel ch) throws IOException {
        ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
    }

    private static void closeQuietly(PollDesc pd, DatagramChannel ch) {
        if (pd != null) {
            pd.close();
        }
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // The original failure is what the caller reports.
            }
        }
    }

    private static InetAddress inet(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new AssertionError(e); // only for a wrong length
        }
    }
}
