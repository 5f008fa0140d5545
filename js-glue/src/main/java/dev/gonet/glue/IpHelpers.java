package dev.gonet.glue;

import dev.gonet.AddrException;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.IPNet;
import dev.gonet.Net;

/**
 * The IP helpers of the JS API, over Go's {@code net} as net-api has it: an IP's classes, a mask
 * applied to an IP, and the host range of a CIDR network. Results are JSON strings; bad input
 * is an {@link AddrException} with Go's text ({@code invalid IP address: x},
 * {@code invalid CIDR address: x}).
 */
final class IpHelpers {
    private IpHelpers() {
    }

    static IP ip(String s) throws AddrException {
        IP ip = Net.parseIP(s);
        if (ip == null) {
            throw AddrException.parse("IP address", s);
        }
        return ip;
    }

    /** {@code {"contains"}}: Go's {@code IPNet.Contains}. */
    static String contains(String cidr, String ip) throws AddrException {
        IP addr = ip(ip);
        return Json.object("contains", Net.parseCIDR(cidr).net().contains(addr));
    }

    /** {@code {"ip","version","isLoopback",...}}: Go's {@code IP.Is*} methods. */
    static String info(String s) throws AddrException {
        IP ip = ip(s);
        return Json.object("ip", ip.toString(), "version", ip.to4() != null ? 4 : 6,
                "isLoopback", ip.isLoopback(), "isPrivate", ip.isPrivate(), "isGlobalUnicast", ip.isGlobalUnicast(),
                "isLinkLocalUnicast", ip.isLinkLocalUnicast(), "isMulticast", ip.isMulticast(),
                "isUnspecified", ip.isUnspecified());
    }

    /**
     * {@code {"ip"}}: Go's {@code IP.Mask(mask).String()}, null where Go's gives nil (lengths
     * that do not fit). {@code mask} is a prefix length (decimal, 0-32 for an IPv4 address,
     * 0-128 otherwise), hex digits as Go prints a mask ({@code ffffff00}), or an address form
     * ({@code 255.255.255.0}: 4 bytes; {@code ffff:ffff::}: 16 bytes).
     */
    static String mask(String ipText, String mask) throws AddrException {
        IP ip = ip(ipText);
        IP masked = ip.mask(parseMask(ip, mask));
        return Json.object("ip", masked == null ? null : masked.toString());
    }

    private static IPMask parseMask(IP ip, String s) throws AddrException {
        if (!s.isEmpty() && s.length() <= 3 && digits(s)) {
            int bits = ip.to4() != null ? 32 : 128;
            IPMask m = Net.CIDRMask(Integer.parseInt(s), bits);
            if (m == null) {
                throw AddrException.parse("IP mask", s);
            }
            return m;
        }
        if (s.indexOf('.') >= 0 || s.indexOf(':') >= 0) {
            IP m = Net.parseIP(s);
            if (m == null) {
                throw AddrException.parse("IP mask", s);
            }
            return s.indexOf(':') < 0 ? IPMask.of(m.to4()) : IPMask.of(m.to16());
        }
        if (s.length() != 8 && s.length() != 32) {
            throw AddrException.parse("IP mask", s);
        }
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw AddrException.parse("IP mask", s);
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return IPMask.of(b);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code {"network","mask","ones","bits","first","last","count"}} of a CIDR network: the
     * usable hosts as people compute them (IPv4 up to /30 without the network and broadcast
     * addresses; IPv4 /31 and /32, and IPv6, the whole range), {@code count} in decimal.
     */
    static String hosts(String cidr) throws AddrException {
        IPNet net = Net.parseCIDR(cidr).net();
        IPMask.Size size = net.mask().size();
        int ones = size.ones();
        int bits = size.bits();
        byte[] first = net.ip().bytes();
        if (bits == 32 && first.length == 16) {
            first = net.ip().to4().bytes();
        }
        byte[] last = first.clone();
        byte[] m = net.mask().bytes();
        for (int i = 0; i < last.length; i++) {
            last[i] |= (byte) ~m[m.length - last.length + i];
        }
        String count = powerOfTwo(bits - ones);
        if (bits == 32 && ones <= 30) {
            increment(first, 1);
            increment(last, -1);
            count = Long.toString((1L << (32 - ones)) - 2);
        }
        return Json.object("network", net.toString(), "mask", net.mask().toString(), "ones", ones, "bits", bits,
                "first", IP.of(first).toString(), "last", IP.of(last).toString(), "count", count);
    }

    /** Adds {@code delta} (+1 or -1) to the big-endian number in {@code b}. */
    private static void increment(byte[] b, int delta) {
        for (int i = b.length - 1; i >= 0; i--) {
            int v = (b[i] & 0xff) + delta;
            b[i] = (byte) v;
            if (v >= 0 && v <= 0xff) {
                return;
            }
        }
    }

    /** 2^n in decimal, for n up to 128 (beyond a long and a JS number's exact range). */
    static String powerOfTwo(int n) {
        int[] digits = new int[40]; // little-endian decimal digits; 2^128 has 39
        digits[0] = 1;
        int len = 1;
        for (int k = 0; k < n; k++) {
            int carry = 0;
            for (int i = 0; i < len; i++) {
                int v = digits[i] * 2 + carry;
                digits[i] = v % 10;
                carry = v / 10;
            }
            if (carry > 0) {
                digits[len++] = carry;
            }
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = len - 1; i >= 0; i--) {
            sb.append((char) ('0' + digits[i]));
        }
        return sb.toString();
    }
}
