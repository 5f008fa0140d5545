package dev.gonet.jvm.udp;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.IP;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import dev.gonet.internal.AddrResolve.IPPort;
import dev.gonet.internal.ConnCore;
import dev.gonet.jvm.InetAddrs;
import dev.gonet.jvm.SocketOptions;
import dev.gonet.jvm.SysErrors;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Go's {@code *net.UDPConn} on the JVM, over a non-blocking {@link DatagramChannel} parked in the
 * shared poller (see {@code dev.gonet.jvm.poll}), so deadlines move and close wakes blocked calls
 * without interrupting anyone.
 *
 * <p>Reads are serialized by one lock and writes by another (Go's fdMutex): each read takes one
 * whole datagram, each write sends one. The poll descriptor's {@link ConnCore} holds the closed
 * state and the deadlines; errors are wrapped once, through it, with Go's op, network and
 * addresses: {@code read udp 127.0.0.1:5000: i/o timeout} (unconnected: no remote address),
 * {@code read udp 127.0.0.1:5000->127.0.0.1:53: read: connection refused},
 * {@code write udp 127.0.0.1:5000->[::1]:53: address ::1: non-IPv4 address}.
 *
 * <p>Differences from Go that the JDK forces: an empty {@link #write} on a connected socket fails
 * as unsupported (Go sends an empty datagram; {@code writeTo} from an unconnected socket can);
 * {@code udp6} sockets emulate IPV6_V6ONLY (see {@link UdpSockets}).
 */
final class JvmUDPConn implements UDPConn {
    private final DatagramChannel ch;
    private final PollDesc pd;
    private final ConnCore core;
    private final UDPAddr laddr;
    private final UDPAddr raddr; // null: unconnected
    private final boolean v4; // an AF_INET socket: IPv6 destinations are refused, as in Go
    private final boolean v6only; // Go's udp6 sets IPV6_V6ONLY; the JDK cannot, so it is emulated
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Takes over a bound (and, when dialed, connected) channel whose poll descriptor is {@code pd}. */
    JvmUDPConn(DatagramChannel ch, PollDesc pd, String net, boolean v4) throws IOException {
        this.ch = ch;
        this.pd = pd;
        this.v4 = v4;
        this.v6only = net.equals("udp6");
        // Fixed now, as Go's netFD keeps them: still printable after close.
        this.laddr = InetAddrs.udp(ch.getLocalAddress());
        this.raddr = ch.isConnected() ? InetAddrs.udp(ch.getRemoteAddress()) : null;
        this.core = pd.core().setAddr(laddr, raddr);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        readLock.lock();
        try {
            core.checkRead();
            if (len == 0) {
                return 0; // an empty buffer takes no datagram (Go's Read returns at once)
            }
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            receive(bb);
            return bb.position() - off;
        } catch (IOException e) {
            throw opError("read", raddr, UdpErrors.cause("read", e));
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public Packet readFrom(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        readLock.lock();
        try {
            core.checkRead();
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            SocketAddress from = receive(bb);
            return new Packet(bb.position() - off, sender(from));
        } catch (IOException e) {
            throw opError("read", raddr, UdpErrors.cause("recvfrom", e));
        } finally {
            readLock.unlock();
        }
    }

    /**
     * One datagram into {@code bb}, parking until one arrives. The JDK truncates a longer
     * datagram to the buffer and discards the rest, which is what Go on Linux returns too.
     */
    private SocketAddress receive(ByteBuffer bb) throws IOException {
        int start = bb.position();
        while (true) {
            SocketAddress from = ch.receive(bb);
            if (from == null) {
                pd.waitRead(SelectionKey.OP_READ);
            } else if (v6only && ((InetSocketAddress) from).getAddress() instanceof Inet4Address) {
                bb.position(start); // an IPv6-only socket would never have seen it
            } else {
                return from;
            }
        }
    }

    /** Go's sockaddrToUDP: on an IPv6 socket even IPv4 senders carry 16 bytes (::ffff:a.b.c.d). */
    private UDPAddr sender(SocketAddress from) {
        UDPAddr a = InetAddrs.udp(from);
        if (!v4 && a.ip().length() == IP.IPv4len) {
            return new UDPAddr(a.ip().to16(), a.port(), a.zone());
        }
        return a;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        writeLock.lock();
        try {
            core.checkWrite();
            if (raddr == null) {
                // Go issues write(2), which says EDESTADDRREQ; the JDK would throw NotYetConnected.
                throw SysErrors.syscallError("write", Sentinel.DESTINATION_ADDRESS_REQUIRED);
            }
            if (len == 0) {
                throw UdpErrors.emptyWrite();
            }
            send(ByteBuffer.wrap(b, off, len), null);
        } catch (IOException e) {
            throw opError("write", raddr, UdpErrors.cause("write", e));
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void writeTo(byte[] b, int off, int len, Addr addr) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        // Go's order: address type, connected, address family, closed, deadline, then sendto.
        if (!(addr instanceof UDPAddr to)) {
            throw opError("write", addr, Sentinel.INVALID_ARGUMENT.exception());
        }
        if (raddr != null) {
            throw opError("write", to, Sentinel.WRITE_TO_CONNECTED.exception());
        }
        writeLock.lock();
        try {
            InetSocketAddress sa = destination(to);
            core.checkWrite();
            checkSendable(sa);
            send(ByteBuffer.wrap(b, off, len), sa);
        } catch (IOException e) {
            throw opError("write", to, UdpErrors.cause("sendto", e));
        } finally {
            writeLock.unlock();
        }
    }

    /** Go's ipToSockaddr for this socket's family: an AF_INET socket cannot name an IPv6 peer. */
    private InetSocketAddress destination(UDPAddr to) throws AddrException {
        IP ip = to.ip();
        if (v4 && ip != null && ip.length() > 0 && ip.to4() == null) {
            throw new AddrException("non-IPv4 address", ip.toString());
        }
        if (to.port() <= 0 || to.port() > 0xFFFF) {
            return null; // sendto's EINVAL, reported after the deadline check as in Go
        }
        return UdpSockets.toSocket(new IPPort(ip, to.zone(), to.port()), v4);
    }

    /**
     * The kernel's answers that the JDK would phrase differently or never reach: port 0 (or out of
     * range) is EINVAL, an IPv4 destination on an IPv6-only socket ENETUNREACH.
     */
    private void checkSendable(InetSocketAddress sa) throws IOException {
        if (sa == null) {
            throw SysErrors.syscallError("sendto", Sentinel.INVALID_ARGUMENT);
        }
        if (v6only && sa.getAddress() instanceof Inet4Address) {
            throw SysErrors.syscallError("sendto", Sentinel.NETWORK_UNREACHABLE);
        }
    }

    /**
     * Sends {@code bb} as one datagram, parking while the socket buffer is full (the JDK returns
     * 0 then). An empty datagram (only {@code writeTo} sends one) also returns 0 and is taken as
     * sent: the kernel accepts it whenever it accepts anything.
     */
    private void send(ByteBuffer bb, InetSocketAddress to) throws IOException {
        boolean empty = !bb.hasRemaining();
        while (true) {
            int n = to == null ? ch.write(bb) : ch.send(bb, to);
            if (n > 0 || empty) {
                return;
            }
            pd.waitWrite(SelectionKey.OP_WRITE);
        }
    }

    /**
     * Wakes parked calls with the closed error, then closes the channel. A second close fails
     * with {@code close udp ...: use of closed network connection}, as in Go.
     */
    @Override
    public void close() throws IOException {
        core.beginClose(); // wakes the parked calls through the poll descriptor
        try {
            ch.close();
        } catch (IOException e) {
            throw core.opError("close", SysErrors.map("close", e));
        }
    }

    @Override
    public UDPAddr localAddr() {
        return laddr;
    }

    @Override
    public UDPAddr remoteAddr() {
        return raddr;
    }

    @Override
    public void setDeadline(Instant t) throws IOException {
        core.setDeadline(t);
    }

    @Override
    public void setReadDeadline(Instant t) throws IOException {
        core.setReadDeadline(t);
    }

    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        core.setWriteDeadline(t);
    }

    /** SO_RCVBUF; like Linux (and so Go), a negative size asks for the minimum rather than failing. */
    @Override
    public void setReadBuffer(int bytes) throws IOException {
        setOption(StandardSocketOptions.SO_RCVBUF, Math.max(0, bytes));
    }

    /** SO_SNDBUF; a negative size asks for the minimum, as on Linux. */
    @Override
    public void setWriteBuffer(int bytes) throws IOException {
        setOption(StandardSocketOptions.SO_SNDBUF, Math.max(0, bytes));
    }

    /** Sets a socket option (IP_MULTICAST_TTL, IP_MULTICAST_LOOP, ...); fails as Go's setters do. */
    <T> void setOption(SocketOption<T> o, T value) throws IOException {
        if (core.isClosed()) {
            throw core.setError();
        }
        try {
            SocketOptions.setChecked(ch, o, value);
        } catch (IOException e) {
            throw new NetException("set", core.net(), null, laddr, e);
        }
    }

    /** Reads a socket option back from the kernel. */
    <T> T getOption(SocketOption<T> o) throws IOException {
        try {
            return ch.getOption(o);
        } catch (IOException e) {
            throw new NetException("get", core.net(), null, laddr, SysErrors.map("getsockopt", e));
        }
    }

    /** Go's {@code OpError{op, net, laddr, addr, cause}}; {@code addr} is null for unconnected reads. */
    private NetException opError(String op, Addr addr, Throwable cause) {
        return core.opError(op, addr, cause);
    }

    @Override
    public String toString() {
        return "JvmUDPConn[" + core + "]";
    }
}
