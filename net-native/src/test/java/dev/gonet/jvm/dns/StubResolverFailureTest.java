package dev.gonet.jvm.dns;

import static dev.gonet.jvm.dns.ScriptedDnsServer.qtype;
import static dev.gonet.jvm.dns.ScriptedDnsServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stub resolver against servers that misbehave, over real loopback sockets: silence,
 * closed ports, SERVFAIL, lame referrals, forged and garbled replies. Texts and flags are
 * go1.19's (checked with a scripted server and Go's Resolver.Dial).
 */
class StubResolverFailureTest {
    static final byte[] A = {(byte) 192, 0, 2, 1};
    static final byte[] AAAA = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static final int RD_RA = 0x0180;

    @TempDir
    Path dir;

    SystemResolver resolver(String resolvConf, Duration timeout, boolean strict, String... servers) throws IOException {
        Path rc = dir.resolve("resolv.conf");
        Files.writeString(rc, resolvConf);
        return new SystemResolver().withPreferGo(true).withStrictErrors(strict).withResolvConf(rc)
                .withHostsFile(dir.resolve("no-hosts")).withNameservers(servers).withTimeout(timeout);
    }

    static String closedPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return "127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void silenceIsATimeout() throws Exception {
        try (ScriptedDnsServer silent = new ScriptedDnsServer(q -> List.of())) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofMillis(250), false, silent.server());
            long t0 = System.nanoTime();
            DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("slow.example"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String m = e.getMessage();
            String prefix = "lookup slow.example on " + silent.server() + ": read udp 127.0.0.1:";
            assertTrue(m.startsWith(prefix) && m.endsWith("->" + silent.server() + ": i/o timeout"), m);
            assertTrue(e.isTimeout(), "isTimeout");
            assertTrue(e.isTemporary(), "isTemporary: a socket error, as in Go");
            assertFalse(e.isNotFound(), "isNotFound");
            assertTrue(ms >= 240 && ms < 2000, "A and AAAA wait in parallel: " + ms + " ms");
            assertEquals(2, silent.queries.get(), "one A and one AAAA query");
        }
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        String closed = closedPort();
        SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, closed);
        DNSException e = assertThrows(DNSException.class, () -> r.lookupIP("ip4", "x.example"));
        assertTrue(e.getMessage().matches("lookup x\\.example on " + closed.replace(".", "\\.")
                + ": read udp 127\\.0\\.0\\.1:\\d+->" + closed.replace(".", "\\.") + ": read: connection refused"), e.getMessage());
        assertTrue(e.isTemporary());
        assertFalse(e.isTimeout());
    }

    @Test
    void theNextServerIsTriedAfterAFailure() throws Exception {
        try (ScriptedDnsServer good = new ScriptedDnsServer(q -> List.of(reply(q, RD_RA, 0, A)))) {
            SystemResolver r = resolver("", Duration.ofSeconds(2), false, closedPort(), good.server());
            assertEquals(List.of("192.0.2.1"), r.lookupHost("x.example"));
        }
    }

    @Test
    void servfailIsTemporaryMisbehaviour() throws Exception {
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> List.of(reply(q, RD_RA, 2)))) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("x.example"));
            assertEquals("lookup x.example on " + s.server() + ": server misbehaving", e.getMessage());
            assertTrue(e.isTemporary(), "SERVFAIL is temporary");
            assertFalse(e.isNotFound());
        }
    }

    @Test
    void anEmptyAnswerWithoutRecursionIsALameReferral() throws Exception {
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> List.of(reply(q, 0, 0)))) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("x.example"));
            assertEquals("lookup x.example on " + s.server() + ": lame referral", e.getMessage());
            assertFalse(e.isTemporary());
        }
    }

    @Test
    void forgedAndGarbledRepliesAreIgnored() throws Exception {
        Random rnd = new Random(13281);
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> {
            byte[] wrongId = reply(q, RD_RA, 0, A);
            wrongId[1] ^= 1;
            byte[] notAReply = reply(q, RD_RA, 0, A);
            notAReply[2] &= 0x7f;
            byte[] garbage = new byte[40];
            rnd.nextBytes(garbage);
            byte[] otherQuestion = reply(q, RD_RA, 0, A);
            otherQuestion[14] ^= 0x01; // a letter of the name
            byte[] good = qtype(q) == 1 ? reply(q, RD_RA, 0, A) : reply(q, RD_RA, 0, AAAA);
            return List.of(wrongId, notAReply, garbage, new byte[3], otherQuestion, good);
        })) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            assertEquals(Set.of("192.0.2.1", "2001:db8::1"), new HashSet<>(r.lookupHost("ab.example")),
                    "both families, each from the one good reply after five bad ones");
            assertEquals(2, s.queries.get(), "no retry was needed");
        }
    }

    @Test
    void strictErrorsDropPartialAnswers() throws Exception {
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> List.of(qtype(q) == 1 ? reply(q, RD_RA, 0, A) : reply(q, RD_RA, 2)))) {
            SystemResolver lax = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            assertEquals(List.of("192.0.2.1"), lax.lookupHost("half.example"), "Go keeps the A answer by default");
            SystemResolver strict = resolver("options attempts:1\n", Duration.ofSeconds(2), true, s.server());
            DNSException e = assertThrows(DNSException.class, () -> strict.lookupHost("half.example"));
            assertEquals("lookup half.example on " + s.server() + ": server misbehaving", e.getMessage());
            assertTrue(e.isTemporary());
        }
    }

    @Test
    void twoQuestionsAreAnInvalidResponse() throws Exception {
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> {
            byte[] r = reply(q, RD_RA, 0);
            byte[] two = new byte[r.length + (r.length - 12)];
            System.arraycopy(r, 0, two, 0, r.length);
            System.arraycopy(r, 12, two, r.length, r.length - 12);
            two[5] = 2;
            return List.of(two);
        })) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            assertEquals("lookup two.example on " + s.server() + ": invalid DNS response",
                    assertThrows(DNSException.class, () -> r.lookupHost("two.example")).getMessage());
        }
    }

    @Test
    void truncatedWithNoTcpServerFailsToDial() throws Exception {
        try (ScriptedDnsServer s = new ScriptedDnsServer(q -> List.of(reply(q, RD_RA | 0x0200, 0)))) {
            SystemResolver r = resolver("options attempts:1\n", Duration.ofSeconds(2), false, s.server());
            DNSException e = assertThrows(DNSException.class, () -> r.lookupIP("ip4", "big.example"));
            assertEquals("lookup big.example on " + s.server() + ": dial tcp " + s.server() + ": connect: connection refused",
                    e.getMessage());
            assertTrue(e.isTemporary());
        }
    }
}
