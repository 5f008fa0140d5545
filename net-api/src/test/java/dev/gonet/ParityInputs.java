package dev.gonet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded inputs for the Go parity test: valid addresses in every textual form, then mutated
 * toward the edges Go's scanners care about (digits, separators, brackets, zones, prefixes,
 * leading zeros, overlong groups, huge numbers, non-ASCII).
 */
final class ParityInputs {
    /** Inputs from Go's own tables (net/ip_test.go, netip corpus) and known edge cases. */
    static final String[] SEEDS = {
        "127.0.1.2", "127.0.0.1", "::ffff:127.1.2.3", "::ffff:7f01:0203", "0:0:0:0:0000:ffff:127.1.2.3",
        "0:0:0:0:000000:ffff:127.1.2.3", "0:0:0:0::ffff:127.1.2.3", "2001:4860:0:2001::68",
        "2001:4860:0000:2001:0000:0000:0000:0068", "-0.0.0.0", "0.-1.0.0", "0.0.-2.0", "0.0.0.-3",
        "127.0.0.256", "abc", "123:", "fe80::1%lo0", "fe80::1%911", "", "a1:a2:a3:a4::b1:b2:b3:b4",
        "127.001.002.003", "::ffff:127.001.002.003", "123.000.000.000", "1.2..4", "0123.0.0.1",
        "0.0.0.0", "192.168.140.255", "010.000.015.001", "000001.00000002.00000003.000000004",
        "::ffff:1.2.03.4", "::", "::1", "fd7a:115c:a1e0:ab12:4843:cd96:626b:430b", "fd7a:115c::626b:430b",
        "fd7a:115c:a1e0:ab12:4843:cd96::", "fd7a:115c:a1e0:ab12:4843:cd96:626b::",
        "fd7a:115c:a1e0:ab12:4843:cd96:626b:0", "fd7a:115c:a1e0::4843:cd96:626b:430b",
        "::ffff:192.168.140.255", "fd7a:115c:a1e0:ab12:4843:cd96:626b:430b%eth0",
        "1:2::ffff:192.168.140.255%eth1", "1:2::ffff:c0a8:8cff%eth1", "FD9E:1A04:F01D::1", "bad", "1234",
        "1.2.3.4%eth0", ".1.2.3", "1.2.3.", "1..2.3", "1.2.3.4.5", "0300.0250.0214.0377",
        "0xc0.0xa8.0x8c.0xff", "192.168.12345", "127.0.1", "192.1234567", "127.1", "192.168.300.1",
        "192.168.0.1.5.6", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "fe801::1",
        "fe80:tail:scal:e::", "fe80::1%", "::ffff:0:0%0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:192.168.140.255",
        "ffff::ffff:ffff:ffff:ffff:ffff:ffff:192.168.140.255", "::ffff:192.168.140.bad", "fe80::1::1",
        "fe80:1?:1", "fe80:", "1.2.3.4:51820", "[fd7a:115c:a1e0:ab12:4843:cd96:626b:430b]:80",
        "[::ffff:c000:0280]:65535", "[::ffff:c000:0280%eth0]:1", "1.2.3.4/24",
        "fd7a:115c:a1e0:ab12:4843:cd96:626b:430b/118", "::ffff:c000:0280/96", "::ffff:c000:0280%eth0/37",
        "135.104.0.0/32", "0.0.0.0/24", "135.104.0.1/24", "::1/128", "abcd:2345::/127", "abcd:2345::/65",
        "2001:DB8::/48", "2001:DB8::1/48", "192.168.1.1/255.255.255.0", "192.168.1.1/35", "2001:db8::1/-1",
        "2001:db8::1/-0", "-0.0.0.0/32", "0.0.0.0/-0", "127.000.000.001/32", "1.2.3.4/024", "1.2.3.4/",
        "::ffff:1.2.3.4/96", "::ffff:1.2.3.4/80", "1.2.3.4/16777215", "1.2.3.4/99999999999",
        "localhost:http", "localhost:80", "localhost%lo0:http", "[localhost%lo0]:80", "127.0.0.1:http",
        "[::1]:http", "[::1%lo0]:80", ":http", ":80", "golang.org:", "127.0.0.1:", "[::1]:",
        "golang.org:https%foo", "golang.org", "127.0.0.1", "[::1]", "[fe80::1%lo0]", "[localhost%lo0]",
        "localhost%lo0", "fe80::1%lo0:80", "[foo:bar]", "[foo:bar]baz", "[foo]bar:baz",
        "[foo]:[bar]:baz", "[foo]:[bar]baz", "foo[bar]:baz", "foo]bar:baz", "[", "]", "[]", "[]:", ":", "::80",
        "[:]:80", "[[::1]]:80", "[::1]]:80", "[::1]:80]", "a:b:c", "1::2::3", "::1.2.3.4", "1.2.3.4::",
        "ffff:ffff:ffff:ffff:ffff:ffff:1.2.3.4", "::ffff:ffff:ffff:ffff:ffff:ffff:1.2.3.4", "1::1.2.3.4",
        "00000:1::", "12345::", "fffff::", "0ffff::", "::0ffff", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6::8", "\u0661.2.3.4", "\uff11.2.3.4", "1.2.3.4\u0000", " 1.2.3.4", "1.2.3.4 ", "１::",
        "é:80", "[é]:80", "\ud83d\ude00:\ud83d\ude00", "1.2.3.4/\uff18",
    };

    private static final String[] JUNK = {
        ":", ".", "[", "]", "%", "/", "::", "0", "00", "000", "1", "9", "f", "F", "g", "x", "-", "+", " ",
        "\t", "\n", "\u0000", "é", "中", "\ud83d\ude00", "\uff11", "\u0661", "ff", "ffff", "fffff", "255",
        "256", "1234567", "99999999999", "%eth0", "%", "::ffff:", "1.2.3.4", "\\", "'", "\u007f",
    };

    private final Random r;

    ParityInputs(long seed) {
        this.r = new Random(seed);
    }

    private int oneOf(int n) {
        return r.nextInt(n);
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private String pick(String[] a) {
        return a[oneOf(a.length)];
    }

    String octet() {
        if (chance(10)) {
            return pick(new String[] {"0", "00", "01", "010", "255", "256", "300", "999", "1000", "0255"});
        }
        return Integer.toString(chance(50) ? oneOf(256) : oneOf(10));
    }

    String v4() {
        return octet() + "." + octet() + "." + octet() + "." + octet();
    }

    private String group() {
        int v = switch (oneOf(4)) {
            case 0 -> 0;
            case 1 -> oneOf(16);
            case 2 -> 0xffff;
            default -> oneOf(0x10000);
        };
        String h = Integer.toHexString(v);
        if (chance(10)) {
            h = "0".repeat(1 + oneOf(4)) + h;
        }
        if (chance(15)) {
            h = h.toUpperCase();
        }
        return h;
    }

    String v6() {
        int groups = 8;
        boolean tailV4 = chance(20);
        if (tailV4) {
            groups = 6;
        }
        List<String> g = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            g.add(chance(30) ? "0" : group());
        }
        if (tailV4 && chance(50)) {
            for (int i = 0; i < 5; i++) {
                g.set(i, "0");
            }
            g.set(5, "ffff");
        }
        String s;
        if (chance(70)) {
            int from = oneOf(groups + 1);
            int to = from + oneOf(groups - from + 1);
            s = String.join(":", g.subList(0, from)) + "::" + String.join(":", g.subList(to, groups));
        } else {
            s = String.join(":", g);
        }
        if (tailV4) {
            s += (s.endsWith(":") ? "" : ":") + v4();
        }
        return s;
    }

    String anyIP() {
        return switch (oneOf(10)) {
            case 0, 1, 2 -> v4();
            case 3 -> pick(SEEDS);
            default -> v6();
        };
    }

    String prefix() {
        return switch (oneOf(12)) {
            case 0 -> "-" + oneOf(3);
            case 1 -> "0" + oneOf(40);
            case 2 -> Integer.toString(129 + oneOf(2000));
            case 3 -> "99999999999";
            case 4 -> "";
            case 5 -> Integer.toString(32 + oneOf(3));
            default -> Integer.toString(oneOf(129));
        };
    }

    String cidr() {
        return chance(5) ? pick(SEEDS) : anyIP() + "/" + prefix();
    }

    String hostPort() {
        String port = pick(new String[] {"80", "http", "", "65535", "0", "99999", "https%foo", "8080"});
        return switch (oneOf(8)) {
            case 0 -> "localhost:" + port;
            case 1 -> v4() + ":" + port;
            case 2 -> "[" + v6() + "]:" + port;
            case 3 -> "[" + v6() + "%eth" + oneOf(3) + "]:" + port;
            case 4 -> v6();
            case 5 -> pick(SEEDS);
            case 6 -> "[" + anyIP() + "]" + pick(JUNK) + port;
            default -> "host" + oneOf(10) + "%lo0:" + port;
        };
    }

    /** Applies 0-4 random edits, then repairs any surrogate pair an edit cut in half. */
    String mutate(String s) {
        int n = chance(35) ? 0 : chance(50) ? 1 : 2 + oneOf(3);
        StringBuilder sb = new StringBuilder(s);
        for (int k = 0; k < n; k++) {
            int at = sb.length() == 0 ? 0 : oneOf(sb.length() + 1);
            switch (oneOf(7)) {
                case 0 -> { // change a digit or hex digit
                    if (at < sb.length()) {
                        sb.setCharAt(at, "0123456789abcdefABCDEF".charAt(oneOf(22)));
                    }
                }
                case 1 -> sb.insert(at, pick(new String[] {":", ".", "[", "]", "%", "/"}));
                case 2 -> { // remove one character
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 3 -> sb.insert(at, "0".repeat(1 + oneOf(3)));
                case 4 -> sb.insert(at, pick(JUNK));
                case 5 -> { // overlong group or number
                    sb.insert(at, chance(50) ? "fffff" : "9".repeat(1 + oneOf(12)));
                }
                default -> { // swap in a separator
                    if (at < sb.length()) {
                        sb.setCharAt(at, ":.[]%/".charAt(oneOf(6)));
                    }
                }
            }
        }
        return repairSurrogates(sb.toString());
    }

    static String repairSurrogates(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Occasionally a very long string, to prove there is no quadratic blow-up or overflow. */
    String maybeLong(String s) {
        if (!chance(1)) {
            return s;
        }
        return switch (oneOf(4)) {
            case 0 -> "1".repeat(5000 + oneOf(5000)) + s;
            case 1 -> s + ":".repeat(2000);
            case 2 -> "1:".repeat(3000) + s;
            default -> "[" + "1.".repeat(3000) + "]:" + s;
        };
    }

    byte[] ipBytes() {
        int len = switch (oneOf(10)) {
            case 0 -> pick(new int[] {0, 1, 3, 5, 8, 12, 15, 17, 32});
            case 1, 2, 3 -> 4;
            default -> 16;
        };
        byte[] b = new byte[len];
        int style = oneOf(6);
        for (int i = 0; i < len; i++) {
            b[i] = switch (style) {
                case 0 -> 0;
                case 1 -> (byte) pick(new int[] {0, 0xff, 1, 0x80, 0xfe, 0xfc, 0x7f, 0xe0, 0xa9});
                default -> (byte) r.nextInt(256);
            };
        }
        if (len == 16 && chance(40)) {
            java.util.Arrays.fill(b, 0, 10, (byte) 0);
            b[10] = (byte) 0xff;
            b[11] = chance(90) ? (byte) 0xff : (byte) 0xfe;
        }
        if (len >= 2 && chance(30)) { // well-known first bytes for the predicates
            int[][] firsts = {{127, 0}, {10, 0}, {172, 16}, {172, 31}, {192, 168}, {169, 254}, {224, 0},
                {239, 0}, {0xff, 0x01}, {0xff, 0x02}, {0xff, 0x05}, {0xfe, 0x80}, {0xfe, 0xc0}, {0xfc, 0}};
            int[] f = firsts[oneOf(firsts.length)];
            int at = len == 16 && b[10] == (byte) 0xff && chance(50) ? 12 : 0;
            b[at] = (byte) f[0];
            b[at + 1] = (byte) f[1];
            if (chance(50)) {
                for (int i = at + 2; i < len; i++) {
                    b[i] = 0;
                }
                b[len - 1] = (byte) oneOf(3);
            }
        }
        return b;
    }

    /** An address near {@code net}: the same one in the other form, or one bit away. */
    byte[] near(byte[] net) {
        if (chance(40)) {
            return ipBytes();
        }
        byte[] b = net.clone();
        if (b.length == 16 && chance(30)) {
            b = java.util.Arrays.copyOfRange(b, 12, 16);
        } else if (b.length == 4 && chance(30)) {
            b = IP.of(b).to16().bytes();
        }
        if (b.length > 0 && chance(60)) {
            b[b.length - 1 - oneOf(Math.min(b.length, 4))] ^= (byte) (1 << oneOf(8));
        }
        return b;
    }

    byte[] maskBytes() {
        if (chance(50)) {
            int bits = chance(40) ? 32 : 128;
            byte[] m = IPMask.cidr(oneOf(bits + 1), bits).bytes();
            if (chance(20) && m.length > 0) {
                m[oneOf(m.length)] ^= (byte) (1 << oneOf(8));
            }
            return m;
        }
        if (chance(30)) { // 12 ff bytes then a v4 mask: Go lets it mask a 4-byte IP
            byte[] m = new byte[16];
            java.util.Arrays.fill(m, 0, 12, (byte) 0xff);
            byte[] v4 = IPMask.cidr(oneOf(33), 32).bytes();
            System.arraycopy(v4, 0, m, 12, 4);
            if (chance(20)) {
                m[oneOf(12)] = (byte) 0xfe;
            }
            return m;
        }
        return ipBytes();
    }

    private int pick(int[] a) {
        return a[oneOf(a.length)];
    }

    int cidrOnes() {
        return chance(10) ? r.nextInt() : -3 + oneOf(136);
    }

    int cidrBits() {
        return chance(70) ? pick(new int[] {32, 128}) : pick(new int[] {-1, 0, 4, 8, 31, 33, 64, 127, 129, 256});
    }
}
