package dev.gonet.jvm.dns;

import dev.gonet.IP;
import dev.gonet.dns.internal.AddrSelect;
import dev.gonet.dns.internal.DnsNames;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code srcAddrs}: the local address the system would use towards each destination, found
 * by connecting a UDP socket (which sends nothing), feeding {@link AddrSelect}.
 */
final class SourceAddrs {
    private SourceAddrs() {
    }

    /** Go's {@code sortByRFC6724}: sorts {@code addrs} in place. */
    static void sortByRFC6724(List<DnsNames.IPZone> addrs) {
        if (addrs.size() < 2) {
            return;
        }
        List<IP> srcs = new ArrayList<>(addrs.size());
        for (DnsNames.IPZone a : addrs) {
            srcs.add(source(a));
        }
        AddrSelect.sort(addrs, srcs);
    }

    /** The source address towards {@code dst} (port 9, discard), or {@code null} when unroutable. */
    static IP source(DnsNames.IPZone dst) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(inet(dst), 9));
            InetAddress local = s.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                return null;
            }
            return IP.of(local.getAddress());
        } catch (IOException | RuntimeException e) {
            // No route, no such zone, or a family the host lacks: Go leaves the source nil.
            return null;
        }
    }

    private static InetAddress inet(DnsNames.IPZone a) throws IOException {
        IP ip4 = a.ip().to4();
        if (ip4 != null) {
            return InetAddress.getByAddress(ip4.bytes());
        }
        if (a.zone().isEmpty()) {
            return InetAddress.getByAddress(a.ip().bytes());
        }
        NetworkInterface nif = NetworkInterface.getByName(a.zone());
        if (nif != null) {
            return Inet6Address.getByAddress(null, a.ip().bytes(), nif);
        }
        return Inet6Address.getByAddress(null, a.ip().bytes(), Integer.parseInt(a.zone()));
    }
}
