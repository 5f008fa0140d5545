package dev.gonet;

import dev.gonet.internal.AddrText;

/**
 * The result of Go's {@code ParseCIDR}: the address as written and the network it lies in.
 *
 * <p>Immutable and thread-safe. For {@code "192.0.2.1/24"}, {@code ip} is 192.0.2.1 (16-byte
 * form, like Go) and {@code net} is 192.0.2.0/24 (4-byte IP and mask, like Go).
 *
 * @param ip  the address, as Go's ParseIP would return it
 * @param net the network: the address masked by the prefix, and the prefix mask
 */
public record CIDR(IP ip, IPNet net) {

    /**
     * {@return Go's {@code ParseCIDR}} Accepts {@code addr/n} where addr is a dotted IPv4 or an IPv6
     *   address without zone and n is a decimal prefix length in range; fails with {@code invalid CIDR
     *   address: s} otherwise. {@code null} is Go's empty string.
     *
     * @param s the text, e.g. {@code 192.0.2.0/24}
     * @throws AddrException if {@code s} is not CIDR notation ({@code invalid CIDR address: ...})
     */
    public static CIDR parse(String s) throws AddrException {
        if (s == null) {
            s = "";
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw AddrException.parse("CIDR address", s);
        }
        String addr = s.substring(0, slash);
        String mask = s.substring(slash + 1);
        int ipLen = IP.IPv4len;
        byte[] ip = AddrText.parseIPv4(addr);
        if (ip == null) {
            ipLen = IP.IPv6len;
            ip = AddrText.parseIPv6(addr);
        }
        AddrText.Num n = AddrText.dtoi(mask, 0);
        if (ip == null || !n.ok() || n.consumed() != mask.length() || n.n() < 0 || n.n() > 8 * ipLen) {
            throw AddrException.parse("CIDR address", s);
        }
        IPMask m = IPMask.cidr(n.n(), 8 * ipLen);
        IP addrIP = IP.wrap(ip);
        return new CIDR(addrIP, new IPNet(addrIP.mask(m), m));
    }
}
