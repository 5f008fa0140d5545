package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IPNetTest {

    @Test
    void nullComponentsAreGoNil() {
        IPNet n = new IPNet(null, null);
        assertEquals(0, n.ip().length());
        assertEquals(0, n.mask().length());
        assertEquals("<nil>", n.toString());
        assertTrue(n.contains(null));
        assertFalse(n.contains(IP.v4(1, 2, 3, 4)));
    }

    @Test
    void recordEqualityUsesGoEqualForTheIP() {
        IPNet a = new IPNet(IP.of(10, 0, 0, 0), IPMask.cidr(8, 32));
        IPNet b = new IPNet(IP.v4(10, 0, 0, 0), IPMask.cidr(8, 32));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void containsBothForms() {
        IPNet n = new IPNet(IP.of(10, 0, 0, 0), IPMask.cidr(8, 32));
        assertTrue(n.contains(IP.of(10, 9, 8, 7)));
        assertTrue(n.contains(IP.v4(10, 9, 8, 7)));
        assertFalse(n.contains(IP.v4(11, 0, 0, 0)));
        assertFalse(n.contains(null));
        assertEquals("ip+net", n.network());
    }
}
