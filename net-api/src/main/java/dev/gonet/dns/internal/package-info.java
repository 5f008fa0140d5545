/**
 * The platform-independent half of name resolution, Go 1.19's {@code net} resolver code
 * ({@code lookup.go}, {@code dnsclient.go}, {@code hosts.go}, {@code dnsconfig_unix.go},
 * {@code addrselect.go}, {@code parse.go}), shared by every platform so they answer the same
 * inputs with the same results and errors. Not API: never exported (JPMS), except to this
 * project's own modules, which need it across module boundaries: net-native's
 * {@code SystemResolver} and stub resolver, net-web's WebSocket dial, and net-testkit's suites.
 *
 * <p>What it holds:
 * <ul>
 *   <li>{@link dev.gonet.dns.internal.GoResolver}: the resolver base a platform extends (argument
 *       checks, IP literals, Go's error values, MX/SRV ordering), and
 *       {@link dev.gonet.dns.internal.LiteralResolver} for a platform that cannot query;</li>
 *   <li>{@link dev.gonet.dns.internal.DnsNames}: which strings are domain names, IP literals
 *       with a zone, how names are made absolute;</li>
 *   <li>the resolver's files: {@link dev.gonet.dns.internal.HostsFile},
 *       {@link dev.gonet.dns.internal.ResolvConf}, {@link dev.gonet.dns.internal.Services}
 *       ({@code /etc/services}, {@code /etc/protocols} and Go's built-in tables), cut into lines
 *       and fields by {@link dev.gonet.dns.internal.ConfText};</li>
 *   <li>{@link dev.gonet.dns.internal.AddrSelect}: RFC 6724 destination address ordering.</li>
 * </ul>
 *
 * <p>The rule for what goes where: resolver machinery (name rules, the resolver base, the
 * resolver's configuration files, answer ordering) is here; the DNS message codec and DNS over
 * HTTPS, which are API, are in {@code dev.gonet.dns}; address text (IP, CIDR, host:port
 * scanning, resolving an address through a {@link dev.gonet.Resolver}) and the rest of
 * {@code net}'s machinery are in {@code dev.gonet.internal}; platform code that reads the files
 * or sends queries over sockets is in {@code dev.gonet.jvm.dns}. Pure code that TeaVM compiles:
 * no regex, {@code java.net}, NIO or reflection, and no file access (callers pass the text in).
 */
package dev.gonet.dns.internal;
