package dev.gonet;

import dev.gonet.internal.AddrText;

import java.util.Arrays;

/**
 * Go's {@code net.IP}: an IP address as a byte sequence, usually 4 bytes (IPv4) or 16 bytes
 * (IPv6, or IPv4 in the v4-in-v6 form {@code ::ffff:a.b.c.d}).
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out. Every method behaves as the Go
 * 1.19 method of the same name, including for byte lengths other than 4 and 16, which Go allows
 * and prints as {@code ?} followed by hex. {@link #equals} follows Go's {@code Equal}, so
 * {@code IP.of(1,2,3,4)} equals {@code IP.v4(1,2,3,4)}.
 *
 * <p>Where Go passes a nil {@code IP}, Java methods accept {@code null} and treat it as the
 * empty address, as Go does.
 */
public final class IP {
    /** Go's {@code IPv4len}. */
    public static final int IPv4len = 4;
    /** Go's {@code IPv6len}. */
    public static final int IPv6len = 16;

    /** Go's {@code net.IPv4bcast}: the limited broadcast address {@code 255.255.255.255}. */
    public static final IP IPv4bcast = v4(255, 255, 255, 255);
    /** Go's {@code net.IPv4allsys}: all systems, {@code 224.0.0.1}. */
    public static final IP IPv4allsys = v4(224, 0, 0, 1);
    /** Go's {@code net.IPv4allrouter}: all routers, {@code 224.0.0.2}. */
    public static final IP IPv4allrouter = v4(224, 0, 0, 2);
    /** Go's {@code net.IPv4zero}: all zeros, {@code 0.0.0.0}. */
    public static final IP IPv4zero = v4(0, 0, 0, 0);
    /** Go's {@code net.IPv6zero}: all zeros, {@code ::}. */
    public static final IP IPv6zero = of(new byte[16]);
    /** Go's {@code net.IPv6unspecified}: the unspecified address {@code ::}. */
    public static final IP IPv6unspecified = of(new byte[16]);
    /** Go's {@code net.IPv6loopback}: {@code ::1}. */
    public static final IP IPv6loopback = of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    /** Go's {@code net.IPv6interfacelocalallnodes}: {@code ff01::1}. */
    public static final IP IPv6interfacelocalallnodes = of(0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01);
    /** Go's {@code net.IPv6linklocalallnodes}: {@code ff02::1}. */
    public static final IP IPv6linklocalallnodes = of(0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01);
    /** Go's {@code net.IPv6linklocalallrouters}: {@code ff02::2}. */
    public static final IP IPv6linklocalallrouters = of(0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02);

    private static final IP EMPTY = new IP(new byte[0]);

    private final byte[] b;

    private IP(byte[] owned) {
        this.b = owned;
    }

    /** Wraps an array the caller gives up; no copy. */
    static IP wrap(byte[] owned) {
        return owned.length == 0 ? EMPTY : new IP(owned);
    }

    /**
     * An IP holding a copy of {@code bytes}, of any length; {@code null} gives the empty IP.
     *
     * @param bytes the 4 or 16 bytes
     * @return the IP
     */
    public static IP of(byte... bytes) {
        return bytes == null ? EMPTY : wrap(bytes.clone());
    }

    /**
     * Like {@link #of(byte...)}, from ints each taken modulo 256 (Go's {@code byte(x)}).
     *
     * @param bytes the 4 or 16 bytes
     * @return the IP
     */
    public static IP of(int... bytes) {
        if (bytes == null) {
            return EMPTY;
        }
        byte[] p = new byte[bytes.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) bytes[i];
        }
        return wrap(p);
    }

    /**
     * {@return Go's {@code IPv4}: the 16-byte form of a.b.c.d; each part is taken modulo 256}
     *
     * @param a the first byte (0-255)
     * @param b the second byte (0-255)
     * @param c the third byte (0-255)
     * @param d the fourth byte (0-255)
     */
    public static IP v4(int a, int b, int c, int d) {
        return new IP(AddrText.v4InV6(a, b, c, d));
    }

    /**
     * {@return Go's {@code ParseIP}: dotted IPv4 ({@code 192.0.2.1}), IPv6 ({@code 2001:db8::68}) or
     *   v4-in-v6 ({@code ::ffff:192.0.2.1}); always 16 bytes} Returns {@code null} for anything else,
     *   including zones ({@code fe80::1%lo0}) and IPv4 parts with leading zeros. {@code null} input is
     *   Go's empty string and gives {@code null}.
     *
     * @param s the text, e.g. {@code 192.0.2.1} or {@code 2001:db8::1}
     */
    public static IP parse(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                byte[] p = AddrText.parseIPv4(s);
                return p == null ? null : new IP(p);
            }
            if (c == ':') {
                byte[] p = AddrText.parseIPv6(s);
                return p == null ? null : new IP(p);
            }
        }
        return null;
    }

    /** {@return a copy of the bytes} */
    public byte[] bytes() {
        return b.clone();
    }

    /** {@return the number of bytes: 4, 16, or anything else Go would hold} */
    public int length() {
        return b.length;
    }

    /**
     * {@return the byte at {@code i}, as 0..255}
     *
     * @param i the index, from 0
     */
    public int byteAt(int i) {
        return b[i] & 0xff;
    }

    static byte[] raw(IP ip) {
        return ip == null ? EMPTY.b : ip.b;
    }

    /** {@return Go's {@code To4}: the 4-byte form of an IPv4 address, or {@code null}} */
    public IP to4() {
        if (b.length == IPv4len) {
            return this;
        }
        if (b.length == IPv6len && AddrText.hasV4InV6Prefix(b)) {
            return new IP(Arrays.copyOfRange(b, 12, 16));
        }
        return null;
    }

    /** {@return Go's {@code To16}: the 16-byte form, or {@code null} when the length is neither 4 nor 16} */
    public IP to16() {
        if (b.length == IPv4len) {
            return v4(b[0], b[1], b[2], b[3]);
        }
        return b.length == IPv6len ? this : null;
    }

    /** {@return Go's {@code DefaultMask}: the classful mask of an IPv4 address, else {@code null}} */
    public IPMask defaultMask() {
        IP ip4 = to4();
        if (ip4 == null) {
            return null;
        }
        int first = ip4.b[0] & 0xff;
        if (first < 0x80) {
            return IPMask.CLASS_A;
        }
        return first < 0xC0 ? IPMask.CLASS_B : IPMask.CLASS_C;
    }

    /**
     * {@return Go's {@code Mask}} A 16-byte mask starting with 12 {@code ff} bytes applies to a 4-byte IP,
     *   and a 4-byte mask applies to a v4-in-v6 IP (giving 4 bytes); otherwise the lengths must match, or
     *   the result is {@code null}.
     *
     * @param mask the mask
     */
    public IP mask(IPMask mask) {
        byte[] m = IPMask.raw(mask);
        byte[] ip = b;
        if (m.length == IPv6len && ip.length == IPv4len && allFF(m, 12)) {
            m = Arrays.copyOfRange(m, 12, 16);
        }
        if (m.length == IPv4len && ip.length == IPv6len && AddrText.hasV4InV6Prefix(ip)) {
            ip = Arrays.copyOfRange(ip, 12, 16);
        }
        if (ip.length != m.length) {
            return null;
        }
        byte[] out = new byte[ip.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (ip[i] & m[i]);
        }
        return wrap(out);
    }

    private static boolean allFF(byte[] p, int n) {
        for (int i = 0; i < n; i++) {
            if (p[i] != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return Go's {@code Equal}: same bytes, or the same IPv4 address in its 4- and 16-byte forms}
     *
     * @param x the other IP
     */
    public boolean equal(IP x) {
        byte[] o = raw(x);
        if (b.length == o.length) {
            return Arrays.equals(b, o);
        }
        if (b.length == IPv4len && o.length == IPv6len) {
            return AddrText.hasV4InV6Prefix(o) && Arrays.equals(b, 0, 4, o, 12, 16);
        }
        if (b.length == IPv6len && o.length == IPv4len) {
            return AddrText.hasV4InV6Prefix(b) && Arrays.equals(b, 12, 16, o, 0, 4);
        }
        return false;
    }

    /** {@return whether this is {@code 0.0.0.0} or {@code ::}} Go's {@code IP.IsUnspecified}. */
    public boolean isUnspecified() {
        return equal(IPv4zero) || equal(IPv6unspecified);
    }

    /** {@return whether this is in {@code 127.0.0.0/8} or is {@code ::1}} Go's {@code IP.IsLoopback}. */
    public boolean isLoopback() {
        IP ip4 = to4();
        if (ip4 != null) {
            return ip4.byteAt(0) == 127;
        }
        return equal(IPv6loopback);
    }

    /**
     * {@return whether this is a private address: RFC 1918 (10/8, 172.16/12, 192.168/16) or RFC 4193
     * (fc00::/7)} Go's {@code IP.IsPrivate}.
     */
    public boolean isPrivate() {
        IP ip4 = to4();
        if (ip4 != null) {
            int a = ip4.byteAt(0);
            int c = ip4.byteAt(1);
            return a == 10 || (a == 172 && (c & 0xf0) == 16) || (a == 192 && c == 168);
        }
        return b.length == IPv6len && (byteAt(0) & 0xfe) == 0xfc;
    }

    /** {@return whether this is in {@code 224.0.0.0/4} or {@code ff00::/8}} Go's {@code IP.IsMulticast}. */
    public boolean isMulticast() {
        IP ip4 = to4();
        if (ip4 != null) {
            return (ip4.byteAt(0) & 0xf0) == 0xe0;
        }
        return b.length == IPv6len && byteAt(0) == 0xff;
    }

    /**
     * {@return whether this is an IPv6 interface-local
     *   multicast address ({@code ff01::/16})} (Go's {@code IP.IsInterfaceLocalMulticast})
     */
    public boolean isInterfaceLocalMulticast() {
        return b.length == IPv6len && byteAt(0) == 0xff && (byteAt(1) & 0x0f) == 0x01;
    }

    /**
     * {@return whether this is in {@code 224.0.0.0/24} or {@code
     *   ff02::/16}} (Go's {@code IP.IsLinkLocalMulticast})
     */
    public boolean isLinkLocalMulticast() {
        IP ip4 = to4();
        if (ip4 != null) {
            return ip4.byteAt(0) == 224 && ip4.byteAt(1) == 0 && ip4.byteAt(2) == 0;
        }
        return b.length == IPv6len && byteAt(0) == 0xff && (byteAt(1) & 0x0f) == 0x02;
    }

    /**
     * {@return whether this is in {@code 169.254.0.0/16} or {@code
     *   fe80::/10}} (Go's {@code IP.IsLinkLocalUnicast})
     */
    public boolean isLinkLocalUnicast() {
        IP ip4 = to4();
        if (ip4 != null) {
            return ip4.byteAt(0) == 169 && ip4.byteAt(1) == 254;
        }
        return b.length == IPv6len && byteAt(0) == 0xfe && (byteAt(1) & 0xc0) == 0x80;
    }

    /** {@return Go's {@code IsGlobalUnicast}: true for private ranges too; false for 255.255.255.255} */
    public boolean isGlobalUnicast() {
        return (b.length == IPv4len || b.length == IPv6len)
                && !equal(IPv4bcast)
                && !isUnspecified()
                && !isLoopback()
                && !isMulticast()
                && !isLinkLocalUnicast();
    }

    /**
     * Go's {@code String}: {@code <nil>} when empty, dotted decimal for IPv4 (either length),
     * RFC 5952 text for IPv6, else {@code ?} and the bytes in hex.
     */
    @Override
    public String toString() {
        if (b.length == 0) {
            return "<nil>";
        }
        IP ip4 = to4();
        if (ip4 != null) {
            return ip4.byteAt(0) + "." + ip4.byteAt(1) + "." + ip4.byteAt(2) + "." + ip4.byteAt(3);
        }
        if (b.length != IPv6len) {
            return "?" + AddrText.hex(b);
        }
        // Longest run of zero groups; the first wins a tie, as RFC 5952 asks.
        int e0 = -1;
        int e1 = -1;
        for (int i = 0; i < IPv6len; i += 2) {
            int j = i;
            while (j < IPv6len && b[j] == 0 && b[j + 1] == 0) {
                j += 2;
            }
            if (j > i && j - i > e1 - e0) {
                e0 = i;
                e1 = j;
                i = j;
            }
        }
        // "::" must not stand for a single zero group.
        if (e1 - e0 <= 2) {
            e0 = -1;
            e1 = -1;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < IPv6len; i += 2) {
            if (i == e0) {
                sb.append("::");
                i = e1;
                if (i >= IPv6len) {
                    break;
                }
            } else if (i > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString((byteAt(i) << 8) | byteAt(i + 1)));
        }
        return sb.toString();
    }

    /** Consistent with {@link #equal}: a 4-byte IPv4 address equals its 16-byte form. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IP other && equal(other);
    }

    @Override
    public int hashCode() {
        IP ip16 = to16();
        return Arrays.hashCode(ip16 == null ? b : ip16.b);
    }
}
