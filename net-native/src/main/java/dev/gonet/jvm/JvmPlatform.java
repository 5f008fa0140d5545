package dev.gonet.jvm;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.jvm.dns.SystemResolver;
import dev.gonet.jvm.udp.UdpSockets;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import dev.gonet.ws.WebSocketDialer;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JVM side of the seam: virtual threads for every blocking task; TCP ({@code tcp},
 * {@code tcp4}, {@code tcp6}), UDP ({@code udp*}, see {@code dev.gonet.jvm.udp}) and Unix stream
 * ({@code unix}) sockets with Go's semantics over
 * non-blocking NIO channels and one poller thread (see {@code dev.gonet.jvm.poll}); the system
 * resolver; {@code ws}/{@code wss} dials go to the shared {@link WebSocketDialer} over this
 * platform's TCP (and TLS). Networks the JDK cannot provide ({@code unixgram}, {@code unixpacket}, raw
 * {@code ip*:proto}) fail with an "operation not supported" {@link NetException} naming them.
 *
 * <p>Thread-safe; {@code Platforms.get()} finds one through {@code ServiceLoader}. Tests and
 * embedders may build another with {@link #JvmPlatform(Resolver)} to resolve names their way.
 */
public final class JvmPlatform implements Platform {
    static final String NAME = "jvm";
    private static final Resolver RESOLVER = new SystemResolver();

    private final Resolver resolver;

    /** The platform {@code ServiceLoader} creates: the system resolver. */
    public JvmPlatform() {
        this(RESOLVER);
    }

    /**
     * A platform whose dials and listens resolve names and services with {@code resolver}.
     *
     * @param resolver the resolver
     */
    public JvmPlatform(Resolver resolver) {
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Conn dial(Dialer d, String network, String address) throws IOException {
        switch (network) {
            case "tcp", "tcp4", "tcp6":
                return TcpDial.dial(this, d, network, address);
            case "unix":
                return UnixSockets.dial(this, d, network, address);
            case "udp", "udp4", "udp6":
                return UdpSockets.dial(resolver, d, network, address);
            case "ws", "wss": // address is a URL; TCP and TLS through this platform, then the upgrade
                return WebSocketDialer.dial(this, d, network, address);
            default:
                throw unsupportedNetwork("dial", network, address);
        }
    }

    @Override
    public Listener listen(ListenConfig lc, String network, String address) throws IOException {
        switch (network) {
            case "tcp", "tcp4", "tcp6":
                return JvmTCPListener.listen(this, lc, network, address);
            case "unix":
                return UnixSockets.listen(this, lc, network, address);
            case "udp", "udp4", "udp6":
                throw unexpectedAddressType(network, address);
            default:
                throw unsupportedNetwork("listen", network, address);
        }
    }

    @Override
    public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        switch (network) {
            case "tcp", "tcp4", "tcp6":
                throw unexpectedAddressType(network, address);
            case "unix": // Go's listenUnixgram refuses the stream network by name
                throw new NetException("listen", network, null, new dev.gonet.UnixAddr(address, network),
                        dev.gonet.SentinelException.unknownNetwork(network));
            case "udp", "udp4", "udp6":
                return UdpSockets.listen(resolver, lc, network, address);
            default:
                throw unsupportedNetwork("listen", network, address);
        }
    }

    /** Go's Listen on a packet network and ListenPacket on a stream one. */
    private static NetException unexpectedAddressType(String network, String address) {
        return new NetException("listen", network, null, dev.gonet.Addr.unresolved(network, address),
                new dev.gonet.AddrException("unexpected address type", address));
    }

    /** unixgram, unixpacket and raw IP: the JDK has no such sockets. */
    private static NetException unsupportedNetwork(String op, String network, String address) {
        String hint = network.startsWith("ip")
                ? "the JDK has no raw IP sockets"
                : "the JDK has no " + network + " sockets; unix (stream) works";
        return NetException.unsupported(op, network, address, NAME, hint);
    }

    @Override
    public Resolver resolver() {
        return resolver;
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        return Thread.ofVirtual().name(name).start(task);
    }

    /** A sleeping virtual thread per timer: cheap, and cancel needs no shared scheduler. */
    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        AtomicBoolean state = new AtomicBoolean(); // true once ran or cancelled
        Thread t = Thread.ofVirtual().name("gonet-timer").unstarted(() -> {
            try {
                Thread.sleep(Math.max(0, delayMillis));
            } catch (InterruptedException e) {
                return;
            }
            if (state.compareAndSet(false, true)) {
                task.run();
            }
        });
        t.start();
        return () -> {
            if (state.compareAndSet(false, true)) {
                t.interrupt();
                return true;
            }
            return false;
        };
    }
}
