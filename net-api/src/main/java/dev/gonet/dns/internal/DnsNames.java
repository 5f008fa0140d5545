package dev.gonet.dns.internal;

import dev.gonet.IP;
import dev.gonet.internal.AddrText;

/**
 * Go 1.19's name rules for lookups ({@code net/dnsclient.go}, {@code ip.go},
 * {@code ipsock.go}): which strings are domain names, which are IP literals with a zone, and how
 * names are made absolute. Pure and TeaVM-safe.
 */
public final class DnsNames {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private DnsNames() {
    }

    /** An IP literal with its IPv6 zone ({@code ""} when none), as Go's {@code IPAddr}. */
    public record IPZone(IP ip, String zone) {
        /** Go's {@code IPAddr.String}-like text: the address, then {@code %zone} when set. */
        @Override
        public String toString() {
            return zone.isEmpty() ? ip.toString() : ip + "%" + zone;
        }
    }

    /**
     * Go's {@code isDomainName}: presentation-format names of at most 253 bytes (254 with a
     * final dot), labels of 1-63 letters, digits, {@code _} or inner {@code -}, and not all
     * numeric. Names failing it are never sent to a server; Go reports them as
     * {@code no such host}.
     */
    public static boolean isDomainName(String s) {
        if (s.equals(".")) {
            return true;
        }
        int l = s.length();
        if (l == 0 || l > 254 || l == 254 && s.charAt(l - 1) != '.') {
            return false;
        }
        char last = '.';
        boolean nonNumeric = false;
        int partlen = 0;
        for (int i = 0; i < l; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                nonNumeric = true;
                partlen++;
            } else if (c >= '0' && c <= '9') {
                partlen++;
            } else if (c == '-') {
                if (last == '.') {
                    return false;
                }
                partlen++;
                nonNumeric = true;
            } else if (c == '.') {
                if (last == '.' || last == '-' || partlen > 63 || partlen == 0) {
                    return false;
                }
                partlen = 0;
            } else {
                return false;
            }
            last = c;
        }
        return last != '-' && partlen <= 63 && nonNumeric;
    }

    /**
     * Go's {@code absDomainName}: a trailing dot is added only to names that already hold a dot,
     * so {@code localhost} stays {@code localhost} while {@code a.example} becomes
     * {@code a.example.}.
     */
    public static String absDomainName(String s) {
        if (s.indexOf('.') >= 0 && s.charAt(s.length() - 1) != '.') {
            return s + ".";
        }
        return s;
    }

    /** Go's {@code ensureRooted}: a trailing dot, always. */
    public static String ensureRooted(String s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) == '.' ? s : s + ".";
    }

    /** Go's {@code avoidDNS}: empty names and {@code .onion} names (RFC 7686) never go to DNS. */
    public static boolean avoidDNS(String name) {
        if (name.isEmpty()) {
            return true;
        }
        if (name.charAt(name.length() - 1) == '.') {
            name = name.substring(0, name.length() - 1);
        }
        return ConfText.hasSuffixFold(name, ".onion");
    }

    /**
     * Go's {@code parseIPZone}: an IPv4 literal (no zone allowed), or an IPv6 literal with an
     * optional {@code %zone} after the last percent sign; {@code null} when {@code s} is not a
     * literal.
     */
    public static IPZone parseIPZone(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                byte[] p = AddrText.parseIPv4(s);
                return p == null ? null : new IPZone(IP.of(p), "");
            }
            if (c == ':') {
                return parseIPv6Zone(s);
            }
        }
        return null;
    }

    /** Go's {@code parseIPv6Zone}: {@link #splitHostZone} then an IPv6 literal, or {@code null}. */
    public static IPZone parseIPv6Zone(String s) {
        String[] hz = splitHostZone(s);
        byte[] p = AddrText.parseIPv6(hz[0]);
        return p == null ? null : new IPZone(IP.of(p), hz[1]);
    }

    /** Go's {@code splitHostZone}: {host, zone} split at the last {@code %}, unless it leads. */
    public static String[] splitHostZone(String s) {
        int i = s.lastIndexOf('%');
        if (i > 0) {
            return new String[] {s.substring(0, i), s.substring(i + 1)};
        }
        return new String[] {s, ""};
    }

    /**
     * Go's {@code parseLiteralIP} (hosts.go): the canonical text of an address in a hosts file,
     * {@code ip} or {@code ip%zone}, or {@code ""} when it is not one.
     */
    public static String parseLiteralIP(String addr) {
        byte[] p4 = AddrText.parseIPv4(addr);
        IPZone a = p4 != null ? new IPZone(IP.of(p4), "") : parseIPv6Zone(addr);
        return a == null ? "" : a.toString();
    }

    /**
     * Go's {@code reverseaddr}: the {@code in-addr.arpa.} or {@code ip6.arpa.} name to query for
     * a PTR record, or {@code null} when {@code addr} is not an IP literal (Go's
     * {@code unrecognized address}; zones are not accepted).
     */
    public static String reverseaddr(String addr) {
        IP ip = IP.parse(addr);
        if (ip == null) {
            return null;
        }
        IP ip4 = ip.to4();
        if (ip4 != null) {
            return ip4.byteAt(3) + "." + ip4.byteAt(2) + "." + ip4.byteAt(1) + "." + ip4.byteAt(0)
                    + ".in-addr.arpa.";
        }
        StringBuilder sb = new StringBuilder(72);
        for (int i = IP.IPv6len - 1; i >= 0; i--) {
            int v = ip.byteAt(i);
            sb.append(HEX[v & 0xf]).append('.').append(HEX[v >> 4]).append('.');
        }
        return sb.append("ip6.arpa.").toString();
    }
}
