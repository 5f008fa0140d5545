package dev.gonet.jvm.dns;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.Resolver;
import dev.gonet.SRVResult;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.dns.internal.GoResolver;
import dev.gonet.dns.internal.HostsFile;
import dev.gonet.dns.internal.ResolvConf;
import dev.gonet.dns.internal.Services;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM's {@link Resolver}, with Go 1.19's answers and errors on Linux. Thread-safe; every
 * method blocks.
 *
 * <p>Every lookup reads the hosts file first, as Go's resolver does ({@code files} before
 * {@code dns}): names match case-insensitively, and addresses come back in RFC 6724 order for
 * {@code lookupIP} but in file order for {@code lookupHost}. Names that are not valid domain names
 * fail with {@code lookup <name>: no such host} without a query. What the hosts file does not
 * answer goes, by default, to the operating system through {@link InetAddress} (like Go's cgo
 * resolver; its errors name no server). With {@link Builder#preferGo(boolean) preferGo}, it goes
 * instead to Go's own stub resolver: UDP queries (TCP after truncation) to the
 * {@code resolv.conf} name servers, with Go's search list, retries, timeouts and errors that name
 * the server: {@code lookup nx.example on 127.0.0.1:53: no such host}.
 *
 * <p>{@code lookupCNAME} always uses the stub resolver for names the hosts file lacks (the JDK
 * cannot report canonical names). For a hosts-file name it answers like Go's cgo resolver,
 * {@code localhost.}, unless {@code preferGo} is set: then it fails exactly as Go's pure resolver
 * does, with {@code lookup localhost: DNS response contained records which contain invalid
 * names}. {@code lookupPort} reads {@code /etc/services} once, over Go's built-in table.
 *
 * <p>{@code lookupMX}, {@code lookupSRV}, {@code lookupTXT} and {@code lookupNS} always use the
 * stub resolver (the hosts file has no such records), as Go does on every Unix, whatever
 * {@code preferGo} says.
 */
public final class SystemResolver extends GoResolver {
    private final CachedFile<HostsFile> hosts;
    private final CachedFile<Services> services;
    private final DnsClient dns;
    private final boolean preferGo;

    /** The default: {@code /etc/hosts}, {@code /etc/services}, {@code /etc/resolv.conf}, the system's lookups. */
    public SystemResolver() {
        this(new SystemResolverBuilder());
    }

    SystemResolver(SystemResolverBuilder b) {
        // Go re-reads the hosts file and resolv.conf when they change (checked every 5 s) but
        // reads services and protocols once per process.
        hosts = new CachedFile<>(b.hostsFile, 5_000, HostsFile::parse, () -> HostsFile.EMPTY);
        CachedFile<String> protocols = new CachedFile<>(b.protocolsFile, Long.MAX_VALUE, s -> s, () -> "");
        services = new CachedFile<>(b.servicesFile, Long.MAX_VALUE,
                s -> Services.parse(s, protocols.get()), () -> Services.parse("", protocols.get()));
        CachedFile<ResolvConf> conf = new CachedFile<>(b.resolvConf, 5_000,
                s -> ResolvConf.parse(s, SystemResolverBuilder.hostname()),
                () -> ResolvConf.missing(SystemResolverBuilder.hostname()));
        dns = new DnsClient(conf::get, b.nameservers, b.timeoutMillis, b.strictErrors);
        preferGo = b.preferGo;
    }

    /** A builder for a resolver with its own files and options; see {@link Builder}. */
    public static Builder builder() {
        return new SystemResolverBuilder();
    }

    /**
     * Options, as the fields of Go's {@code net.Resolver} and the files Go reads. Each call
     * returns the same builder.
     */
    public interface Builder {
        /** The hosts file, default {@code /etc/hosts}; a missing file has no entries. */
        Builder hostsFile(java.nio.file.Path path);

        /** The services file, default {@code /etc/services}; Go's built-in table always applies. */
        Builder servicesFile(java.nio.file.Path path);

        /** The protocols file for {@code ip4:name} networks, default {@code /etc/protocols}. */
        Builder protocolsFile(java.nio.file.Path path);

        /** The resolver configuration, default {@code /etc/resolv.conf} (Go's defaults when missing). */
        Builder resolvConf(java.nio.file.Path path);

        /**
         * Name servers as {@code ip:port} ({@code [::1]:5353}), replacing those of
         * {@code resolv.conf} (whose options still apply): what Go's {@code Resolver.Dial} hook
         * is mostly used for. Fails on anything but IP literals with a port.
         */
        Builder nameservers(String... servers);

        /** Per-try timeout of the stub resolver, replacing {@code options timeout:} (Go: 5 s). */
        Builder timeout(java.time.Duration perTry);

        /** Go's {@code PreferGo}: the stub resolver instead of the operating system's lookups. */
        Builder preferGo(boolean preferGo);

        /** Go's {@code StrictErrors}: a temporary error fails the whole lookup, no partial results. */
        Builder strictErrors(boolean strict);

        SystemResolver build();
    }

    private HostsFile hosts() {
        return hosts.get();
    }

    /** Go's {@code goLookupHostOrder}: hosts-file text as written, else the addresses found. */
    @Override
    protected List<String> hostAddrs(String host) throws IOException {
        List<String> fromFile = hosts().addrs(host);
        if (!fromFile.isEmpty()) {
            return fromFile;
        }
        List<String> out = new ArrayList<>();
        for (DnsNames.IPZone a : ipAddrs("ip", host)) {
            out.add(a.toString());
        }
        return out;
    }

    /** Go's {@code goLookupIPCNAMEOrder} (files, then DNS or the system). */
    @Override
    protected List<DnsNames.IPZone> ipAddrs(String network, String host) throws IOException {
        List<DnsNames.IPZone> fromFile = filesIPs(host);
        if (!fromFile.isEmpty()) {
            return fromFile;
        }
        if (!DnsNames.isDomainName(host)) {
            throw noSuchHost(host);
        }
        return preferGo ? dns.lookupIP(network, host).addrs() : system(network, host);
    }

    /** Go's {@code goLookupIPFiles}: hosts-file addresses with zones, RFC 6724 order. */
    private List<DnsNames.IPZone> filesIPs(String host) {
        List<DnsNames.IPZone> out = new ArrayList<>();
        for (String a : hosts().addrs(host)) {
            String[] hz = DnsNames.splitHostZone(a);
            IP ip = IP.parse(hz[0]);
            if (ip != null) {
                out.add(new DnsNames.IPZone(ip, hz[1]));
            }
        }
        SourceAddrs.sortByRFC6724(out);
        return out;
    }

    /** The operating system's answer, as Go's cgo resolver gets it from getaddrinfo. */
    private List<DnsNames.IPZone> system(String network, String host) throws DNSException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            String m = e.getMessage();
            if (m != null && m.endsWith("Temporary failure in name resolution")) {
                // EAI_AGAIN: Go's cgo resolver reports gai_strerror's text and IsTemporary.
                throw new DNSException("Temporary failure in name resolution", host, "", false, true, false);
            }
            throw noSuchHost(host);
        }
        char v = network.charAt(network.length() - 1);
        List<DnsNames.IPZone> out = new ArrayList<>();
        for (InetAddress a : all) {
            IP ip = IP.of(a.getAddress());
            if (v == '4' && ip.to4() == null || v == '6' && ip.to4() != null) {
                continue; // getaddrinfo with AF_INET or AF_INET6, as cgo asks
            }
            out.add(new DnsNames.IPZone(ip, ""));
        }
        if (out.isEmpty()) {
            // No address of the asked family: getaddrinfo's EAI_NONAME, and Go's NODATA.
            throw noSuchHost(host);
        }
        SourceAddrs.sortByRFC6724(out);
        return out;
    }

    /** Go's {@code goLookupPTR}: hosts-file names, else PTR records (or the system's name). */
    @Override
    protected List<String> ptr(String addr) throws IOException {
        List<String> names = hosts().names(addr);
        if (!names.isEmpty()) {
            return names;
        }
        String arpa = DnsNames.reverseaddr(addr);
        if (arpa == null) {
            throw new DNSException("unrecognized address", addr, "", false, false, false);
        }
        if (preferGo) {
            return dns.lookupPTR(arpa, addr);
        }
        IP ip = IP.parse(addr);
        InetAddress a = InetAddress.getByAddress(ip.to4() != null ? ip.to4().bytes() : ip.bytes());
        String name = a.getCanonicalHostName();
        // The JDK answers the address itself when no name is found (or it does not map back).
        if (name == null || name.isEmpty() || DnsNames.parseIPZone(name) != null) {
            throw noSuchHost(addr);
        }
        return List.of(DnsNames.absDomainName(name));
    }

    @Override
    protected int servicePort(String network, String service) throws IOException {
        return services.get().port(network, service);
    }

    @Override
    protected int protocol(String name) throws IOException {
        return services.get().protocol(name);
    }

    @Override
    protected List<MX> mx(String name) throws IOException {
        return dns.lookupMX(name);
    }

    @Override
    protected SRVResult srv(String target) throws IOException {
        return dns.lookupSRV(target);
    }

    @Override
    protected List<String> txt(String name) throws IOException {
        return dns.lookupTXT(name);
    }

    @Override
    protected List<NS> ns(String name) throws IOException {
        return dns.lookupNS(name);
    }

    /** The hosts file's spelling rooted (cgo), or "" for it (pure Go), else the stub resolver's. */
    @Override
    protected String canonicalName(String host) throws IOException {
        if (!hosts().addrs(host).isEmpty()) {
            return preferGo ? "" : DnsNames.ensureRooted(hosts().spelling(host));
        }
        if (!DnsNames.isDomainName(host)) {
            throw noSuchHost(host);
        }
        return dns.lookupIP("ip", host).cname();
    }
}
