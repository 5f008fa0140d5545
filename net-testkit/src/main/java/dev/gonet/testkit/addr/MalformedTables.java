package dev.gonet.testkit.addr;

import dev.gonet.CIDR;
import dev.gonet.IP;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.addr.HostPortTables.SplitCase;
import dev.gonet.testkit.addr.HostPortTables.SplitErrorCase;

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

    private record ParseIPCase(String in, String want) {
    }

    static Table parseIP() {
        Table t = new Table("IP.parse.malformed");
        ParseIPCase[] rows = {
            new ParseIPCase(" ", null), new ParseIPCase("1.2.3.4 ", null), new ParseIPCase(" 1.2.3.4", null),
            new ParseIPCase("1.2.3.04", null), new ParseIPCase("1.2.3.256", null), new ParseIPCase("4294967296", null),
            new ParseIPCase("1.2.3.99999999999999999999", null), new ParseIPCase("::ffff:1.2.3.4%eth0", null),
            new ParseIPCase("fe80::1%25eth0", null), new ParseIPCase("[::1]", null),
            new ParseIPCase("1.2.3.4/24", null), new ParseIPCase("\u0661.\u0662.\u0663.\u0664", null),
            new ParseIPCase("\uff11.\uff12.\uff13.\uff14", null), new ParseIPCase("1.2.3.4\u0000", null),
            new ParseIPCase("::1\n", null), new ParseIPCase("::ffff:01.2.3.4", null),
            new ParseIPCase("1:2:3:4:5:6:7:1.2.3.4", null), new ParseIPCase("::1:2:3:4:5:6:1.2.3.4", null),
            new ParseIPCase(":::", null), new ParseIPCase("1:::2", null), new ParseIPCase(":1::", null),
            new ParseIPCase("1::2:", null), new ParseIPCase("1.2.3", null), new ParseIPCase("1.2.3.4.", null),
            new ParseIPCase("..", null), new ParseIPCase("\u00e9", null), new ParseIPCase("1.2.3.\u00e9", null),
            new ParseIPCase("\u00e9::1", null), new ParseIPCase(LONG_DIGITS, null),
            new ParseIPCase(LONG_DIGITS + ".1.1.1", null), new ParseIPCase(LONG_GROUPS, null),
            // Accepted by Go 1.19, perhaps surprisingly: IPv6 groups may carry any number of
            // leading zeros, and "::" may stand for a single group.
            new ParseIPCase("00000000000000000000::1", "::1"),
            new ParseIPCase("::00000000000000001", "::1"),
            new ParseIPCase("0000000000000000ffff::", "ffff::"),
            new ParseIPCase("::1.2.3.4", "::102:304"),
            new ParseIPCase("::ffff:1.2.3.4", "1.2.3.4"),
            new ParseIPCase("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"),
            new ParseIPCase("1::2:3:4:5:6:7", "1:0:2:3:4:5:6:7"),
            new ParseIPCase("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),
            new ParseIPCase("::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7"),
            new ParseIPCase("::ffff", "::ffff"),
        };
        for (ParseIPCase r : rows) {
            String in = r.in();
            String want = r.want();
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

    /** ParseCIDR(in): the IP, the network, and the byte lengths of the network IP and mask. */

    private record ParseCIDRCase(String in, String ip, String net, int netIPLen, int maskLen) {
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
        ParseCIDRCase[] ok = {
            new ParseCIDRCase("1.2.3.4/024", "1.2.3.4", "1.2.3.0/24", 4, 4),
            new ParseCIDRCase("::/0", "::", "::/0", 16, 16),
            new ParseCIDRCase("0.0.0.0/0", "0.0.0.0", "0.0.0.0/0", 4, 4),
            new ParseCIDRCase("255.255.255.255/32", "255.255.255.255", "255.255.255.255/32", 4, 4),
            // A v4-in-v6 address takes an IPv6 prefix, and its network prints strangely.
            new ParseCIDRCase("::ffff:1.2.3.4/96", "1.2.3.4", "0.0.0.0/0", 16, 16),
            new ParseCIDRCase("::ffff:1.2.3.4/120", "1.2.3.4", "1.2.3.0/24", 16, 16),
            new ParseCIDRCase("::ffff:1.2.3.4/24", "1.2.3.4", "::/24", 16, 16),
            new ParseCIDRCase("::ffff:1.2.3.4/95", "1.2.3.4", "::fffe:0:0/95", 16, 16),
        };
        for (ParseCIDRCase r : ok) {
            String in = r.in();
            String what = "ParseCIDR(" + Show.q(in) + ")";
            t.add(what, () -> {
                CIDR c = CIDR.parse(in);
                Check.equal(what + " ip", c.ip().toString(), r.ip());
                Check.equal(what + " net", c.net().toString(), r.net());
                Check.equal(what + " len(ip)", c.ip().length(), 16);
                Check.equal(what + " len(net.IP)", c.net().ip().length(), r.netIPLen());
                Check.equal(what + " len(net.Mask)", c.net().mask().length(), r.maskLen());
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
        SplitErrorCase[] bad = {
            new SplitErrorCase("", missing), new SplitErrorCase("[", missing), new SplitErrorCase("]", missing),
            new SplitErrorCase("[::1]]:80", missing), new SplitErrorCase("[::1]:80:", colons),
            new SplitErrorCase("[[::1]:80", "unexpected '[' in address"),
            new SplitErrorCase("a]:80", "unexpected ']' in address"),
            new SplitErrorCase("[a:80", "missing ']' in address"),
            new SplitErrorCase("[a]:80]", "unexpected ']' in address"), new SplitErrorCase("[a]]:80", missing),
            new SplitErrorCase("1.2.3.4:80:", colons), new SplitErrorCase("::", colons),
            new SplitErrorCase(":::80", colons), new SplitErrorCase("]:80", "unexpected ']' in address"),
            new SplitErrorCase("[::1]x:80", missing), new SplitErrorCase("[::1]x", missing),
            new SplitErrorCase("[::1]:x:80", colons), new SplitErrorCase(":".repeat(1000), colons),
            new SplitErrorCase("host:port:port", colons), new SplitErrorCase(LONG_GROUPS, colons),
            new SplitErrorCase("[" + LONG_GROUPS + "]", missing),
        };
        for (SplitErrorCase r : bad) {
            HostPortTables.addSplitError(t, r.hostPort(), r.err());
        }
        SplitCase[] ok = {
            new SplitCase(":", "", ""), new SplitCase("[]:", "", ""), new SplitCase("[]:80", "", "80"),
            new SplitCase("%zone:80", "%zone", "80"), new SplitCase("[::1%]:80", "::1%", "80"),
            new SplitCase("[::1]:\u0000", "::1", "\u0000"), new SplitCase("host:\n", "host", "\n"),
            new SplitCase("\u00e9:80", "\u00e9", "80"), new SplitCase("[\u00e9]:8\u00e90", "\u00e9", "8\u00e90"),
            new SplitCase("[" + LONG_DIGITS + "]:80", LONG_DIGITS, "80"),
            new SplitCase(LONG_DIGITS + ":80", LONG_DIGITS, "80"), new SplitCase("[1.2.3.4]:80", "1.2.3.4", "80"),
        };
        for (SplitCase r : ok) {
            HostPortTables.addSplitOK(t, r.hostPort(), r.host(), r.port());
        }
        return t;
    }
}
