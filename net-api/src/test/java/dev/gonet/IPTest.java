package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JVM-side checks of IP as a Java value; Go's tables run from net-testkit's AddrSuites. */
class IPTest {

    @Test
    void ofCopiesInput() {
        byte[] b = {1, 2, 3, 4};
        IP ip = IP.of(b);
        b[0] = 9;
        assertEquals("1.2.3.4", ip.toString());
    }

    @Test
    void bytesReturnsACopy() {
        IP ip = IP.v4(10, 0, 0, 1);
        byte[] b = ip.bytes();
        b[15] = 99;
        assertEquals("10.0.0.1", ip.toString());
        assertEquals(16, ip.length());
    }

    @Test
    void constantsCannotBeChangedThroughBytes() {
        IP.IPv6loopback.bytes()[15] = 7;
        IP.IPv4bcast.to4().bytes()[0] = 0;
        assertEquals("::1", IP.IPv6loopback.toString());
        assertEquals("255.255.255.255", IP.IPv4bcast.toString());
    }

    @Test
    void parseGivesSixteenBytesForIPv4LikeGo() {
        IP ip = IP.parse("192.0.2.1");
        assertEquals(16, ip.length());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) 192, 0, 2, 1}, ip.bytes());
        assertEquals(4, ip.to4().length());
    }

    @Test
    void parseNullIsGoEmptyString() {
        assertNull(IP.parse(null));
        assertNull(Net.parseIP(null));
    }

    @Test
    void v4TakesPartsModulo256() {
        assertEquals("1.255.0.128", IP.v4(257, -1, 256, 128).toString());
        assertEquals("1.255.0.128", IP.of(257, -1, 256, 128).toString());
        assertEquals(IP.v4(1, 2, 3, 4), Net.IPv4(1, 2, 3, 4));
    }

    @Test
    void nullBytesGiveTheEmptyIP() {
        assertEquals(0, IP.of((byte[]) null).length());
        assertEquals(0, IP.of((int[]) null).length());
        assertEquals("<nil>", IP.of().toString());
    }

    @Test
    void equalsAndHashCodeFollowGoEqual() {
        IP four = IP.of(192, 168, 0, 1);
        IP sixteen = IP.v4(192, 168, 0, 1);
        assertEquals(four, sixteen);
        assertEquals(sixteen, four);
        assertEquals(four.hashCode(), sixteen.hashCode());
        Set<IP> set = new HashSet<>();
        set.add(four);
        assertTrue(set.contains(sixteen));
        assertTrue(set.contains(IP.parse("::ffff:192.168.0.1")));
        assertFalse(set.contains(IP.parse("::192.168.0.1")));
        assertNotEquals(IP.of(1, 2, 3), IP.of(1, 2, 3, 0));
        assertEquals(IP.of(1, 2, 3), IP.of(1, 2, 3));
        assertNotEquals(IP.of(), null);
        assertNotEquals(IP.of(1, 2, 3, 4), "1.2.3.4");
    }

    @Test
    void equalTreatsNullAsGoNil() {
        assertTrue(IP.of().equal(null));
        assertFalse(IP.v4(0, 0, 0, 0).equal(null));
    }

    @Test
    void to4AndTo16ShareNothingMutable() {
        IP ip = IP.of(1, 2, 3, 4);
        assertSame(ip, ip.to4());
        IP v6 = IP.parse("2001:db8::1");
        assertSame(v6, v6.to16());
        assertNull(v6.to4());
    }

    @Test
    void maskWithNullIsGoNilMask() {
        assertNull(IP.v4(1, 2, 3, 4).mask(null));
        assertEquals(0, IP.of().mask(null).length());
    }

    @Test
    void byteAtIsUnsigned() {
        IP ip = IP.of(255, 128, 0, 1);
        assertEquals(255, ip.byteAt(0));
        assertEquals(128, ip.byteAt(1));
    }
}
