package dev.gonet.jvm;

import dev.gonet.AddrException;
import dev.gonet.Dialer;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPAddr;
import dev.gonet.internal.AddrResolve;
import dev.gonet.internal.AddrResolve.IPPort;
import dev.gonet.internal.Deadline;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Go's TCP dialing ({@code net/dial.go}): resolve, filter by the local address, then
 * {@code dialParallel} (Happy Eyeballs, RFC 6555) over {@code dialSerial} over
 * {@code dialSingle}.
 *
 * <p>Happy Eyeballs applies to {@code tcp} when the fallback delay is not negative and the
 * name has addresses of both families: the first address's family (primaries) is dialed at
 * once, the other (fallbacks) after the fallback delay (300 ms by default) unless the primaries
 * connected by then, or at once when they failed first. The first connection wins and the other
 * racer is cancelled (its connect is woken by closing its poll descriptor) or, if it connected
 * too, closed. If both fail the primaries' error is reported.
 *
 * <p>Within one family addresses are tried in order; each gets an equal share of the time left
 * before the dial deadline, at least 2 s (Go's {@code partialDeadline}); the first error is
 * reported.
 */
final class TcpDial {
    static final Duration DEFAULT_FALLBACK_DELAY = Duration.ofMillis(300);
    private static final long SANE_MINIMUM_MILLIS = 2_000;

    private TcpDial() {
    }

    static JvmTCPConn dial(JvmPlatform p, Dialer d, String network, String address) throws IOException {
        if (address.isEmpty()) {
            throw new AddrException("missing address", ""); // Go: "dial tcp: missing address"
        }
        Instant deadline = d.effectiveDeadline(Instant.now());
        SocketOptions.check(d.sockOpts());
        // Errors here are resolution errors: Dialer.dial wraps them as "dial tcp: <err>".
        List<IPPort> addrs = DialHint.filterByLocal(AddrResolve.internetAddrList(p.resolver(), network, address),
                d.localAddr(), "tcp");
        List<IPPort> primaries = addrs;
        List<IPPort> fallbacks = List.of();
        if (!d.fallbackDelay().isNegative() && network.equals("tcp")) {
            List<List<IPPort>> parts = AddrResolve.partition(addrs);
            primaries = parts.get(0);
            fallbacks = parts.get(1);
        }
        if (fallbacks.isEmpty()) {
            return dialSerial(d, network, primaries, deadline, new Racer(true));
        }
        Duration delay = d.fallbackDelay().isZero() ? DEFAULT_FALLBACK_DELAY : d.fallbackDelay();
        return new HappyEyeballs(p, d, network, deadline).race(primaries, fallbacks, delay);
    }

    /** A racer's cancellation: closing its in-flight poll descriptor wakes its connect. */
    static final class Racer {
        final boolean primary;
        private PollDesc inFlight; // guarded by this
        private boolean cancelled; // guarded by this

        Racer(boolean primary) {
            this.primary = primary;
        }

        synchronized boolean track(PollDesc pd) {
            inFlight = pd;
            return !cancelled;
        }

        /** Connected: the descriptor now belongs to the connection, which cancel must not touch. */
        synchronized void connected() {
            inFlight = null;
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        void cancel() {
            PollDesc pd;
            synchronized (this) {
                cancelled = true;
                pd = inFlight;
            }
            if (pd != null) {
                pd.close();
            }
        }
    }

    /** Go's dialSerial: each address in turn; the first error if none connects. */
    static JvmTCPConn dialSerial(Dialer d, String network, List<IPPort> ras, Instant deadline, Racer racer)
            throws IOException {
        NetException first = null;
        for (int i = 0; i < ras.size(); i++) {
            IPPort ra = ras.get(i);
            if (racer.cancelled()) {
                throw new NetException("dial", network, d.localAddr(), ra.tcp(), Sentinel.CLOSED.exception());
            }
            Instant partial = null;
            if (deadline != null) {
                // In epoch millis, as the poller judges deadlines, so "passed" means the same to both.
                long now = System.currentTimeMillis();
                long left = Deadline.toMillis(deadline) - now;
                if (left <= 0) {
                    throw new NetException("dial", network, d.localAddr(), ra.tcp(),
                            Sentinel.DEADLINE_EXCEEDED.exception());
                }
                long each = left / (ras.size() - i);
                if (each < SANE_MINIMUM_MILLIS) {
                    each = Math.min(left, SANE_MINIMUM_MILLIS);
                }
                partial = Instant.ofEpochMilli(now + each);
            }
            try {
                return dialSingle(d, network, ra, partial, racer);
            } catch (NetException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first == null) {
            throw new NetException("dial", network, null, null, new AddrException("missing address", ""));
        }
        throw first;
    }

    /**
     * Go's dialSingle, with its {@code doDialTCPProto} retry: when the kernel picks the local
     * port, a dial to a port of this host where nothing listens can connect the socket to itself
     * (TCP's simultaneous open, when the port picked is the destination's), and a connect can fail
     * with EADDRNOTAVAIL for a moment under heavy port churn. Go closes the socket and dials
     * again, at most twice; so does this. A local port the caller chose is never retried.
     */
    static JvmTCPConn dialSingle(Dialer d, String network, IPPort ra, Instant deadline, Racer racer)
            throws NetException {
        boolean kernelPicksPort = !(d.localAddr() instanceof TCPAddr la) || la.port() == 0;
        for (int retry = 0; ; retry++) {
            boolean mayRetry = kernelPicksPort && retry < 2;
            JvmTCPConn c;
            try {
                c = connectOnce(d, network, ra, deadline, racer);
            } catch (NetException e) {
                if (mayRetry && Sentinel.ADDRESS_NOT_AVAILABLE.in(e) && !racer.cancelled()) {
                    continue; // Go's spuriousENOTAVAIL
                }
                throw e;
            }
            if (mayRetry && selfConnect(c.localAddr(), c.remoteAddr())) {
                Sockets.closeQuietly(c);
                continue;
            }
            return c;
        }
    }

    /** Go's {@code selfConnect}: the connection's two ends are one address (or one of them is unknown). */
    static boolean selfConnect(TCPAddr local, TCPAddr remote) {
        if (local == null || remote == null || local.ip() == null || remote.ip() == null) {
            return true; // Go: the socket constructor can return without them under unknown conditions
        }
        return local.port() == remote.port() && local.ip().equal(remote.ip());
    }

    /** One socket, options, optional bind, connect. */
    private static JvmTCPConn connectOnce(Dialer d, String network, IPPort ra, Instant deadline, Racer racer)
            throws NetException {
        SocketChannel ch = null;
        PollDesc pd = null;
        String syscall = "socket";
        try {
            // A nil IP dials the local system over IPv4 (Go connects to 0.0.0.0; so does the JDK's loopback mapping).
            boolean v4 = ra.ip() == null || ra.isIPv4();
            ch = SocketChannel.open(v4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            pd = new PollDesc(ch, network);
            if (!racer.track(pd)) {
                pd.close();
            }
            syscall = "setsockopt";
            SocketOptions.tcpDefaults(ch, d.keepAlive());
            SocketOptions.apply(ch, d.sockOpts(), "tcp");
            if (d.localAddr() instanceof TCPAddr la) {
                syscall = "bind";
                IPPort l = new IPPort(la.ip(), la.zone(), la.port());
                InetAddress any = InetAddress.getByAddress(new byte[v4 ? 4 : 16]);
                ch.bind(InetAddrs.toSocket(l, any));
            }
            syscall = "connect";
            InetSocketAddress to = InetAddrs.toSocket(ra, InetAddress.getByAddress(new byte[v4 ? 4 : 16]));
            Sockets.connect(ch, pd, to, deadline);
            racer.connected();
            return new JvmTCPConn(ch, pd);
        } catch (IOException e) {
            Sockets.closeQuietly(pd, ch);
            IOException cause = e instanceof InterruptedIOException ? e : SysErrors.map(syscall, e);
            throw new NetException("dial", network, d.localAddr(), ra.tcp(), cause);
        }
    }
}
