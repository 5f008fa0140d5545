package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.AddrException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's lookup_test.go port/protocol tables, plus services-file parsing (parsePort: AddrResolveTest). */
class ServicesTest {

    record PortRow(String network, String service, int port, String err) {
    }

    static final String ETC_SERVICES = "# /etc/services\n"
            + "tcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\n"
            + "http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\n"
            + "domain\t\t53/tcp\t\t\t\t# Domain Name Server\n"
            + "domain\t\t53/udp\n"
            + "gopher\t\t7070/tcp\n" // overrides Go's built-in 70
            + "Kerberos\t88/tcp\t\tKRB\t\t# upper case: stored as written, never found\n"
            + "sctpish\t\t9/sctp\n"
            + "zero\t\t0/tcp\n"
            + "neg\t\t-5/tcp\n"
            + "noslash\t\t12tcp\n"
            + "big\t\t99999999/tcp\n"
            + "mobility-header-and-more-x\t777/tcp\n" // 26 bytes: Go can never look it up
            + "mobility-header-and-more\t778/tcp\n"; // 24 bytes: fine

    @Test
    void lookupPortMapAsGo() {
        Services s = Services.parse(ETC_SERVICES, "");
        List<PortRow> rows = List.of(
                new PortRow("tcp", "http", 80, null),
                new PortRow("tcp", "HTTP", 80, null),
                new PortRow("tcp4", "www", 80, null),
                new PortRow("tcp6", "WwW", 80, null),
                new PortRow("udp", "domain", 53, null),
                new PortRow("udp6", "domain", 53, null),
                new PortRow("tcp", "gopher", 7070, null),
                new PortRow("tcp", "https", 443, null),
                new PortRow("tcp", "tcpmux", 1, null),
                new PortRow("sctp", "sctpish", 9, null),
                new PortRow("tcp", "mobility-header-and-more", 778, null),
                new PortRow("tcp", "mobility-header-and-more-x", 0, "address tcp/mobility-header-and-more-x: unknown port"),
                new PortRow("tcp", "kerberos", 0, "address tcp/kerberos: unknown port"),
                new PortRow("tcp", "Kerberos", 0, "address tcp/Kerberos: unknown port"),
                new PortRow("udp", "http", 0, "address udp/http: unknown port"),
                new PortRow("ip", "http", 0, "address ip/http: unknown port"),
                new PortRow("tcp", "zero", 0, "address tcp/zero: unknown port"),
                new PortRow("tcp", "neg", 0, "address tcp/neg: unknown port"),
                new PortRow("tcp", "noslash", 0, "address tcp/noslash: unknown port"),
                new PortRow("tcp", "big", 0, "address tcp/big: unknown port"),
                new PortRow("tcp", "", 0, "address tcp/: unknown port"));
        for (PortRow r : rows) {
            String what = "port(" + r.network() + ", " + r.service() + ")";
            if (r.err() == null) {
                try {
                    assertEquals(r.port(), s.port(r.network(), r.service()), what);
                } catch (AddrException e) {
                    throw new AssertionError(what + " failed: " + e.getMessage(), e);
                }
            } else {
                assertEquals(r.err(), assertThrows(AddrException.class, () -> s.port(r.network(), r.service()), what)
                        .getMessage(), what);
            }
        }
    }

    private record ServiceCase(String name, int port) {
    }

    @Test
    void builtinTableWithoutAFile() throws AddrException {
        Services b = Services.builtin();
        ServiceCase[] want = {
            new ServiceCase("ftp", 21), new ServiceCase("ftps", 990), new ServiceCase("gopher", 70),
            new ServiceCase("http", 80), new ServiceCase("https", 443), new ServiceCase("imap2", 143),
            new ServiceCase("imap3", 220), new ServiceCase("imaps", 993), new ServiceCase("pop3", 110),
            new ServiceCase("pop3s", 995), new ServiceCase("smtp", 25), new ServiceCase("ssh", 22),
            new ServiceCase("telnet", 23),
        };
        for (ServiceCase w : want) {
            assertEquals(w.port(), b.port("tcp", w.name()), () -> "port(\"tcp\", \"" + w.name() + "\")");
        }
        assertEquals(53, b.port("udp", "domain"));
        assertEquals("address udp/http: unknown port", assertThrows(AddrException.class, () -> b.port("udp", "http")).getMessage());
        assertEquals("address tcp/www: unknown port", assertThrows(AddrException.class, () -> b.port("tcp", "www")).getMessage());
    }

    @Test
    void protocolsAsGo() throws AddrException {
        Services s = Services.parse("", "# /etc/protocols\nip\t0\tIP\ntcp\t66\tTCP\nrsvp-e2e-ignore\t134\tRSVP-E2E-IGNORE\nbad\tx\n");
        assertEquals(6, s.protocol("tcp"), "the file never overrides Go's built-in protocols");
        assertEquals(6, s.protocol("TcP"));
        assertEquals(1, s.protocol("icmp"));
        assertEquals(2, s.protocol("igmp"));
        assertEquals(17, s.protocol("udp"));
        assertEquals(58, s.protocol("ipv6-icmp"));
        assertEquals(0, s.protocol("IP"));
        assertEquals(134, s.protocol("RSVP-E2E-IGNORE"));
        for (String bad : List.of("bad", "", "nosuchproto", "x".repeat(30))) {
            assertEquals(bad.isEmpty() ? "unknown IP protocol specified" : "address " + bad + ": unknown IP protocol specified",
                    assertThrows(AddrException.class, () -> s.protocol(bad)).getMessage(), "protocol(" + bad + ")");
        }
    }
}
