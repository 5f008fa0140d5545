package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's dnsname_test.go, lookup_test.go revAddrTests, and the zone rules of ip.go/ipsock.go. */
class DnsNamesTest {

    record NameRow(String name, boolean want) {
    }

    @Test
    void isDomainNameAsGo() {
        String char63 = "a".repeat(63);
        String longDomain = (char63 + ".").repeat(5) + "example";
        List<NameRow> rows = new ArrayList<>(List.of(
                new NameRow("_xmpp-server._tcp.google.com", true),
                new NameRow("foo.com", true),
                new NameRow("1foo.com", true),
                new NameRow("26.0.0.73.com", true),
                new NameRow("10-0-0-1", true),
                new NameRow("fo-o.com", true),
                new NameRow("fo1o.com", true),
                new NameRow("foo1.com", true),
                new NameRow("a.b..com", false),
                new NameRow("a.b-.com", false),
                new NameRow("a.b.com-", false),
                new NameRow("a.b..", false),
                new NameRow("b.com.", true),
                new NameRow(char63 + ".com", true),
                new NameRow(char63 + "a.com", false),
                new NameRow(longDomain.substring(longDomain.length() - 253), true),
                new NameRow(longDomain.substring(longDomain.length() - 253) + ".", true),
                new NameRow(longDomain.substring(longDomain.length() - 254), false),
                // gonet's additions: what Go's byte loop makes of odd input.
                new NameRow(".", true),
                new NameRow("", false),
                new NameRow("127.0.0.1", false),
                new NameRow("127.1", false),
                new NameRow("-a.com", false),
                new NameRow("a.-b.com", false),
                new NameRow(".a", false),
                new NameRow("a b", false),
                new NameRow("a\u0000b", false),
                new NameRow("bad name!", false),
                new NameRow("münchen.de", false),
                new NameRow("!!!.###.bogus..domain.", false),
                new NameRow("x".repeat(100_000), false)));
        for (NameRow r : rows) {
            assertEquals(r.want(), DnsNames.isDomainName(r.name()), "isDomainName(" + abbreviate(r.name()) + ")");
        }
    }

    @Test
    void absDomainNameRootsOnlyDottedNames() {
        assertEquals("localhost", DnsNames.absDomainName("localhost"));
        assertEquals("a.example.", DnsNames.absDomainName("a.example"));
        assertEquals("a.example.", DnsNames.absDomainName("a.example."));
        assertEquals("localhost.", DnsNames.absDomainName("localhost."));
        assertEquals("x.", DnsNames.ensureRooted("x"));
        assertEquals("x.", DnsNames.ensureRooted("x."));
    }

    record RevRow(String addr, String want) {
    }

    @Test
    void reverseaddrAsGo() {
        List<RevRow> rows = List.of(
                new RevRow("1.2.3.4", "4.3.2.1.in-addr.arpa."),
                new RevRow("245.110.36.114", "114.36.110.245.in-addr.arpa."),
                new RevRow("::ffff:12.34.56.78", "78.56.34.12.in-addr.arpa."),
                new RevRow("::1", "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa."),
                new RevRow("1::", "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.ip6.arpa."),
                new RevRow("1234:567::89a:bcde",
                        "e.d.c.b.a.9.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.7.6.5.0.4.3.2.1.ip6.arpa."),
                new RevRow("1234:567:fefe:bcbc:adad:9e4a:89a:bcde",
                        "e.d.c.b.a.9.8.0.a.4.e.9.d.a.d.a.c.b.c.b.e.f.e.f.7.6.5.0.4.3.2.1.ip6.arpa."),
                new RevRow("1.2.3", null),
                new RevRow("1.2.3.4.5", null),
                new RevRow("1234:567:bcbca::89a:bcde", null),
                new RevRow("1234:567::bcbc:adad::89a:bcde", null),
                new RevRow("fe80::1%lo0", null),
                new RevRow("", null));
        for (RevRow r : rows) {
            assertEquals(r.want(), DnsNames.reverseaddr(r.addr()), "reverseaddr(" + r.addr() + ")");
        }
    }

    record ZoneRow(String in, String want) {
    }

    @Test
    void parseIPZoneAsGo() {
        List<ZoneRow> rows = List.of(
                new ZoneRow("127.0.0.1", "127.0.0.1"),
                new ZoneRow("fe80::1%lo", "fe80::1%lo"),
                new ZoneRow("fe80::1%", "fe80::1"),
                new ZoneRow("FE80:0:0:0:0:0:0:1%eth0", "fe80::1%eth0"),
                new ZoneRow("::ffff:1.2.3.4%x", "1.2.3.4%x"),
                new ZoneRow("fe80::1%a%b", null),
                new ZoneRow("%lo", null),
                new ZoneRow("1.2.3.4%eth0", null),
                new ZoneRow("localhost", null),
                new ZoneRow("", null),
                new ZoneRow("01.2.3.4", null));
        for (ZoneRow r : rows) {
            DnsNames.IPZone got = DnsNames.parseIPZone(r.in());
            assertEquals(r.want(), got == null ? null : got.toString(), "parseIPZone(" + r.in() + ")");
        }
        assertEquals("fe80::1%lo0", DnsNames.parseLiteralIP("fe80:0000:0000:0000:0000:0000:0000:0001%lo0"));
        assertEquals("127.0.0.1", DnsNames.parseLiteralIP("::ffff:127.0.0.1"));
        assertEquals("", DnsNames.parseLiteralIP("123.123.123"));
        assertNull(DnsNames.parseIPv6Zone("1.2.3.4"));
    }

    @Test
    void avoidDNSForOnionNames() {
        assertEquals(true, DnsNames.avoidDNS(""));
        assertEquals(true, DnsNames.avoidDNS("x.onion"));
        assertEquals(true, DnsNames.avoidDNS("x.ONION."));
        assertEquals(false, DnsNames.avoidDNS("onion"));
        assertEquals(false, DnsNames.avoidDNS("x.onion.example"));
    }

    static String abbreviate(String s) {
        String q = s.replace("\u0000", "\\0");
        return q.length() > 40 ? q.substring(0, 20) + "...(" + q.length() + " chars)" : q;
    }
}
