/**
 * DNS on the wire and over HTTPS: the message codec (RFC 1035, EDNS0 RFC 6891, padding RFC
 * 7830/8467, TCP framing RFC 7766), a DNS-over-HTTPS resolver (RFC 8484) and a DoH handler for
 * this library's HTTP server. Pure Java that TeaVM compiles: it runs on the JVM and in the
 * browser alike (no {@code java.net}, NIO, reflection, regex or {@code java.util.concurrent.locks}).
 *
 * <p>The codec, bottom up:
 * <ul>
 *   <li>{@link dev.gonet.dns.Name}: labels as bytes, presentation form with escapes,
 *       case-insensitive comparison helpers;</li>
 *   <li>{@link dev.gonet.dns.Resource} and its records ({@link dev.gonet.dns.AResource},
 *       {@link dev.gonet.dns.AAAAResource}, {@link dev.gonet.dns.CNAMEResource},
 *       {@link dev.gonet.dns.PTRResource}, {@link dev.gonet.dns.NSResource},
 *       {@link dev.gonet.dns.MXResource}, {@link dev.gonet.dns.SRVResource},
 *       {@link dev.gonet.dns.TXTResource}, {@link dev.gonet.dns.SOAResource},
 *       {@link dev.gonet.dns.OPTResource}, {@link dev.gonet.dns.UnknownResource}), immutable
 *       values;</li>
 *   <li>{@link dev.gonet.dns.Message} (whole messages, with a builder, name compression and
 *       opt-in padding), {@link dev.gonet.dns.Parser} (forward-only reading, as Go's
 *       {@code dnsmessage.Parser}) and {@link dev.gonet.dns.TCPFraming}.</li>
 * </ul>
 * Reading is bounded: compression pointers must point backwards and at most 10 are followed,
 * labels are at most 63 and names 255 bytes, RDATA must be exactly as long as its contents, header
 * counts never size an allocation, and messages are at most 65535 bytes. Every malformed input is
 * a {@link dev.gonet.dns.DNSFormatException}, an {@link java.io.IOException}.
 *
 * <p>Over HTTPS: {@link dev.gonet.dns.DoHResolver} implements {@link dev.gonet.Resolver} with Go's
 * semantics over any {@link dev.gonet.http.RoundTripper}; {@link dev.gonet.dns.DoHHandler} serves
 * RFC 8484 from a backing resolver or a static {@link dev.gonet.dns.Zone}.
 *
 * <p>Not here: the resolver machinery every platform shares (name rules, the resolver base,
 * hosts and resolv.conf parsing, RFC 6724 ordering: {@code dev.gonet.dns.internal}, not API), a
 * recursive resolver, DNSSEC validation, zone transfers, dynamic update, TSIG, or DNS over
 * UDP/TCP/TLS sockets (the JVM's stub resolver in {@code dev.gonet.jvm.dns} uses this codec over
 * its own sockets).
 */
package dev.gonet.dns;
