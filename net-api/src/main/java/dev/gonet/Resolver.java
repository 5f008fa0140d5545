package dev.gonet;

import java.io.IOException;
import java.util.List;

/**
 * Go's {@code net.Resolver}: name and service lookups. {@link Net}'s lookup functions use the
 * platform's default ({@code Platforms.get().resolver()}): on the JVM the hosts file and then the
 * system ({@code dev.gonet.jvm.dns.SystemResolver}, which also builds resolvers with their own
 * files and options); in the browser, what net-web's platform provides. DNS over HTTPS
 * ({@code dev.gonet.dns.DoHResolver}) works on both platforms. As in Go, MX, SRV, TXT and NS lookups always use a DNS client of the library's
 * own, never the operating system's. Implementations are thread-safe; every method blocks.
 *
 * <p>Answers and errors are Go 1.19's on Linux, including its types:
 * <ul>
 * <li>{@link DNSException} for failed lookups, with Go's text
 *     ({@code lookup nxdomain.invalid: no such host}, or {@code ... on 127.0.0.1:53: ...} when a
 *     server was asked) and {@code isNotFound()} / {@code isTimeout()} / {@code isTemporary()};
 *     an empty name or one that is not a valid domain name is {@code no such host} without a
 *     query;</li>
 * <li>{@link AddrException} for Go's {@code AddrError}s: {@code address ::1: no suitable address
 *     found}, {@code address 65536: invalid port}, {@code address tcp/nosuchservice: unknown
 *     port}, {@code address foo: unknown network} (from {@code lookupPort});</li>
 * <li>{@link SentinelException} of kind {@link Sentinel#UNKNOWN_NETWORK} for a bad
 *     {@code lookupIP} network: {@code unknown network tcp}.</li>
 * </ul>
 * IP literals are answered without a query. {@code null} arguments are read as {@code ""}.
 */
public interface Resolver {

    /**
     * {@return Go's LookupHost: the addresses of {@code host} as text, IPv4 and IPv6} An IP literal (zone
     *   allowed) comes back exactly as given; hosts-file entries in file order.
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<String> lookupHost(String host) throws IOException;

    /**
     * {@return Go's LookupIP: {@code network} is {@code ip}, {@code ip4} or {@code ip6}, optionally with a
     *   protocol as Go accepts it ({@code ip4:icmp}, {@code ip6:58}); addresses in Go's RFC 6724 order,
     *   zones dropped ({@code fe80::1%lo} gives {@code fe80::1})} When none is of the asked family: {@code
     *   address <host>: no suitable address found}.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<IP> lookupIP(String network, String host) throws IOException;

    /**
     * {@return Go's LookupAddr: names for an address (reverse lookup)} Names from the hosts file keep Go's
     *   form: a trailing dot only on names that contain a dot ({@code localhost}, {@code host.example.});
     *   names from DNS always end in a dot. Not found: {@link DNSException#isNotFound()}.
     *
     * @param addr the IP address to look up
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<String> lookupAddr(String addr) throws IOException;

    /**
     * {@return Go's LookupPort: {@code network} is {@code tcp}, {@code udp} (or their 4/6 forms), or
     *   {@code ""} which, as in Go, only accepts numbers; numeric services need no lookup}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param service the service name or port number, e.g. {@code http} or {@code 80}
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    int lookupPort(String network, String service) throws IOException;

    /**
     * {@return Go's LookupCNAME: the canonical name, fully qualified with a trailing dot}
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    String lookupCNAME(String host) throws IOException;

    /**
     * {@return Go's LookupMX: the mail exchangers of {@code name}, sorted by preference (equal preferences
     *   in random order)} Hosts end in a dot. A host that is not a valid domain name fails the lookup with
     *   {@code DNS response contained records which contain invalid names}.
     *
     * @param name the domain name
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<MX> lookupMX(String name) throws IOException;

    /**
     * {@return Go's LookupSRV: the records of {@code _service._proto.name}, or of {@code name} itself when
     *   {@code service} and {@code proto} are both empty, with the name they belong to, in RFC 2782 order
     *   ({@link SRVResult})}
     *
     * @param service the service name or port number, e.g. {@code http} or {@code 80}
     * @param proto the protocol, e.g. {@code HTTP/1.1}
     * @param name the domain name
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    SRVResult lookupSRV(String service, String proto, String name) throws IOException;

    /**
     * {@return Go's LookupTXT: one string per TXT record, the record's strings joined without separator
     *   (bytes decoded as UTF-8)}
     *
     * @param name the domain name
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<String> lookupTXT(String name) throws IOException;

    /**
     * {@return Go's LookupNS: the name servers of {@code name}; hosts end in a dot}
     *
     * @param name the domain name
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    List<NS> lookupNS(String name) throws IOException;
}
