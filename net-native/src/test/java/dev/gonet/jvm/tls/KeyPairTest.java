package dev.gonet.jvm.tls;

import static dev.gonet.jvm.tls.TLSPairs.clientConfig;
import static dev.gonet.jvm.tls.TLSPairs.pki;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Net;
import dev.gonet.Pipe;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.PEM;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Certificates and keys as PEM, as Go's {@code tls.X509KeyPair} takes them: the key forms
 * OpenSSL writes, chains, and malformed input with Go's error texts. Malformed structure fails
 * in the {@link TLSConfig} wither ({@link IllegalArgumentException}); what needs cryptography
 * fails when a connection or listener is made ({@link TLSException}).
 */
class KeyPairTest {

    /** A certificate and key in PEM, and how many certificates the client receives. */

    private record KeyPairCase(String name, String cert, String key, int certificates) {
    }

    @TestFactory
    Stream<DynamicTest> keyFormsHandshake() {
        TestPKI p = pki();
        KeyPairCase[] rows = {
            new KeyPairCase("RSA PKCS#8 (PRIVATE KEY)", p.server.certPem(), p.server.keyPem(), 1),
            new KeyPairCase("RSA PKCS#1 (RSA PRIVATE KEY)", p.server.certPem(), p.server.traditionalKeyPem(), 1),
            new KeyPairCase("EC PKCS#8 (PRIVATE KEY)", p.serverEc.certPem(), p.serverEc.keyPem(), 1),
            new KeyPairCase("EC SEC1 (EC PRIVATE KEY)", p.serverEc.certPem(), p.serverEc.traditionalKeyPem(), 1),
            new KeyPairCase("Ed25519 PKCS#8", p.serverEd.certPem(), p.serverEd.keyPem(), 1),
            new KeyPairCase("chain through an intermediate, PKCS#8", p.chained.certPem(), p.chained.keyPem(), 2),
            new KeyPairCase("chain through an intermediate, SEC1", p.chained.certPem(), p.chained.traditionalKeyPem(),
                2),
            new KeyPairCase("CRLF line ends and text around the blocks", crlf("leaf:\n" + p.server.certPem() + "trailer\n"),
                crlf("Bag Attributes\n" + p.server.traditionalKeyPem()), 1),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            TLSConfig server = new TLSConfig().withCertificate(r.cert(), r.key());
            ConnectionState s = HandshakeTest.states(clientConfig(), server)[0];
            assertEquals(r.certificates(), s.peerCertificates().size(), "certificates sent");
            assertEquals("CN=a.example", s.peerCertificates().get(0).subject());
            if (r.certificates() == 2) {
                assertEquals("CN=gonet intermediate CA", s.peerCertificates().get(1).subject());
            }
        }));
    }

    @Test
    void clientKeyInSec1Form() throws Exception {
        TLSConfig client = clientConfig().withCertificate(pki().client.certPem(), pki().client.traditionalKeyPem());
        TLSConfig server = TLSPairs.serverConfig().withClientAuth(dev.gonet.tls.ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT)
                .withClientCAsPem(pki().caPem);
        assertEquals("CN=client.example", HandshakeTest.states(client, server)[1].peerCertificates().get(0).subject());
    }

    private static String crlf(String s) {
        return s.replace("\n", "\r\n");
    }

    /** Where a malformed input is caught. */
    enum Stage { CONFIG, CONTEXT }

    /** A certificate and key in PEM that fail at stage, with Go's text. */

    private record BadKeyPairCase(String name, String cert, String key, Stage stage, String err) {
    }

    @TestFactory
    Stream<DynamicTest> malformed() throws Exception {
        TestPKI p = pki();
        String cert = p.server.certPem();
        String key = p.server.keyPem();
        byte[] certDer = PEM.decode(cert).get(0).bytes();
        byte[] keyDer = PEM.decode(key).get(0).bytes();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String otherRsaKey = PEM.encode("PRIVATE KEY", rsa.generateKeyPair().getPrivate().getEncoded());
        BadKeyPairCase[] rows = {
            new BadKeyPairCase("garbage certificate", "hello, world", key, Stage.CONFIG,
                "tls: failed to find any PEM data in certificate input"),
            new BadKeyPairCase("garbage key", cert, "hello, world", Stage.CONFIG,
                "tls: failed to find any PEM data in key input"),
            new BadKeyPairCase("empty key", cert, "", Stage.CONFIG, "tls: failed to find any PEM data in key input"),
            new BadKeyPairCase("base64 cut mid-line", cutBase64(cert), key, Stage.CONFIG,
                "tls: failed to find any PEM data in certificate input"),
            new BadKeyPairCase("file cut before its END line", cert.substring(0, cert.length() / 2), key, Stage.CONFIG,
                "tls: failed to find any PEM data in certificate input"),
            new BadKeyPairCase("key cut before its END line", cert, key.substring(0, key.length() / 2), Stage.CONFIG,
                "tls: failed to find any PEM data in key input"),
            new BadKeyPairCase("inputs swapped", key, cert, Stage.CONFIG, "tls: failed to find certificate PEM data in certificate input, "
                + "but did find a private key; PEM inputs may have been switched"),
            new BadKeyPairCase("certificate given as key", cert, cert, Stage.CONFIG,
                "tls: found a certificate rather than a key in the PEM for the private key"),
            new BadKeyPairCase("wrong key block type", cert, PEM.encode("PUBLIC KEY", keyDer), Stage.CONFIG,
                "tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM "
                    + "blocks of the following types: [PUBLIC KEY]"),
            new BadKeyPairCase("wrong certificate block type", PEM.encode("X509 CRL", certDer), key, Stage.CONFIG,
                "tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the "
                    + "following types: [X509 CRL]"),
            new BadKeyPairCase("certificate DER truncated", PEM.encode("CERTIFICATE", Arrays.copyOf(certDer, certDer.length / 2)), key,
                Stage.CONTEXT, "x509: malformed certificate"),
            new BadKeyPairCase("key DER truncated", cert, PEM.encode("PRIVATE KEY", Arrays.copyOf(keyDer, keyDer.length / 2)),
                Stage.CONTEXT, "tls: failed to parse private key"),
            new BadKeyPairCase("password-protected key", cert, p.encryptedKeyPem, Stage.CONTEXT,
                "tls: failed to parse private key"),
            new BadKeyPairCase("EC key for an RSA certificate", cert, p.serverEc.keyPem(), Stage.CONTEXT,
                "tls: private key type does not match public key type"),
            new BadKeyPairCase("another RSA key", cert, otherRsaKey, Stage.CONTEXT,
                "tls: private key does not match public key"),
            new BadKeyPairCase("another EC key", p.serverEc.certPem(), p.client.traditionalKeyPem(), Stage.CONTEXT,
                "tls: private key does not match public key"),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            String want = r.err();
            if (r.stage() == Stage.CONFIG) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> new TLSConfig().withCertificate(r.cert(), r.key()));
                assertEquals(want, e.getMessage());
                return;
            }
            TLSConfig cfg = new TLSConfig().withCertificate(r.cert(), r.key());
            Pipe.Ends ends = Net.pipe();
            assertEquals(want, assertThrows(TLSException.class, () -> TLS.server(ends.c2(), cfg)).getMessage(),
                    "TLS.server");
            assertEquals(want, assertThrows(TLSException.class, () -> TLS.listen("mem", "", cfg)).getMessage(),
                    "TLS.listen");
            // As a client certificate the same key pair fails the same way.
            assertEquals(want, assertThrows(TLSException.class,
                    () -> TLS.client(ends.c1(), clientConfig().withCertificate(r.cert(), r.key())))
                    .getMessage(), "TLS.client with a client certificate");
        }));
    }

    /** Drops one character from the middle of the base64 body: no longer a multiple of 4. */
    private static String cutBase64(String pem) {
        int line = pem.indexOf('\n') + 10;
        return pem.substring(0, line) + pem.substring(line + 1);
    }

    @Test
    void caBundles() throws Exception {
        IllegalArgumentException noBlock = assertThrows(IllegalArgumentException.class,
                () -> new TLSConfig().withRootCAsPem("not a certificate"));
        assertEquals("tls: no certificates found in root CA PEM", noBlock.getMessage());
        IllegalArgumentException noClientBlock = assertThrows(IllegalArgumentException.class,
                () -> new TLSConfig().withClientCAsPem(pki().server.keyPem()));
        assertEquals("tls: no certificates found in client CA PEM", noClientBlock.getMessage());

        String broken = PEM.encode("CERTIFICATE", new byte[] {0x30, 0x03, 1, 2, 3});
        Pipe.Ends ends = Net.pipe();
        TLSException e = assertThrows(TLSException.class,
                () -> TLS.client(ends.c1(), clientConfig().withRootCAsPem(broken)));
        assertEquals("tls: no valid certificates in root CA PEM", e.getMessage());

        // Like Go's AppendCertsFromPEM, a bad block among good ones is skipped.
        HandshakeTest.states(clientConfig().withRootCAsPem(broken + pki().otherCaPem + pki().caPem),
                TLSPairs.serverConfig());
        try {
            HandshakeTest.states(clientConfig().withRootCAsPem(pki().otherCaPem), TLSPairs.serverConfig());
            fail("a bundle without the issuing CA must not verify");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("signed by unknown authority"), expected.getMessage());
        }
    }
}
