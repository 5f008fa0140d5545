package dev.gonet.jvm.dns;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.Net;
import dev.gonet.Resolver;
import dev.gonet.SRVResult;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.dns.internal.GoResolver;
import dev.gonet.dns.internal.HostsFile;
import dev.gonet.dns.internal.ResolvConf;
import dev.gonet.dns.internal.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JVM's {@link Resolver}, with Go 1.19's answers and errors on Linux. Thread-safe; every
 * method blocks.
 *
 * <p>Every lookup reads the hosts file first, as Go's resolver does ({@code files} before
 * {@code dns}): names match case-insensitively, and addresses come back in RFC 6724 order for
 * {@code lookupIP} but in file order for {@code lookupHost}. Names that are not valid domain names
 * fail with {@code lookup <name>: no such host} without a query. What the hosts file does not
 * answer goes, by default, to the operating system through {@link InetAddress} (like Go's cgo
 * resolver; its errors name no server). With {@link #withPreferGo(boolean) preferGo}, it goes
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
 *
 * <p><b>Configuration.</b> An immutable value like every configuration in gonet: each
 * {@code with...} returns a new resolver with the change and caches of its own (nothing is read
 * until its first lookup), e.g.
 * {@code new SystemResolver().withPreferGo(true).withNameservers("127.0.0.1:5353")}.
 */
public final class SystemResolver extends GoResolver {
    private final Settings settings;
    private final CachedFile<HostsFile> hosts;
    private final CachedFile<Services> services;
    private final DnsClient dns;
    private final boolean preferGo;

    /**
     * Everything a {@code with...} copies: the files and options, as the fields of Go's
     * {@code net.Resolver} and the files Go reads; never the caches read from the files.
     */
    private record Settings(Path hostsFile, Path servicesFile, Path protocolsFile, Path resolvConf,
            List<String> nameservers, long timeoutMillis, boolean preferGo, boolean strictErrors) {
    }

    /** The default: {@code /etc/hosts}, {@code /etc/services}, {@code /etc/resolv.conf}, the system's lookups. */
    public SystemResolver() {
        this(new Settings(Path.of("/etc/hosts"), Path.of("/etc/services"), Path.of("/etc/protocols"),
                Path.of("/etc/resolv.conf"), List.of(), 0, false, false));
    }

    private SystemResolver(Settings s) {
        settings = s;
        // Go re-reads the hosts file and resolv.conf when they change (checked every 5 s) but
        // reads services and protocols once per process. Nothing is read before the first lookup,
        // so a with... is cheap.
        hosts = new CachedFile<>(s.hostsFile(), 5_000, HostsFile::parse, () -> HostsFile.EMPTY);
        CachedFile<String> protocols = new CachedFile<>(s.protocolsFile(), Long.MAX_VALUE, t -> t, () -> "");
        services = new CachedFile<>(s.servicesFile(), Long.MAX_VALUE,
                t -> Services.parse(t, protocols.get()), () -> Services.parse("", protocols.get()));
        CachedFile<ResolvConf> conf = new CachedFile<>(s.resolvConf(), 5_000,
                t -> ResolvConf.parse(t, hostname()), () -> ResolvConf.missing(hostname()));
        dns = new DnsClient(conf::get, s.nameservers(), s.timeoutMillis(), s.strictErrors());
        preferGo = s.preferGo();
    }

    // ---- configuration: each with... returns a new resolver with its own caches ----

    /**
     * The hosts file, default {@code /etc/hosts}; a missing file has no entries.
     *
     * @param path the file's path
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withHostsFile(Path path) {
        Settings s = settings;
        return new SystemResolver(new Settings(Objects.requireNonNull(path, "path"), s.servicesFile(),
                s.protocolsFile(), s.resolvConf(), s.nameservers(), s.timeoutMillis(), s.preferGo(), s.strictErrors()));
    }

    /**
     * The services file, default {@code /etc/services}; Go's built-in table always applies.
     *
     * @param path the file's path
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withServicesFile(Path path) {
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), Objects.requireNonNull(path, "path"),
                s.protocolsFile(), s.resolvConf(), s.nameservers(), s.timeoutMillis(), s.preferGo(), s.strictErrors()));
    }

    /**
     * The protocols file for {@code ip4:name} networks, default {@code /etc/protocols}.
     *
     * @param path the file's path
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withProtocolsFile(Path path) {
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), Objects.requireNonNull(path, "path"),
                s.resolvConf(), s.nameservers(), s.timeoutMillis(), s.preferGo(), s.strictErrors()));
    }

    /**
     * The resolver configuration, default {@code /etc/resolv.conf} (Go's defaults when missing).
     *
     * @param path the file's path
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withResolvConf(Path path) {
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), s.protocolsFile(),
                Objects.requireNonNull(path, "path"), s.nameservers(), s.timeoutMillis(), s.preferGo(), s.strictErrors()));
    }

    /**
     * Name servers as {@code ip:port} ({@code [::1]:5353}), replacing those of
     * {@code resolv.conf} (whose options still apply): what Go's {@code Resolver.Dial} hook
     * is mostly used for. None (the default) means resolv.conf's. Fails on anything but IP
     * literals with a port.
     *
     * @param servers the nameservers
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withNameservers(String... servers) {
        List<String> out = new ArrayList<>();
        for (String server : servers) {
            HostPort hp;
            try {
                hp = Net.splitHostPort(Objects.requireNonNull(server, "server"));
            } catch (AddrException e) {
                throw new IllegalArgumentException("name server " + server + ": " + e.getMessage(), e);
            }
            if (DnsNames.parseIPZone(hp.host()) == null || !isPort(hp.port())) {
                throw new IllegalArgumentException("name server " + server
                        + ": want an IP literal and a port, as 127.0.0.1:53");
            }
            out.add(Net.joinHostPort(hp.host(), hp.port()));
        }
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), s.protocolsFile(), s.resolvConf(),
                List.copyOf(out), s.timeoutMillis(), s.preferGo(), s.strictErrors()));
    }

    private static boolean isPort(String p) {
        if (p.isEmpty() || p.length() > 5) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return false;
            }
        }
        int n = Integer.parseInt(p);
        return n > 0 && n <= 65535;
    }

    /**
     * Per-try timeout of the stub resolver, replacing {@code options timeout:} (Go: 5 s); must
     * be positive.
     *
     * @param perTry the limit for each attempt
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withTimeout(Duration perTry) {
        if (perTry.isNegative() || perTry.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + perTry);
        }
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), s.protocolsFile(), s.resolvConf(),
                s.nameservers(), Math.max(1, perTry.toMillis()), s.preferGo(), s.strictErrors()));
    }

    /**
     * Go's {@code PreferGo}: the stub resolver instead of the operating system's lookups.
     *
     * @param v the new {@code PreferGo} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withPreferGo(boolean v) {
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), s.protocolsFile(), s.resolvConf(),
                s.nameservers(), s.timeoutMillis(), v, s.strictErrors()));
    }

    /**
     * Go's {@code StrictErrors}: a temporary error fails the whole lookup, no partial results.
     *
     * @param v the new {@code StrictErrors} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public SystemResolver withStrictErrors(boolean v) {
        Settings s = settings;
        return new SystemResolver(new Settings(s.hostsFile(), s.servicesFile(), s.protocolsFile(), s.resolvConf(),
                s.nameservers(), s.timeoutMillis(), s.preferGo(), v));
    }

    /** {@return the hosts file ({@link #withHostsFile})} */
    public Path hostsFile() {
        return settings.hostsFile();
    }

    /** {@return the services file ({@link #withServicesFile})} */
    public Path servicesFile() {
        return settings.servicesFile();
    }

    /** {@return the protocols file ({@link #withProtocolsFile})} */
    public Path protocolsFile() {
        return settings.protocolsFile();
    }

    /** {@return the resolver configuration file ({@link #withResolvConf})} */
    public Path resolvConf() {
        return settings.resolvConf();
    }

    /**
     * {@return the name servers that replace resolv.conf's ({@link #withNameservers}); empty =
     *   resolv.conf's}
     */
    public List<String> nameservers() {
        return settings.nameservers();
    }

    /** {@return the stub resolver's per-try timeout ({@link #withTimeout}); zero = resolv.conf's} */
    public Duration timeout() {
        return Duration.ofMillis(settings.timeoutMillis());
    }

    /** {@return Go's {@code PreferGo} ({@link #withPreferGo})} */
    public boolean preferGo() {
        return settings.preferGo();
    }

    /** {@return Go's {@code StrictErrors} ({@link #withStrictErrors})} */
    public boolean strictErrors() {
        return settings.strictErrors();
    }

    /**
     * Go's {@code os.Hostname} on Linux (the kernel's name), for the default search domain; read
     * from procfs because {@code InetAddress.getLocalHost()} may itself query DNS.
     */
    private static String hostname() {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/sys/kernel/hostname")), StandardCharsets.UTF_8).trim();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return "";
        }
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
