package dev.gonet.jvm;

import dev.gonet.IP;
import dev.gonet.TCPAddr;
import dev.gonet.UDPAddr;
import dev.gonet.internal.AddrResolve.IPPort;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Conversions between gonet's IP addresses ({@link IPPort}, {@link TCPAddr}, {@link UDPAddr})
 * and {@link InetSocketAddress}, with Go's zone handling: a zone names an interface or is a
 * numeric index; an unknown name means no scope (Go's {@code zoneCache.index} gives 0).
 * Never does a DNS lookup: every {@code InetAddress} is built from bytes.
 */
public final class InetAddrs {
    private InetAddrs() {
    }

    /**
     * {@return the socket address of {@code a}} A {@code null} IP becomes {@code wildcard} (the caller
     *   decides: the IPv4 or IPv6 unspecified address; dialing it reaches the local host, as in Go).
     *
     * @param a the IP and port
     * @param wildcard the wildcard
     */
    public static InetSocketAddress toSocket(IPPort a, InetAddress wildcard) {
        if (a.ip() == null || a.ip().length() == 0) {
            return new InetSocketAddress(wildcard, a.port());
        }
        return new InetSocketAddress(toInet(a.ip(), a.zone()), a.port());
    }

    /**
     * {@return the JDK address of {@code ip} (4-byte {@code Inet4Address} for IPv4, v4-in-v6 included)}
     *
     * @param ip the IP address
     * @param zone the IPv6 zone, empty for none
     */
    public static InetAddress toInet(IP ip, String zone) {
        try {
            IP v4 = ip.to4();
            if (v4 != null) {
                return InetAddress.getByAddress(v4.bytes());
            }
            byte[] b = ip.bytes();
            int scope = scopeId(zone);
            return scope == 0 ? InetAddress.getByAddress(b) : Inet6Address.getByAddress(null, b, scope);
        } catch (UnknownHostException e) {
            // Only thrown for a byte array of the wrong length; IP parsing never produces one here.
            throw new IllegalArgumentException("not an IP address: " + ip, e);
        }
    }

    /** Go's {@code zoneCache.index}: interface index by name, else the zone as a decimal number, else 0. */
    static int scopeId(String zone) {
        if (zone == null || zone.isEmpty()) {
            return 0;
        }
        try {
            NetworkInterface nif = NetworkInterface.getByName(zone);
            if (nif != null && nif.getIndex() > 0) {
                return nif.getIndex();
            }
        } catch (SocketException e) {
            // Interfaces unreadable: fall through to the numeric form, as Go's cache would.
        }
        int n = 0;
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            if (c < '0' || c > '9' || n > 0xFFFFFF) {
                return i == 0 ? 0 : n; // Go's dtoi: the leading digits
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Go's {@code zoneCache.name}: the interface name of a scope id, else the id in decimal. */
    static String zoneOf(InetAddress a) {
        if (!(a instanceof Inet6Address v6) || v6.getScopeId() == 0) {
            return "";
        }
        NetworkInterface nif = v6.getScopedInterface();
        try {
            if (nif == null) {
                nif = NetworkInterface.getByIndex(v6.getScopeId());
            }
        } catch (SocketException e) {
            nif = null;
        }
        return nif != null ? nif.getName() : Integer.toString(v6.getScopeId());
    }

    /**
     * {@return Go's {@code sockaddrToTCP}: IPv4 as 4 bytes, IPv6 as 16 with its zone; {@code null} for
     *   none} The zone is kept only where Linux keeps a scope id ({@code __ipv6_addr_needs_scope_id}:
     *   link-local unicast and link- or interface-local multicast): the JDK reports a channel's remote
     *   address as it was passed to connect ({@code [::1%lo]}), where Go asks the kernel ({@code
     *   getpeername}) and prints {@code [::1]}.
     *
     * @param sa the socket address
     */
    public static TCPAddr tcp(SocketAddress sa) {
        if (!(sa instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return null;
        }
        IP ip = IP.of(isa.getAddress().getAddress());
        boolean scoped = ip.isLinkLocalUnicast() || ip.isLinkLocalMulticast() || ip.isInterfaceLocalMulticast();
        return new TCPAddr(ip, isa.getPort(), scoped ? zoneOf(isa.getAddress()) : "");
    }

    /**
     * {@return Go's {@code sockaddrToUDP}, as {@link #tcp}}
     *
     * @param sa the socket address
     */
    public static UDPAddr udp(SocketAddress sa) {
        TCPAddr t = tcp(sa);
        return t == null ? null : new UDPAddr(t.ip(), t.port(), t.zone());
    }
}
