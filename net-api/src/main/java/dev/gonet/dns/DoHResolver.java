package dev.gonet.dns;

import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.Resolver;
import dev.gonet.SRVResult;
import dev.gonet.dns.internal.HostsFile;
import dev.gonet.http.Http;
import dev.gonet.http.RoundTripper;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Resolver} that asks DNS-over-HTTPS servers (RFC 8484), with Go 1.19's answers and
 * errors: the browser's default resolver, and usable on the JVM too over this library's HTTPS
 * client.
 *
 * <pre>{@code
 * Resolver r = new DoHResolver(List.of("https://127.0.0.1:8443/dns-query"))
 *         .withTimeout(Duration.ofSeconds(2)).withMethod(DoHResolver.Method.POST)
 *         .withHosts("127.0.0.1 echo.gonet.test\n").withCacheSize(256);
 * r.lookupHost("echo.gonet.test");  // [127.0.0.1], from the static entries
 * r.lookupHost("nx.example");       // DNSException: lookup nx.example on https://127.0.0.1:8443/dns-query: no such host
 * }</pre>
 *
 * <p><b>Lookups.</b> Static entries ({@link #withHosts}, hosts-file syntax) are consulted first,
 * as Go reads {@code /etc/hosts} first; {@code localhost} is always {@code 127.0.0.1} and
 * {@code ::1} there, as a default hosts file has it (RFC 6761: never asked of a server). Then each question goes to the endpoints in order: GET
 * with {@code ?dns=} (base64url, no padding) and message ID 0 so HTTP caches can share answers,
 * or POST with {@code Content-Type: application/dns-message}; queries carry EDNS(0) and, unless
 * {@link #withPadding(boolean) turned off}, RFC 8467 padding. An answer that settles the question
 * (addresses, NXDOMAIN, or NODATA: the name exists without the type) ends it; a network error, a
 * timeout, an HTTP error status, a media type other than {@code application/dns-message}, a
 * malformed or mismatched message, SERVFAIL, REFUSED or a lame referral moves on to the next
 * endpoint, and the last failure is reported. A and AAAA are asked in parallel (a thread from the
 * {@link Platform}), merged A first. A CNAME chain is followed inside the answer from the name
 * asked (each alias owned by the previous target, at most 16); records of other owners are
 * ignored. There is no search list: every name is absolute.
 *
 * <p><b>Errors.</b> {@link dev.gonet.DNSException}s name the endpoint as the server:
 * {@code lookup nx.example on https://127.0.0.1:8443/dns-query: no such host}.
 * {@code isNotFound} for NXDOMAIN and NODATA, {@code isTimeout} when the per-query timeout passed,
 * {@code isTemporary} for timeouts, network errors, HTTP 5xx and SERVFAIL.
 *
 * <p><b>Cache.</b> Answers are kept for the smallest TTL of the records used (chain included),
 * at most {@link #withMaxTTL max TTL}; negative answers for the SOA's TTL or MINIMUM, whichever is
 * smaller (RFC 2308), at most {@link #withMaxNegativeTTL max negative TTL}, and not at all
 * without an SOA. At most {@link #withCacheSize cache size} entries (one per name and type),
 * least recently used dropped first.
 *
 * <p><b>Contract.</b> Immutable configuration: every {@code with*} returns a new resolver with an
 * empty cache of its own. Thread-safe; every lookup blocks the calling thread, for at most the
 * timeout per endpoint tried (twice that for nothing: A and AAAA run at once). The transport
 * defaults to {@link Http#defaultTransport()} and the platform (for threads) to
 * {@link Platforms#get()}, both looked up at first use.
 */
public final class DoHResolver implements Resolver {
    /**
     * The default endpoints: public services that answer browsers from any origin (CORS), tried
     * in this order. Point a resolver at your own with {@link #DoHResolver(List)}.
     */
    public static final List<String> DEFAULT_ENDPOINTS =
            List.of("https://cloudflare-dns.com/dns-query", "https://dns.google/dns-query");
    /** Per query and endpoint: Go's resolv.conf default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Entries (name and type) the cache holds at most. */
    public static final int DEFAULT_CACHE_SIZE = 1024;
    /** The longest an answer is cached, whatever its TTL says. */
    public static final Duration DEFAULT_MAX_TTL = Duration.ofDays(1);
    /** The longest a negative answer is cached (RFC 2308 section 5 suggests 1 to 3 hours). */
    public static final Duration DEFAULT_MAX_NEGATIVE_TTL = Duration.ofHours(1);
    /** The longest CNAME chain followed inside one answer. */
    public static final int MAX_CNAME_CHAIN = CnameChain.MAX_LENGTH;

    /**
     * Entries every resolver has before its own {@link #withHosts static entries}: {@code localhost}
     * is the loopback addresses and never asked of a server (RFC 6761 section 6.3; what a default
     * {@code /etc/hosts} gives Go). Static entries for {@code localhost} add to these.
     */
    static final String LOCALHOST = "127.0.0.1 localhost\n::1 localhost\n";

    /** How queries travel (RFC 8484 section 4.1). */
    public enum Method {
        /** {@code GET ...?dns=<base64url>}: cacheable by HTTP caches; the default. */
        GET,
        /** {@code POST} with the message as body. */
        POST
    }

    private final List<String> endpoints;
    private final Method method;
    private final Duration timeout;
    private final String hostsText;
    private final int cacheSize;
    private final Duration maxTtl;
    private final Duration maxNegativeTtl;
    private final boolean padding;
    private final RoundTripper transport; // null: Http.defaultTransport() at first use
    private final Platform platform; // null: Platforms.get() at first use
    private final DoHLookups lookups;

    /** A resolver for {@link #DEFAULT_ENDPOINTS}. */
    public DoHResolver() {
        this(DEFAULT_ENDPOINTS);
    }

    /**
     * A resolver asking {@code endpoints} ({@code https://host/dns-query}; {@code http} works
     * too, for tests and loopback) in order.
     *
     * @param endpoints the DoH endpoint URLs, tried in order
     * @throws IllegalArgumentException for an empty list or a URL that is not http(s) with a host
     *
     */
    public DoHResolver(List<String> endpoints) {
        this(checked(endpoints), Method.GET, DEFAULT_TIMEOUT, "", DEFAULT_CACHE_SIZE, DEFAULT_MAX_TTL,
                DEFAULT_MAX_NEGATIVE_TTL, true, null, null);
    }

    private DoHResolver(List<String> endpoints, Method method, Duration timeout, String hostsText, int cacheSize,
            Duration maxTtl, Duration maxNegativeTtl, boolean padding, RoundTripper transport, Platform platform) {
        this.endpoints = endpoints;
        this.method = method;
        this.timeout = timeout;
        this.hostsText = hostsText;
        this.cacheSize = cacheSize;
        this.maxTtl = maxTtl;
        this.maxNegativeTtl = maxNegativeTtl;
        this.padding = padding;
        this.transport = transport;
        this.platform = platform;
        DoHClient client = new DoHClient(endpoints, method == Method.POST, timeout, padding,
                () -> transport != null ? transport : Http.defaultTransport(), new DoHCache(cacheSize),
                maxTtl.getSeconds(), maxNegativeTtl.getSeconds());
        this.lookups = new DoHLookups(HostsFile.parse(LOCALHOST + hostsText), HostsFile.parse(hostsText), client,
                () -> platform != null ? platform : Platforms.get());
    }

    private static List<String> checked(List<String> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("DoH resolver needs at least one endpoint");
        }
        for (String e : endpoints) {
            URL u;
            try {
                u = URL.parse(Objects.requireNonNull(e, "endpoint"));
            } catch (URLException x) {
                throw new IllegalArgumentException("DoH endpoint " + e + ": " + x.getMessage(), x);
            }
            if (!(u.scheme().equals("https") || u.scheme().equals("http")) || u.host().isEmpty()) {
                throw new IllegalArgumentException("DoH endpoint " + e + ": want an http or https URL with a host");
            }
        }
        return List.copyOf(endpoints);
    }

    private DoHResolver copy(List<String> endpoints, Method method, Duration timeout, String hostsText, int cacheSize,
            Duration maxTtl, Duration maxNegativeTtl, boolean padding, RoundTripper transport, Platform platform) {
        return new DoHResolver(endpoints, method, timeout, hostsText, cacheSize, maxTtl, maxNegativeTtl, padding,
                transport, platform);
    }

    /**
     * The same settings with other endpoints.
     *
     * @param endpoints the DoH endpoint URLs, tried in order
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withEndpoints(List<String> endpoints) {
        return copy(checked(endpoints), method, timeout, hostsText, cacheSize, maxTtl, maxNegativeTtl, padding,
                transport, platform);
    }

    /**
     * GET (the default) or POST.
     *
     * @param m the method
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withMethod(Method m) {
        return copy(endpoints, Objects.requireNonNull(m, "method"), timeout, hostsText, cacheSize, maxTtl,
                maxNegativeTtl, padding, transport, platform);
    }

    /**
     * How long one query may take at one endpoint, the whole HTTP exchange included; default 5 s.
     *
     * @param d the timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withTimeout(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + d);
        }
        return copy(endpoints, method, d, hostsText, cacheSize, maxTtl, maxNegativeTtl, padding, transport, platform);
    }

    /**
     * Static entries in hosts-file syntax ({@code 127.0.0.1 echo.gonet.test alias}), answered
     * before any query, as Go's {@code /etc/hosts}; replaces earlier ones.
     *
     * @param text the entries, in hosts-file syntax
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withHosts(String text) {
        return copy(endpoints, method, timeout, Objects.requireNonNull(text, "hosts"), cacheSize, maxTtl,
                maxNegativeTtl, padding, transport, platform);
    }

    /**
     * Entries kept at most (default 1024); 0 turns the cache off.
     *
     * @param n the cache size
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withCacheSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + n);
        }
        return copy(endpoints, method, timeout, hostsText, n, maxTtl, maxNegativeTtl, padding, transport, platform);
    }

    /**
     * The cap on positive TTLs (default 1 day).
     *
     * @param d the max TTL
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withMaxTTL(Duration d) {
        return copy(endpoints, method, timeout, hostsText, cacheSize, nonNegative(d), maxNegativeTtl, padding,
                transport, platform);
    }

    /**
     * The cap on negative TTLs (default 1 hour).
     *
     * @param d the max negative TTL
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withMaxNegativeTTL(Duration d) {
        return copy(endpoints, method, timeout, hostsText, cacheSize, maxTtl, nonNegative(d), padding, transport,
                platform);
    }

    /**
     * Whether queries are padded to 128-byte blocks (RFC 8467); default on.
     *
     * @param on whether to turn it on
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withPadding(boolean on) {
        return copy(endpoints, method, timeout, hostsText, cacheSize, maxTtl, maxNegativeTtl, on, transport, platform);
    }

    /**
     * The HTTP exchange: any {@link RoundTripper}, e.g. a {@code Transport} with its own {@code
     * TLSConfig}, or the browser's fetch. Default: {@link Http#defaultTransport()}.
     *
     * @param rt the transport
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withTransport(RoundTripper rt) {
        return copy(endpoints, method, timeout, hostsText, cacheSize, maxTtl, maxNegativeTtl, padding,
                Objects.requireNonNull(rt, "transport"), platform);
    }

    /**
     * Where the parallel A/AAAA query's thread comes from. Default: {@link Platforms#get()}.
     *
     * @param p the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHResolver withPlatform(Platform p) {
        return copy(endpoints, method, timeout, hostsText, cacheSize, maxTtl, maxNegativeTtl, padding, transport,
                Objects.requireNonNull(p, "platform"));
    }

    private static Duration nonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("TTL cap must not be negative: " + d);
        }
        return d;
    }

    /** {@return the DoH endpoint URLs, tried in order} */
    public List<String> endpoints() {
        return endpoints;
    }

    /** {@return the HTTP method of queries, GET or POST} */
    public Method method() {
        return method;
    }

    /** {@return the limit for one query to one endpoint} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return the most answers the cache keeps, zero for no cache} */
    public int cacheSize() {
        return cacheSize;
    }

    /** {@return the longest time an answer is cached, whatever its TTL} */
    public Duration maxTTL() {
        return maxTtl;
    }

    /** {@return the longest time a negative answer is cached} */
    public Duration maxNegativeTTL() {
        return maxNegativeTtl;
    }

    /** {@return whether queries are padded to 128-byte blocks (RFC 8467) to hide their length} */
    public boolean padding() {
        return padding;
    }

    /**
     * {@return how many answers the cache holds now (expired ones included until they are next asked for)}
     */
    public int cachedEntries() {
        return lookups.cache().size();
    }

    @Override
    public List<String> lookupHost(String host) throws IOException {
        return lookups.lookupHost(host);
    }

    @Override
    public List<IP> lookupIP(String network, String host) throws IOException {
        return lookups.lookupIP(network, host);
    }

    @Override
    public List<String> lookupAddr(String addr) throws IOException {
        return lookups.lookupAddr(addr);
    }

    @Override
    public int lookupPort(String network, String service) throws IOException {
        return lookups.lookupPort(network, service);
    }

    @Override
    public String lookupCNAME(String host) throws IOException {
        return lookups.lookupCNAME(host);
    }

    @Override
    public List<MX> lookupMX(String name) throws IOException {
        return lookups.lookupMX(name);
    }

    @Override
    public SRVResult lookupSRV(String service, String proto, String name) throws IOException {
        return lookups.lookupSRV(service, proto, name);
    }

    @Override
    public List<String> lookupTXT(String name) throws IOException {
        return lookups.lookupTXT(name);
    }

    @Override
    public List<NS> lookupNS(String name) throws IOException {
        return lookups.lookupNS(name);
    }

    @Override
    public String toString() {
        return "DoHResolver" + endpoints;
    }
}
