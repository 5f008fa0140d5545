package dev.gonet.testkit.addr;

import static dev.gonet.IP.parse;

import dev.gonet.IPMask;
import dev.gonet.testkit.Check;

/** Go 1.19's ipMaskStringTests and cidrMaskTests, and IPMask.Size rows. */
final class MaskTables {
    private MaskTables() {
    }

    private static IPMask m(int... b) {
        byte[] p = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            p[i] = (byte) b[i];
        }
        return IPMask.of(p);
    }

    private record MaskStringCase(IPMask in, String want) {
    }

    static Table string() {
        Table t = new Table("IPMask.String");
        MaskStringCase[] rows = {
            new MaskStringCase(IPMask.v4(255, 255, 255, 240), "fffffff0"),
            new MaskStringCase(IPMask.v4(255, 0, 128, 0), "ff008000"),
            new MaskStringCase(IPMask.of(parse("ffff:ff80::")), "ffffff80000000000000000000000000"),
            new MaskStringCase(IPMask.of(parse("ef00:ff80::cafe:0")), "ef00ff800000000000000000cafe0000"),
            new MaskStringCase(IPMask.of(), "<nil>"),
            new MaskStringCase(m(0xab, 0xc), "ab0c"),
        };
        for (MaskStringCase r : rows) {
            IPMask in = r.in();
            String what = "IPMask.String(" + Show.hex(in.bytes()) + ")";
            t.add(what, () -> Check.equal(what, in.toString(), r.want()));
        }
        return t;
    }

    private record CIDRMaskCase(int ones, int bits, IPMask want) {
    }

    static Table cidrMask() {
        Table t = new Table("IPMask.CIDRMask");
        CIDRMaskCase[] rows = {
            new CIDRMaskCase(0, 32, IPMask.v4(0, 0, 0, 0)),
            new CIDRMaskCase(12, 32, IPMask.v4(255, 240, 0, 0)),
            new CIDRMaskCase(24, 32, IPMask.v4(255, 255, 255, 0)),
            new CIDRMaskCase(32, 32, IPMask.v4(255, 255, 255, 255)),
            new CIDRMaskCase(0, 128, m(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            new CIDRMaskCase(4, 128, m(0xf0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            new CIDRMaskCase(48, 128, m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            new CIDRMaskCase(128, 128,
                m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)),
            new CIDRMaskCase(33, 32, null),
            new CIDRMaskCase(32, 33, null),
            new CIDRMaskCase(-1, 128, null),
            new CIDRMaskCase(128, -1, null),
            // Beyond Go's table: only 32 and 128 bits are masks.
            new CIDRMaskCase(1, 32, IPMask.v4(0x80, 0, 0, 0)),
            new CIDRMaskCase(127, 128,
                m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe)),
            new CIDRMaskCase(0, 0, null),
            new CIDRMaskCase(8, 8, null),
            new CIDRMaskCase(64, 64, null),
            new CIDRMaskCase(Integer.MIN_VALUE, 32, null),
            new CIDRMaskCase(Integer.MAX_VALUE, 128, null),
        };
        for (CIDRMaskCase r : rows) {
            int ones = r.ones();
            int bits = r.bits();
            IPMask want = r.want();
            String what = "CIDRMask(" + ones + ", " + bits + ")";
            t.add(what, () -> Show.sameMask(what, IPMask.cidr(ones, bits), want));
        }
        return t;
    }

    private record SizeCase(IPMask in, int ones, int bits) {
    }

    static Table size() {
        Table t = new Table("IPMask.Size");
        SizeCase[] rows = {
            new SizeCase(IPMask.v4(255, 255, 255, 0), 24, 32),
            new SizeCase(IPMask.v4(255, 255, 255, 255), 32, 32),
            new SizeCase(IPMask.v4(0, 0, 0, 0), 0, 32),
            new SizeCase(IPMask.v4(255, 0, 255, 0), 0, 0),
            new SizeCase(IPMask.v4(255, 255, 255, 1), 0, 0),
            new SizeCase(IPMask.v4(0xfe, 0, 0, 0), 7, 32),
            new SizeCase(IPMask.cidr(65, 128), 65, 128),
            new SizeCase(IPMask.cidr(0, 128), 0, 128),
            new SizeCase(IPMask.of(parse("ffff:0:ffff::")), 0, 0),
            new SizeCase(IPMask.of(), 0, 0),
            new SizeCase(m(0xff, 0xff, 0x80), 17, 24),
            new SizeCase(m(0xff, 0x7f), 0, 0),
        };
        for (SizeCase r : rows) {
            IPMask in = r.in();
            IPMask.Size want = new IPMask.Size(r.ones(), r.bits());
            String what = "IPMask(" + in + ").Size()";
            t.add(what, () -> Check.equal(what, in.size(), want));
        }
        return t;
    }
}
