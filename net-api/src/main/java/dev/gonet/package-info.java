/**
 * Go's {@code net}: the API every gonet program starts from, the same on the JVM and in the
 * browser.
 *
 * <ul>
 *   <li>Addresses: {@link dev.gonet.IP}, {@link dev.gonet.IPMask}, {@link dev.gonet.IPNet},
 *       {@link dev.gonet.CIDR}, {@link dev.gonet.HostPort} and the {@link dev.gonet.Addr}s
 *       ({@link dev.gonet.TCPAddr}, {@link dev.gonet.UDPAddr}, {@link dev.gonet.UnixAddr},
 *       {@link dev.gonet.MemAddr}, {@link dev.gonet.PipeAddr}), parsed and printed exactly as Go
 *       does;</li>
 *   <li>connections: {@link dev.gonet.Conn}, {@link dev.gonet.Listener},
 *       {@link dev.gonet.PacketConn} and their TCP, UDP and Unix forms, with Go's deadlines;
 *       {@link dev.gonet.Pipe} (Go's {@code net.Pipe}) and the in-memory {@code mem} network;</li>
 *   <li>entry points: {@link dev.gonet.Net} (Go's package functions), {@link dev.gonet.Dialer},
 *       {@link dev.gonet.ListenConfig}, {@link dev.gonet.SockOpt}, and {@link dev.gonet.Resolver}
 *       with its records ({@link dev.gonet.MX}, {@link dev.gonet.NS}, {@link dev.gonet.SRV});</li>
 *   <li>errors: {@link dev.gonet.NetError} ({@code isTimeout()}), {@link dev.gonet.NetException}
 *       (Go's {@code OpError}), {@link dev.gonet.AddrException}, {@link dev.gonet.DNSException},
 *       and Go's sentinel values ({@link dev.gonet.Sentinel}, testable with
 *       {@code Sentinel.in(e)}).</li>
 * </ul>
 *
 * <p>Pure code that TeaVM compiles: what needs a runtime (sockets, the system resolver, timers,
 * threads) goes through {@code dev.gonet.spi.Platform}, which net-native ({@code dev.gonet.jvm})
 * and net-web ({@code dev.gonet.web}) implement.
 *
 * <p>Not here: HTTP ({@code dev.gonet.http}), URLs ({@code dev.gonet.url}), TLS
 * ({@code dev.gonet.tls}), WebSockets ({@code dev.gonet.ws}), DNS messages and DNS over HTTPS
 * ({@code dev.gonet.dns}), the platform seam ({@code dev.gonet.spi}), and the machinery behind
 * these types ({@code dev.gonet.internal}, {@code dev.gonet.dns.internal}), which is not API.
 */
package dev.gonet;
