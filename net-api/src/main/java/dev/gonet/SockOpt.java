package dev.gonet;

/**
 * Linux socket options by their C names, settable on a {@link Dialer} or {@link ListenConfig}
 * with {@code withSockOpt(opt, value)} and applied before connect or bind. Values are ints
 * (booleans as 0/1, SO_LINGER in seconds, TCP_KEEP* in seconds).
 *
 * <p>A platform applies what its runtime exposes and fails the dial or listen with a
 * {@link NetException} naming the option otherwise (the JVM exposes no TCP_CORK, for example),
 * rather than silently ignoring it.
 */
public enum SockOpt {
    SO_KEEPALIVE,
    SO_LINGER,
    SO_RCVBUF,
    SO_SNDBUF,
    SO_REUSEADDR,
    SO_REUSEPORT,
    TCP_NODELAY,
    TCP_KEEPIDLE,
    TCP_KEEPINTVL,
    TCP_KEEPCNT,
    IP_TOS,
    IP_MULTICAST_TTL,
    IP_MULTICAST_LOOP,
    // Linux has these; of them the JVM exposes only TCP_QUICKACK (jdk.net), so setting any
    // other fails clearly there.
    TCP_CORK,
    TCP_QUICKACK,
    TCP_FASTOPEN,
    TCP_USER_TIMEOUT,
    IP_TTL,
    SO_BINDTODEVICE
}
