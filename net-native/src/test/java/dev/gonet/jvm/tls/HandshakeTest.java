package dev.gonet.jvm.tls;

import static dev.gonet.jvm.tls.TLSPairs.clientConfig;
import static dev.gonet.jvm.tls.TLSPairs.pki;
import static dev.gonet.jvm.tls.TLSPairs.serverConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Net;
import dev.gonet.Pipe;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.PEM;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Verification, names, versions and ALPN: what each side of a handshake sees, in Go's words. */
class HandshakeTest {

    /** Handshakes both sides and returns the outcome; always releases the pair. */
    static TLSPairs.Outcome run(TLSConfig client, TLSConfig server) throws Exception {
        TLSPairs.Ends e = TLSPairs.mem(client, server);
        try {
            return TLSPairs.handshake(e);
        } finally {
            e.stop();
        }
    }

    /** Handshakes, checks both succeeded, and returns {client state, server state}. */
    static ConnectionState[] states(TLSConfig client, TLSConfig server) throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(client, server));
        try {
            return new ConnectionState[] {e.client().connectionState(), e.server().connectionState()};
        } finally {
            e.stop();
        }
    }

    static void assertMessage(String want, Throwable got, String side) {
        assertTrue(got instanceof TLSException, side + ": got " + got + ", want TLSException \"" + want + "\"");
        assertEquals(want, got.getMessage(), side + " error text");
    }

    @Test
    void succeedsAndReportsTheState() throws Exception {
        ConnectionState[] s = states(clientConfig(), serverConfig());
        assertTrue(s[0].handshakeComplete() && s[1].handshakeComplete(), "handshakeComplete");
        assertEquals(TLS.VERSION_TLS13, s[0].version(), "default version");
        assertEquals(s[0].cipherSuite(), s[1].cipherSuite(), "both agree on the suite");
        assertTrue(s[0].cipherSuite().startsWith("TLS_AES_") || s[0].cipherSuite().startsWith("TLS_CHACHA20"),
                s[0].cipherSuite());
        assertEquals("CN=a.example", s[0].peerCertificates().get(0).subject(), "client sees the server leaf");
        assertEquals("CN=gonet test CA", s[0].peerCertificates().get(0).issuer());
        assertEquals(List.of("a.example", "localhost", "*.w.example"), s[0].peerCertificates().get(0).dnsNames());
        assertTrue(s[1].peerCertificates().isEmpty(), "no client certificate was asked for");
        assertTrue(!s[0].didResume() && !s[1].didResume(), "didResume");
        assertEquals("", s[0].negotiatedProtocol(), "no ALPN configured");
    }

    @Test
    void sessionsAreNotResumed() throws Exception {
        // Go resumes only with a ClientSessionCache, which gonet does not offer; JSSE would resume
        // a TLS 1.2 session under the same session ID if its client cache handed one out.
        byte[][] ids = new byte[2][];
        for (int i = 0; i < 2; i++) {
            TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig().withMaxVersion(TLS.VERSION_TLS12),
                    serverConfig()));
            ids[i] = ((JsseTLSConn) e.client()).engine().getSession().getId();
            assertFalse(e.client().connectionState().didResume());
            e.stop();
        }
        assertTrue(ids[0].length > 0 && !java.util.Arrays.equals(ids[0], ids[1]), "second handshake resumed the first");
    }

    @Test
    void renegotiationIsRefusedAsInGo() throws Exception {
        for (boolean serverStarts : new boolean[] {true, false}) {
            TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig().withMaxVersion(TLS.VERSION_TLS12),
                    serverConfig()));
            try {
                dev.gonet.tls.TLSConn starter = serverStarts ? e.server() : e.client();
                dev.gonet.tls.TLSConn other = serverStarts ? e.client() : e.server();
                ((JsseTLSConn) starter).engine().beginHandshake(); // JSSE's own API; gonet has none
                starter.write(new byte[] {1}); // carries the HelloRequest or ClientHello
                TLSException read = assertThrows(TLSException.class, () -> other.read(new byte[10]));
                assertEquals("local error: tls: no renegotiation", read.getMessage());
                assertEquals(read.getMessage(), assertThrows(TLSException.class, () -> other.write(new byte[1]))
                        .getMessage(), "writes fail too, as in Go");
            } finally {
                e.stop();
            }
        }
    }

    @Test
    void systemRootsDoNotTrustTheTestCA() throws Exception {
        TLSPairs.Outcome o = run(new TLSConfig().withServerName("a.example"), serverConfig());
        assertMessage("tls: failed to verify certificate: x509: certificate signed by unknown authority", o.client(),
                "client");
        assertTrue(o.server() != null && o.server().getMessage().startsWith("remote error: tls: "),
                "server learns of the rejection by alert: " + o.server());
    }

    @Test
    void untrustedIssuerFails() throws Exception {
        TLSPairs.Outcome o = run(clientConfig(),
                new TLSConfig().withCertificate(pki().untrusted.certPem(), pki().untrusted.keyPem()));
        assertMessage("tls: failed to verify certificate: x509: certificate signed by unknown authority", o.client(),
                "client");
    }

    /** A server name, and the client error wanted, or null for a handshake that succeeds. */

    private record ServerNameCase(String serverName, String err) {
    }

    @TestFactory
    Stream<DynamicTest> hostnameVerification() {
        ServerNameCase[] rows = {
            new ServerNameCase("a.example", null),
            new ServerNameCase("A.EXAMPLE", null),
            new ServerNameCase("localhost", null),
            new ServerNameCase("127.0.0.1", null),
            new ServerNameCase("b.example",
                "tls: failed to verify certificate: x509: certificate is valid for a.example, localhost, *.w.example, not b.example"),
            new ServerNameCase("sub.a.example",
                "tls: failed to verify certificate: x509: certificate is valid for a.example, localhost, *.w.example, not sub.a.example"),
            new ServerNameCase("10.0.0.1",
                "tls: failed to verify certificate: x509: certificate is valid for 127.0.0.1, not 10.0.0.1"),
            new ServerNameCase("a.example.", null), // Go drops the trailing dot
            new ServerNameCase("x.w.example", null), // the wildcard stands for one label
            new ServerNameCase("X.W.EXAMPLE", null),
            new ServerNameCase("w.example",
                "tls: failed to verify certificate: x509: certificate is valid for a.example, localhost, *.w.example, not w.example"),
            new ServerNameCase("y.x.w.example",
                "tls: failed to verify certificate: x509: certificate is valid for a.example, localhost, *.w.example, not y.x.w.example"),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest("serverName " + r.serverName(), () -> {
            TLSPairs.Outcome o = run(clientConfig().withServerName(r.serverName()), serverConfig());
            if (r.err() == null) {
                assertNull(o.client(), "client handshake for " + r.serverName());
                assertNull(o.server(), "server handshake for " + r.serverName());
            } else {
                assertMessage(r.err(), o.client(), "client for " + r.serverName());
            }
        }));
    }

    @Test
    void nameIsCheckedBeforeTheChainAsInGo() throws Exception {
        TLSPairs.Outcome o = run(clientConfig().withServerName("b.example"),
                new TLSConfig().withCertificate(pki().untrusted.certPem(), pki().untrusted.keyPem()));
        assertMessage("tls: failed to verify certificate: x509: certificate is valid for a.example, not b.example",
                o.client(), "client");
    }

    @Test
    void expiredCertificateFails() throws Exception {
        TLSPairs.Outcome o = run(clientConfig(),
                new TLSConfig().withCertificate(pki().expired.certPem(), pki().expired.keyPem()));
        java.security.cert.X509Certificate leaf = KeyMaterial.parse(PEM.decode(pki().expired.certPem()).get(0).bytes());
        String msg = String.valueOf(o.client().getMessage());
        assertTrue(o.client() instanceof TLSException, String.valueOf(o.client()));
        assertTrue(msg.startsWith("tls: failed to verify certificate: x509: certificate has expired or is not yet valid: "
                + "current time 20") && msg.endsWith(" is after " + leaf.getNotAfter().toInstant()), msg);
    }

    @Test
    void commonNameAloneIsNotEnoughAsInGo() throws Exception {
        TLSPairs.Outcome o = run(clientConfig(),
                new TLSConfig().withCertificate(pki().legacyCn.certPem(), pki().legacyCn.keyPem()));
        assertMessage("tls: failed to verify certificate: x509: certificate relies on legacy Common Name field, "
                + "use SANs instead", o.client(), "client");
    }

    @Test
    void ipServerNameSendsNoSNI() throws Exception {
        ConnectionState[] s = states(clientConfig().withServerName("127.0.0.1"), serverConfig());
        assertEquals("", s[1].serverName(), "Go sends no SNI for an IP address");
        assertEquals("127.0.0.1", s[0].serverName());
    }

    @Test
    void insecureSkipVerifyAcceptsAnyCertificateForAnyName() throws Exception {
        TLSConfig insecure = new TLSConfig().withInsecureSkipVerify(true).withServerName("wrong.example");
        ConnectionState[] s = states(insecure,
                new TLSConfig().withCertificate(pki().untrusted.certPem(), pki().untrusted.keyPem()));
        assertEquals("CN=a.example", s[0].peerCertificates().get(0).subject());
        assertEquals("wrong.example", s[1].serverName(), "SNI is still sent");
        states(new TLSConfig().withInsecureSkipVerify(true), serverConfig()); // no name at all is fine then
    }

    @Test
    void clientNeedsServerNameOrInsecureSkipVerify() {
        Pipe.Ends p = Net.pipe();
        TLSException e = assertThrows(TLSException.class, () -> TLS.client(p.c1(), new TLSConfig()));
        assertEquals("tls: either ServerName or InsecureSkipVerify must be specified in the tls.Config", e.getMessage());
    }

    @Test
    void serverNeedsACertificate() {
        Pipe.Ends p = Net.pipe();
        TLSException e = assertThrows(TLSException.class, () -> TLS.server(p.c2(), new TLSConfig()));
        assertEquals("tls: no certificates configured", e.getMessage());
    }

    @Test
    void sniReachesTheServerAndPicksItsCertificate() throws Exception {
        TLSConfig twoNames = serverConfig().withCertificate(pki().serverB.certPem(), pki().serverB.keyPem());
        ConnectionState[] a = states(clientConfig(), twoNames);
        assertEquals("a.example", a[1].serverName(), "SNI seen by the server");
        assertEquals("CN=a.example", a[0].peerCertificates().get(0).subject(), "a.example gets its RSA certificate");
        ConnectionState[] b = states(clientConfig().withServerName("b.example"), twoNames);
        assertEquals("b.example", b[1].serverName());
        assertEquals("CN=b.example", b[0].peerCertificates().get(0).subject(), "b.example gets its EC certificate");
        ConnectionState[] other = states(clientConfig().withServerName("c.example").withInsecureSkipVerify(true), twoNames);
        assertEquals("CN=a.example", other[0].peerCertificates().get(0).subject(), "no match: the first certificate");
    }

    /** Protocols, comma-separated, and the one negotiated or "!client error|server error". */

    private record ALPNCase(String client, String server, String want) {
    }

    @TestFactory
    Stream<DynamicTest> alpn() {
        ALPNCase[] rows = {
            new ALPNCase("h2,http/1.1", "h2,http/1.1", "h2"),
            new ALPNCase("http/1.1,h2", "h2,http/1.1", "h2"), // the server's preference wins, as in Go
            new ALPNCase("http/1.1", "h2,http/1.1", "http/1.1"),
            new ALPNCase("h2", "", ""),
            new ALPNCase("", "h2", ""),
            new ALPNCase("http/1.1", "h2", ""), // Go lets http/1.1 clients reach h2-only servers without ALPN
            new ALPNCase("h3,spdy/3", "h2,http/1.1", "!remote error: tls: no application protocol"
                    + "|tls: client requested unsupported application protocols ([h3 spdy/3])"),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest("client [" + r.client() + "] server [" + r.server() + "]", () -> {
            TLSConfig client = clientConfig().withNextProtos(split(r.client()));
            TLSConfig server = serverConfig().withNextProtos(split(r.server()));
            if (!r.want().startsWith("!")) {
                ConnectionState[] s = states(client, server);
                assertEquals(r.want(), s[0].negotiatedProtocol(), "client's negotiatedProtocol");
                assertEquals(r.want(), s[1].negotiatedProtocol(), "server's negotiatedProtocol");
                return;
            }
            String[] want = r.want().substring(1).split("\\|");
            TLSPairs.Outcome o = run(client, server);
            assertMessage(want[0], o.client(), "client");
            assertMessage(want[1], o.server(), "server");
        }));
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    @Test
    void versions() throws Exception {
        ConnectionState[] tls12 = states(clientConfig().withMaxVersion(TLS.VERSION_TLS12), serverConfig());
        assertEquals(TLS.VERSION_TLS12, tls12[0].version());
        assertEquals(TLS.VERSION_TLS12, tls12[1].version());
        assertTrue(tls12[0].cipherSuite().startsWith("TLS_ECDHE_"), tls12[0].cipherSuite());
        assertEquals(TLS.VERSION_TLS13, states(clientConfig().withMinVersion(TLS.VERSION_TLS13), serverConfig())[0].version());

        TLSPairs.Outcome o = run(clientConfig().withMinVersion(TLS.VERSION_TLS13),
                serverConfig().withMaxVersion(TLS.VERSION_TLS12));
        assertMessage("remote error: tls: protocol version not supported", o.client(), "client min 1.3");
        assertMessage("tls: client offered only unsupported versions: [304]", o.server(), "server max 1.2");

        TLSPairs.Outcome o2 = run(clientConfig().withMaxVersion(TLS.VERSION_TLS12),
                serverConfig().withMinVersion(TLS.VERSION_TLS13));
        assertMessage("tls: client offered only unsupported versions: [303]", o2.server(), "server min 1.3");

        Pipe.Ends p = Net.pipe();
        TLSException e = assertThrows(TLSException.class, () -> TLS.client(p.c1(),
                clientConfig().withMinVersion(TLS.VERSION_TLS13).withMaxVersion(TLS.VERSION_TLS12)));
        assertEquals("tls: no supported versions satisfy MinVersion and MaxVersion", e.getMessage());
    }
}
