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

    static Table string() {
        Table t = new Table("IPMask.String");
        Object[][] rows = {
            {IPMask.v4(255, 255, 255, 240), "fffffff0"},
            {IPMask.v4(255, 0, 128, 0), "ff008000"},
            {IPMask.of(parse("ffff:ff80::")), "ffffff80000000000000000000000000"},
            {IPMask.of(parse("ef00:ff80::cafe:0")), "ef00ff800000000000000000cafe0000"},
            {IPMask.of(), "<nil>"},
            {m(0xab, 0xc), "ab0c"},
        };
        for (Object[] r : rows) {
            IPMask in = (IPMask) r[0];
            String what = "IPMask.String(" + Show.hex(in.bytes()) + ")";
            t.add(what, () -> Check.equal(what, in.toString(), r[1]));
        }
        return t;
    }

    static Table cidrMask() {
        Table t = new Table("IPMask.CIDRMask");
        Object[][] rows = {
            {0, 32, IPMask.v4(0, 0, 0, 0)},
            {12, 32, IPMask.v4(255, 240, 0, 0)},
            {24, 32, IPMask.v4(255, 255, 255, 0)},
            {32, 32, IPMask.v4(255, 255, 255, 255)},
            {0, 128, m(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
            {4, 128, m(0xf0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
            {48, 128, m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
            {128, 128, m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)},
            {33, 32, null},
            {32, 33, null},
            {-1, 128, null},
            {128, -1, null},
            // Beyond Go's table: only 32 and 128 bits are masks.
            {1, 32, IPMask.v4(0x80, 0, 0, 0)},
            {127, 128, m(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe)},
            {0, 0, null},
            {8, 8, null},
            {64, 64, null},
            {Integer.MIN_VALUE, 32, null},
            {Integer.MAX_VALUE, 128, null},
        };
        for (Object[] r : rows) {
            int ones = (Integer) r[0];
            int bits = (Integer) r[1];
            IPMask want = (IPMask) r[2];
            String what = "CIDRMask(" + ones + ", " + bits + ")";
            t.add(what, () -> Show.sameMask(what, IPMask.cidr(ones, bits), want));
        }
        return t;
    }

    static Table size() {
        Table t = new Table("IPMask.Size");
        Object[][] rows = {
            {IPMask.v4(255, 255, 255, 0), 24, 32},
            {IPMask.v4(255, 255, 255, 255), 32, 32},
            {IPMask.v4(0, 0, 0, 0), 0, 32},
            {IPMask.v4(255, 0, 255, 0), 0, 0},
            {IPMask.v4(255, 255, 255, 1), 0, 0},
            {IPMask.v4(0xfe, 0, 0, 0), 7, 32},
            {IPMask.cidr(65, 128), 65, 128},
            {IPMask.cidr(0, 128), 0, 128},
            {IPMask.of(parse("ffff:0:ffff::")), 0, 0},
            {IPMask.of(), 0, 0},
            {m(0xff, 0xff, 0x80), 17, 24},
            {m(0xff, 0x7f), 0, 0},
        };
        for (Object[] r : rows) {
            IPMask in = (IPMask) r[0];
            IPMask.Size want = new IPMask.Size((Integer) r[1], (Integer) r[2]);
            String what = "IPMask(" + in + ").Size()";
            t.add(what, () -> Check.equal(what, in.size(), want));
        }
        return t;
    }
}
