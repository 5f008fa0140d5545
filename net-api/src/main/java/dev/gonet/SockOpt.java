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
    /** {@code SO_KEEPALIVE}: send TCP keep-alive probes (boolean). */
    SO_KEEPALIVE,
    /** {@code SO_LINGER}: linger on close, in seconds (negative = off). */
    SO_LINGER,
    /** {@code SO_RCVBUF}: receive buffer size in bytes. */
    SO_RCVBUF,
    /** {@code SO_SNDBUF}: send buffer size in bytes. */
    SO_SNDBUF,
    /** {@code SO_REUSEADDR}: allow binding an address in TIME_WAIT (boolean). */
    SO_REUSEADDR,
    /** {@code SO_REUSEPORT}: let several sockets bind one port (boolean). */
    SO_REUSEPORT,
    /** {@code TCP_NODELAY}: turn Nagle's algorithm off (boolean). */
    TCP_NODELAY,
    /** {@code TCP_KEEPIDLE}: idle seconds before the first keep-alive probe. */
    TCP_KEEPIDLE,
    /** {@code TCP_KEEPINTVL}: seconds between keep-alive probes. */
    TCP_KEEPINTVL,
    /** {@code TCP_KEEPCNT}: unanswered probes before the connection is dropped. */
    TCP_KEEPCNT,
    /** {@code IP_TOS}: the type-of-service / traffic class byte. */
    IP_TOS,
    /** {@code IP_MULTICAST_TTL}: hop limit of outgoing multicast packets. */
    IP_MULTICAST_TTL,
    /** {@code IP_MULTICAST_LOOP}: loop outgoing multicast back to this host (boolean). */
    IP_MULTICAST_LOOP,
    // Linux has these; of them the JVM exposes only TCP_QUICKACK (jdk.net), so setting any
    // other fails clearly there.
    /** {@code TCP_CORK}: Linux's {@code TCP_CORK} (boolean). */
    TCP_CORK,
    /** {@code TCP_QUICKACK}: Linux's {@code TCP_QUICKACK} (boolean). */
    TCP_QUICKACK,
    /** {@code TCP_FASTOPEN}: Linux's {@code TCP_FASTOPEN} queue length. */
    TCP_FASTOPEN,
    /** {@code TCP_USER_TIMEOUT}: Linux's {@code TCP_USER_TIMEOUT}, in milliseconds. */
    TCP_USER_TIMEOUT,
    /** {@code IP_TTL}: hop limit of outgoing unicast packets. */
    IP_TTL,
    /** {@code SO_BINDTODEVICE}: Linux's {@code SO_BINDTODEVICE}: bind to one interface (its name). */
    SO_BINDTODEVICE
}
