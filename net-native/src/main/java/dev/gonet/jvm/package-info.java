/**
 * net-native's platform: {@link dev.gonet.jvm.JvmPlatform}, the JVM side of
 * {@code dev.gonet.spi.Platform} (registered for {@code ServiceLoader} in
 * {@code META-INF/services}), with TCP and Unix stream sockets over non-blocking NIO channels,
 * Go's deadline semantics and error texts ({@link dev.gonet.jvm.SysErrors}), Go's TCP dialing
 * (Happy Eyeballs, RFC 6555), socket options ({@link dev.gonet.jvm.SocketOptions}) and address
 * conversions ({@link dev.gonet.jvm.InetAddrs}). A virtual thread per connection; blocking calls
 * park in the poller of {@code dev.gonet.jvm.poll}.
 *
 * <p>Its subpackages: {@code poll} (the netpoller and Go's {@code pollDesc}), {@code udp} (UDP),
 * {@code dns} (the system resolver and Go's stub resolver), {@code tls} (TLS over JSSE) and
 * {@code http} (a {@code FileSystem} on disk).
 *
 * <p>Not here: anything the browser shares (every algorithm and public type is net-api's, in
 * {@code dev.gonet} and below), and the public API: applications use {@code dev.gonet.Net} and
 * friends, which reach this platform through the seam. JDK 21+.
 */
package dev.gonet.jvm;
