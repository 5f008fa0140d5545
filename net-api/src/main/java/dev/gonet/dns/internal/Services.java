package dev.gonet.dns.internal;

import dev.gonet.AddrException;
import dev.gonet.internal.AddrText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Go 1.19's service and protocol tables ({@code net/lookup.go}, {@code port_unix.go},
 * {@code lookup_unix.go}): the built-in minimal maps, augmented by {@code /etc/services} and
 * {@code /etc/protocols} text. Immutable once built; TeaVM-safe.
 *
 * <p>Go's quirks are kept on purpose: file entries are stored as written but looked up in lower
 * case, so an upper-case name in the file never matches; names longer than 25 bytes never match;
 * a service found under a network other than {@code tcp}/{@code udp} is only reachable by that
 * exact network name; and the wildcard network ({@code ""}, looked up as {@code ip}) finds no
 * named service at all.
 */
public final class Services {
    /** Go's {@code maxPortBufSize}: {@code len("mobility-header") + 10}. */
    static final int MAX_SERVICE_BYTES = 25;
    /** Go's {@code maxProtoLength}: {@code len("RSVP-E2E-IGNORE") + 10}. */
    static final int MAX_PROTOCOL_BYTES = 25;

    private static final Services BUILTIN = new Services(builtinServices(), builtinProtocols());

    private final Map<String, Map<String, Integer>> services;
    private final Map<String, Integer> protocols;

    private Services(Map<String, Map<String, Integer>> services, Map<String, Integer> protocols) {
        this.services = services;
        this.protocols = protocols;
    }

    /** Go's built-in tables alone: what a platform without {@code /etc/services} answers. */
    public static Services builtin() {
        return BUILTIN;
    }

    /**
     * The built-in tables plus the entries of a services file ({@code http 80/tcp www}) and a
     * protocols file ({@code tcp 6 TCP}); either text may be empty. File entries override
     * built-in services (Go's {@code readServices} writes into the same map) but never
     * built-in protocols (Go's {@code readProtocols} only adds).
     */
    public static Services parse(String servicesText, String protocolsText) {
        Map<String, Map<String, Integer>> s = builtinServices();
        for (String line : ConfText.lines(servicesText)) {
            List<String> f = ConfText.fields(ConfText.stripComment(line));
            if (f.size() < 2) {
                continue;
            }
            String portnet = f.get(1);
            AddrText.Num port = AddrText.dtoi(portnet, 0);
            int j = port.consumed();
            if (!port.ok() || port.n() <= 0 || j >= portnet.length() || portnet.charAt(j) != '/') {
                continue;
            }
            Map<String, Integer> m = s.computeIfAbsent(portnet.substring(j + 1), k -> new HashMap<>());
            for (int i = 0; i < f.size(); i++) {
                if (i != 1) {
                    m.put(f.get(i), port.n());
                }
            }
        }
        Map<String, Integer> p = builtinProtocols();
        for (String line : ConfText.lines(protocolsText)) {
            List<String> f = ConfText.fields(ConfText.stripComment(line));
            if (f.size() < 2) {
                continue;
            }
            AddrText.Num proto = AddrText.dtoi(f.get(1), 0);
            if (!proto.ok()) {
                continue;
            }
            p.putIfAbsent(f.get(0), proto.n());
            for (int i = 2; i < f.size(); i++) {
                p.putIfAbsent(f.get(i), proto.n());
            }
        }
        return new Services(s, p);
    }

    /**
     * Go's {@code lookupPortMap}: {@code tcp4}/{@code tcp6} read the {@code tcp} table,
     * {@code udp4}/{@code udp6} the {@code udp} one; the service is matched in ASCII lower case.
     * Fails with Go's {@code address tcp/nosuchservice: unknown port}.
     */
    public int port(String network, String service) throws AddrException {
        String net = switch (network) {
            case "tcp4", "tcp6" -> "tcp";
            case "udp4", "udp6" -> "udp";
            default -> network;
        };
        Map<String, Integer> m = services.get(net);
        if (m != null && ConfText.utf8Length(service) <= MAX_SERVICE_BYTES) {
            Integer port = m.get(ConfText.lowerASCII(service));
            if (port != null) {
                return port;
            }
        }
        throw new AddrException("unknown port", net + "/" + service);
    }

    /** Go's {@code lookupProtocolMap}: {@code icmp} is 1, {@code TcP} is 6; else Go's error. */
    public int protocol(String name) throws AddrException {
        if (ConfText.utf8Length(name) <= MAX_PROTOCOL_BYTES) {
            Integer proto = protocols.get(ConfText.lowerASCII(name));
            if (proto != null) {
                return proto;
            }
        }
        throw new AddrException("unknown IP protocol specified", name);
    }

    private static Map<String, Map<String, Integer>> builtinServices() {
        Map<String, Map<String, Integer>> s = new HashMap<>();
        Map<String, Integer> udp = new HashMap<>();
        udp.put("domain", 53);
        s.put("udp", udp);
        Map<String, Integer> tcp = new HashMap<>();
        tcp.put("ftp", 21);
        tcp.put("ftps", 990);
        tcp.put("gopher", 70);
        tcp.put("http", 80);
        tcp.put("https", 443);
        tcp.put("imap2", 143);
        tcp.put("imap3", 220);
        tcp.put("imaps", 993);
        tcp.put("pop3", 110);
        tcp.put("pop3s", 995);
        tcp.put("smtp", 25);
        tcp.put("ssh", 22);
        tcp.put("telnet", 23);
        s.put("tcp", tcp);
        return s;
    }

    private static Map<String, Integer> builtinProtocols() {
        Map<String, Integer> p = new HashMap<>();
        p.put("icmp", 1);
        p.put("igmp", 2);
        p.put("tcp", 6);
        p.put("udp", 17);
        p.put("ipv6-icmp", 58);
        return p;
    }
}
