package dev.gonet.testkit.addr;

import dev.gonet.CIDR;
import dev.gonet.IP;
import dev.gonet.testkit.Check;

/**
 * Bad and borderline input with Go 1.19's exact answers (each row checked against Go): empty
 * strings, spaces, leading zeros, overflowing numbers, non-ASCII digits, zones, stray brackets
 * and very long strings.
 */
final class MalformedTables {
    static final String LONG_DIGITS = "1".repeat(10000);
    static final String LONG_GROUPS = "1:".repeat(5000) + "1";

    private MalformedTables() {
    }

    static Table parseIP() {
        Table t = new Table("IP.parse.malformed");
        String[][] rows = {
            {" ", null}, {"1.2.3.4 ", null}, {" 1.2.3.4", null}, {"1.2.3.04", null}, {"1.2.3.256", null},
            {"4294967296", null}, {"1.2.3.99999999999999999999", null}, {"::ffff:1.2.3.4%eth0", null},
            {"fe80::1%25eth0", null}, {"[::1]", null}, {"1.2.3.4/24", null},
            {"\u0661.\u0662.\u0663.\u0664", null}, {"\uff11.\uff12.\uff13.\uff14", null}, {"1.2.3.4\u0000", null},
            {"::1\n", null}, {"::ffff:01.2.3.4", null}, {"1:2:3:4:5:6:7:1.2.3.4", null},
            {"::1:2:3:4:5:6:1.2.3.4", null}, {":::", null}, {"1:::2", null}, {":1::", null}, {"1::2:", null},
            {"1.2.3", null}, {"1.2.3.4.", null}, {"..", null}, {"\u00e9", null}, {"1.2.3.\u00e9", null},
            {"\u00e9::1", null}, {LONG_DIGITS, null}, {LONG_DIGITS + ".1.1.1", null}, {LONG_GROUPS, null},
            // Accepted by Go 1.19, perhaps surprisingly: IPv6 groups may carry any number of
            // leading zeros, and "::" may stand for a single group.
            {"00000000000000000000::1", "::1"},
            {"::00000000000000001", "::1"},
            {"0000000000000000ffff::", "ffff::"},
            {"::1.2.3.4", "::102:304"},
            {"::ffff:1.2.3.4", "1.2.3.4"},
            {"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"},
            {"1::2:3:4:5:6:7", "1:0:2:3:4:5:6:7"},
            {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"},
            {"::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7"},
            {"::ffff", "::ffff"},
        };
        for (String[] r : rows) {
            String in = r[0];
            String want = r[1];
            String what = "parseIP(" + Show.q(in) + ")";
            t.add(what, () -> {
                IP got = IP.parse(in);
                Check.equal(what, got == null ? null : got.toString(), want);
                Check.isTrue(got == null || got.length() == 16, what + " has " + (got == null ? 0 : got.length())
                        + " bytes, want 16");
            });
        }
        return t;
    }

    static Table parseCIDR() {
        Table t = new Table("CIDR.parse.malformed");
        String[] bad = {
            "1.2.3.4", "1.2.3.4/", "/24", "/", "1.2.3.4/ 24", "1.2.3.4/24 ", "1.2.3.4/+24", "1.2.3.4/0x18",
            "1.2.3.4/99999999999999", "fe80::1%eth0/64", "1.2.3.4/24/24", "1.2.3.4/33", "::1/129", "1.2.3.4/-1",
            "1.2.3.4/\u0663", "[::1]/64", "1.2.3.4/16777215", "1.2.3.4/16777216", "1.2.3.04/8", "1.2.3.4%eth0/8",
            LONG_DIGITS + "/8", "1.2.3.4/" + LONG_DIGITS, LONG_GROUPS + "/64",
        };
        for (String in : bad) {
            NetTables.addCIDRError(t, in);
        }
        // in, IP, network, network IP bytes, mask bytes
        Object[][] ok = {
            {"1.2.3.4/024", "1.2.3.4", "1.2.3.0/24", 4, 4},
            {"::/0", "::", "::/0", 16, 16},
            {"0.0.0.0/0", "0.0.0.0", "0.0.0.0/0", 4, 4},
            {"255.255.255.255/32", "255.255.255.255", "255.255.255.255/32", 4, 4},
            // A v4-in-v6 address takes an IPv6 prefix, and its network prints strangely.
            {"::ffff:1.2.3.4/96", "1.2.3.4", "0.0.0.0/0", 16, 16},
            {"::ffff:1.2.3.4/120", "1.2.3.4", "1.2.3.0/24", 16, 16},
            {"::ffff:1.2.3.4/24", "1.2.3.4", "::/24", 16, 16},
            {"::ffff:1.2.3.4/95", "1.2.3.4", "::fffe:0:0/95", 16, 16},
        };
        for (Object[] r : ok) {
            String in = (String) r[0];
            String what = "ParseCIDR(" + Show.q(in) + ")";
            t.add(what, () -> {
                CIDR c = CIDR.parse(in);
                Check.equal(what + " ip", c.ip().toString(), r[1]);
                Check.equal(what + " net", c.net().toString(), r[2]);
                Check.equal(what + " len(ip)", c.ip().length(), 16);
                Check.equal(what + " len(net.IP)", c.net().ip().length(), r[3]);
                Check.equal(what + " len(net.Mask)", c.net().mask().length(), r[4]);
                // Go's quirk: under a prefix shorter than /96 the network no longer holds the IP.
                boolean wantContains = c.ip().to4() == null || c.net().ip().to4() != null;
                Check.equal(what + " net.Contains(ip)", c.net().contains(c.ip()), wantContains);
            });
        }
        return t;
    }

    static Table split() {
        Table t = new Table("HostPort.split.malformed");
        String missing = "missing port in address";
        String colons = "too many colons in address";
        String[][] bad = {
            {"", missing}, {"[", missing}, {"]", missing}, {"[::1]]:80", missing}, {"[::1]:80:", colons},
            {"[[::1]:80", "unexpected '[' in address"}, {"a]:80", "unexpected ']' in address"},
            {"[a:80", "missing ']' in address"}, {"[a]:80]", "unexpected ']' in address"}, {"[a]]:80", missing},
            {"1.2.3.4:80:", colons}, {"::", colons}, {":::80", colons}, {"]:80", "unexpected ']' in address"},
            {"[::1]x:80", missing}, {"[::1]x", missing}, {"[::1]:x:80", colons}, {":".repeat(1000), colons},
            {"host:port:port", colons}, {LONG_GROUPS, colons}, {"[" + LONG_GROUPS + "]", missing},
        };
        for (String[] r : bad) {
            HostPortTables.addSplitError(t, r[0], r[1]);
        }
        String[][] ok = {
            {":", "", ""}, {"[]:", "", ""}, {"[]:80", "", "80"}, {"%zone:80", "%zone", "80"},
            {"[::1%]:80", "::1%", "80"}, {"[::1]:\u0000", "::1", "\u0000"}, {"host:\n", "host", "\n"},
            {"\u00e9:80", "\u00e9", "80"}, {"[\u00e9]:8\u00e90", "\u00e9", "8\u00e90"},
            {"[" + LONG_DIGITS + "]:80", LONG_DIGITS, "80"}, {LONG_DIGITS + ":80", LONG_DIGITS, "80"},
            {"[1.2.3.4]:80", "1.2.3.4", "80"},
        };
        for (String[] r : ok) {
            HostPortTables.addSplitOK(t, r[0], r[1], r[2]);
        }
        return t;
    }
}
