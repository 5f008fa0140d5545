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

    static Table equal() {
        Table t = new Table("IP.Equal");
        IP v6 = ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1);
        Object[][] rows = {
            {ip(192, 168, 0, 1), v4(192, 168, 0, 1), true},
            {v4(192, 168, 0, 1), ip(192, 168, 0, 1), true},
            {ip(192, 168, 0, 1), ip(192, 168, 0, 1), true},
            {v4(192, 168, 0, 1), v4(192, 168, 0, 2), false},
            {ip(192, 168, 0, 1), ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1), false},
            {ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1), ip(192, 168, 0, 1), false},
            {v6, parse("2001:db8::123:12:1"), true},
            {v6, v4(192, 168, 0, 1), false},
            {IP.of(), IP.of(), true},
            {IP.of(), null, true},
            {IP.of(), ip(0, 0, 0, 0), false},
            {ip(1, 2, 3), ip(1, 2, 3), true},
            {ip(1, 2, 3), ip(1, 2, 3, 0), false},
            {IP.IPv6zero, IP.IPv6unspecified, true},
            {IP.IPv4zero, IP.IPv6zero, false},
        };
        for (Object[] r : rows) {
            IP a = (IP) r[0];
            IP b = (IP) r[1];
            boolean want = (Boolean) r[2];
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

    static Table forms() {
        Table t = new Table("IP.To4.To16.DefaultMask");
        // in, To4 (exact), To16 (exact), DefaultMask
        Object[][] rows = {
            {ip(10, 1, 2, 3), ip(10, 1, 2, 3), v4(10, 1, 2, 3), IPMask.v4(0xff, 0, 0, 0)},
            {v4(10, 1, 2, 3), ip(10, 1, 2, 3), v4(10, 1, 2, 3), IPMask.v4(0xff, 0, 0, 0)},
            {v4(127, 255, 0, 1), ip(127, 255, 0, 1), v4(127, 255, 0, 1), IPMask.v4(0xff, 0, 0, 0)},
            {v4(128, 0, 0, 1), ip(128, 0, 0, 1), v4(128, 0, 0, 1), IPMask.v4(0xff, 0xff, 0, 0)},
            {v4(191, 255, 0, 1), ip(191, 255, 0, 1), v4(191, 255, 0, 1), IPMask.v4(0xff, 0xff, 0, 0)},
            {v4(192, 0, 2, 1), ip(192, 0, 2, 1), v4(192, 0, 2, 1), IPMask.v4(0xff, 0xff, 0xff, 0)},
            {v4(255, 255, 255, 255), ip(255, 255, 255, 255), v4(255, 255, 255, 255), IPMask.v4(0xff, 0xff, 0xff, 0)},
            {parse("2001:db8::1"), null, parse("2001:db8::1"), null},
            {parse("::1.2.3.4"), null, parse("::1.2.3.4"), null},
            {parse("::fffe:1.2.3.4"), null, parse("::fffe:1.2.3.4"), null},
            {ip(1, 2, 3), null, null, null},
            {IP.of(), null, null, null},
            {ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4, 5), null, null, null},
        };
        for (Object[] r : rows) {
            IP in = (IP) r[0];
            IP want4 = (IP) r[1];
            IP want16 = (IP) r[2];
            IPMask wantMask = (IPMask) r[3];
            String name = "IP(" + Show.hex(in.bytes()) + ")";
            t.add(name, () -> {
                Show.sameIP(name + ".To4()", in.to4(), want4);
                Show.sameIP(name + ".To16()", in.to16(), want16);
                Show.sameMask(name + ".DefaultMask()", in.defaultMask(), wantMask);
            });
        }
        return t;
    }

    static Table constants() {
        Table t = new Table("IP.constants");
        Object[][] rows = {
            {"IPv4bcast", IP.IPv4bcast, "255.255.255.255", 16},
            {"IPv4allsys", IP.IPv4allsys, "224.0.0.1", 16},
            {"IPv4allrouter", IP.IPv4allrouter, "224.0.0.2", 16},
            {"IPv4zero", IP.IPv4zero, "0.0.0.0", 16},
            {"IPv6zero", IP.IPv6zero, "::", 16},
            {"IPv6unspecified", IP.IPv6unspecified, "::", 16},
            {"IPv6loopback", IP.IPv6loopback, "::1", 16},
            {"IPv6interfacelocalallnodes", IP.IPv6interfacelocalallnodes, "ff01::1", 16},
            {"IPv6linklocalallnodes", IP.IPv6linklocalallnodes, "ff02::1", 16},
            {"IPv6linklocalallrouters", IP.IPv6linklocalallrouters, "ff02::2", 16},
        };
        for (Object[] r : rows) {
            String name = (String) r[0];
            IP in = (IP) r[1];
            t.add(name, () -> {
                Check.equal(name + ".String()", in.toString(), r[2]);
                Check.equal("len(" + name + ")", in.length(), r[3]);
            });
        }
        return t;
    }
}
