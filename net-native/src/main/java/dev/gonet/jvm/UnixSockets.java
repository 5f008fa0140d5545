package dev.gonet.jvm;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.UnixAddr;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.InvalidPathException;
import java.time.Instant;

/**
 * Dial and listen for the stream network {@code unix} (JDK 16+ Unix domain channels).
 *
 * <p>Differences from Go the JVM imposes: Linux abstract names ({@code @name}) are refused with
 * "operation not supported", since the JDK would create a file literally named {@code @name};
 * listening on an empty name binds a fresh file in the temp directory (the JDK's automatic
 * address) where Go autobinds an abstract name; the file is removed on close all the same.
 */
final class UnixSockets {
    private UnixSockets() {
    }

    /** Go's view of an end: the path, or {@code @} for an unnamed end, as Go prints it on Linux. */
    static UnixAddr addr(SocketAddress sa) {
        if (sa instanceof UnixDomainSocketAddress u) {
            String path = u.getPath().toString();
            return new UnixAddr(path.isEmpty() ? "@" : path, "unix");
        }
        return new UnixAddr("@", "unix");
    }

    static JvmUnixConn dial(JvmPlatform p, Dialer d, String network, String address) throws IOException {
        UnixAddr ra = new UnixAddr(address, network);
        Addr la = d.localAddr();
        if (la != null && !(la instanceof UnixAddr)) {
            throw new NetException("dial", network, null, null,
                    new AddrException("mismatched local address type", la.toString()));
        }
        if (address.isEmpty()) {
            throw new NetException("dial", network, null, null, new AddrException("missing address", ""));
        }
        Instant deadline = d.effectiveDeadline(Instant.now());
        SocketChannel ch = null;
        PollDesc pd = null;
        String syscall = "socket";
        try {
            SocketOptions.check(d.sockOpts());
            SocketAddress to = path(ra, "dial");
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            pd = new PollDesc(ch, network);
            syscall = "setsockopt";
            SocketOptions.apply(ch, d.sockOpts(), "unix");
            if (la != null && !((UnixAddr) la).name().isEmpty()) {
                syscall = "bind";
                ch.bind(path((UnixAddr) la, "dial"));
            }
            syscall = "connect";
            if (deadline != null && !deadline.isAfter(Instant.now())) {
                throw Sentinel.DEADLINE_EXCEEDED.exception();
            }
            Sockets.connect(ch, pd, to, deadline);
            return new JvmUnixConn(ch, pd);
        } catch (NetException e) {
            Sockets.closeQuietly(pd, ch);
            throw e;
        } catch (IOException e) {
            Sockets.closeQuietly(pd, ch);
            throw new NetException("dial", network, la, ra, SysErrors.map(syscall, e));
        }
    }

    static JvmUnixListener listen(JvmPlatform p, ListenConfig lc, String network, String address)
            throws IOException {
        UnixAddr la = new UnixAddr(address, network);
        ServerSocketChannel ch = null;
        PollDesc pd = null;
        String syscall = "socket";
        try {
            SocketOptions.check(lc.sockOpts());
            SocketAddress at = address.isEmpty() ? null : path(la, "listen");
            ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            pd = new PollDesc(ch, network);
            syscall = "setsockopt";
            SocketOptions.apply(ch, lc.sockOpts(), "unix");
            syscall = "bind";
            ch.bind(at, Backlog.of(lc.backlog()));
            return new JvmUnixListener(ch, pd, network);
        } catch (NetException e) {
            Sockets.closeQuietly(pd, ch);
            throw e;
        } catch (IOException e) {
            Sockets.closeQuietly(pd, ch);
            throw new NetException("listen", network, null, la, SysErrors.map(syscall, e));
        }
    }

    /** The JDK address of a path; abstract names and unusable paths fail as Go would say. */
    private static SocketAddress path(UnixAddr a, String op) throws IOException {
        if (a.name().startsWith("@")) {
            throw NetException.unsupported(op, a.network(), a.name(), JvmPlatform.NAME,
                    "the JDK has no Linux abstract Unix socket names; use a file path");
        }
        try {
            return UnixDomainSocketAddress.of(a.name());
        } catch (InvalidPathException e) {
            // A NUL inside the name: Linux would take it, Go's syscall package rejects it with EINVAL.
            throw SysErrors.syscallError(op.equals("dial") ? "connect" : "bind", Sentinel.INVALID_ARGUMENT);
        }
    }
}
