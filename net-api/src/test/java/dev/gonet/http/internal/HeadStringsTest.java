package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeadStringsTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void commonNamesMatchInAnyCase() {
        for (String n : new String[] {"host", "HOST", "Host", "hOsT"}) {
            assertEquals("Host", HeadStrings.name(HeadStrings.common(b(n), n.length())));
        }
        assertEquals("Sec-Websocket-Key", HeadStrings.name(HeadStrings.common(b("Sec-WebSocket-Key"), 17)));
        assertEquals(-1, HeadStrings.common(b("Hosts"), 5));
        assertEquals(-1, HeadStrings.common(b("X-Custom"), 8));
        assertEquals(-1, HeadStrings.common(b("Hos~"), 4));
    }

    @Test
    void repeatedValuesAreReusedOnlyWhenTheBytesAreTheSame() {
        HeadStrings s = new HeadStrings();
        int host = HeadStrings.common(b("Host"), 4);
        int ua = HeadStrings.common(b("User-Agent"), 10);
        String v1 = s.value(host, b("a.example:80"), 0, 12);
        assertSame(v1, s.value(host, b("a.example:80"), 0, 12));
        String other = s.value(ua, b("a.example:80"), 0, 12);
        assertNotSame(v1, other, "another field's value is its own string");
        assertSame(v1, s.value(host, b("a.example:80"), 0, 12));
        String v2 = s.value(host, b("b.example:80"), 0, 12);
        assertEquals("b.example:80", v2);
        byte[] utf8 = b("caf\u00e9");
        String u1 = s.value(host, utf8, 0, utf8.length);
        assertEquals("caf\u00e9", u1);
        assertNotSame(u1, s.value(host, utf8, 0, utf8.length), "non-ASCII is decoded anew");
    }

    @Test
    void methodsAndTargets() {
        assertSame("GET", HeadStrings.method(b("GET"), 3));
        assertEquals("get", HeadStrings.method(b("get"), 3));
        HeadStrings s = new HeadStrings();
        String t = s.target(b("x/a?b"), 1, 4);
        assertEquals("/a?b", t);
        assertSame(t, s.target(b("/a?b"), 0, 4));
        assertEquals("/a?c", s.target(b("/a?c"), 0, 4));
    }
}
