/**
 * The seam between shared code and a runtime: {@link dev.gonet.spi.Platform} (dial, listen,
 * listenPacket, the default resolver and HTTP transport, threads, timers), found once by
 * {@link dev.gonet.spi.Platforms} through {@code ServiceLoader}, and the optional
 * {@link dev.gonet.spi.TLSProvider}. net-native provides both on the JVM
 * ({@code dev.gonet.jvm.JvmPlatform}, {@code dev.gonet.jvm.tls.JsseTLSProvider}); net-web provides
 * the browser's platform ({@code dev.gonet.web.WebPlatform}) and no TLS provider (pages use the
 * browser's TLS). Public and exported: a platform written outside this project implements it.
 *
 * <p>Each interface states its contract; {@code dev.gonet.testkit}'s conformance suites check
 * an implementation against it.
 *
 * <p>Not here: any implementation, and nothing application code calls: applications use
 * {@code dev.gonet.Net}, {@code Dialer}, {@code ListenConfig} and {@code dev.gonet.tls.TLS},
 * which reach the platform themselves.
 */
package dev.gonet.spi;
