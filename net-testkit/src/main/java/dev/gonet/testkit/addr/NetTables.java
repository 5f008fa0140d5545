package dev.gonet.testkit.addr;

import static dev.gonet.IP.parse;
import static dev.gonet.IP.v4;

import dev.gonet.AddrException;
import dev.gonet.CIDR;
import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.IPNet;
import dev.gonet.testkit.Check;

/** Go 1.19's parseCIDRTests, ipNetContainsTests, ipNetStringTests, networkNumberAndMaskTests. */
final class NetTables {
    private NetTables() {
    }

    private static IP ip(int... b) {
        return IP.of(b);
    }

    private static IPMask m(int... b) {
        return IPMask.of(IP.of(b));
    }

    private static IPMask pm(String s) {
        return IPMask.of(parse(s));
    }

    private record ParseCIDRCase(String in, IP ip, IP net, IPMask mask) {
    }

    static Table parseCIDR() {
        Table t = new Table("CIDR.parse");
        ParseCIDRCase[] ok = {
            new ParseCIDRCase("135.104.0.0/32", v4(135, 104, 0, 0), v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 255)),
            new ParseCIDRCase("0.0.0.0/24", v4(0, 0, 0, 0), v4(0, 0, 0, 0), IPMask.v4(255, 255, 255, 0)),
            new ParseCIDRCase("135.104.0.0/24", v4(135, 104, 0, 0), v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 0)),
            new ParseCIDRCase("135.104.0.1/32", v4(135, 104, 0, 1), v4(135, 104, 0, 1), IPMask.v4(255, 255, 255, 255)),
            new ParseCIDRCase("135.104.0.1/24", v4(135, 104, 0, 1), v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 0)),
            new ParseCIDRCase("::1/128", parse("::1"), parse("::1"), pm("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")),
            new ParseCIDRCase("abcd:2345::/127", parse("abcd:2345::"), parse("abcd:2345::"),
                pm("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe")),
            new ParseCIDRCase("abcd:2345::/65", parse("abcd:2345::"), parse("abcd:2345::"),
                pm("ffff:ffff:ffff:ffff:8000::")),
            new ParseCIDRCase("abcd:2345::/64", parse("abcd:2345::"), parse("abcd:2345::"),
                pm("ffff:ffff:ffff:ffff::")),
            new ParseCIDRCase("abcd:2345::/63", parse("abcd:2345::"), parse("abcd:2345::"),
                pm("ffff:ffff:ffff:fffe::")),
            new ParseCIDRCase("abcd:2345::/33", parse("abcd:2345::"), parse("abcd:2345::"), pm("ffff:ffff:8000::")),
            new ParseCIDRCase("abcd:2345::/32", parse("abcd:2345::"), parse("abcd:2345::"), pm("ffff:ffff::")),
            new ParseCIDRCase("abcd:2344::/31", parse("abcd:2344::"), parse("abcd:2344::"), pm("ffff:fffe::")),
            new ParseCIDRCase("abcd:2300::/24", parse("abcd:2300::"), parse("abcd:2300::"), pm("ffff:ff00::")),
            new ParseCIDRCase("abcd:2345::/24", parse("abcd:2345::"), parse("abcd:2300::"), pm("ffff:ff00::")),
            new ParseCIDRCase("2001:DB8::/48", parse("2001:DB8::"), parse("2001:DB8::"), pm("ffff:ffff:ffff::")),
            new ParseCIDRCase("2001:DB8::1/48", parse("2001:DB8::1"), parse("2001:DB8::"), pm("ffff:ffff:ffff::")),
        };
        for (ParseCIDRCase r : ok) {
            String in = r.in();
            IP wantIP = r.ip();
            IP wantNet = r.net();
            IPMask wantMask = r.mask();
            String what = "ParseCIDR(" + Show.q(in) + ")";
            t.add(what, () -> {
                CIDR c = CIDR.parse(in);
                Check.isTrue(wantIP.equal(c.ip()) && wantNet.equal(c.net().ip()) && wantMask.equals(c.net().mask()),
                        what + " = " + c.ip() + ", {" + c.net().ip() + ", " + c.net().mask() + "}; want "
                                + wantIP + ", {" + wantNet + ", " + wantMask + "}");
            });
        }
        String[] bad = {
            "192.168.1.1/255.255.255.0", "192.168.1.1/35", "2001:db8::1/-1", "2001:db8::1/-0", "-0.0.0.0/32",
            "0.-1.0.0/32", "0.0.-2.0/32", "0.0.0.-3/32", "0.0.0.0/-0", "127.000.000.001/32", "",
        };
        for (String in : bad) {
            addCIDRError(t, in);
        }
        return t;
    }

    static void addCIDRError(Table t, String in) {
        String what = "ParseCIDR(" + Show.q(in) + ")";
        t.add(what, () -> {
            AddrException e = Check.raises(AddrException.class, what, () -> CIDR.parse(in));
            Check.equal(what + " error", e.getMessage(), "invalid CIDR address: " + in);
        });
    }

    private record ContainsCase(IP in, IPNet net, boolean want) {
    }

    static Table contains() {
        Table t = new Table("IPNet.contains");
        ContainsCase[] rows = {
            new ContainsCase(v4(172, 16, 1, 1), new IPNet(v4(172, 16, 0, 0), IPMask.cidr(12, 32)), true),
            new ContainsCase(v4(172, 24, 0, 1), new IPNet(v4(172, 16, 0, 0), IPMask.cidr(13, 32)), false),
            new ContainsCase(v4(192, 168, 0, 3), new IPNet(v4(192, 168, 0, 0), IPMask.v4(0, 0, 255, 252)), true),
            new ContainsCase(v4(192, 168, 0, 4), new IPNet(v4(192, 168, 0, 0), IPMask.v4(0, 255, 0, 252)), false),
            new ContainsCase(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), IPMask.cidr(47, 128)), true),
            new ContainsCase(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:2::"), IPMask.cidr(47, 128)), false),
            new ContainsCase(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), pm("ffff:0:ffff::")), true),
            new ContainsCase(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), pm("0:0:0:ffff::")), false),
            // Beyond Go's table: mixed forms, and networks whose lengths don't fit.
            new ContainsCase(ip(172, 16, 1, 1), new IPNet(v4(172, 16, 0, 0), IPMask.cidr(12, 32)), true),
            new ContainsCase(v4(172, 16, 1, 1), new IPNet(ip(172, 16, 0, 0), IPMask.cidr(108, 128)), true),
            new ContainsCase(parse("::ffff:ac10:101"), new IPNet(parse("::"), IPMask.cidr(64, 128)), false),
            new ContainsCase(parse("::1"), new IPNet(v4(0, 0, 0, 0), IPMask.cidr(0, 32)), false),
            new ContainsCase(IP.of(), new IPNet(v4(10, 0, 0, 0), IPMask.cidr(8, 32)), false),
            new ContainsCase(IP.of(), new IPNet(ip(1, 2, 3), IPMask.cidr(8, 32)), true),
            new ContainsCase(IP.of(), new IPNet(null, null), true),
            new ContainsCase(v4(1, 2, 3, 4), new IPNet(null, null), false),
            new ContainsCase(v4(1, 2, 3, 4), new IPNet(ip(10, 0, 0, 0), IPMask.cidr(64, 128)), true),
        };
        for (ContainsCase r : rows) {
            IP in = r.in();
            IPNet n = r.net();
            boolean want = r.want();
            String what = "IPNet(" + Show.hex(n.ip().bytes()) + "/" + n.mask() + ").Contains("
                    + (in.length() == 0 ? "<nil>" : Show.hex(in.bytes())) + ")";
            t.add(what, () -> Check.equal(what, n.contains(in), want));
        }
        return t;
    }

    private record NetStringCase(IPNet net, String want) {
    }

    static Table string() {
        Table t = new Table("IPNet.String");
        IP v4addr = ip(192, 168, 0, 1);
        IP v4mapped = ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 168, 0, 1);
        IP v6addr = ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1);
        IP badaddr = ip(192, 168, 0);
        IPMask v4mask = m(255, 255, 255, 0);
        IPMask v4mappedMask = m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 255, 255, 255, 0);
        IPMask v6mask = m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0);
        IPMask badmask = m(255, 255, 0);
        NetStringCase[] rows = {
            // ipNetStringTests
            new NetStringCase(new IPNet(v4(192, 168, 1, 0), IPMask.cidr(26, 32)), "192.168.1.0/26"),
            new NetStringCase(new IPNet(v4(192, 168, 1, 0), IPMask.v4(255, 0, 255, 0)), "192.168.1.0/ff00ff00"),
            new NetStringCase(new IPNet(parse("2001:db8::"), IPMask.cidr(55, 128)), "2001:db8::/55"),
            new NetStringCase(new IPNet(parse("2001:db8::"), pm("8000:f123:0:cafe::")),
                "2001:db8::/8000f1230000cafe0000000000000000"),
            new NetStringCase(new IPNet(null, null), "<nil>"),
            // networkNumberAndMaskTests, seen through String
            new NetStringCase(new IPNet(v4addr, v4mask), "192.168.0.1/24"),
            new NetStringCase(new IPNet(v4addr, v4mappedMask), "192.168.0.1/24"),
            new NetStringCase(new IPNet(v4mapped, v4mappedMask), "192.168.0.1/24"),
            new NetStringCase(new IPNet(v4mapped, v6mask), "192.168.0.1/0"),
            new NetStringCase(new IPNet(v4addr, v6mask), "192.168.0.1/0"),
            new NetStringCase(new IPNet(v6addr, v6mask), "2001:db8::123:12:1/64"),
            new NetStringCase(new IPNet(v6addr, v4mappedMask), "2001:db8::123:12:1/120"),
            new NetStringCase(new IPNet(v6addr, v4mask), "<nil>"),
            new NetStringCase(new IPNet(v4addr, badmask), "<nil>"),
            new NetStringCase(new IPNet(v4mapped, badmask), "<nil>"),
            new NetStringCase(new IPNet(v6addr, badmask), "<nil>"),
            new NetStringCase(new IPNet(badaddr, v4mask), "<nil>"),
            new NetStringCase(new IPNet(badaddr, v4mappedMask), "<nil>"),
            new NetStringCase(new IPNet(badaddr, v6mask), "<nil>"),
            new NetStringCase(new IPNet(badaddr, badmask), "<nil>"),
        };
        for (NetStringCase r : rows) {
            IPNet n = r.net();
            String what = "IPNet(" + Show.hex(n.ip().bytes()) + ", " + Show.hex(n.mask().bytes()) + ").String()";
            t.add(what, () -> {
                Check.equal(what, n.toString(), r.want());
                Check.equal("Network()", n.network(), "ip+net");
            });
        }
        return t;
    }
}
