package dev.gonet.internal;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.Resolver;
import dev.gonet.SentinelException;
import dev.gonet.TCPAddr;
import dev.gonet.UDPAddr;
import dev.gonet.UnixAddr;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's address resolution for the internet networks ({@code net/ipsock.go}
 * {@code internetAddrList}, {@code net/lookup.go} {@code LookupPort}, the {@code addrList}
 * helpers), shared by every platform's TCP and UDP code so they resolve identically.
 *
 * <p>Pure and TeaVM-safe: names go through the {@link Resolver} passed in; IP literals (with an
 * optional zone) and numeric ports never reach it, as in Go. Errors are Go's, unwrapped (the
 * caller adds the {@code dial}/{@code listen} {@code OpError}): {@link AddrException} for bad
 * text ({@code address 99999: invalid port}, {@code address ::1: no suitable address found}),
 * the resolver's {@code DNSException} for failed lookups, and {@code unknown network foo}.
 */
public final class AddrResolve {
    private AddrResolve() {
    }

    /**
     * One resolved end point: Go's {@code *TCPAddr} / {@code *UDPAddr} before it is typed.
     *
     * @param ip   {@code null} for the unspecified address (an empty host), as Go's nil IP
     * @param zone IPv6 zone, empty when none
     */
    public record IPPort(IP ip, String zone, int port) {
        public IPPort {
            zone = zone == null ? "" : zone;
        }

        /** Go's {@code isIPv4}: an IPv4 address; a nil IP is not. */
        public boolean isIPv4() {
            return ip != null && ip.to4() != null;
        }

        /** Go's {@code isWildcard}: nil or unspecified IP. */
        public boolean isWildcard() {
            return ip == null || ip.isUnspecified();
        }

        public TCPAddr tcp() {
            return new TCPAddr(ip, port, zone);
        }

        public UDPAddr udp() {
            return new UDPAddr(ip, port, zone);
        }

        @Override
        public String toString() {
            return tcp().toString();
        }
    }

    /** Go's {@code parseNetwork} for the internet networks: {@code true} for tcp/tcp4/tcp6/udp/udp4/udp6. */
    public static boolean isInternet(String network) {
        switch (network) {
            case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
                return true;
            default:
                return false;
        }
    }

    /**
     * What Go's {@code parsePort} returns: the port, or that {@code service} is a name to look
     * up ({@code port} is then 0).
     *
     * @param port        the number, possibly out of the 0..65535 range (callers check it)
     * @param needsLookup whether {@code service} is a name rather than a number
     */
    public record ParsedPort(int port, boolean needsLookup) {
    }

    /**
     * Go's {@code parsePort}, the one copy every resolver shares: {@code ""} is port 0; an
     * optionally signed decimal is that number, clamped to about ±2^30 so huge inputs stay out of
     * range, computed in Go's unchecked {@code uint32} arithmetic (so {@code 4294967300} is port
     * 4, as in Go 1.19); anything else needs a lookup.
     */
    public static ParsedPort parsePort(String service) {
        if (service.isEmpty()) {
            return new ParsedPort(0, false);
        }
        final long max = 0xFFFFFFFFL;
        final long cutoff = 1L << 30;
        boolean neg = false;
        int i = 0;
        if (service.charAt(0) == '+') {
            i = 1;
        } else if (service.charAt(0) == '-') {
            neg = true;
            i = 1;
        }
        long n = 0;
        for (; i < service.length(); i++) {
            char d = service.charAt(i);
            if (d < '0' || d > '9') {
                return new ParsedPort(0, true);
            }
            if (n >= cutoff) {
                n = max;
                break;
            }
            // Go multiplies in uint32 without an overflow check, so "4294967300" wraps to 4.
            n = (n * 10) & max;
            long nn = n + (d - '0');
            if (nn > max) { // Go's nn < n: the addition wrapped
                n = max;
                break;
            }
            n = nn;
        }
        long port;
        if (!neg && n >= cutoff) {
            port = cutoff - 1;
        } else if (neg && n > cutoff) {
            port = cutoff;
        } else {
            port = n;
        }
        return new ParsedPort((int) (neg ? -port : port), false);
    }

    /**
     * Go's {@code Resolver.LookupPort}: a numeric port as is, a service name ({@code http})
     * through {@code resolver}; {@code address <service>: invalid port} outside 0..65535.
     */
    public static int port(Resolver resolver, String network, String service) throws IOException {
        ParsedPort p = parsePort(service);
        int port = p.needsLookup() ? resolver.lookupPort(network, service) : p.port();
        if (port < 0 || port > 65535) {
            throw new AddrException("invalid port", service);
        }
        return port;
    }

    /** Go's {@code splitHostZone}: the zone starts after the last {@code %} (not at index 0). */
    public static String[] splitHostZone(String s) {
        int i = s.lastIndexOf('%');
        if (i > 0) {
            return new String[] {s.substring(0, i), s.substring(i + 1)};
        }
        return new String[] {s, ""};
    }

    /**
     * Go's {@code internetAddrList}: every end point {@code address} names on {@code network}
     * (tcp, tcp4, tcp6, udp, udp4, udp6), in the resolver's order, filtered by the network's
     * family. An empty host gives one end point with a {@code null} IP (all interfaces for
     * listen, the local system for dial); an empty address is {@code :0}.
     */
    public static List<IPPort> internetAddrList(Resolver resolver, String network, String address)
            throws IOException {
        if (!isInternet(network)) {
            throw SentinelException.unknownNetwork(network);
        }
        String host = "";
        int port = 0;
        if (!address.isEmpty()) {
            HostPort hp = HostPort.split(address);
            host = hp.host();
            port = port(resolver, network, hp.port());
        }
        if (host.isEmpty()) {
            return List.of(new IPPort(null, "", port));
        }
        List<IPPort> all = new ArrayList<>();
        String[] hz = splitHostZone(host);
        IP literal = IP.parse(hz[0]);
        if (literal != null) {
            all.add(new IPPort(literal, hz[1], port));
        } else {
            for (IP ip : resolver.lookupIP("ip", host)) {
                all.add(new IPPort(ip, "", port));
            }
        }
        // Go issue 18806: a host that can bind "::" but not connect to it falls back to 0.0.0.0.
        if (all.size() == 1 && all.get(0).ip() != null && all.get(0).ip().equal(IP.IPv6unspecified)) {
            all.add(new IPPort(IP.IPv4zero, "", port));
        }
        char last = network.charAt(network.length() - 1);
        List<IPPort> out = new ArrayList<>();
        for (IPPort a : all) {
            if ((last != '4' && last != '6') || (last == '4') == a.isIPv4()) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw new AddrException("no suitable address found", host);
        }
        return List.copyOf(out);
    }

    /** Go's {@code addrList.first}: the first IPv4 (or first non-IPv4) end point, else the first. */
    public static IPPort first(List<IPPort> addrs, boolean ipv4) {
        for (IPPort a : addrs) {
            if (a.isIPv4() == ipv4) {
                return a;
            }
        }
        return addrs.get(0);
    }

    /**
     * Go's {@code addrList.forResolve}: {@code ResolveTCPAddr}/{@code ResolveUDPAddr} prefer
     * IPv4 unless the address was a bracketed IPv6 literal on {@code tcp}/{@code udp}.
     */
    public static IPPort forResolve(List<IPPort> addrs, String network, String address) {
        boolean want6 = (network.equals("tcp") || network.equals("udp")) && address.indexOf('[') >= 0;
        return first(addrs, !want6);
    }

    /**
     * Go's {@code addrList.partition(isIPv4)} for Happy Eyeballs: {@code [0]} the addresses of
     * the first address's family (primaries), {@code [1]} the rest (fallbacks), order kept.
     */
    public static List<List<IPPort>> partition(List<IPPort> addrs) {
        List<IPPort> primaries = new ArrayList<>();
        List<IPPort> fallbacks = new ArrayList<>();
        boolean firstV4 = !addrs.isEmpty() && addrs.get(0).isIPv4();
        for (IPPort a : addrs) {
            (a.isIPv4() == firstV4 ? primaries : fallbacks).add(a);
        }
        return List.of(List.copyOf(primaries), List.copyOf(fallbacks));
    }

    /**
     * The end point to listen on (Go's {@code ListenConfig.Listen}: {@code addrs.first(isIPv4)}).
     * A {@code null} IP means every interface.
     */
    public static IPPort forListen(Resolver resolver, String network, String address) throws IOException {
        return first(internetAddrList(resolver, network, address), true);
    }

    /** Go's {@code ResolveTCPAddr}: network tcp, tcp4, tcp6 (or empty, meaning tcp). */
    public static TCPAddr resolveTCPAddr(Resolver resolver, String network, String address) throws IOException {
        String net = network == null || network.isEmpty() ? "tcp" : network;
        if (!net.equals("tcp") && !net.equals("tcp4") && !net.equals("tcp6")) {
            throw SentinelException.unknownNetwork(network);
        }
        String a = address == null ? "" : address;
        return forResolve(internetAddrList(resolver, net, a), net, a).tcp();
    }

    /** Go's {@code ResolveUDPAddr}: network udp, udp4, udp6 (or empty, meaning udp). */
    public static UDPAddr resolveUDPAddr(Resolver resolver, String network, String address) throws IOException {
        String net = network == null || network.isEmpty() ? "udp" : network;
        if (!net.equals("udp") && !net.equals("udp4") && !net.equals("udp6")) {
            throw SentinelException.unknownNetwork(network);
        }
        String a = address == null ? "" : address;
        return forResolve(internetAddrList(resolver, net, a), net, a).udp();
    }

    /** Go's {@code ResolveUnixAddr}: the name as given, on unix, unixgram or unixpacket. */
    public static UnixAddr resolveUnixAddr(String network, String address) throws IOException {
        if (!"unix".equals(network) && !"unixgram".equals(network) && !"unixpacket".equals(network)) {
            throw SentinelException.unknownNetwork(network);
        }
        return new UnixAddr(address, network);
    }
}
