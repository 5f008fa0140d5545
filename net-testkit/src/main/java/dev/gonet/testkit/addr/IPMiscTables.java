package dev.gonet.testkit.addr;

import static dev.gonet.IP.parse;
import static dev.gonet.IP.v4;

import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.testkit.Check;

/**
 * Rows Go 1.19 has no table for but whose answers follow from its code: Equal across the
 * 4- and 16-byte forms, To4/To16, DefaultMask, and the well-known constants.
 */
final class IPMiscTables {
    private IPMiscTables() {
    }

    private static IP ip(int... b) {
        return IP.of(b);
    }

    private record EqualCase(IP a, IP b, boolean want) {
    }

    static Table equal() {
        Table t = new Table("IP.Equal");
        IP v6 = ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1);
        EqualCase[] rows = {
            new EqualCase(ip(192, 168, 0, 1), v4(192, 168, 0, 1), true),
            new EqualCase(v4(192, 168, 0, 1), ip(192, 168, 0, 1), true),
            new EqualCase(ip(192, 168, 0, 1), ip(192, 168, 0, 1), true),
            new EqualCase(v4(192, 168, 0, 1), v4(192, 168, 0, 2), false),
            new EqualCase(ip(192, 168, 0, 1), ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1), false),
            new EqualCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1), ip(192, 168, 0, 1), false),
            new EqualCase(v6, parse("2001:db8::123:12:1"), true),
            new EqualCase(v6, v4(192, 168, 0, 1), false),
            new EqualCase(IP.of(), IP.of(), true),
            new EqualCase(IP.of(), null, true),
            new EqualCase(IP.of(), ip(0, 0, 0, 0), false),
            new EqualCase(ip(1, 2, 3), ip(1, 2, 3), true),
            new EqualCase(ip(1, 2, 3), ip(1, 2, 3, 0), false),
            new EqualCase(IP.IPv6zero, IP.IPv6unspecified, true),
            new EqualCase(IP.IPv4zero, IP.IPv6zero, false),
        };
        for (EqualCase r : rows) {
            IP a = r.a();
            IP b = r.b();
            boolean want = r.want();
            String what = "IP(" + Show.hex(a.bytes()) + ").Equal(" + (b == null ? "nil" : Show.hex(b.bytes())) + ")";
            t.add(what, () -> {
                Check.equal(what, a.equal(b), want);
                if (b != null) {
                    // Java's equals/hashCode must agree with Go's Equal.
                    Check.equal(what + " via equals", a.equals(b), want);
                    Check.isTrue(!want || a.hashCode() == b.hashCode(), what + ": equal IPs with different hashCode");
                }
            });
        }
        return t;
    }

    /** To4 and To16 (exact: bytes and length) and DefaultMask of in. */

    private record FormsCase(IP in, IP to4, IP to16, IPMask defaultMask) {
    }

    static Table forms() {
        Table t = new Table("IP.To4.To16.DefaultMask");
        FormsCase[] rows = {
            new FormsCase(ip(10, 1, 2, 3), ip(10, 1, 2, 3), v4(10, 1, 2, 3), IPMask.v4(0xff, 0, 0, 0)),
            new FormsCase(v4(10, 1, 2, 3), ip(10, 1, 2, 3), v4(10, 1, 2, 3), IPMask.v4(0xff, 0, 0, 0)),
            new FormsCase(v4(127, 255, 0, 1), ip(127, 255, 0, 1), v4(127, 255, 0, 1), IPMask.v4(0xff, 0, 0, 0)),
            new FormsCase(v4(128, 0, 0, 1), ip(128, 0, 0, 1), v4(128, 0, 0, 1), IPMask.v4(0xff, 0xff, 0, 0)),
            new FormsCase(v4(191, 255, 0, 1), ip(191, 255, 0, 1), v4(191, 255, 0, 1), IPMask.v4(0xff, 0xff, 0, 0)),
            new FormsCase(v4(192, 0, 2, 1), ip(192, 0, 2, 1), v4(192, 0, 2, 1), IPMask.v4(0xff, 0xff, 0xff, 0)),
            new FormsCase(v4(255, 255, 255, 255), ip(255, 255, 255, 255), v4(255, 255, 255, 255),
                IPMask.v4(0xff, 0xff, 0xff, 0)),
            new FormsCase(parse("2001:db8::1"), null, parse("2001:db8::1"), null),
            new FormsCase(parse("::1.2.3.4"), null, parse("::1.2.3.4"), null),
            new FormsCase(parse("::fffe:1.2.3.4"), null, parse("::fffe:1.2.3.4"), null),
            new FormsCase(ip(1, 2, 3), null, null, null),
            new FormsCase(IP.of(), null, null, null),
            new FormsCase(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4, 5), null, null, null),
        };
        for (FormsCase r : rows) {
            IP in = r.in();
            IP want4 = r.to4();
            IP want16 = r.to16();
            IPMask wantMask = r.defaultMask();
            String name = "IP(" + Show.hex(in.bytes()) + ")";
            t.add(name, () -> {
                Show.sameIP(name + ".To4()", in.to4(), want4);
                Show.sameIP(name + ".To16()", in.to16(), want16);
                Show.sameMask(name + ".DefaultMask()", in.defaultMask(), wantMask);
            });
        }
        return t;
    }

    private record ConstantCase(String name, IP ip, String string, int len) {
    }

    static Table constants() {
        Table t = new Table("IP.constants");
        ConstantCase[] rows = {
            new ConstantCase("IPv4bcast", IP.IPv4bcast, "255.255.255.255", 16),
            new ConstantCase("IPv4allsys", IP.IPv4allsys, "224.0.0.1", 16),
            new ConstantCase("IPv4allrouter", IP.IPv4allrouter, "224.0.0.2", 16),
            new ConstantCase("IPv4zero", IP.IPv4zero, "0.0.0.0", 16),
            new ConstantCase("IPv6zero", IP.IPv6zero, "::", 16),
            new ConstantCase("IPv6unspecified", IP.IPv6unspecified, "::", 16),
            new ConstantCase("IPv6loopback", IP.IPv6loopback, "::1", 16),
            new ConstantCase("IPv6interfacelocalallnodes", IP.IPv6interfacelocalallnodes, "ff01::1", 16),
            new ConstantCase("IPv6linklocalallnodes", IP.IPv6linklocalallnodes, "ff02::1", 16),
            new ConstantCase("IPv6linklocalallrouters", IP.IPv6linklocalallrouters, "ff02::2", 16),
        };
        for (ConstantCase r : rows) {
            String name = r.name();
            IP in = r.ip();
            t.add(name, () -> {
                Check.equal(name + ".String()", in.toString(), r.string());
                Check.equal("len(" + name + ")", in.length(), r.len());
            });
        }
        return t;
    }
}
