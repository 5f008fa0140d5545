package dev.gonet.jvm;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.TCPAddr;
import dev.gonet.UDPAddr;
import dev.gonet.internal.AddrResolve.IPPort;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's dial-time use of the local address as a hint ({@code resolveAddrList} in
 * {@code net/ipsock.go}), for TCP and UDP dials alike: only remote addresses of the local
 * address's family are worth dialing.
 */
public final class DialHint {
    private DialHint() {
    }

    /**
     * {@return the addresses of {@code addrs} a socket bound to {@code local} can reach: all of them for
     *   no local address or a wildcard one (or a wildcard remote), otherwise those of the same family}
     *   {@code local} must be of the dial's kind ({@code family}: {@code tcp} or {@code udp}): Go's {@code
     *   mismatched local address type} otherwise, and {@code no suitable address found} when none is left.
     *
     * @param addrs the addresses
     * @param local the local
     * @param family the family
     * @throws AddrException if no address matches the local address's family
     */
    public static List<IPPort> filterByLocal(List<IPPort> addrs, Addr local, String family) throws AddrException {
        if (local == null) {
            return addrs;
        }
        IPPort l = switch (local) {
            case TCPAddr t when family.equals("tcp") -> new IPPort(t.ip(), t.zone(), t.port());
            case UDPAddr u when family.equals("udp") -> new IPPort(u.ip(), u.zone(), u.port());
            default -> throw new AddrException("mismatched local address type", local.toString());
        };
        List<IPPort> out = new ArrayList<>();
        for (IPPort a : addrs) {
            if (l.isWildcard() || a.isWildcard() || l.isIPv4() == a.isIPv4()) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw new AddrException("no suitable address found", local.toString());
        }
        return out;
    }
}
