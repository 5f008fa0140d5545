package dev.gonet.jvm.tls;

import static dev.gonet.jvm.tls.TLSPairs.clientConfig;
import static dev.gonet.jvm.tls.TLSPairs.pki;
import static dev.gonet.jvm.tls.TLSPairs.serverConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.tls.ClientAuthType;
import dev.gonet.tls.PeerCertificate;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go's five client authentication policies against a client with no certificate, a trusted
 * one, and one from an impostor CA bearing the trusted CA's name (so the client offers it, and
 * only verification can tell), under TLS 1.3 and TLS 1.2.
 */
class ClientAuthTest {
    private static final String NONE = "none";
    private static final String TRUSTED = "trusted";
    private static final String IMPOSTOR = "impostor";
    private static final String NO_CERT = "!tls: client didn't provide a certificate";
    private static final String UNVERIFIED = "!tls: failed to verify certificate: x509: certificate signed by unknown authority";
    private static final String SEEN = "CN=client.example";

    private record ClientAuthCase(ClientAuthType auth, String cert, String err) {
    }

    /** {policy, client certificate, what the server sees: "" none, a subject, or "!its error"}. */
    private static final ClientAuthCase[] ROWS = {
        new ClientAuthCase(ClientAuthType.NO_CLIENT_CERT, NONE, ""),
        new ClientAuthCase(ClientAuthType.NO_CLIENT_CERT, TRUSTED, ""),
        new ClientAuthCase(ClientAuthType.REQUEST_CLIENT_CERT, NONE, ""),
        new ClientAuthCase(ClientAuthType.REQUEST_CLIENT_CERT, TRUSTED, SEEN),
        new ClientAuthCase(ClientAuthType.REQUEST_CLIENT_CERT, IMPOSTOR, SEEN),
        new ClientAuthCase(ClientAuthType.REQUIRE_ANY_CLIENT_CERT, NONE, NO_CERT),
        new ClientAuthCase(ClientAuthType.REQUIRE_ANY_CLIENT_CERT, IMPOSTOR, SEEN),
        new ClientAuthCase(ClientAuthType.VERIFY_CLIENT_CERT_IF_GIVEN, NONE, ""),
        new ClientAuthCase(ClientAuthType.VERIFY_CLIENT_CERT_IF_GIVEN, TRUSTED, SEEN),
        new ClientAuthCase(ClientAuthType.VERIFY_CLIENT_CERT_IF_GIVEN, IMPOSTOR, UNVERIFIED),
        new ClientAuthCase(ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT, NONE, NO_CERT),
        new ClientAuthCase(ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT, TRUSTED, SEEN),
        new ClientAuthCase(ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT, IMPOSTOR, UNVERIFIED),
    };

    @TestFactory
    Stream<DynamicTest> policies() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int version : new int[] {TLS.VERSION_TLS13, TLS.VERSION_TLS12}) {
            for (ClientAuthCase row : ROWS) {
                tests.add(DynamicTest.dynamicTest(TLS.versionName(version) + " " + row.auth() + " with " + row.cert() + " cert",
                        () -> check(version, row.auth(), row.cert(), row.err())));
            }
        }
        return tests.stream();
    }

    private static void check(int version, ClientAuthType policy, String cert, String want) throws Exception {
        TLSConfig server = serverConfig().withClientAuth(policy).withClientCAsPem(pki().caPem);
        TLSConfig client = clientConfig().withMaxVersion(version);
        if (cert.equals(TRUSTED)) {
            client = client.withCertificate(pki().client.certPem(), pki().client.keyPem());
        } else if (cert.equals(IMPOSTOR)) {
            client = client.withCertificate(pki().impostorClient.certPem(), pki().impostorClient.keyPem());
        }
        TLSPairs.Ends e = TLSPairs.mem(client, server);
        try {
            TLSPairs.Outcome o = TLSPairs.handshake(e);
            if (!want.startsWith("!")) {
                assertNull(o.server(), "server handshake");
                assertNull(o.client(), "client handshake");
                List<PeerCertificate> peers = e.server().connectionState().peerCertificates();
                assertEquals(want, peers.isEmpty() ? "" : peers.get(0).subject(), "client certificate the server sees");
                return;
            }
            HandshakeTest.assertMessage(want.substring(1), o.server(), "server");
            // TLS 1.3 clients finish before the server has judged their certificate (as in Go): the
            // server's alert then fails the client's first read instead of its handshake.
            Throwable clientErr = o.client() != null ? o.client()
                    : assertThrows(TLSException.class, () -> e.client().read(new byte[1]));
            assertTrue(clientErr.getMessage().startsWith("remote error: tls: "), "client error: " + clientErr);
        } finally {
            e.stop();
        }
    }
}
