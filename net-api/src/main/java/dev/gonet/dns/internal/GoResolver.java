package dev.gonet.dns.internal;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.NetError;
import dev.gonet.Resolver;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import dev.gonet.SentinelException;
import dev.gonet.internal.AddrResolve;
import dev.gonet.internal.AddrText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform-independent half of Go 1.19's {@code net.Resolver} ({@code lookup.go},
 * {@code ipsock.go}): argument checks, IP literals, network filters and Go's error values,
 * around the hooks a platform fills in (Go's unexported {@code r.lookupHost},
 * {@code r.lookupIP}, {@code r.lookupAddr}, {@code r.lookupPort}, {@code r.lookupCNAME},
 * {@code r.lookupMX}, {@code r.lookupSRV}, {@code r.lookupTXT}, {@code r.lookupNS}).
 * TeaVM-safe, so every platform answers the same inputs with the same errors.
 */
public abstract class GoResolver implements Resolver {
    /** Go's {@code errMalformedDNSRecordsDetail}. */
    public static final String MALFORMED_RECORDS =
            "DNS response contained records which contain invalid names";
    /** Go's {@code errNoSuitableAddress}. */
    public static final String NO_SUITABLE_ADDRESS = "no suitable address found";

    /**
     * {@return Go's {@code r.lookupHost}: {@code host} is non-empty and not an IP literal}
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<String> hostAddrs(String host) throws IOException;

    /**
     * {@return Go's {@code r.lookupIP}: {@code network} is {@code ip}, {@code ip4} or {@code ip6} (a hint:
     *   which queries to send); {@code host} is non-empty and not an IP literal}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param host the host name or IP literal
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<DnsNames.IPZone> ipAddrs(String network, String host) throws IOException;

    /**
     * {@return Go's {@code r.lookupAddr}: names for {@code addr}, unvalidated}
     *
     * @param addr the address
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<String> ptr(String addr) throws IOException;

    /**
     * {@return Go's {@code r.lookupPort}: {@code service} is not numeric; {@code network} is one of {@code
     *   tcp}, {@code udp}, their 4/6 forms, or {@code ip} (for Go's {@code ""} wildcard)}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param service the service name or port number, e.g. {@code http} or {@code 80}
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract int servicePort(String network, String service) throws IOException;

    /**
     * {@return Go's {@code r.lookupCNAME}: the canonical name, unvalidated}
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract String canonicalName(String host) throws IOException;

    /**
     * {@return Go's {@code goLookupMX}: the MX records of {@code name}, any order, unvalidated}
     *
     * @param name the name
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<MX> mx(String name) throws IOException;

    /**
     * {@return Go's {@code goLookupSRV} after the target is built: the records of {@code target} (with the
     *   owner name as {@code cname}), any order, unvalidated}
     *
     * @param target the target name
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract SRVResult srv(String target) throws IOException;

    /**
     * {@return Go's {@code goLookupTXT}: one string per record}
     *
     * @param name the name
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<String> txt(String name) throws IOException;

    /**
     * {@return Go's {@code goLookupNS}: unvalidated}
     *
     * @param name the name
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected abstract List<NS> ns(String name) throws IOException;

    /**
     * {@return Go's {@code lookupProtocol}, for {@code ip:icmp}-style networks; the built-in table}
     *
     * @param name the name
     * @throws IOException a {@link dev.gonet.DNSException} if the lookup fails
     */
    protected int protocol(String name) throws IOException {
        return Services.builtin().protocol(name);
    }

    /** Go's {@code LookupHost}: IP literals (with zone) come back exactly as given. */
    @Override
    public final List<String> lookupHost(String host) throws IOException {
        host = orEmpty(host);
        if (host.isEmpty()) {
            throw noSuchHost(host);
        }
        if (DnsNames.parseIPZone(host) != null) {
            return List.of(host);
        }
        return List.copyOf(hostAddrs(host));
    }

    /**
     * Go's {@code Resolver.LookupIP}. The network is parsed as Go's {@code parseNetwork} does
     * ({@code ip4:icmp} is {@code ip4}); others fail with {@code unknown network}. Unlike Go's
     * method, which returns a single nil IP for {@code ""}, an empty host fails as Go's
     * package-level {@code LookupIP} does: {@code lookup : no such host}.
     */
    @Override
    public final List<IP> lookupIP(String network, String host) throws IOException {
        String afnet = ipNetwork(orEmpty(network));
        host = orEmpty(host);
        List<DnsNames.IPZone> ips = new ArrayList<>(lookupIPAddr(afnet, host));
        // Go issue 18806: "::" may be bindable but not dialable; 0.0.0.0 is offered too.
        if (ips.size() == 1 && ips.get(0).ip().equal(IP.IPv6unspecified)) {
            ips.add(new DnsNames.IPZone(IP.IPv4zero, ""));
        }
        char last = afnet.charAt(afnet.length() - 1);
        List<IP> out = new ArrayList<>(ips.size());
        for (DnsNames.IPZone a : ips) {
            IP ip = a.ip();
            boolean v4 = ip.to4() != null;
            if (last == '4' && !v4 || last == '6' && (v4 || ip.length() != IP.IPv6len)) {
                continue;
            }
            out.add(ip);
        }
        if (out.isEmpty()) {
            throw new AddrException(NO_SUITABLE_ADDRESS, host);
        }
        return out;
    }

    /** Go's {@code lookupIPAddr}: literals without a query, then the hook; errors become DNS errors. */
    private List<DnsNames.IPZone> lookupIPAddr(String network, String host) throws IOException {
        if (host.isEmpty()) {
            throw noSuchHost(host);
        }
        DnsNames.IPZone literal = DnsNames.parseIPZone(host);
        if (literal != null) {
            return List.of(literal);
        }
        try {
            return ipAddrs(network, host);
        } catch (DNSException e) {
            throw e;
        } catch (IOException e) {
            boolean timeout = e instanceof NetError ne && ne.isTimeout();
            throw new DNSException(e.getMessage(), host, "", timeout, false, false);
        }
    }

    /** Go's {@code parseNetwork(network, needsProto=false)} narrowed to what LookupIP accepts. */
    private String ipNetwork(String network) throws IOException {
        int i = network.lastIndexOf(':');
        if (i < 0) {
            if (network.equals("ip") || network.equals("ip4") || network.equals("ip6")) {
                return network;
            }
            throw SentinelException.unknownNetwork(network);
        }
        String afnet = network.substring(0, i);
        if (!afnet.equals("ip") && !afnet.equals("ip4") && !afnet.equals("ip6")) {
            throw SentinelException.unknownNetwork(network);
        }
        String proto = network.substring(i + 1);
        AddrText.Num n = AddrText.dtoi(proto, 0);
        if (!n.ok() || n.consumed() != proto.length()) {
            protocol(proto);
        }
        return afnet;
    }

    /**
     * Go's {@code LookupAddr}: names failing Go's {@code isDomainName} are dropped and, if any
     * were, the lookup fails with Go's {@code DNS response contained records which contain
     * invalid names} (Go also returns the valid rest alongside that error).
     */
    @Override
    public final List<String> lookupAddr(String addr) throws IOException {
        addr = orEmpty(addr);
        List<String> names = ptr(addr);
        for (String name : names) {
            if (!DnsNames.isDomainName(name)) {
                throw new DNSException(MALFORMED_RECORDS, addr, "", false, false, false);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Go's {@code LookupPort}: numbers need no lookup ({@code ""} is 0, {@code +80} is 80); names
     * need network {@code tcp*}, {@code udp*} or {@code ""}, else
     * {@code address foo: unknown network}; out of range is {@code address 65536: invalid port}.
     */
    @Override
    public final int lookupPort(String network, String service) throws IOException {
        network = orEmpty(network);
        service = orEmpty(service);
        AddrResolve.ParsedPort p = AddrResolve.parsePort(service);
        int port = p.port();
        if (p.needsLookup()) {
            switch (network) {
                case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6" -> {
                }
                case "" -> network = "ip"; // Go 1.0's undocumented wildcard
                default -> throw new AddrException("unknown network", network);
            }
            port = servicePort(network, service);
        }
        if (port < 0 || port > 65535) {
            throw new AddrException("invalid port", service);
        }
        return port;
    }

    /** Go's {@code LookupCNAME}: the answer must be a valid domain name. */
    @Override
    public final String lookupCNAME(String host) throws IOException {
        host = orEmpty(host);
        String cname = canonicalName(host);
        if (cname == null || !DnsNames.isDomainName(cname)) {
            throw new DNSException(MALFORMED_RECORDS, host, "", false, false, false);
        }
        return cname;
    }

    /** Go's {@code LookupMX}: hosts must be domain names; sorted by preference. */
    @Override
    public final List<MX> lookupMX(String name) throws IOException {
        name = orEmpty(name);
        List<MX> records = mx(name);
        for (MX mx : records) {
            if (!DnsNames.isDomainName(mx.host())) {
                throw new DNSException(MALFORMED_RECORDS, name, "", false, false, false);
            }
        }
        return List.copyOf(RecordOrder.mx(records));
    }

    /**
     * Go's {@code LookupSRV}: the target is {@code _service._proto.name}, or {@code name} when
     * both are empty; the canonical name and every target must be domain names.
     */
    @Override
    public final SRVResult lookupSRV(String service, String proto, String name) throws IOException {
        service = orEmpty(service);
        proto = orEmpty(proto);
        name = orEmpty(name);
        String target = service.isEmpty() && proto.isEmpty() ? name : "_" + service + "._" + proto + "." + name;
        SRVResult r = srv(target);
        if (!r.cname().isEmpty() && !DnsNames.isDomainName(r.cname())) {
            throw new DNSException(MALFORMED_RECORDS, name, "", false, false, false);
        }
        for (SRV s : r.addrs()) {
            if (!DnsNames.isDomainName(s.target())) {
                throw new DNSException(MALFORMED_RECORDS, name, "", false, false, false);
            }
        }
        return new SRVResult(r.cname(), RecordOrder.srv(r.addrs()));
    }

    /** Go's {@code LookupTXT}: the strings as the records hold them. */
    @Override
    public final List<String> lookupTXT(String name) throws IOException {
        return List.copyOf(txt(orEmpty(name)));
    }

    /** Go's {@code LookupNS}: hosts must be domain names. */
    @Override
    public final List<NS> lookupNS(String name) throws IOException {
        name = orEmpty(name);
        List<NS> records = ns(name);
        for (NS ns : records) {
            if (!DnsNames.isDomainName(ns.host())) {
                throw new DNSException(MALFORMED_RECORDS, name, "", false, false, false);
            }
        }
        return List.copyOf(records);
    }

    /** Go's {@code &DNSError{Err: errNoSuchHost.Error(), Name: name, IsNotFound: true}}. */
    protected static DNSException noSuchHost(String name) {
        return DNSException.notFound(name, "");
    }

    /** Go has no nil strings; gonet reads {@code null} as {@code ""}. */
    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
