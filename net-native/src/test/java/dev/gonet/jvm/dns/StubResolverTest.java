package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's stub resolver (preferGo) against a real dnsmasq on 127.0.0.1: answers, CNAME chains,
 * search lists, truncation to TCP, PTR, and Go 1.19's error texts, which name the server. Every
 * expected answer was first checked with go1.19 against the same dnsmasq configuration.
 */
class StubResolverTest {
    static final String RECORDS = "local=/test/\nlocal=/invalid/\nlocal=/2.0.192.in-addr.arpa/\n"
            + "host-record=target.test,192.0.2.10,2001:db8::10\n"
            + "host-record=v4only.test,192.0.2.11\n"
            + "host-record=v6only.test,2001:db8::12\n"
            + "host-record=www.search.test,192.0.2.20\n"
            + "cname=alias.test,target.test\n"
            + "cname=alias2.test,alias.test\n"
            + manyRecords();

    static Dnsmasq dnsmasq;
    static SystemResolver r;
    static String at;

    @TempDir
    static Path dir;

    static String manyRecords() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            sb.append("host-record=many.test,10.0.0.").append(i).append('\n');
        }
        return sb.toString();
    }

    @BeforeAll
    static void start() throws Exception {
        dnsmasq = Dnsmasq.start(RECORDS);
        at = " on " + dnsmasq.server() + ": ";
        r = resolver("search search.test\n", "127.0.0.1 localhost\n");
    }

    @AfterAll
    static void stop() throws Exception {
        dnsmasq.close();
    }

    static SystemResolver resolver(String resolvConf, String hosts) throws IOException {
        Path rc = Files.createTempFile(dir, "resolv", ".conf");
        Files.writeString(rc, resolvConf);
        Path h = Files.createTempFile(dir, "hosts", "");
        Files.writeString(h, hosts);
        return new SystemResolver().withPreferGo(true).withResolvConf(rc).withHostsFile(h).withNameservers(dnsmasq.server());
    }

    static List<String> texts(List<IP> ips) {
        List<String> out = new ArrayList<>();
        for (IP ip : ips) {
            out.add(ip.toString());
        }
        return out;
    }

    @Test
    void addressesFollowCNAMEChains() throws IOException {
        assertEquals(Set.of("192.0.2.10", "2001:db8::10"), new HashSet<>(texts(r.lookupIP("ip", "alias2.test"))));
        assertEquals(List.of("192.0.2.10"), texts(r.lookupIP("ip4", "alias2.test")));
        assertEquals(List.of("2001:db8::10"), texts(r.lookupIP("ip6", "ALIAS.TEST.")));
        assertEquals(List.of("192.0.2.11"), texts(r.lookupIP("ip", "v4only.test")), "AAAA's NODATA is not an error for ip");
        assertEquals(List.of("192.0.2.11"), r.lookupHost("v4only.test"));
        assertEquals(List.of("2001:db8::12"), r.lookupHost("v6only.test"));
    }

    @Test
    void canonicalNames() throws IOException {
        assertEquals("target.test.", r.lookupCNAME("alias2.test"));
        assertEquals("target.test.", r.lookupCNAME("ALIAS.TEST"));
        assertEquals("target.test.", r.lookupCNAME("alias.test."));
        assertEquals("target.test.", r.lookupCNAME("target.test"));
        assertEquals("v4only.test.", r.lookupCNAME("v4only.test"));
        assertEquals("www.search.test.", r.lookupCNAME("www"), "through the search list");
        assertEquals("lookup localhost: DNS response contained records which contain invalid names",
                assertThrows(DNSException.class, () -> r.lookupCNAME("localhost")).getMessage(),
                "go1.19's pure resolver on a hosts-file name");
        assertEquals("lookup nx.invalid" + at + "no such host",
                assertThrows(DNSException.class, () -> r.lookupCNAME("nx.invalid")).getMessage());
    }

    @Test
    void searchListKeepsTheNameAskedFor() throws IOException {
        assertEquals(List.of("192.0.2.20"), r.lookupHost("www"));
        // nosuch.search.test. is NXDOMAIN, nosuch. is REFUSED: Go reports the unsuffixed name's error.
        DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("nosuch"));
        assertEquals("lookup nosuch" + at + "server misbehaving", e.getMessage());
        assertEquals("nosuch", e.name(), "the name asked for, not nosuch.search.test.");
        assertEquals(dnsmasq.server(), e.server());
        // nosuch.test. (tried first: it has ndots dots) and nosuch.test.search.test. are both NXDOMAIN.
        DNSException nx = assertThrows(DNSException.class, () -> r.lookupHost("nosuch.test"));
        assertEquals("lookup nosuch.test" + at + "no such host", nx.getMessage());
        assertTrue(nx.isNotFound());
    }

    @Test
    void notFoundNamesTheServer() {
        for (String net : List.of("ip", "ip4", "ip6")) {
            DNSException e = assertThrows(DNSException.class, () -> r.lookupIP(net, "nx.invalid"), net);
            assertEquals("lookup nx.invalid" + at + "no such host", e.getMessage(), net);
            assertTrue(e.isNotFound(), net + ": isNotFound");
            assertFalse(e.isTimeout(), net + ": isTimeout");
            assertFalse(e.isTemporary(), net + ": isTemporary");
        }
        DNSException nodata = assertThrows(DNSException.class, () -> r.lookupIP("ip6", "v4only.test"));
        assertEquals("lookup v4only.test" + at + "no such host", nodata.getMessage());
        assertTrue(nodata.isNotFound(), "NODATA is not found, as in Go");
        DNSException refused = assertThrows(DNSException.class, () -> r.lookupHost("nx.other"));
        assertEquals("lookup nx.other" + at + "server misbehaving", refused.getMessage(), "REFUSED");
        assertFalse(refused.isNotFound());
        assertFalse(refused.isTemporary());
        assertEquals("lookup localhost." + at + "server misbehaving",
                assertThrows(DNSException.class, () -> r.lookupHost("localhost.")).getMessage(),
                "a rooted single label misses the hosts file, as in Go");
    }

    @Test
    void truncatedAnswersAreAskedAgainOverTCP() throws IOException {
        List<IP> many = r.lookupIP("ip4", "many.test");
        assertEquals(120, many.size(), "120 A records do not fit in 1232 bytes");
        Set<String> want = new HashSet<>();
        for (int i = 1; i <= 120; i++) {
            want.add("10.0.0." + i);
        }
        assertEquals(want, new HashSet<>(texts(many)));
        SystemResolver tcpOnly = resolver("options use-vc\n", "");
        assertEquals(want, new HashSet<>(tcpOnly.lookupHost("many.test")));
        assertEquals(List.of("192.0.2.11"), tcpOnly.lookupHost("v4only.test"));
    }

    @Test
    void reverseLookups() throws IOException {
        assertEquals(List.of("target.test."), r.lookupAddr("192.0.2.10"));
        assertEquals(List.of("target.test."), r.lookupAddr("2001:db8::10"));
        assertEquals(List.of("target.test."), r.lookupAddr("::ffff:192.0.2.10"));
        DNSException e = assertThrows(DNSException.class, () -> r.lookupAddr("192.0.2.99"));
        assertEquals("lookup 99.2.0.192.in-addr.arpa." + at + "no such host", e.getMessage(), "Go names the arpa name");
        assertTrue(e.isNotFound());
        assertEquals(List.of("localhost"), r.lookupAddr("127.0.0.1"), "the hosts file first, without a dot");
        assertEquals("lookup nope: unrecognized address", assertThrows(DNSException.class, () -> r.lookupAddr("nope")).getMessage());
    }

    @Test
    void invalidNamesAreRefusedWithoutAQuery() {
        for (String bad : List.of("bad name!", "a..b", "-x.test", "x".repeat(300), "münchen.test", "a\u0000b.test", "127.1")) {
            DNSException e = assertThrows(DNSException.class, () -> r.lookupHost(bad), bad);
            assertEquals("lookup " + bad + ": no such host", e.getMessage(), "no server: nothing was sent");
            assertTrue(e.isNotFound());
        }
        assertInstanceOf(AddrException.class, assertThrows(IOException.class, () -> r.lookupIP("ip", "x.onion")),
                ".onion is never sent to DNS: Go finds no address, and no error, then no suitable address");
    }
}
