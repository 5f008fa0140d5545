/**
 * The machinery behind {@code dev.gonet}'s types, shared by the other packages and by the
 * platform modules. Not API: the {@code dev.gonet} module exports it only to this project's own
 * modules ({@code dev.gonet.jvm}, {@code dev.gonet.web}, {@code dev.gonet.testkit}: they build
 * their conns on {@code ConnCore} and use {@code Deadline}, {@code AddrResolve}, {@code ByteQueue}).
 * Classes are public only because Java has no narrower scope across packages.
 *
 * <p>What it holds:
 * <ul>
 *   <li>address text: {@link dev.gonet.internal.AddrText} (Go's IP and CIDR scanners),
 *       {@link dev.gonet.internal.AddrResolve} (host:port to addresses through a
 *       {@link dev.gonet.Resolver}, as every platform's TCP and UDP code resolves, and Go's
 *       {@code parsePort}, which the resolvers in {@code dev.gonet.dns.internal} use too),
 *       {@link dev.gonet.internal.Networks} (the network names Go knows) and
 *       {@link dev.gonet.internal.UnresolvedAddr};</li>
 *   <li>connection plumbing: {@link dev.gonet.internal.ConnCore} (what every {@code Conn}
 *       shares: the closed state, both deadlines and Go's OpError wrapping, Go's
 *       {@code conn}/{@code netFD} split), {@link dev.gonet.internal.Deadline} (Go's deadline
 *       semantics on a monitor), {@link dev.gonet.internal.ByteQueue}, {@link dev.gonet.internal.ForwardingConn},
 *       and the in-memory {@code mem} network ({@link dev.gonet.internal.MemNetwork},
 *       {@link dev.gonet.internal.MemConn});</li>
 *   <li>text helpers several packages share, one copy each: {@link dev.gonet.internal.Ascii}
 *       (bytes, tokens, Go's {@code strconv.Quote} and {@code IsPrint}) for {@code url},
 *       {@code http} and its codec and cookie jar, {@code ws} and net-testkit;
 *       {@link dev.gonet.internal.SlashPath} (Go's {@code path.Clean}) for {@code url} and
 *       {@code http}; and {@link dev.gonet.internal.Punycode} (host names to ASCII) for the
 *       HTTP client and the cookie jar.</li>
 * </ul>
 *
 * <p>The rule: what the address and connection types of {@code dev.gonet} need, and helpers
 * shared by more than one package, live here; machinery that serves one package lives in that
 * package's own {@code internal} ({@code dev.gonet.dns.internal} for the resolver: name rules,
 * hosts and resolv.conf, RFC 6724 ordering; {@code dev.gonet.http.internal} for the HTTP/1.1
 * wire codec) or package-private beside it. Pure code that TeaVM compiles.
 */
package dev.gonet.internal;
