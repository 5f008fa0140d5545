package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import dev.gonet.IP;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GoResolver's front half through the resolver every platform can have: answers and error
 * texts checked against go1.19 with PreferGo on Linux.
 */
class LiteralResolverTest {
    final LiteralResolver r = new LiteralResolver("no resolver here");

    /** want: the IPs as text, or the exception class and message. */
    record IPRow(String network, String host, List<String> want, Class<? extends IOException> type, String err) {
        static IPRow ok(String network, String host, String... want) {
            return new IPRow(network, host, List.of(want), null, null);
        }

        static IPRow fail(String network, String host, Class<? extends IOException> type, String err) {
            return new IPRow(network, host, null, type, err);
        }
    }

    @Test
    void lookupIPAsGo() {
        List<IPRow> rows = List.of(
                IPRow.ok("ip", "127.0.0.1", "127.0.0.1"),
                IPRow.ok("ip", "fe80::1%lo", "fe80::1"),
                IPRow.ok("ip", "::", "::", "0.0.0.0"),
                IPRow.ok("ip", "0:0::0", "::", "0.0.0.0"),
                IPRow.ok("ip4", "::", "0.0.0.0"),
                IPRow.ok("ip6", "::", "::"),
                IPRow.ok("ip4", "::ffff:1.2.3.4", "1.2.3.4"),
                IPRow.ok("ip4:1", "127.0.0.1", "127.0.0.1"),
                IPRow.ok("ip:icmp", "127.0.0.1", "127.0.0.1"),
                IPRow.ok("ip6:ipv6-icmp", "::1", "::1"),
                IPRow.fail("ip4", "::1", AddrException.class, "address ::1: no suitable address found"),
                IPRow.fail("ip6", "127.0.0.1", AddrException.class, "address 127.0.0.1: no suitable address found"),
                IPRow.fail("ip6", "::ffff:1.2.3.4", AddrException.class, "address ::ffff:1.2.3.4: no suitable address found"),
                IPRow.fail("tcp", "127.0.0.1", SentinelException.class, "unknown network tcp"),
                IPRow.fail("IP", "127.0.0.1", SentinelException.class, "unknown network IP"),
                IPRow.fail("", "127.0.0.1", SentinelException.class, "unknown network "),
                IPRow.fail("udp:x", "127.0.0.1", SentinelException.class, "unknown network udp:x"),
                IPRow.fail("ip:nosuch", "127.0.0.1", AddrException.class, "address nosuch: unknown IP protocol specified"),
                IPRow.fail("ip:", "127.0.0.1", AddrException.class, "unknown IP protocol specified"),
                IPRow.fail("ip", "", DNSException.class, "lookup : no such host"),
                IPRow.fail("ip", "1.2.3.4%eth0", DNSException.class, "lookup 1.2.3.4%eth0: no resolver here"),
                IPRow.fail("ip", "example.com", DNSException.class, "lookup example.com: no resolver here"));
        for (IPRow row : rows) {
            String what = "lookupIP(" + row.network() + ", " + row.host() + ")";
            if (row.want() != null) {
                try {
                    List<String> got = new ArrayList<>();
                    for (IP ip : r.lookupIP(row.network(), row.host())) {
                        got.add(ip.toString());
                    }
                    assertEquals(row.want(), got, what);
                } catch (IOException e) {
                    throw new AssertionError(what + " failed: " + e.getMessage(), e);
                }
            } else {
                IOException e = assertThrows(IOException.class, () -> r.lookupIP(row.network(), row.host()), what);
                assertInstanceOf(row.type(), e, what);
                assertEquals(row.err(), e.getMessage(), what);
            }
        }
        assertEquals(Sentinel.UNKNOWN_NETWORK, Sentinel.of(assertThrows(IOException.class, () -> r.lookupIP("tcp", "x"))));
    }

    @Test
    void lookupHostReturnsLiteralsAsGiven() throws IOException {
        assertEquals(List.of("::FFFF:1.2.3.4"), r.lookupHost("::FFFF:1.2.3.4"));
        assertEquals(List.of("fe80::1%lo"), r.lookupHost("fe80::1%lo"));
        DNSException empty = assertThrows(DNSException.class, () -> r.lookupHost(""));
        assertEquals("lookup : no such host", empty.getMessage());
        assertTrue(empty.isNotFound());
        assertEquals("lookup : no such host", assertThrows(DNSException.class, () -> r.lookupHost(null)).getMessage(),
                "null is Go's empty string");
        DNSException why = assertThrows(DNSException.class, () -> r.lookupHost("example.com"));
        assertEquals("lookup example.com: no resolver here", why.getMessage());
        assertFalse(why.isNotFound());
    }

    record PortRow(String network, String service, int port, String err) {
    }

    @Test
    void lookupPortAsGo() {
        List<PortRow> rows = List.of(
                new PortRow("tcp", "0", 0, null),
                new PortRow("udp", "0", 0, null),
                new PortRow("udp", "domain", 53, null),
                new PortRow("--badnet--", "zzz", 0, "address --badnet--: unknown network"),
                new PortRow("tcp", "--badport--", 0, "address tcp/--badport--: unknown port"),
                new PortRow("tcp", "-1", 0, "address -1: invalid port"),
                new PortRow("tcp", "65536", 0, "address 65536: invalid port"),
                new PortRow("udp", "-1", 0, "address -1: invalid port"),
                new PortRow("udp", "65536", 0, "address 65536: invalid port"),
                new PortRow("tcp", "123456789", 0, "address 123456789: invalid port"),
                new PortRow("tcp", "", 0, null),
                new PortRow("tcp4", "", 0, null),
                new PortRow("tcp6", "", 0, null),
                new PortRow("udp", "", 0, null),
                new PortRow("udp4", "", 0, null),
                new PortRow("udp6", "", 0, null),
                new PortRow("tcp", "http", 80, null),
                new PortRow("tcp", "HTTP", 80, null),
                new PortRow("tcp", "https", 443, null),
                new PortRow("tcp", "ssh", 22, null),
                new PortRow("tcp", "gopher", 70, null),
                new PortRow("tcp4", "http", 80, null),
                new PortRow("tcp6", "http", 80, null),
                new PortRow("foo", "80", 80, null),
                new PortRow("", "+80", 80, null),
                new PortRow("tcp", "65535", 65535, null),
                new PortRow("tcp", "4294967300", 4, null),
                new PortRow("", "http", 0, "address ip/http: unknown port"),
                new PortRow("TCP", "http", 0, "address TCP: unknown network"),
                new PortRow("ip", "http", 0, "address ip: unknown network"),
                new PortRow("tcp", "nosuchservice", 0, "address tcp/nosuchservice: unknown port"),
                new PortRow("tcp", "80 ", 0, "address tcp/80 : unknown port"),
                new PortRow("tcp", "0x50", 0, "address tcp/0x50: unknown port"),
                new PortRow("tcp", "x".repeat(10_000), 0, "address tcp/" + "x".repeat(10_000) + ": unknown port"));
        for (PortRow row : rows) {
            String what = "lookupPort(" + row.network() + ", " + row.service() + ")";
            if (row.err() == null) {
                try {
                    assertEquals(row.port(), r.lookupPort(row.network(), row.service()), what);
                } catch (IOException e) {
                    throw new AssertionError(what + " failed: " + e.getMessage(), e);
                }
            } else {
                AddrException e = assertThrows(AddrException.class, () -> r.lookupPort(row.network(), row.service()), what);
                assertEquals(row.err(), e.getMessage(), what);
                assertFalse(e.isTimeout(), what);
            }
        }
    }

    @Test
    void reverseAndCanonicalNames() {
        assertEquals("lookup foo: unrecognized address",
                assertThrows(DNSException.class, () -> r.lookupAddr("foo")).getMessage());
        assertEquals("lookup fe80::1%lo: unrecognized address",
                assertThrows(DNSException.class, () -> r.lookupAddr("fe80::1%lo")).getMessage());
        assertEquals("lookup 127.0.0.1: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupAddr("127.0.0.1")).getMessage());
        assertEquals("lookup example.com: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupCNAME("example.com")).getMessage());
    }

    /** A back end with bad names: Go's LookupAddr/LookupCNAME validation. */
    @Test
    void invalidNamesFromTheBackEndAreRefused() throws IOException {
        GoResolver bad = new GoResolver() {
            @Override
            protected List<String> hostAddrs(String host) {
                return List.of();
            }

            @Override
            protected List<DnsNames.IPZone> ipAddrs(String network, String host) throws IOException {
                throw new IOException("backend broke");
            }

            @Override
            protected List<String> ptr(String addr) {
                return addr.equals("1.1.1.1") ? List.of("good.example.") : List.of("good.example.", "bad name.");
            }

            @Override
            protected int servicePort(String network, String service) {
                return 70000;
            }

            @Override
            protected String canonicalName(String host) {
                return host.equals("ok") ? "ok.example." : "";
            }

            @Override
            protected List<MX> mx(String name) {
                return name.equals("ok") ? List.of(new MX("b.example.", 20), new MX("a.example.", 10), new MX(".", 30))
                        : List.of(new MX("a.example.", 10), new MX("bad host.", 20));
            }

            @Override
            protected SRVResult srv(String target) {
                List<SRV> ok = List.of(new SRV("c.example.", 3, 20, 0), new SRV("a.example.", 1, 10, 5),
                        new SRV("b.example.", 2, 10, 0));
                return switch (target) {
                    case "_x._tcp.ok" -> new SRVResult("_x._tcp.ok.", ok);
                    case "badcname" -> new SRVResult("bad cname.", ok);
                    default -> new SRVResult("t.", List.of(new SRV("bad target.", 1, 1, 1)));
                };
            }

            @Override
            protected List<String> txt(String name) {
                return List.of("v=spf1 -all", "");
            }

            @Override
            protected List<NS> ns(String name) {
                return name.equals("ok") ? List.of(new NS("ns1.example.")) : List.of(new NS("ns_1!.example."));
            }
        };
        assertEquals(List.of("good.example."), bad.lookupAddr("1.1.1.1"));
        assertEquals("lookup 2.2.2.2: " + GoResolver.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> bad.lookupAddr("2.2.2.2")).getMessage());
        assertEquals("ok.example.", bad.lookupCNAME("ok"));
        assertEquals("lookup localhost: DNS response contained records which contain invalid names",
                assertThrows(DNSException.class, () -> bad.lookupCNAME("localhost")).getMessage());
        assertEquals("address svc: invalid port", assertThrows(AddrException.class, () -> bad.lookupPort("tcp", "svc")).getMessage());
        assertEquals("lookup x.example: backend broke", assertThrows(DNSException.class,
                () -> bad.lookupIP("ip", "x.example")).getMessage(), "non-DNS errors are wrapped as Go's lookupIPAddr does");
        assertEquals(List.of(), bad.lookupHost("x.example"));
        assertEquals(List.of(new MX("a.example.", 10), new MX("b.example.", 20), new MX(".", 30)), bad.lookupMX("ok"),
                "by preference; the null MX is valid");
        assertEquals("lookup nope: " + GoResolver.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> bad.lookupMX("nope")).getMessage());
        SRVResult srv = bad.lookupSRV("x", "tcp", "ok");
        assertEquals("_x._tcp.ok.", srv.cname());
        assertEquals(List.of("a.example.", "b.example.", "c.example."),
                srv.addrs().stream().map(SRV::target).toList(),
                "priority 10 first; within it the weight-0 record can only come after the weighted one here");
        assertEquals("lookup badcname: " + GoResolver.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> bad.lookupSRV("", "", "badcname")).getMessage());
        assertEquals("lookup t: " + GoResolver.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> bad.lookupSRV("", "", "t")).getMessage());
        assertEquals(List.of("v=spf1 -all", ""), bad.lookupTXT("any"), "TXT is not validated, as in Go");
        assertEquals(List.of(new NS("ns1.example.")), bad.lookupNS("ok"));
        assertEquals("lookup x: " + GoResolver.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> bad.lookupNS("x")).getMessage());
    }

    @Test
    void recordLookupsFailLikeTheOthers() {
        assertEquals("lookup example.com: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupMX("example.com")).getMessage());
        assertEquals("lookup _sip._udp.example.com: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupSRV("sip", "udp", "example.com")).getMessage());
        assertEquals("lookup example.com: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupTXT("example.com")).getMessage());
        assertEquals("lookup example.com: no resolver here",
                assertThrows(DNSException.class, () -> r.lookupNS("example.com")).getMessage());
    }
}
