package dev.gonet.dns;

import static dev.gonet.dns.Samples.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.IP;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneTest {
    static final Zone Z = DoHFixture.zone();

    /** A question to the test zone and what must come back. */
    record Row(String name, int type, int rcode, List<String> answers, boolean soaInAuthority) {
    }

    @Test
    void authoritativeAnswers() {
        List<Row> rows = List.of(
                new Row("echo.gonet.test", RRType.A, RCode.SUCCESS, List.of("echo.gonet.test. 60 IN A 127.0.0.1"), false),
                new Row("ECHO.Gonet.Test", RRType.AAAA, RCode.SUCCESS, List.of("echo.gonet.test. 60 IN AAAA ::1"), false),
                new Row("www.gonet.test", RRType.A, RCode.SUCCESS, List.of("www.gonet.test. 60 IN CNAME alias.gonet.test.",
                        "alias.gonet.test. 60 IN CNAME echo.gonet.test.", "echo.gonet.test. 60 IN A 127.0.0.1"), false),
                new Row("www.gonet.test", RRType.CNAME, RCode.SUCCESS,
                        List.of("www.gonet.test. 60 IN CNAME alias.gonet.test."), false),
                new Row("v4only.gonet.test", RRType.AAAA, RCode.SUCCESS, List.of(), true),
                new Row("nx.gonet.test", RRType.A, RCode.NAME_ERROR, List.of(), true),
                new Row("dangling.gonet.test", RRType.A, RCode.NAME_ERROR,
                        List.of("dangling.gonet.test. 60 IN CNAME nothing-here.gonet.test."), true),
                new Row("_tcp.gonet.test", RRType.SRV, RCode.SUCCESS, List.of(), true),
                new Row("gonet.test", RRType.MX, RCode.SUCCESS,
                        List.of("gonet.test. 60 IN MX 20 mx2.gonet.test.", "gonet.test. 60 IN MX 10 mx1.gonet.test."), false),
                new Row("gonet.test", RRType.SOA, RCode.SUCCESS,
                        List.of("gonet.test. 60 IN SOA ns1.gonet.test. hostmaster.gonet.test. 1 3600 600 86400 60"), false),
                new Row("loop1.gonet.test", RRType.A, RCode.SERVER_FAILURE, List.of(), false),
                new Row("example.com", RRType.A, RCode.REFUSED, List.of(), false));
        for (Row r : rows) {
            Zone.Answer a = Z.answer(new Question(n(r.name()), r.type()));
            String what = "answer(" + r.name() + " " + RRType.name(r.type()) + ")";
            assertEquals(RCode.name(r.rcode()), RCode.name(a.rcode()), what + " rcode");
            assertEquals(r.answers(), a.answers().stream().map(Resource::toString).toList(), what + " answers");
            assertEquals(r.soaInAuthority(), !a.authorities().isEmpty() && a.authorities().get(0) instanceof SOAResource,
                    what + " SOA in authority");
            assertEquals(r.rcode() != RCode.REFUSED, a.authoritative(), what + " AA");
        }
    }

    @Test
    void negativeSoaCarriesTheSmallerTtl() {
        Zone z = Zone.builder("neg.test").ttl(3600).soa("ns", "hm", 7, 1, 2, 3, 30).a("x", "192.0.2.1").build();
        Zone.Answer a = z.answer(new Question(n("nope.neg.test"), RRType.A));
        assertEquals(30, a.authorities().get(0).ttl(), "min(SOA TTL 3600, MINIMUM 30)");
    }

    /** Master-file text and the records it makes. */
    record TextRow(String line, String record) {
    }

    @Test
    void masterFileLines() {
        List<TextRow> rows = List.of(
                new TextRow("echo 120 IN A 127.0.0.1", "echo.z.test. 120 IN A 127.0.0.1"),
                new TextRow("echo AAAA ::1", "echo.z.test. 300 IN AAAA ::1"),
                new TextRow("www IN CNAME echo ; a comment", "www.z.test. 300 IN CNAME echo.z.test."),
                new TextRow("@ MX 10 mail.other.", "z.test. 300 IN MX 10 mail.other."),
                new TextRow("_sip._udp SRV 1 2 5060 sip", "_sip._udp.z.test. 300 IN SRV 1 2 5060 sip.z.test."),
                new TextRow("@ TXT \"v=spf1 -all\" \"a \\\"quoted\\\" \\255 byte\"",
                        "z.test. 300 IN TXT \"v=spf1 -all\" \"a \\\"quoted\\\" \\255 byte\""),
                new TextRow("@ NS ns1", "z.test. 300 IN NS ns1.z.test."),
                new TextRow("1 PTR host", "1.z.test. 300 IN PTR host.z.test."));
        for (TextRow r : rows) {
            Zone z = Zone.builder("z.test").parse(r.line()).build();
            assertEquals(List.of(r.record()), z.records().stream().map(Resource::toString).toList(), "parse(\"" + r.line() + "\")");
        }
        Zone z = Zone.builder("z.test").parse("$TTL 42\n@ SOA ns hostmaster 5 6 7 8 9\nx A 192.0.2.1\n  AAAA 2001:db8::1\n"
                + "$ORIGIN sub.z.test.\ny A 192.0.2.2\n\n; done\n").build();
        assertEquals("z.test. 42 IN SOA ns.z.test. hostmaster.z.test. 5 6 7 8 9", z.soa().toString());
        assertEquals(List.of("x.z.test. 42 IN A 192.0.2.1", "x.z.test. 42 IN AAAA 2001:db8::1", "y.sub.z.test. 42 IN A 192.0.2.2"),
                z.records().stream().map(Resource::toString).toList());
    }

    @Test
    void malformedZoneText() {
        List<String> bad = List.of("x A 999.1.1.1", "x A ::1", "x AAAA", "x MX ten mail", "x HINFO a b",
                "x TXT \"unterminated", "  A 192.0.2.1", "$ORIGIN elsewhere.", "x..y A 192.0.2.1",
                "x TXT \"" + "a".repeat(256) + "\"", "$TTL forever");
        for (String line : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Zone.builder("z.test").parse(line), "parse(\"" + line + "\")");
            assertTrue(e.getMessage().startsWith("zone line 1: "), e.getMessage());
        }
    }

    @Test
    void builderRulesAndImmutability() {
        assertThrows(IllegalArgumentException.class, () -> Zone.builder("z.test").a("x", "192.0.2.1").cname("x", "y").build(),
                "CNAME and other data");
        assertThrows(IllegalArgumentException.class, () -> Zone.builder("z.test").a("x.other.", "192.0.2.1"), "out of zone");
        assertThrows(IllegalArgumentException.class, () -> Zone.builder("z.test").a("x", "not-an-ip"));
        Zone.Builder base = Zone.builder("z.test").a("x", "192.0.2.1");
        Zone one = base.build();
        Zone two = base.a("y", "192.0.2.2").build();
        assertEquals(1, one.records().size(), "the first builder did not change");
        assertEquals(2, two.records().size());
        assertEquals(new AResource(n("y.z.test"), 300, IP.parse("192.0.2.2")), two.records().get(1));
    }
}
