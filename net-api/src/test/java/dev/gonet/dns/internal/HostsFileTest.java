package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Go's hosts_test.go, over the text of Go's testdata hosts files, plus malformed input. */
class HostsFileTest {
    static final String HOSTS = "255.255.255.255\tbroadcasthost\n"
            + "127.0.0.2\todin\n"
            + "127.0.0.3\todin  # inline comment \n"
            + "::2             odin\n"
            + "127.1.1.1\tthor\n"
            + "# aliases\n"
            + "127.1.1.2\tullr ullrhost\n"
            + "fe80::1%lo0\tlocalhost\n"
            + "# Bogus entries that must be ignored.\n"
            + "123.123.123\tloki\n"
            + "321.321.321.321\n";
    static final String SINGLELINE = "127.0.0.2\todin";
    static final String IPV4 = "# See https://tools.ietf.org/html/rfc1123.\n\n"
            + "# internet address and host name\n"
            + "127.0.0.1\tlocalhost\t# inline comment separated by tab\n"
            + "127.0.0.2\tlocalhost   # inline comment separated by space\n\n"
            + "# internet address, host name and aliases\n"
            + "127.0.0.3\tlocalhost\tlocalhost.localdomain\n";
    static final String IPV6 = "# See https://tools.ietf.org/html/rfc5952, https://tools.ietf.org/html/rfc4007.\n\n"
            + "# internet address and host name\n"
            + "::1\t\t\t\t\t\tlocalhost\t# inline comment separated by tab\n"
            + "fe80:0000:0000:0000:0000:0000:0000:0001\t\tlocalhost       # inline comment separated by space\n\n"
            + "# internet address with zone identifier and host name\n"
            + "fe80:0000:0000:0000:0000:0000:0000:0002%lo0\tlocalhost\n\n"
            + "# internet address, host name and aliases\n"
            + "fe80::3%lo0\t\t\t\t\tlocalhost\tlocalhost.localdomain\n";
    static final String CASE = "127.0.0.1\tPreserveMe\tPreserveMe.local\n::1\t\tPreserveMe\tPreserveMe.local\n";

    record Ent(String in, List<String> out) {
    }

    static final Map<String, List<Ent>> STATIC_HOST = Map.of(
            HOSTS, List.of(
                    new Ent("odin", List.of("127.0.0.2", "127.0.0.3", "::2")),
                    new Ent("thor", List.of("127.1.1.1")),
                    new Ent("ullr", List.of("127.1.1.2")),
                    new Ent("ullrhost", List.of("127.1.1.2")),
                    new Ent("localhost", List.of("fe80::1%lo0"))),
            SINGLELINE, List.of(new Ent("odin", List.of("127.0.0.2"))),
            IPV4, List.of(
                    new Ent("localhost", List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")),
                    new Ent("localhost.localdomain", List.of("127.0.0.3"))),
            IPV6, List.of(
                    new Ent("localhost", List.of("::1", "fe80::1", "fe80::2%lo0", "fe80::3%lo0")),
                    new Ent("localhost.localdomain", List.of("fe80::3%lo0"))),
            CASE, List.of(
                    new Ent("PreserveMe", List.of("127.0.0.1", "::1")),
                    new Ent("PreserveMe.local", List.of("127.0.0.1", "::1"))));

    static final Map<String, List<Ent>> STATIC_ADDR = Map.of(
            HOSTS, List.of(
                    new Ent("255.255.255.255", List.of("broadcasthost")),
                    new Ent("127.0.0.2", List.of("odin")),
                    new Ent("127.0.0.3", List.of("odin")),
                    new Ent("::2", List.of("odin")),
                    new Ent("127.1.1.1", List.of("thor")),
                    new Ent("127.1.1.2", List.of("ullr", "ullrhost")),
                    new Ent("fe80::1%lo0", List.of("localhost"))),
            SINGLELINE, List.of(new Ent("127.0.0.2", List.of("odin"))),
            IPV4, List.of(
                    new Ent("127.0.0.1", List.of("localhost")),
                    new Ent("127.0.0.2", List.of("localhost")),
                    new Ent("127.0.0.3", List.of("localhost", "localhost.localdomain"))),
            IPV6, List.of(
                    new Ent("::1", List.of("localhost")),
                    new Ent("fe80::1", List.of("localhost")),
                    new Ent("fe80::2%lo0", List.of("localhost")),
                    new Ent("fe80::3%lo0", List.of("localhost", "localhost.localdomain"))),
            CASE, List.of(
                    new Ent("127.0.0.1", List.of("PreserveMe", "PreserveMe.local")),
                    new Ent("::1", List.of("PreserveMe", "PreserveMe.local"))));

    @Test
    void lookupStaticHost() {
        STATIC_HOST.forEach((text, ents) -> {
            HostsFile h = HostsFile.parse(text);
            for (Ent e : ents) {
                // Go's testStaticHost: as given, rooted, lower and upper case.
                for (String in : List.of(e.in(), DnsNames.absDomainName(e.in()), e.in().toLowerCase(), e.in().toUpperCase())) {
                    assertEquals(e.out(), h.addrs(in), "addrs(" + in + ")");
                }
            }
        });
    }

    @Test
    void lookupStaticAddr() {
        STATIC_ADDR.forEach((text, ents) -> {
            HostsFile h = HostsFile.parse(text);
            for (Ent e : ents) {
                List<String> want = new ArrayList<>();
                for (String n : e.out()) {
                    want.add(DnsNames.absDomainName(n));
                }
                assertEquals(want, h.names(e.in()), "names(" + e.in() + ")");
            }
        });
    }

    @Test
    void singleLabelNamesDoNotMatchWithTrailingDot() {
        HostsFile h = HostsFile.parse("127.0.0.1 localhost\n127.0.0.2 a.example\n");
        assertEquals(List.of(), h.addrs("localhost."), "Go roots only dotted names, so localhost. misses");
        assertEquals(List.of("127.0.0.2"), h.addrs("A.EXAMPLE."));
        assertEquals(List.of("localhost"), h.names("::ffff:127.0.0.1"), "any literal form of the address");
        assertEquals(List.of(), h.names("127.000.0.1"));
        assertEquals(List.of(), h.addrs(""));
    }

    @Test
    void resultsCannotBeModified() {
        HostsFile h = HostsFile.parse(IPV4);
        assertThrows(UnsupportedOperationException.class, () -> h.addrs("localhost").set(0, "junk"));
        assertThrows(UnsupportedOperationException.class, () -> h.names("127.0.0.3").add("junk"));
        assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3"), h.addrs("localhost"), "Go issue 14212");
    }

    @Test
    void spellingIsTheFirstAsWritten() {
        HostsFile h = HostsFile.parse(CASE + "10.0.0.1 preserveme\n");
        assertEquals("PreserveMe", h.spelling("preserveme"));
        assertEquals("PreserveMe.local", h.spelling("PRESERVEME.LOCAL."));
        assertNull(h.spelling("nope"));
        assertNull(h.spelling(""));
    }

    @Test
    void malformedInputIsSkipped() {
        String junk = "\u0000\u0001\u0002 \u00ff\n"
                + "127.0.0.1\n" // one field
                + "localhost 127.0.0.1\n" // swapped
                + "0x7f.1 hex\n"
                + "127.0.0.01 octal\n"
                + "[::1] brackets\n"
                + "::1/128 cidr\n"
                + "1.2.3.4\u000bvt\n" // \v is not a separator: one field
                + "\r\n\t\n#\n"
                + "10.0.0.1 ok\u0000name ok2\r\n";
        HostsFile h = HostsFile.parse(junk);
        assertEquals(List.of("10.0.0.1"), h.addrs("ok\u0000name"), "names are taken as written");
        assertEquals(List.of("10.0.0.1"), h.addrs("ok2"), "\\r is a separator");
        for (String n : List.of("hex", "octal", "brackets", "cidr", "vt", "127.0.0.1", "localhost")) {
            assertEquals(List.of(), h.addrs(n), "addrs(" + n + ")");
        }
        assertTrue(HostsFile.parse("").isEmpty());
        assertTrue(HostsFile.parse("x".repeat(200_000)).isEmpty());
    }

    @Test
    void goStopsAtTheFirstOverlongLine() {
        String text = "127.0.0.1 before\n# " + "x".repeat(70_000) + "\n127.0.0.2 after\n";
        HostsFile h = HostsFile.parse(text);
        assertEquals(List.of("127.0.0.1"), h.addrs("before"));
        assertEquals(List.of(), h.addrs("after"), "nothing after a line of 64 KiB is read");
    }

    @Test
    void manyEntries() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("10.").append(i >> 8 & 255).append('.').append(i & 255).append(".1 host").append(i).append(".example\n");
        }
        HostsFile h = HostsFile.parse(sb.toString());
        assertEquals(List.of("10.78.31.1"), h.addrs("HOST19999.example"));
        assertEquals(List.of("host19999.example."), h.names("10.78.31.1"));
    }
}
