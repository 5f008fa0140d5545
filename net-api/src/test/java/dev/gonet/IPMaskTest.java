package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IPMaskTest {

    @Test
    void copiesInAndOut() {
        byte[] b = {-1, -1, 0, 0};
        IPMask m = IPMask.of(b);
        b[2] = -1;
        m.bytes()[3] = -1;
        assertEquals("ffff0000", m.toString());
        assertEquals(new IPMask.Size(16, 32), m.size());
    }

    @Test
    void equalsComparesExactBytes() {
        assertEquals(IPMask.v4(255, 255, 0, 0), IPMask.cidr(16, 32));
        assertEquals(IPMask.v4(255, 255, 0, 0).hashCode(), IPMask.cidr(16, 32).hashCode());
        // Unlike IP, a 4-byte mask and its 16-byte form are different masks, as in Go.
        assertNotEquals(IPMask.cidr(16, 32), IPMask.cidr(112, 128));
        assertNotEquals(IPMask.cidr(16, 32), null);
    }

    @Test
    void netEntryPointsDelegate() {
        assertEquals(IPMask.cidr(24, 32), Net.CIDRMask(24, 32));
        assertEquals(IPMask.v4(255, 0, 0, 0), Net.IPv4Mask(255, 0, 0, 0));
        assertNull(Net.CIDRMask(24, 64));
    }

    @Test
    void ofIPAndNull() {
        assertEquals("ffffff00", IPMask.of(IP.of(255, 255, 255, 0)).toString());
        assertEquals("<nil>", IPMask.of((IP) null).toString());
        assertEquals(0, IPMask.of((byte[]) null).length());
        assertEquals(new IPMask.Size(0, 0), IPMask.of().size());
    }

    @Test
    void defaultMasksAreShared() {
        assertEquals("ff000000", IP.v4(10, 0, 0, 1).defaultMask().toString());
        IP.v4(10, 0, 0, 1).defaultMask().bytes()[1] = -1;
        assertEquals("ff000000", IP.v4(10, 0, 0, 1).defaultMask().toString());
    }
}
