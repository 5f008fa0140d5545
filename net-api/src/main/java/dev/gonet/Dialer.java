package dev.gonet;

import dev.gonet.internal.Deadline;
import dev.gonet.internal.MemNetwork;
import dev.gonet.internal.Networks;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Go's {@code net.Dialer}: options for connecting. An immutable value: each {@code with...}
 * returns a changed copy, so one dialer may be shared by any number of threads.
 * {@code new Dialer()} is Go's zero Dialer (no timeout, default keep-alive).
 *
 * <p>The {@code mem} network is dialed in shared code; every other known network goes to the
 * {@link Platform} ({@link #withPlatform(Platform)}, or the one {@link Platforms#get()} finds).
 * Unknown network names fail as in Go: {@code dial foo: unknown network foo}. All failures are
 * {@link NetException}s with op {@code dial}.
 */
public final class Dialer {
    private final Duration timeout;
    private final Instant deadline;
    private final Addr localAddr;
    private final Duration keepAlive;
    private final Duration fallbackDelay;
    private final Platform platform;
    private final Map<SockOpt, Integer> sockOpts;
    private final List<String> subprotocols;

    /** Go's zero Dialer. */
    public Dialer() {
        this(Duration.ZERO, null, null, Duration.ZERO, Duration.ZERO, null, Map.of(), List.of());
    }

    private Dialer(Duration timeout, Instant deadline, Addr localAddr, Duration keepAlive, Duration fallbackDelay,
            Platform platform, Map<SockOpt, Integer> sockOpts, List<String> subprotocols) {
        this.timeout = timeout;
        this.deadline = deadline;
        this.localAddr = localAddr;
        this.keepAlive = keepAlive;
        this.fallbackDelay = fallbackDelay;
        this.platform = platform;
        this.sockOpts = sockOpts;
        this.subprotocols = subprotocols;
    }

    /**
     * Longest a dial may take, including name resolution; zero or {@code null} means none.
     *
     * @param timeout the limit; zero for none
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withTimeout(Duration timeout) {
        return new Dialer(orZero(timeout), deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts, subprotocols);
    }

    /**
     * Absolute time after which a dial fails; {@code null} means none.
     *
     * @param deadline the deadline
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withDeadline(Instant deadline) {
        return new Dialer(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts, subprotocols);
    }

    /**
     * Local address to dial from (of the network's type); {@code null} lets the system choose.
     *
     * @param localAddr the local addr
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withLocalAddr(Addr localAddr) {
        return new Dialer(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts, subprotocols);
    }

    /**
     * TCP keep-alive period: zero (or {@code null}) = platform default (15 s in Go), negative = off.
     *
     * @param keepAlive the keep alive
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withKeepAlive(Duration keepAlive) {
        return new Dialer(timeout, deadline, localAddr, orZero(keepAlive), fallbackDelay, platform, sockOpts, subprotocols);
    }

    /**
     * Happy Eyeballs delay before the fallback family: zero = 300 ms, negative = off.
     *
     * @param fallbackDelay the fallback delay
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withFallbackDelay(Duration fallbackDelay) {
        return new Dialer(timeout, deadline, localAddr, keepAlive, orZero(fallbackDelay), platform, sockOpts, subprotocols);
    }

    /**
     * The platform to dial non-{@code mem} networks with; {@code null} = {@link Platforms#get()}.
     *
     * @param platform the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withPlatform(Platform platform) {
        return new Dialer(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts, subprotocols);
    }

    /**
     * A socket option applied before connecting (Linux names and int values, see {@link
     * SockOpt}); setting the same option again replaces its value. Options are applied in the order
     * first set, after the keep-alive settings, so an explicit {@code SO_KEEPALIVE} or {@code
     * TCP_KEEPIDLE} wins. A platform that cannot apply one fails the dial with a {@link NetException}
     * naming it.
     *
     * @param opt the socket option
     * @param value the option's value
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withSockOpt(SockOpt opt, int value) {
        Objects.requireNonNull(opt, "opt");
        Map<SockOpt, Integer> m = new LinkedHashMap<>(sockOpts);
        m.put(opt, value);
        return new Dialer(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform,
                Collections.unmodifiableMap(m), subprotocols);
    }

    /** {@return the socket options set with {@link #withSockOpt}, in the order first set; unmodifiable} */
    public Map<SockOpt, Integer> sockOpts() {
        return sockOpts;
    }

    /**
     * The WebSocket subprotocols to offer when dialing {@code ws}/{@code wss}, in order of
     * preference (each an RFC 9110 token, no duplicates); other networks ignore them. The chosen one is
     * {@link dev.gonet.ws.WebSocketConn#subprotocol()}. Same option on the JVM and in the browser.
     *
     * @param protocols the subprotocols, most preferred first
     * @return a copy with this setting; the receiver is unchanged
     */
    public Dialer withSubprotocols(String... protocols) {
        dev.gonet.ws.ClientHandshake.withKey("AAAAAAAAAAAAAAAAAAAAAA==", protocols); // validates, same texts
        return new Dialer(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts,
                List.of(protocols));
    }

    /** {@return the WebSocket subprotocols to offer; empty by default} */
    public List<String> subprotocols() {
        return subprotocols;
    }

    private static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }

    /**
     * {@link Duration#ZERO} when there is no timeout.
     *
     * @return the timeout, {@link Duration#ZERO} when there is none
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * {@code null} when there is no deadline.
     *
     * @return the deadline, or {@code null} when there is none
     */
    public Instant deadline() {
        return deadline;
    }

    /** {@return Go's {@code LocalAddr}: the local address to dial from, null for any} */
    public Addr localAddr() {
        return localAddr;
    }

    /**
     * {@return Go's {@code KeepAlive}: the TCP keep-alive period, zero for the platform default, negative
     *   for off}
     */
    public Duration keepAlive() {
        return keepAlive;
    }

    /** {@return Go's {@code FallbackDelay}: the Happy Eyeballs delay: zero for 300 ms, negative for off} */
    public Duration fallbackDelay() {
        return fallbackDelay;
    }

    /** {@return the platform set with {@link #withPlatform}, or {@code null} for the default} */
    public Platform platform() {
        return platform;
    }

    /**
     * {@return Go's {@code Dialer.deadline}: the earlier of {@code now + timeout} and the deadline, or
     *   {@code null} when neither is set} Platforms bound connection setup by this.
     *
     * @param now the current time
     */
    public Instant effectiveDeadline(Instant now) {
        Instant earliest = timeout.isZero() ? null : now.plus(timeout);
        if (deadline != null && (earliest == null || deadline.isBefore(earliest))) {
            earliest = deadline;
        }
        return earliest;
    }

    /**
     * Connects to {@code address} on {@code network}; see {@link Net#dial(String, String)}.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public Conn dial(String network, String address) throws IOException {
        Objects.requireNonNull(address, "address");
        if (!Networks.isKnown(network)) {
            throw new NetException("dial", network, null, null, SentinelException.unknownNetwork(network));
        }
        if (network.equals("mem")) {
            if (address.isEmpty()) {
                throw new NetException("dial", network, null, null, new AddrException("missing address", ""));
            }
            return MemNetwork.dial(address, localAddr, Deadline.toMillis(effectiveDeadline(Instant.now())));
        }
        Platform p = platform != null ? platform : Platforms.get();
        try {
            return p.dial(this, network, address);
        } catch (NetException e) {
            throw e;
        } catch (DNSException | AddrException e) {
            throw new NetException("dial", network, null, null, e); // Go: resolution failed, no address yet
        } catch (IOException e) {
            throw new NetException("dial", network, localAddr, Addr.unresolved(network, address), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dialer d && timeout.equals(d.timeout) && Objects.equals(deadline, d.deadline)
                && Objects.equals(localAddr, d.localAddr) && keepAlive.equals(d.keepAlive)
                && fallbackDelay.equals(d.fallbackDelay) && platform == d.platform && sockOpts.equals(d.sockOpts)
                && subprotocols.equals(d.subprotocols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, deadline, localAddr, keepAlive, fallbackDelay, platform, sockOpts, subprotocols);
    }

    @Override
    public String toString() {
        return "Dialer{timeout=" + timeout + ", deadline=" + deadline + ", localAddr=" + localAddr
                + ", keepAlive=" + keepAlive + ", fallbackDelay=" + fallbackDelay + ", sockOpts=" + sockOpts
                + ", subprotocols=" + subprotocols
                + ", platform=" + (platform == null ? "default" : platform.name()) + "}";
    }
}
