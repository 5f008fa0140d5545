package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.MX;
import dev.gonet.dns.DoHResolver;
import dev.gonet.http.Transport;
import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.tls.TestPKI;
import dev.gonet.tls.TLSConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DoHResolver} against a DoH server that is not ours: Debian's dnsdist, listening for DoH
 * on 127.0.0.1 with a certificate from the test CA (made by openssl), answering from spoof
 * rules (addresses, a lone CNAME, NXDOMAIN, MX and TXT data) and, for {@code chain.test}, from a
 * dnsmasq backend on 127.0.0.1 that holds a two-step CNAME chain. No console, no upstream
 * beyond that: nothing leaves the machine.
 */
class DnsdistInteropTest {
    static final String BINARY = "/usr/bin/dnsdist";

    static Process dnsdist;
    static Dnsmasq backend;
    static Path dir;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Peers.ensureApt("dnsdist", "openssl");
        backend = Dnsmasq.start("local=/chain.test/\nhost-record=target.chain.test,192.0.2.10,2001:db8::10\n"
                + "cname=alias.chain.test,target.chain.test\ncname=www.chain.test,alias.chain.test\n");
        dir = Files.createTempDirectory("gonet-dnsdist");
        TestPKI pki = TestPKI.get();
        Files.writeString(dir.resolve("cert.pem"), pki.server.certPem());
        Files.writeString(dir.resolve("key.pem"), pki.server.keyPem());
        String last = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            int dnsPort = Peers.freePort("127.0.0.1");
            int dohPort = Peers.freePort("127.0.0.1");
            Files.writeString(dir.resolve("dnsdist.conf"), config(dnsPort, dohPort));
            Process p = new ProcessBuilder(BINARY, "--supervised", "--disable-syslog", "-C",
                    dir.resolve("dnsdist.conf").toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out").toFile()).start();
            if (awaitListening(p, dohPort)) {
                dnsdist = p;
                url = "https://127.0.0.1:" + dohPort + "/dns-query";
                return;
            }
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            last = Files.readString(dir.resolve("out"));
        }
        throw new AssertionError("dnsdist did not start:\n" + last);
    }

    /** Only 127.0.0.1: a plain DNS listener (dnsdist wants one) and the DoH one. */
    static String config(int dnsPort, int dohPort) {
        return "setSecurityPollSuffix(\"\")\n"
                + "setLocal(\"127.0.0.1:" + dnsPort + "\")\n"
                + "addDOHLocal(\"127.0.0.1:" + dohPort + "\", \"" + dir.resolve("cert.pem") + "\", \""
                + dir.resolve("key.pem") + "\", \"/dns-query\")\n"
                + "newServer({address=\"" + backend.server() + "\", name=\"dnsmasq\"}):setUp()\n"
                + "addAction(QNameRule(\"echo.dnsdist.test.\"), SpoofAction({\"127.0.0.1\", \"::1\"}))\n"
                + "addAction(QNameRule(\"www.dnsdist.test.\"), SpoofCNAMEAction(\"echo.dnsdist.test.\"))\n"
                + "addAction(QNameRule(\"nx.dnsdist.test.\"), RCodeAction(DNSRCode.NXDOMAIN))\n"
                + "addAction(AndRule({QNameRule(\"dnsdist.test.\"), QTypeRule(DNSQType.MX)}), "
                + "SpoofRawAction(\"\\000\\010\\004mail\\007dnsdist\\004test\\000\"))\n"
                + "addAction(AndRule({QNameRule(\"dnsdist.test.\"), QTypeRule(DNSQType.TXT)}), "
                + "SpoofRawAction(\"\\011v=spf1 -all\"))\n"
                + "local toBackend = newSuffixMatchNode()\n"
                + "toBackend:add(\"chain.test.\")\n"
                + "addAction(NotRule(SuffixMatchNodeRule(toBackend)), RCodeAction(DNSRCode.REFUSED))\n";
    }

    static boolean awaitListening(Process p, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    @AfterAll
    static void stop() throws Exception {
        if (dnsdist != null) {
            dnsdist.destroy();
            if (!dnsdist.waitFor(5, TimeUnit.SECONDS)) {
                dnsdist.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (backend != null) {
            backend.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static DoHResolver resolver() {
        return new DoHResolver(List.of(url))
                .withTransport(new Transport().withTLSConfig(new TLSConfig().withRootCAsPem(TestPKI.get().caPem)));
    }

    @Test
    void spoofedAddresses() throws IOException {
        for (DoHResolver.Method m : DoHResolver.Method.values()) {
            assertEquals(List.of("127.0.0.1", "::1"), resolver().withMethod(m).lookupHost("echo.dnsdist.test"), m.toString());
        }
    }

    @Test
    void aCnameChainFromTheBackend() throws IOException {
        DoHResolver r = resolver();
        assertEquals(List.of("192.0.2.10", "2001:db8::10"), r.lookupHost("www.chain.test"), "www -> alias -> target");
        assertEquals("target.chain.test.", r.lookupCNAME("WWW.chain.test"));
    }

    @Test
    void aLoneCnameEndsWithoutAddresses() {
        // dnsdist's SpoofCNAMEAction answers the alias only; like Go's resolver, ours does not ask again.
        DNSException e = assertThrows(DNSException.class, () -> resolver().lookupHost("www.dnsdist.test"));
        assertEquals("lookup www.dnsdist.test on " + url + ": no such host", e.getMessage());
        assertTrue(e.isNotFound());
    }

    @Test
    void nxdomainAndRefused() {
        DNSException nx = assertThrows(DNSException.class, () -> resolver().lookupHost("nx.dnsdist.test"));
        assertEquals("lookup nx.dnsdist.test on " + url + ": no such host", nx.getMessage());
        assertTrue(nx.isNotFound());
        assertFalse(nx.isTemporary());
        DNSException refused = assertThrows(DNSException.class, () -> resolver().lookupIP("ip4", "elsewhere.test"));
        assertEquals("lookup elsewhere.test on " + url + ": server misbehaving", refused.getMessage());
        assertFalse(refused.isNotFound());
    }

    @Test
    void rawRecords() throws IOException {
        assertEquals(List.of(new MX("mail.dnsdist.test.", 10)), resolver().lookupMX("dnsdist.test"));
        assertEquals(List.of("v=spf1 -all"), resolver().lookupTXT("dnsdist.test"));
    }
}
