package dev.gonet;

import java.io.IOException;
import java.util.List;

/**
 * Go's {@code net.Resolver}: name and service lookups. {@link Net}'s lookup functions use the
 * platform's default ({@code Platforms.get().resolver()}): the system resolver on the JVM, DNS
 * over HTTPS in the browser. Implementations are thread-safe; every method blocks.
 *
 * <p>Failures are {@link DNSException}s with Go's text
 * ({@code lookup nxdomain.invalid: no such host}) and {@code isNotFound()} /
 * {@code isTimeout()} set. IP literals are answered without a query, as in Go.
 */
public interface Resolver {

    /** Go's LookupHost: the addresses of {@code host} as text, IPv4 and IPv6. */
    List<String> lookupHost(String host) throws IOException;

    /** Go's LookupIP: {@code network} is {@code ip}, {@code ip4} or {@code ip6}. */
    List<IP> lookupIP(String network, String host) throws IOException;

    /** Go's LookupAddr: names for an address (reverse lookup). */
    List<String> lookupAddr(String addr) throws IOException;

    /** Go's LookupPort: {@code network} is {@code tcp}, {@code udp} (or their 4/6 forms), {@code ""} for either. */
    int lookupPort(String network, String service) throws IOException;

    /** Go's LookupCNAME: the canonical name, fully qualified with a trailing dot. */
    String lookupCNAME(String host) throws IOException;
}
