/**
 * Name resolution on the JVM: {@link dev.gonet.jvm.dns.SystemResolver}, the platform's default
 * {@code Resolver}, with Go 1.19's answers and errors on Linux: {@code /etc/hosts} first, then
 * Go's stub resolver over UDP and TCP to the servers of {@code /etc/resolv.conf} (the DNS message
 * codec of {@code dev.gonet.dns}), re-reading the files when they change. Only the file access
 * and the sockets are here: the rules (name checks, file parsing, the resolver base, RFC 6724
 * ordering) are the shared ones of {@code dev.gonet.dns.internal}, so the browser answers the
 * same inputs the same way.
 *
 * <p>Not here: DNS over HTTPS ({@code dev.gonet.dns.DoHResolver}, shared code), mDNS, or a
 * recursive resolver.
 */
package dev.gonet.jvm.dns;
