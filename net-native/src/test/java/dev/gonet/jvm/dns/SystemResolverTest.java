package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.Resolver;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SystemResolver with its own hosts and services files: everything here is answered from files
 * or refused before any query, so no DNS traffic leaves the process.
 */
class SystemResolverTest {
    static final String HOSTS = "# test hosts\n"
            + "127.0.0.1\tlocalhost\n"
            + "::1\t\tlocalhost ip6-localhost ip6-loopback\n"
            + "127.0.1.1\tmyhost.example myhost  # inline comment\n"
            + "fe80::1%lo\tgw6\n"
            + "10.0.0.1\tDual.Example\n"
            + "10.0.0.2\tdual.example\n"
            + "bogus\tnothing\n";
    static final String SERVICES = "http\t\t8080/tcp\twww\n"
            + "custom\t\t12345/udp\tCustom-Alias\n"
            + "broken\t\tx/tcp\n";

    @TempDir
    Path dir;
    SystemResolver r;
    SystemResolver go;

    @BeforeEach
    void files() throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), HOSTS);
        Path services = Files.writeString(dir.resolve("services"), SERVICES);
        r = new SystemResolver().withHostsFile(hosts).withServicesFile(services);
        // A dead loopback server: should a name ever slip past the checks, nothing leaves the host.
        go = new SystemResolver().withHostsFile(hosts).withServicesFile(services).withPreferGo(true)
                .withNameservers(StubResolverFailureTest.closedPort());
    }

    /** Each with... is a copy with its own file caches: the receiver keeps what it had. */
    @Test
    void withReturnsAChangedCopy() throws IOException {
        SystemResolver plain = new SystemResolver();
        assertEquals(Path.of("/etc/hosts"), plain.hostsFile());
        assertEquals(Path.of("/etc/services"), plain.servicesFile());
        assertEquals(Path.of("/etc/protocols"), plain.protocolsFile());
        assertEquals(Path.of("/etc/resolv.conf"), plain.resolvConf());
        assertEquals(List.of(), plain.nameservers());
        assertEquals(java.time.Duration.ZERO, plain.timeout(), "zero: resolv.conf's timeout");
        assertFalse(plain.preferGo());
        assertFalse(plain.strictErrors());

        SystemResolver tuned = plain.withNameservers("[::1]:5353", "127.0.0.1:53").withPreferGo(true)
                .withStrictErrors(true).withTimeout(java.time.Duration.ofMillis(1500));
        assertEquals(List.of("[::1]:5353", "127.0.0.1:53"), tuned.nameservers());
        assertTrue(tuned.preferGo());
        assertTrue(tuned.strictErrors());
        assertEquals(java.time.Duration.ofMillis(1500), tuned.timeout());
        assertEquals(Path.of("/etc/hosts"), tuned.hostsFile(), "untouched settings are carried over");
        assertEquals(List.of(), plain.nameservers(), "the receiver is unchanged");
        assertFalse(plain.preferGo(), "the receiver is unchanged");

        // A copy reads its own file: the base keeps answering from its own.
        Path other = Files.writeString(dir.resolve("other-hosts"), "10.9.9.9\tmyhost.example\n");
        SystemResolver moved = r.withHostsFile(other);
        assertEquals(List.of("10.9.9.9"), moved.lookupHost("myhost.example"));
        assertEquals(List.of("127.0.1.1"), r.lookupHost("myhost.example"));
    }

    @Test
    void withRefusesWhatItCannotUse() {
        for (String bad : new String[] {"localhost:53", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:99999", "[::1]:x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new SystemResolver().withNameservers(bad), bad);
            assertTrue(e.getMessage().startsWith("name server " + bad + ": "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new SystemResolver().withTimeout(java.time.Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new SystemResolver().withHostsFile(null));
    }

    static List<String> texts(List<IP> ips) {
        List<String> out = new ArrayList<>();
        for (IP ip : ips) {
            out.add(ip.toString());
        }
        return out;
    }

    /** Whether this machine can route to ::1, which decides Go's RFC 6724 order for localhost. */
    static boolean ipv6Loopback() {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName("::1"), 9));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void hostsFileAnswersInGoOrder() throws IOException {
        for (Resolver res : List.of(r, go)) {
            assertEquals(List.of("127.0.0.1", "::1"), res.lookupHost("localhost"), "lookupHost keeps file order");
            assertEquals(List.of("127.0.0.1", "::1"), res.lookupHost("LocalHost"), "case-insensitive");
            List<String> want = ipv6Loopback() ? List.of("::1", "127.0.0.1") : List.of("127.0.0.1", "::1");
            assertEquals(want, texts(res.lookupIP("ip", "localhost")), "lookupIP sorts by RFC 6724");
            assertEquals(List.of("127.0.0.1"), texts(res.lookupIP("ip4", "localhost")));
            assertEquals(List.of("::1"), texts(res.lookupIP("ip6", "localhost")));
            assertEquals(List.of("127.0.1.1"), res.lookupHost("MYHOST.example."), "dotted names match with a dot");
            assertEquals(List.of("10.0.0.1", "10.0.0.2"), res.lookupHost("dual.EXAMPLE"));
            assertEquals(List.of("fe80::1%lo"), res.lookupHost("gw6"), "zones kept as text");
            assertEquals(List.of("fe80::1"), texts(res.lookupIP("ip", "gw6")), "and dropped from IPs");
            AddrException e = assertThrows(AddrException.class, () -> res.lookupIP("ip6", "myhost"));
            assertEquals("address myhost: no suitable address found", e.getMessage());
        }
    }

    @Test
    void reverseFromTheHostsFile() throws IOException {
        for (Resolver res : List.of(r, go)) {
            assertEquals(List.of("localhost"), res.lookupAddr("127.0.0.1"), "Go adds no dot to single labels");
            assertEquals(List.of("localhost"), res.lookupAddr("::ffff:127.0.0.1"));
            assertEquals(List.of("localhost", "ip6-localhost", "ip6-loopback"), res.lookupAddr("::1"));
            assertEquals(List.of("localhost", "ip6-localhost", "ip6-loopback"), res.lookupAddr("0:0::1"));
            assertEquals(List.of("myhost.example.", "myhost"), res.lookupAddr("127.0.1.1"));
            assertEquals(List.of("gw6"), res.lookupAddr("fe80::1%lo"), "the hosts file accepts zones");
            assertEquals("lookup fe80::2%lo: unrecognized address",
                    assertThrows(DNSException.class, () -> res.lookupAddr("fe80::2%lo")).getMessage());
        }
    }

    @Test
    void canonicalNamesOfHostsEntries() throws IOException {
        assertEquals("localhost.", r.lookupCNAME("localhost"), "like Go's cgo resolver");
        assertEquals("myhost.", r.lookupCNAME("MYHOST"));
        assertEquals("Dual.Example.", r.lookupCNAME("dual.example"), "the first spelling in the file");
        assertEquals("lookup localhost: DNS response contained records which contain invalid names",
                assertThrows(DNSException.class, () -> go.lookupCNAME("localhost")).getMessage(),
                "go1.19's pure resolver");
    }

    @Test
    void portsFromTheServicesFileOverGosTable() throws IOException {
        assertEquals(8080, r.lookupPort("tcp", "http"), "the file overrides the built-in 80");
        assertEquals(8080, r.lookupPort("tcp6", "WWW"));
        assertEquals(12345, r.lookupPort("udp", "custom"));
        assertEquals("address udp/custom-alias: unknown port",
                assertThrows(AddrException.class, () -> r.lookupPort("udp", "custom-alias")).getMessage(),
                "Go stores aliases as written and looks up in lower case");
        assertEquals(443, r.lookupPort("tcp", "https"), "the built-in table still applies");
        assertEquals(53, r.lookupPort("udp", "domain"));
        assertEquals("address tcp/broken: unknown port",
                assertThrows(AddrException.class, () -> r.lookupPort("tcp", "broken")).getMessage());
        assertEquals("address tcp/nosuchservice: unknown port",
                assertThrows(AddrException.class, () -> r.lookupPort("tcp", "nosuchservice")).getMessage());
        SystemResolver noFile = new SystemResolver().withServicesFile(dir.resolve("missing"));
        assertEquals(80, noFile.lookupPort("tcp", "http"), "no file: Go's built-in table");
        assertEquals(70, noFile.lookupPort("tcp", "gopher"));
    }

    @Test
    void literalsNeedNoFiles() throws IOException {
        SystemResolver bare = new SystemResolver().withHostsFile(dir.resolve("missing"));
        assertEquals(List.of("fe80::1%lo"), bare.lookupHost("fe80::1%lo"));
        assertEquals(List.of("fe80::1"), texts(bare.lookupIP("ip", "fe80::1%lo")));
        assertEquals(List.of("::", "0.0.0.0"), texts(bare.lookupIP("ip", "::")));
        assertEquals(List.of("192.0.2.1"), texts(bare.lookupIP("ip4:icmp", "192.0.2.1")));
        assertInstanceOf(SentinelException.class, assertThrows(IOException.class, () -> bare.lookupIP("tcp", "::1")));
    }

    @Test
    void namesMissingFromTheFileGoToTheSystem() throws IOException {
        SystemResolver empty = new SystemResolver().withHostsFile(Files.writeString(dir.resolve("empty"), ""));
        // The system's own hosts file knows localhost; nsswitch "files" answers before any DNS.
        List<IP> ips = empty.lookupIP("ip", "localhost");
        assertFalse(ips.isEmpty());
        for (IP ip : ips) {
            assertTrue(ip.isLoopback(), "localhost from the system: " + ips);
        }
    }

    @Test
    void theDefaultPlatformResolverReadsEtcHosts() throws IOException {
        List<String> addrs = Net.lookupHost("localhost");
        assertFalse(addrs.isEmpty());
        for (String a : addrs) {
            assertTrue(Net.parseIP(a).isLoopback(), "Net.lookupHost(localhost) = " + addrs);
        }
        assertEquals(List.of("127.0.0.1"), Net.lookupHost("127.0.0.1"));
        assertEquals(80, Net.lookupPort("tcp", "http"));
        assertEquals("lookup : no such host", assertThrows(DNSException.class, () -> Net.lookupIP("")).getMessage());
    }

    /** Everything a caller might pass: only gonet's documented exceptions come back. */
    @Test
    void malformedInputGivesGoErrorsOnly() {
        // None is a valid domain name, so none may reach a name server (nor may "." or "_x._tcp").
        List<String> nasty = List.of("", " ", "\u0000", "a\u0000b", "a\nb", "\r\n", "bad name!", "..", "-", "a..b",
                "x".repeat(254), "x".repeat(100_000), ("a".repeat(63) + ".").repeat(10), "münchen.de", "\ud800",
                "127.1", "0x7f.0.0.1", "1.2.3.4%eth0", "[::1]", "[::1]:80", "localhost:80", "%", "%lo", "::1%",
                "\u202e", "💩.example", "*.example", "a/b", "a b.example", "1.2.3");
        for (SystemResolver res : List.of(r, go)) {
            for (String s : nasty) {
                String what = "input " + DnsNamesTestText.show(s);
                expectGoError(() -> res.lookupHost(s), what + " lookupHost");
                expectGoError(() -> res.lookupIP("ip", s), what + " lookupIP");
                expectGoError(() -> res.lookupAddr(s), what + " lookupAddr");
                expectGoError(() -> res.lookupPort("tcp", s), what + " lookupPort");
                expectGoError(() -> res.lookupPort(s, "http"), what + " lookupPort network");
                expectGoError(() -> res.lookupIP(s, "127.0.0.1"), what + " lookupIP network");
                expectGoError(() -> res.lookupCNAME(s), what + " lookupCNAME");
            }
        }
        DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("bad name!"));
        assertEquals("lookup bad name!: no such host", e.getMessage());
        assertTrue(e.isNotFound());
        assertFalse(e.isTimeout());
    }

    interface Call {
        Object run() throws IOException;
    }

    /** Either an answer, or a DNSException, AddrException or SentinelException: never anything else. */
    static void expectGoError(Call c, String what) {
        try {
            c.run();
        } catch (DNSException | AddrException | SentinelException e) {
            assertFalse(e.getMessage().isEmpty(), what);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(what + ": unexpected " + e, e);
        }
    }

    /** Escapes for failure texts. */
    static final class DnsNamesTestText {
        static String show(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : (s.length() > 40 ? s.substring(0, 40) : s).toCharArray()) {
                b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
            return b.append(s.length() > 40 ? "...(" + s.length() + ")\"" : "\"").toString();
        }
    }
}
