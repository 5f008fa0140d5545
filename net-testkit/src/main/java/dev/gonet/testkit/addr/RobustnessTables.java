package dev.gonet.testkit.addr;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.testkit.Check;

/**
 * Generated garbage: parsers answer every string with a result or an {@link AddrException},
 * never another exception, and what they accept survives a round trip. The generator is a
 * fixed xorshift so the strings are the same on the JVM and in the browser.
 */
final class RobustnessTables {
    static final int COUNT = 3000;
    private static final String[] PIECES = {
        "0", "1", "9", "00", "255", "256", "65535", "99999999999", "f", "F", "ffff", "fffff", "g", ":", "::", ".",
        "[", "]", "%", "/", "-", "+", " ", "\t", "\n", "\u0000", "\u00e9", "\u4e2d", "\ud83d\ude00", "\uff11",
        "\u0661", "eth0", "lo0", "1.2.3.4", "::ffff:", "fe80::", "/24", "/128", ":80", "localhost",
    };

    private RobustnessTables() {
    }

    /** Garbage built from pieces that matter to the scanners; deterministic for a given seed. */
    static String[] garbage(long seed, int count) {
        long x = seed;
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int n = (int) ((x >>> 33) % 9);
            for (int k = 0; k < n; k++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                sb.append(PIECES[(int) ((x >>> 33) % PIECES.length)]);
            }
            out[i] = sb.toString();
        }
        return out;
    }

    static Table robustness() {
        Table t = new Table("Addr.robustness");
        String[] inputs = garbage(0x9E3779B97F4A7C15L, COUNT);
        t.add("parseIP(" + COUNT + " generated strings) round-trips", () -> {
            for (String s : inputs) {
                IP ip = IP.parse(s);
                if (ip != null) {
                    Show.sameIP("parseIP(parseIP(" + Show.q(s) + ").String())", IP.parse(ip.toString()), ip);
                }
            }
        });
        t.add("ParseCIDR(" + COUNT + " generated strings) fails only with AddrException", () -> {
            for (String s : inputs) {
                for (String in : new String[] {s, "1.2.3.4/" + s, s + "/24", "::" + s + "/64"}) {
                    try {
                        CIDR c = CIDR.parse(in);
                        // Go's exception: a v4-in-v6 address under a prefix shorter than /96
                        // gets an IPv6 network, which never contains an IPv4 address.
                        boolean v4UnderV6 = c.ip().to4() != null && c.net().ip().to4() == null;
                        Check.isTrue(c.net().contains(c.ip()) != v4UnderV6,
                                "ParseCIDR(" + Show.q(in) + "): net.Contains(ip) = " + c.net().contains(c.ip()));
                    } catch (AddrException e) {
                        Check.equal("ParseCIDR(" + Show.q(in) + ") error", e.getMessage(), "invalid CIDR address: " + in);
                    }
                }
            }
        });
        t.add("SplitHostPort(" + COUNT + " generated strings) round-trips through JoinHostPort", () -> {
            for (String s : inputs) {
                for (String in : new String[] {s, s + ":80", "[" + s + "]:80", s + "]:" + s}) {
                    HostPort hp;
                    try {
                        hp = HostPort.split(in);
                    } catch (AddrException e) {
                        Check.isTrue(e.getMessage().endsWith(e.err()), "SplitHostPort(" + Show.q(in) + "): " + e);
                        continue;
                    }
                    String joined = HostPort.join(hp.host(), hp.port());
                    Check.equal("SplitHostPort(JoinHostPort(SplitHostPort(" + Show.q(in) + ")))",
                            HostPort.split(joined), hp);
                }
            }
        });
        return t;
    }
}
