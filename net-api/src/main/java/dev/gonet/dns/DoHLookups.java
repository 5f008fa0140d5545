package dev.gonet.dns;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import dev.gonet.dns.internal.AddrSelect;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.dns.internal.GoResolver;
import dev.gonet.dns.internal.HostsFile;
import dev.gonet.dns.internal.Services;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link DoHResolver}'s lookups as the hooks of Go's resolver: the static hosts first, then DNS
 * over HTTPS through a {@link DoHClient}. Every name is asked as given, made absolute: there is no
 * search list.
 */
final class DoHLookups extends GoResolver {
    private final HostsFile hosts; // forward lookups: the static entries and localhost
    private final HostsFile reverse; // reverse lookups: the static entries alone
    private final DoHClient dns;
    private final Supplier<Platform> platform;

    /**
     * {@code hosts} answers names, {@code reverse} addresses: the caller's static entries in both,
     * plus {@code localhost} in {@code hosts} only (RFC 6761 is about names; a loopback address
     * asked in reverse still goes to DNS).
     */
    DoHLookups(HostsFile hosts, HostsFile reverse, DoHClient dns, Supplier<Platform> platform) {
        this.hosts = hosts;
        this.reverse = reverse;
        this.dns = dns;
        this.platform = platform;
    }

    DoHCache cache() {
        return dns.cache();
    }

    /** Go's {@code goLookupHostOrder}: hosts-file text as written, else the addresses found. */
    @Override
    protected List<String> hostAddrs(String host) throws IOException {
        List<String> fromFile = hosts.addrs(host);
        if (!fromFile.isEmpty()) {
            return fromFile;
        }
        List<String> out = new ArrayList<>();
        for (DnsNames.IPZone a : ipAddrs("ip", host)) {
            out.add(a.toString());
        }
        return out;
    }

    @Override
    protected List<DnsNames.IPZone> ipAddrs(String network, String host) throws IOException {
        List<DnsNames.IPZone> fromFile = filesIPs(host);
        if (!fromFile.isEmpty()) {
            return fromFile;
        }
        return queryIP(network, host).addrs;
    }

    /** Go's {@code goLookupIPFiles}: static addresses with zones, in RFC 6724 order. */
    private List<DnsNames.IPZone> filesIPs(String host) {
        List<DnsNames.IPZone> out = new ArrayList<>();
        for (String a : hosts.addrs(host)) {
            String[] hz = DnsNames.splitHostZone(a);
            IP ip = IP.parse(hz[0]);
            if (ip != null) {
                out.add(new DnsNames.IPZone(ip, hz[1]));
            }
        }
        sortUnknownSources(out);
        return out;
    }

    /**
     * Go's {@code sortByRFC6724} where no source address can be known (a page cannot open a UDP
     * socket to ask the system): every source is missing, so RFC 6724's rule 1 ranks all
     * destinations alike and Go's stable sort keeps the order found, IPv4 answers first.
     */
    private static void sortUnknownSources(List<DnsNames.IPZone> addrs) {
        List<IP> srcs = new ArrayList<>();
        for (int i = 0; i < addrs.size(); i++) {
            srcs.add(null);
        }
        AddrSelect.sort(addrs, srcs);
    }

    private record IPResult(List<DnsNames.IPZone> addrs, String cname) {
    }

    /** One query's outcome: an answer or Go's error for it. */
    private record Reply(DoHClient.Answer answer, DNSException error) {
    }

    /**
     * Go's {@code goLookupIPCNAMEOrder} after the hosts file: A and AAAA in parallel (or one of
     * them, by the network's last character), merged A first; an error only when neither found
     * anything. {@code .onion} names find nothing and fail nowhere, as in Go.
     */
    private IPResult queryIP(String network, String host) throws IOException {
        if (!DnsNames.isDomainName(host)) {
            throw noSuchHost(host);
        }
        if (DnsNames.avoidDNS(host)) {
            return new IPResult(List.of(), "");
        }
        Name q = Name.parse(DnsNames.ensureRooted(host));
        char v = network.charAt(network.length() - 1);
        int[] qtypes = v == '4' ? new int[] {RRType.A} : v == '6' ? new int[] {RRType.AAAA} : new int[] {RRType.A, RRType.AAAA};
        List<DnsNames.IPZone> addrs = new ArrayList<>();
        String cname = "";
        DNSException lastErr = null;
        for (Reply r : parallel(host, q, qtypes)) {
            if (r.error() != null) {
                lastErr = r.error();
                continue;
            }
            for (Resource rr : r.answer().records()) {
                addrs.add(new DnsNames.IPZone(rr instanceof AResource a ? a.a() : ((AAAAResource) rr).aaaa(), ""));
            }
            if (cname.isEmpty()) {
                cname = r.answer().canonical().toString();
            }
        }
        sortUnknownSources(addrs);
        if (addrs.isEmpty() && lastErr != null) {
            throw lastErr;
        }
        return new IPResult(addrs, cname);
    }

    /** Runs the first queries on the platform's threads and the last on this one, as Go's goroutines. */
    private List<Reply> parallel(String host, Name q, int[] qtypes) {
        Reply[] out = new Reply[qtypes.length];
        Object done = new Object();
        int[] pending = {qtypes.length - 1}; // guarded by done
        for (int i = 0; i < qtypes.length; i++) {
            int k = i;
            Runnable ask = () -> {
                Reply r;
                try {
                    r = new Reply(dns.exchange(host, q, qtypes[k]), null);
                } catch (DNSException e) {
                    r = new Reply(null, e);
                }
                synchronized (done) {
                    out[k] = r;
                    if (k < qtypes.length - 1) {
                        pending[0]--;
                        done.notifyAll();
                    }
                }
            };
            if (i == qtypes.length - 1) {
                ask.run();
            } else {
                platform.get().startThread("gonet-doh", ask);
            }
        }
        boolean interrupted = false;
        synchronized (done) {
            while (pending[0] > 0) {
                try {
                    done.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the queries are bounded by their timeouts
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return List.of(out);
    }

    /** Go's {@code goLookupPTR}: static names, else PTR records of the arpa name. */
    @Override
    protected List<String> ptr(String addr) throws IOException {
        List<String> names = reverse.names(addr);
        if (!names.isEmpty()) {
            return names;
        }
        String arpa = DnsNames.reverseaddr(addr);
        if (arpa == null) {
            throw new DNSException("unrecognized address", addr, "", false, false, false);
        }
        List<String> out = new ArrayList<>();
        for (Resource r : lookup(arpa, RRType.PTR).records()) {
            out.add(((PTRResource) r).ptr().toString());
        }
        return out;
    }

    /** Go's built-in services table: a page has no {@code /etc/services}. */
    @Override
    protected int servicePort(String network, String service) throws IOException {
        return Services.builtin().port(network, service);
    }

    /**
     * The end of the CNAME chain of the first address record found; for a static name its
     * spelling, rooted (as Go's cgo resolver answers for a hosts-file name).
     */
    @Override
    protected String canonicalName(String host) throws IOException {
        String spelling = hosts.spelling(host);
        if (spelling != null) {
            return DnsNames.ensureRooted(spelling);
        }
        return queryIP("ip", host).cname();
    }

    /** Go's {@code Resolver.lookup}: one type for a valid name, absolute. */
    private DoHClient.Answer lookup(String name, int qtype) throws IOException {
        if (!DnsNames.isDomainName(name) || DnsNames.avoidDNS(name)) {
            throw noSuchHost(name);
        }
        return dns.exchange(name, Name.parse(DnsNames.ensureRooted(name)), qtype);
    }

    @Override
    protected List<MX> mx(String name) throws IOException {
        List<MX> out = new ArrayList<>();
        for (Resource r : lookup(name, RRType.MX).records()) {
            MXResource mx = (MXResource) r;
            out.add(new MX(mx.mx().toString(), mx.preference()));
        }
        return out;
    }

    @Override
    protected SRVResult srv(String target) throws IOException {
        DoHClient.Answer a = lookup(target, RRType.SRV);
        List<SRV> out = new ArrayList<>();
        for (Resource r : a.records()) {
            SRVResource s = (SRVResource) r;
            out.add(new SRV(s.target().toString(), s.port(), s.priority(), s.weight()));
        }
        return new SRVResult(a.canonical().toString(), out);
    }

    @Override
    protected List<String> txt(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (Resource r : lookup(name, RRType.TXT).records()) {
            out.add(((TXTResource) r).joined());
        }
        return out;
    }

    @Override
    protected List<NS> ns(String name) throws IOException {
        List<NS> out = new ArrayList<>();
        for (Resource r : lookup(name, RRType.NS).records()) {
            out.add(new NS(((NSResource) r).ns().toString()));
        }
        return out;
    }
}
