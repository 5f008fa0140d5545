package dev.gonet.testkit.addr;

import static dev.gonet.IP.parse;
import static dev.gonet.IP.v4;

import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.testkit.Check;

import java.util.function.Predicate;

/** Go 1.19's {@code net/ip_test.go} tables for {@link IP}, row for row, plus netip's invalid list. */
final class IPTables {
    private IPTables() {
    }

    private static IP ip(int... b) {
        return IP.of(b);
    }

    private record ParseIPCase(String in, IP want) {
    }

    /** Go's parseIPTests. */
    static Table parseIP() {
        Table t = new Table("IP.parse");
        ParseIPCase[] rows = {
            new ParseIPCase("127.0.1.2", v4(127, 0, 1, 2)),
            new ParseIPCase("127.0.0.1", v4(127, 0, 0, 1)),
            new ParseIPCase("::ffff:127.1.2.3", v4(127, 1, 2, 3)),
            new ParseIPCase("::ffff:7f01:0203", v4(127, 1, 2, 3)),
            new ParseIPCase("0:0:0:0:0000:ffff:127.1.2.3", v4(127, 1, 2, 3)),
            new ParseIPCase("0:0:0:0:000000:ffff:127.1.2.3", v4(127, 1, 2, 3)),
            new ParseIPCase("0:0:0:0::ffff:127.1.2.3", v4(127, 1, 2, 3)),
            new ParseIPCase("2001:4860:0:2001::68",
                ip(0x20, 0x01, 0x48, 0x60, 0, 0, 0x20, 0x01, 0, 0, 0, 0, 0, 0, 0x00, 0x68)),
            new ParseIPCase("2001:4860:0000:2001:0000:0000:0000:0068",
                ip(0x20, 0x01, 0x48, 0x60, 0, 0, 0x20, 0x01, 0, 0, 0, 0, 0, 0, 0x00, 0x68)),
            new ParseIPCase("-0.0.0.0", null),
            new ParseIPCase("0.-1.0.0", null),
            new ParseIPCase("0.0.-2.0", null),
            new ParseIPCase("0.0.0.-3", null),
            new ParseIPCase("127.0.0.256", null),
            new ParseIPCase("abc", null),
            new ParseIPCase("123:", null),
            new ParseIPCase("fe80::1%lo0", null),
            new ParseIPCase("fe80::1%911", null),
            new ParseIPCase("", null),
            new ParseIPCase("a1:a2:a3:a4::b1:b2:b3:b4", null), // Go issue 6628
            new ParseIPCase("127.001.002.003", null),
            new ParseIPCase("::ffff:127.001.002.003", null),
            new ParseIPCase("123.000.000.000", null),
            new ParseIPCase("1.2..4", null),
            new ParseIPCase("0123.0.0.1", null),
        };
        for (ParseIPCase r : rows) {
            addParse(t, r.in(), r.want());
        }
        return t;
    }

    static void addParse(Table t, String in, IP want) {
        String what = "parseIP(" + Show.q(in) + ")";
        t.add(what, () -> Show.sameIP(what, parse(in), want));
    }

    /** netip's invalidIPs: strings some parsers accept but Go's ParseIP must not. */
    static Table parseIPInvalid() {
        Table t = new Table("IP.parse.invalid");
        String[] rows = {
            "", "bad", "1234", "1.2.3.4%eth0", ".1.2.3", "1.2.3.", "1..2.3", "1.2.3.4.5", "0300.0250.0214.0377",
            "0xc0.0xa8.0x8c.0xff", "192.168.12345", "127.0.1", "192.1234567", "127.1", "192.168.300.1",
            "192.168.0.1.5.6", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "fe801::1",
            "fe80:tail:scal:e::", "fe80::1%", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:192.168.140.255",
            "ffff::ffff:ffff:ffff:ffff:ffff:ffff:192.168.140.255", "::ffff:192.168.140.bad", "fe80::1::1",
            "fe80:1?:1", "fe80:",
        };
        for (String in : rows) {
            addParse(t, in, null);
        }
        return t;
    }

    private record IPStringCase(IP in, String want) {
    }

    /** Go's ipStringTests (String only; MarshalText has no Java counterpart). */
    static Table ipString() {
        Table t = new Table("IP.String");
        IPStringCase[] rows = {
            new IPStringCase(ip(192, 0, 2, 1), "192.0.2.1"),
            new IPStringCase(ip(0, 0, 0, 0), "0.0.0.0"),
            new IPStringCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1), "192.0.2.1"),
            new IPStringCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0), "0.0.0.0"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1),
                "2001:db8::123:12:1"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1), "2001:db8::1"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0, 0, 0x1),
                "2001:db8:0:1:0:1:0:1"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0x1, 0, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0),
                "2001:db8:1:0:1:0:1:0"),
            new IPStringCase(ip(0x20, 0x1, 0, 0, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x1), "2001::1:0:0:1"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0), "2001:db8:0:0:1::"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x1), "2001:db8::1:0:0:1"),
            new IPStringCase(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0xa, 0, 0xb, 0, 0xc, 0, 0xd), "2001:db8::a:b:c:d"),
            new IPStringCase(IP.IPv6unspecified, "::"),
            new IPStringCase(IP.of(), "<nil>"),
            new IPStringCase(ip(0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef), "?0123456789abcdef"),
            // Beyond Go's table: odd lengths, v4-compatible (not mapped) IPv6, run placement.
            new IPStringCase(ip(1, 2, 3), "?010203"),
            new IPStringCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3), "?00000000000000000000ffff010203"),
            new IPStringCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4), "::102:304"),
            new IPStringCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 1, 2, 3, 4), "::fffe:102:304"),
            new IPStringCase(IP.IPv6loopback, "::1"),
            new IPStringCase(ip(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "1::"),
            new IPStringCase(ip(0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0), "1:0:2::3:0:0"),
            new IPStringCase(ip(0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0, 4), "1::2:0:0:3:4"),
            new IPStringCase(ip(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0), "1:2:3:4:5:6:7:0"),
            new IPStringCase(ip(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
            new IPStringCase(IP.IPv4bcast, "255.255.255.255"),
        };
        for (IPStringCase r : rows) {
            IP in = r.in();
            String want = r.want();
            String what = "IP(" + Show.hex(in.bytes()) + ").String()";
            t.add(what, () -> Check.equal(what, in.toString(), want));
        }
        return t;
    }

    private record MaskCase(IP in, IPMask mask, IP want) {
    }

    /** Go's ipMaskTests, then the 4-byte/16-byte mixing rules of IP.Mask. */
    static Table ipMask() {
        Table t = new Table("IP.Mask");
        MaskCase[] rows = {
            new MaskCase(v4(192, 168, 1, 127), IPMask.v4(255, 255, 255, 128), v4(192, 168, 1, 0)),
            new MaskCase(v4(192, 168, 1, 127), IPMask.of(parse("255.255.255.192")), v4(192, 168, 1, 64)),
            new MaskCase(v4(192, 168, 1, 127), IPMask.of(parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffe0")),
                v4(192, 168, 1, 96)),
            new MaskCase(v4(192, 168, 1, 127), IPMask.v4(255, 0, 255, 0), v4(192, 0, 1, 0)),
            new MaskCase(parse("2001:db8::1"), IPMask.of(parse("ffff:ff80::")), parse("2001:d80::")),
            new MaskCase(parse("2001:db8::1"), IPMask.of(parse("f0f0:0f0f::")), parse("2000:d08::")),
        };
        for (MaskCase r : rows) {
            IP in = r.in();
            IPMask m = r.mask();
            IP want = r.want();
            String what = "IP(" + in + ").Mask(" + m + ")";
            t.add(what, () -> {
                IP out = in.mask(m);
                Check.isTrue(out != null && want.equal(out), what + " = " + Show.ip(out) + ", want " + want);
            });
        }
        // Exact results (bytes and length) for the mixing rules.
        MaskCase[] exact = {
            new MaskCase(ip(192, 168, 1, 127), IPMask.of(parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00")),
                ip(192, 168, 1, 0)),
            new MaskCase(ip(192, 168, 1, 127), IPMask.of(parse("ffff:ffff:ffff:ffff:ffff:fffe:ffff:ff00")), null),
            new MaskCase(v4(192, 168, 1, 127), IPMask.v4(255, 255, 0, 0), ip(192, 168, 0, 0)),
            new MaskCase(v4(192, 168, 1, 127), IPMask.cidr(112, 128), v4(192, 168, 0, 0)),
            new MaskCase(parse("2001:db8::1"), IPMask.v4(255, 255, 0, 0), null),
            new MaskCase(ip(1, 2, 3), IPMask.of(new byte[] {-1, -1, 0}), ip(1, 2, 0)),
            new MaskCase(ip(1, 2, 3, 4), IPMask.of(new byte[] {-1, -1, 0}), null),
            new MaskCase(IP.of(), IPMask.of(), IP.of()),
            new MaskCase(IP.of(), IPMask.v4(255, 0, 0, 0), null),
        };
        for (MaskCase r : exact) {
            IP in = r.in();
            IPMask m = r.mask();
            IP want = r.want();
            String what = "IP(" + Show.hex(in.bytes()) + ").Mask(" + m + ")";
            t.add(what, () -> Show.sameIP(what, in.mask(m), want));
        }
        return t;
    }

    /** Go's ipAddrScopeTests; as in Go each row is also checked on the 4-byte form. */
    static Table scope() {
        Table t = new Table("IP.scope");
        for (ScopeRows.ScopeCase r : ScopeRows.ROWS) {
            String fn = r.fn();
            IP in = r.in();
            boolean want = r.want();
            Predicate<IP> p = predicate(fn);
            String what = fn + "(" + in + ")";
            String name = in.length() == 0 || in.to4() != null ? what : fn + "(" + Show.hex(in.bytes()) + ")";
            t.add(name, () -> {
                Check.equal(what, p.test(in), want);
                IP ip4 = in.to4();
                if (ip4 != null) {
                    Check.equal(fn + "(" + Show.hex(ip4.bytes()) + ")", p.test(ip4), want);
                }
            });
        }
        return t;
    }

    static Predicate<IP> predicate(String fn) {
        return switch (fn) {
            case "IsUnspecified" -> IP::isUnspecified;
            case "IsLoopback" -> IP::isLoopback;
            case "IsPrivate" -> IP::isPrivate;
            case "IsMulticast" -> IP::isMulticast;
            case "IsInterfaceLocalMulticast" -> IP::isInterfaceLocalMulticast;
            case "IsLinkLocalMulticast" -> IP::isLinkLocalMulticast;
            case "IsLinkLocalUnicast" -> IP::isLinkLocalUnicast;
            case "IsGlobalUnicast" -> IP::isGlobalUnicast;
            default -> throw new IllegalArgumentException(fn);
        };
    }

    private record FamilyCase(String name, IP in, boolean af4) {
    }

    /** Go's ipAddrFamilyTests: To4 != nil means IPv4; 16 bytes and not To4 means IPv6. */
    static Table family() {
        Table t = new Table("IP.family");
        FamilyCase[] rows = {
            new FamilyCase("IPv4bcast", IP.IPv4bcast, true),
            new FamilyCase("IPv4allsys", IP.IPv4allsys, true),
            new FamilyCase("IPv4allrouter", IP.IPv4allrouter, true),
            new FamilyCase("IPv4zero", IP.IPv4zero, true),
            new FamilyCase("IPv4(224, 0, 0, 1)", v4(224, 0, 0, 1), true),
            new FamilyCase("IPv4(127, 0, 0, 1)", v4(127, 0, 0, 1), true),
            new FamilyCase("IPv4(240, 0, 0, 1)", v4(240, 0, 0, 1), true),
            new FamilyCase("IPv6unspecified", IP.IPv6unspecified, false),
            new FamilyCase("IPv6loopback", IP.IPv6loopback, false),
            new FamilyCase("IPv6interfacelocalallnodes", IP.IPv6interfacelocalallnodes, false),
            new FamilyCase("IPv6linklocalallnodes", IP.IPv6linklocalallnodes, false),
            new FamilyCase("IPv6linklocalallrouters", IP.IPv6linklocalallrouters, false),
            new FamilyCase("ParseIP(\"ff05::a:b:c:d\")", parse("ff05::a:b:c:d"), false),
            new FamilyCase("ParseIP(\"fe80::1:2:3:4\")", parse("fe80::1:2:3:4"), false),
            new FamilyCase("ParseIP(\"2001:db8::123:12:1\")", parse("2001:db8::123:12:1"), false),
        };
        for (FamilyCase r : rows) {
            String name = r.name();
            IP in = r.in();
            boolean af4 = r.af4();
            t.add(name, () -> {
                Check.equal("IPv4 family of " + in, in.to4() != null, af4);
                Check.equal("IPv6 family of " + in, in.length() == IP.IPv6len && in.to4() == null, !af4);
            });
        }
        return t;
    }
}
