package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CIDRTest {

    @Test
    void shapesMatchGo() throws AddrException {
        CIDR c = Net.parseCIDR("192.0.2.1/24");
        assertEquals("192.0.2.1", c.ip().toString());
        assertEquals(16, c.ip().length());
        assertEquals("192.0.2.0/24", c.net().toString());
        assertEquals(4, c.net().ip().length());
        assertEquals(4, c.net().mask().length());
        CIDR v6 = CIDR.parse("2001:db8::1/48");
        assertEquals("2001:db8::/48", v6.net().toString());
        assertEquals(16, v6.net().mask().length());
    }

    @Test
    void errorIsGoParseError() {
        AddrException e = assertThrows(AddrException.class, () -> CIDR.parse("1.2.3.4/33"));
        assertEquals("invalid CIDR address: 1.2.3.4/33", e.getMessage());
        assertEquals("invalid CIDR address", e.err());
        assertEquals("1.2.3.4/33", e.addr());
    }

    @Test
    void nullIsGoEmptyString() {
        AddrException e = assertThrows(AddrException.class, () -> CIDR.parse(null));
        assertEquals("invalid CIDR address: ", e.getMessage());
    }

    @Test
    void resultsAreIndependentOfEachOther() throws AddrException {
        CIDR a = CIDR.parse("10.1.2.3/8");
        a.ip().bytes()[15] = 0;
        a.net().ip().bytes()[0] = 0;
        CIDR b = CIDR.parse("10.1.2.3/8");
        assertEquals(b, a);
        assertEquals("10.1.2.3", a.ip().toString());
        assertEquals("10.0.0.0/8", a.net().toString());
    }
}
