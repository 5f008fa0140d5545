package dev.gonet.jvm;

import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import dev.gonet.SockOpt;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;

/**
 * Socket options for any {@link NetworkChannel} (TCP, UDP and Unix; listening or not): gonet's
 * {@link SockOpt} names mapped to what the JDK exposes ({@link StandardSocketOptions},
 * {@link ExtendedSocketOptions}), plus Go's TCP defaults.
 *
 * <p>Options the JDK has no handle for (TCP_CORK, TCP_FASTOPEN, TCP_USER_TIMEOUT, IP_TTL,
 * SO_BINDTODEVICE) fail with {@link Sentinel#UNSUPPORTED} naming the option, checked by
 * {@link #check} before any socket is opened; an option the channel type lacks (IP_MULTICAST_TTL
 * on a TCP socket) fails the same way when applied. Nothing is silently ignored.
 */
public final class SocketOptions {
    /** Go's {@code defaultTCPKeepAlive}. */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);

    private SocketOptions() {
    }

    /** The JDK option behind {@code opt}, or {@code null} when the JDK does not expose it. */
    static SocketOption<?> jdkOption(SockOpt opt) {
        return switch (opt) {
            case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
            case SO_LINGER -> StandardSocketOptions.SO_LINGER;
            case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
            case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
            case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
            case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
            case TCP_NODELAY -> StandardSocketOptions.TCP_NODELAY;
            case TCP_KEEPIDLE -> ExtendedSocketOptions.TCP_KEEPIDLE;
            case TCP_KEEPINTVL -> ExtendedSocketOptions.TCP_KEEPINTERVAL;
            case TCP_KEEPCNT -> ExtendedSocketOptions.TCP_KEEPCOUNT;
            // jdk.net exposes TCP_QUICKACK on Linux, so it is applied rather than refused.
            case TCP_QUICKACK -> ExtendedSocketOptions.TCP_QUICKACK;
            case IP_TOS -> StandardSocketOptions.IP_TOS;
            case IP_MULTICAST_TTL -> StandardSocketOptions.IP_MULTICAST_TTL;
            case IP_MULTICAST_LOOP -> StandardSocketOptions.IP_MULTICAST_LOOP;
            case TCP_CORK, TCP_FASTOPEN, TCP_USER_TIMEOUT, IP_TTL, SO_BINDTODEVICE -> null;
        };
    }

    /**
     * Fails with {@code setsockopt TCP_CORK: operation not supported (the JVM does not expose
     * this socket option)} if any option has no JDK equivalent. Call before opening a socket.
     *
     * @param opts the options and their values
     * @throws SentinelException if the platform cannot set the option
     */
    public static void check(Map<SockOpt, Integer> opts) throws SentinelException {
        for (SockOpt opt : opts.keySet()) {
            if (jdkOption(opt) == null) {
                throw unsupported(opt, "the JVM does not expose this socket option");
            }
        }
    }

    /**
     * Applies {@code opts} in order. {@code kind} names the socket in errors ({@code tcp},
     * {@code udp}, {@code unix}). Values are ints: booleans as 0/1, SO_LINGER in seconds
     * (negative = off), TCP_KEEP* in seconds. Errors are Go's syscall errors
     * ({@code setsockopt: invalid argument} for a value the JDK or kernel rejects).
     *
     * @param ch the channel
     * @param opts the options and their values
     * @param kind the socket kind, for error texts
     * @throws IOException if the option cannot be set
     */
    public static void apply(NetworkChannel ch, Map<SockOpt, Integer> opts, String kind) throws IOException {
        check(opts);
        for (Map.Entry<SockOpt, Integer> e : opts.entrySet()) {
            SocketOption<?> o = jdkOption(e.getKey());
            if (!ch.supportedOptions().contains(o)) {
                throw unsupported(e.getKey(), "the JVM does not expose this socket option on " + kind + " sockets");
            }
            set(ch, o, e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(NetworkChannel ch, SocketOption<?> o, int value) throws IOException {
        if (o.type() == Boolean.class) {
            setChecked(ch, (SocketOption<Boolean>) o, value != 0);
        } else {
            setChecked(ch, (SocketOption<Integer>) o, value);
        }
    }

    /**
     * {@code ch.setOption}, with the JDK's {@link IllegalArgumentException} for an out-of-range
     * value turned into Go's {@code setsockopt: invalid argument} (EINVAL from the kernel).
     *
     * @param <T> the type of the value
     * @param ch the channel
     * @param o the JDK socket option
     * @param value the value
     * @throws IOException if the option cannot be set
     */
    public static <T> void setChecked(NetworkChannel ch, SocketOption<T> o, T value) throws IOException {
        try {
            ch.setOption(o, value);
        } catch (IllegalArgumentException e) {
            throw SysErrors.syscallError("setsockopt", Sentinel.INVALID_ARGUMENT);
        } catch (UnsupportedOperationException e) {
            throw new SentinelException(Sentinel.UNSUPPORTED, "setsockopt " + o.name() + ": "
                    + Sentinel.UNSUPPORTED.text());
        } catch (IOException e) {
            throw SysErrors.map("setsockopt", e);
        }
    }

    /**
     * Go's TCP connection defaults: TCP_NODELAY on; keep-alive on with {@code keepAlive} as idle
     * time and probe interval (zero = 15 s), or left off when {@code keepAlive} is negative.
     *
     * @param ch the channel
     * @param keepAlive the keep-alive period, as Go's {@code KeepAlive}
     * @throws IOException if the option cannot be set
     */
    public static void tcpDefaults(NetworkChannel ch, Duration keepAlive) throws IOException {
        setChecked(ch, StandardSocketOptions.TCP_NODELAY, true);
        if (keepAlive.isNegative()) {
            return;
        }
        setChecked(ch, StandardSocketOptions.SO_KEEPALIVE, true);
        keepAlivePeriod(ch, keepAlive.isZero() ? DEFAULT_KEEP_ALIVE : keepAlive);
    }

    /**
     * Go's {@code setKeepAlivePeriod}: TCP_KEEPINTVL and TCP_KEEPIDLE, in seconds rounded up.
     *
     * @param ch the channel
     * @param d the period
     * @throws IOException if the option cannot be set
     */
    public static void keepAlivePeriod(NetworkChannel ch, Duration d) throws IOException {
        long secs = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        if (secs <= 0 || secs > Integer.MAX_VALUE) {
            throw SysErrors.syscallError("setsockopt", Sentinel.INVALID_ARGUMENT);
        }
        setChecked(ch, ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) secs);
        setChecked(ch, ExtendedSocketOptions.TCP_KEEPIDLE, (int) secs);
    }

    private static SentinelException unsupported(SockOpt opt, String why) {
        return new SentinelException(Sentinel.UNSUPPORTED,
                "setsockopt " + opt + ": " + Sentinel.UNSUPPORTED.text() + " (" + why + ")");
    }
}
