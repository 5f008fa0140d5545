package dev.gonet;

import dev.gonet.internal.MemNetwork;
import dev.gonet.internal.Networks;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Go's {@code net.ListenConfig}: options for listening. An immutable value: each
 * {@code with...} returns a changed copy; safe to share between threads.
 *
 * <p>The {@code mem} network is served by shared code (an empty name picks a fresh unique
 * one); other known networks go to the {@link Platform}. Unknown names fail as in Go:
 * {@code listen foo: unknown network foo}. Failures are {@link NetException}s with op
 * {@code listen}.
 */
public final class ListenConfig {
    private final Duration keepAlive;
    private final int backlog;
    private final Platform platform;
    private final Map<SockOpt, Integer> sockOpts;

    /** Go's zero ListenConfig. */
    public ListenConfig() {
        this(Duration.ZERO, 0, null, Map.of());
    }

    private ListenConfig(Duration keepAlive, int backlog, Platform platform, Map<SockOpt, Integer> sockOpts) {
        this.keepAlive = keepAlive;
        this.backlog = backlog;
        this.platform = platform;
        this.sockOpts = sockOpts;
    }

    /**
     * Keep-alive period for accepted TCP connections: zero (or {@code null}) = default, negative = off.
     *
     * @param keepAlive the keep alive
     * @return a copy with this setting; the receiver is unchanged
     */
    public ListenConfig withKeepAlive(Duration keepAlive) {
        return new ListenConfig(keepAlive == null ? Duration.ZERO : keepAlive, backlog, platform, sockOpts);
    }

    /**
     * Connections queued before {@code accept}; zero or less = platform default.
     *
     * @param backlog the backlog
     * @return a copy with this setting; the receiver is unchanged
     */
    public ListenConfig withBacklog(int backlog) {
        return new ListenConfig(keepAlive, backlog, platform, sockOpts);
    }

    /**
     * The platform for non-{@code mem} networks; {@code null} = {@link Platforms#get()}.
     *
     * @param platform the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public ListenConfig withPlatform(Platform platform) {
        return new ListenConfig(keepAlive, backlog, platform, sockOpts);
    }

    /**
     * A socket option applied to the listening socket before bind (Linux names and int values,
     * see {@link SockOpt}); accepted connections inherit what the kernel lets them inherit (buffer
     * sizes, TCP_NODELAY, keep-alive settings on Linux). Setting the same option again replaces its
     * value. A platform that cannot apply one fails the listen with a {@link NetException} naming it.
     *
     * @param opt the socket option
     * @param value the option's value
     * @return a copy with this setting; the receiver is unchanged
     */
    public ListenConfig withSockOpt(SockOpt opt, int value) {
        Objects.requireNonNull(opt, "opt");
        Map<SockOpt, Integer> m = new LinkedHashMap<>(sockOpts);
        m.put(opt, value);
        return new ListenConfig(keepAlive, backlog, platform, Collections.unmodifiableMap(m));
    }

    /** {@return the socket options set with {@link #withSockOpt}, in the order first set; unmodifiable} */
    public Map<SockOpt, Integer> sockOpts() {
        return sockOpts;
    }

    /** {@return Go's {@code KeepAlive}: for accepted connections, zero for the default, negative for off} */
    public Duration keepAlive() {
        return keepAlive;
    }

    /**
     * 0 when the platform default applies.
     *
     * @return the backlog, 0 for the platform default
     */
    public int backlog() {
        return backlog;
    }

    /** {@return the platform set with {@link #withPlatform}, or {@code null} for the default} */
    public Platform platform() {
        return platform;
    }

    /**
     * Listens for stream connections; see {@link Net#listen(String, String)}.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the listener
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public Listener listen(String network, String address) throws IOException {
        Objects.requireNonNull(address, "address");
        if (!Networks.isKnown(network)) {
            throw new NetException("listen", network, null, null, SentinelException.unknownNetwork(network));
        }
        if (network.equals("mem")) {
            return MemNetwork.listen(address, backlog);
        }
        Platform p = platform != null ? platform : Platforms.get();
        try {
            return p.listen(this, network, address);
        } catch (NetException e) {
            throw e;
        } catch (IOException e) {
            throw new NetException("listen", network, null, Addr.unresolved(network, address), e);
        }
    }

    /**
     * Listens for packets; see {@link Net#listenPacket(String, String)}. {@code mem} is stream-only.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the packet connection
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public PacketConn listenPacket(String network, String address) throws IOException {
        Objects.requireNonNull(address, "address");
        if (!Networks.isKnown(network)) {
            throw new NetException("listen", network, null, null, SentinelException.unknownNetwork(network));
        }
        if (network.equals("mem")) {
            // Go's ListenPacket on a stream network: "unexpected address type".
            throw new NetException("listen", network, null, Addr.unresolved(network, address),
                    new AddrException("unexpected address type", address));
        }
        Platform p = platform != null ? platform : Platforms.get();
        try {
            return p.listenPacket(this, network, address);
        } catch (NetException e) {
            throw e;
        } catch (IOException e) {
            throw new NetException("listen", network, null, Addr.unresolved(network, address), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListenConfig c && keepAlive.equals(c.keepAlive) && backlog == c.backlog
                && platform == c.platform && sockOpts.equals(c.sockOpts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keepAlive, backlog, platform, sockOpts);
    }

    @Override
    public String toString() {
        return "ListenConfig{keepAlive=" + keepAlive + ", backlog=" + backlog + ", sockOpts=" + sockOpts
                + ", platform=" + (platform == null ? "default" : platform.name()) + "}";
    }
}
