package dev.gonet.internal;

/**
 * Go 1.19's textual address scanners ({@code net/parse.go}, {@code net/ip.go}), kept apart from
 * the public types so {@code IP} and {@code CIDR} share one copy.
 *
 * <p>Go scans bytes; these scan UTF-16 chars. Every character the grammar accepts is ASCII, and
 * in UTF-8 an ASCII byte never occurs inside a multi-byte sequence, so both reject the same
 * strings and split them at the same characters.
 */
public final class AddrText {
    /** Go's {@code big}: scanners give up once a number reaches it, so huge inputs cannot overflow. */
    public static final int BIG = 0xFFFFFF;

    private static final byte[] V4_IN_V6_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private AddrText() {
    }

    /** Packs Go's {@code (n, i, ok)} result; {@code ok} false means the number is unusable. */
    public record Num(int n, int consumed, boolean ok) {
    }

    /** Go's dtoi: decimal digits from {@code from}, stopping at the first non-digit. */
    public static Num dtoi(String s, int from) {
        int n = 0;
        int i = from;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= BIG) {
                return new Num(BIG, i - from, false);
            }
        }
        if (i == from) {
            return new Num(0, 0, false);
        }
        return new Num(n, i - from, true);
    }

    /** Go's xtoi: hex digits of either case from {@code from}. */
    public static Num xtoi(String s, int from) {
        int n = 0;
        int i = from;
        for (; i < s.length(); i++) {
            int d = hexVal(s.charAt(i));
            if (d < 0) {
                break;
            }
            n = n * 16 + d;
            if (n >= BIG) {
                return new Num(0, i - from, false);
            }
        }
        if (i == from) {
            return new Num(0, 0, false);
        }
        return new Num(n, i - from, true);
    }

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** A fresh 16-byte v4-in-v6 address. */
    public static byte[] v4InV6(int a, int b, int c, int d) {
        byte[] p = new byte[16];
        System.arraycopy(V4_IN_V6_PREFIX, 0, p, 0, 12);
        p[12] = (byte) a;
        p[13] = (byte) b;
        p[14] = (byte) c;
        p[15] = (byte) d;
        return p;
    }

    /** Whether {@code p[0:12]} is the v4-in-v6 prefix; {@code p} must have at least 12 bytes. */
    public static boolean hasV4InV6Prefix(byte[] p) {
        for (int i = 0; i < 12; i++) {
            if (p[i] != V4_IN_V6_PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    /** Go's parseIPv4: {@code d.d.d.d} as 16 bytes (v4-in-v6), or null. */
    public static byte[] parseIPv4(String s) {
        int[] p = new int[4];
        int pos = 0;
        int len = s.length();
        for (int i = 0; i < 4; i++) {
            if (pos == len) {
                return null;
            }
            if (i > 0) {
                if (s.charAt(pos) != '.') {
                    return null;
                }
                pos++;
            }
            Num r = dtoi(s, pos);
            if (!r.ok() || r.n() > 0xFF) {
                return null;
            }
            // Leading zeros are refused: some parsers read them as octal.
            if (r.consumed() > 1 && s.charAt(pos) == '0') {
                return null;
            }
            pos += r.consumed();
            p[i] = r.n();
        }
        if (pos != len) {
            return null;
        }
        return v4InV6(p[0], p[1], p[2], p[3]);
    }

    /** Go's parseIPv6 (RFC 4291 text, optional trailing dotted IPv4, no zone): 16 bytes or null. */
    public static byte[] parseIPv6(String str) {
        byte[] ip = new byte[16];
        int ellipsis = -1;
        int pos = 0;
        int len = str.length();

        if (len >= 2 && str.charAt(0) == ':' && str.charAt(1) == ':') {
            ellipsis = 0;
            pos = 2;
            if (pos == len) {
                return ip;
            }
        }

        int i = 0;
        while (i < 16) {
            Num r = xtoi(str, pos);
            if (!r.ok() || r.n() > 0xFFFF) {
                return null;
            }
            int c = r.consumed();

            if (pos + c < len && str.charAt(pos + c) == '.') {
                if (ellipsis < 0 && i != 12) {
                    return null;
                }
                if (i + 4 > 16) {
                    return null;
                }
                byte[] ip4 = parseIPv4(str.substring(pos));
                if (ip4 == null) {
                    return null;
                }
                System.arraycopy(ip4, 12, ip, i, 4);
                pos = len;
                i += 4;
                break;
            }

            ip[i] = (byte) (r.n() >> 8);
            ip[i + 1] = (byte) r.n();
            i += 2;

            pos += c;
            if (pos == len) {
                break;
            }

            if (str.charAt(pos) != ':' || pos + 1 == len) {
                return null;
            }
            pos++;

            if (str.charAt(pos) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                pos++;
                if (pos == len) {
                    break;
                }
            }
        }

        if (pos != len) {
            return null;
        }

        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            // "::" must stand for at least one zero group.
            return null;
        }
        return ip;
    }

    /** Lowercase hex of every byte, no punctuation (Go's hexString). */
    public static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
