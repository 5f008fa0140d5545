package dev.gonet.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TLSConfigTest {
    // Structure only: these withers never parse the DER, so any base64 will do.
    static final String CERT = PEM.encode("CERTIFICATE", new byte[] {1, 2, 3});
    static final String KEY = PEM.encode("PRIVATE KEY", new byte[] {4, 5, 6});

    @Test
    void zeroConfigIsGosZeroConfig() {
        TLSConfig c = new TLSConfig();
        assertEquals("", c.serverName());
        assertNull(c.rootCAsPem(), "system roots");
        assertNull(c.clientCAsPem());
        assertTrue(c.certificates().isEmpty());
        assertEquals(ClientAuthType.NO_CLIENT_CERT, c.clientAuth());
        assertEquals(0, c.minVersion());
        assertEquals(0, c.maxVersion());
        assertTrue(c.nextProtos().isEmpty());
        assertFalse(c.insecureSkipVerify(), "verification is on unless asked");
    }

    @Test
    void withersCopy() {
        TLSConfig base = new TLSConfig();
        TLSConfig c = base.withServerName("a.example").withRootCAsPem(CERT).withCertificate(CERT, KEY)
                .withCertificate(CERT, KEY).withClientAuth(ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT)
                .withClientCAsPem(CERT).withMinVersion(TLS.VERSION_TLS12).withMaxVersion(TLS.VERSION_TLS13)
                .withNextProtos("h2", "http/1.1").withInsecureSkipVerify(true);
        assertEquals(new TLSConfig(), base, "the original is unchanged");
        assertEquals("a.example", c.serverName());
        assertEquals(2, c.certificates().size(), "withCertificate appends, as Go's Certificates slice");
        assertEquals(List.of("h2", "http/1.1"), c.nextProtos());
        assertEquals(TLS.VERSION_TLS12, c.minVersion());
        assertTrue(c.insecureSkipVerify());
        TLSConfig same = new TLSConfig().withServerName("a.example").withRootCAsPem(CERT).withCertificate(CERT, KEY)
                .withCertificate(CERT, KEY).withClientAuth(ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT)
                .withClientCAsPem(CERT).withMinVersion(TLS.VERSION_TLS12).withMaxVersion(TLS.VERSION_TLS13)
                .withNextProtos(List.of("h2", "http/1.1")).withInsecureSkipVerify(true);
        assertEquals(c, same);
        assertEquals(c.hashCode(), same.hashCode());
        assertNotEquals(c, same.withServerName("b.example"));
        assertNull(c.withRootCAsPem(null).rootCAsPem(), "null goes back to the system roots");
    }

    @Test
    void toStringHidesKeys() {
        String s = new TLSConfig().withCertificate(CERT, KEY).toString();
        assertFalse(s.contains("PRIVATE"), s);
        assertFalse(s.contains(KEY.substring(28, 32)), s);
        assertFalse(new TLSConfig.Certificate(CERT, KEY).toString().contains("BEGIN"));
    }

    @Test
    void badValues() {
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
                () -> new TLSConfig().withMinVersion(0x0200));
        assertEquals("tls: unknown version 0x0200", v.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TLSConfig().withNextProtos(""));
        assertThrows(NullPointerException.class, () -> new TLSConfig().withClientAuth(null));
    }

    /** A certificate and key in PEM, and Go's error for the pair or "" for fine. */
    private record CertificateCase(String name, String cert, String key, String err) {
    }

    @TestFactory
    Stream<DynamicTest> x509KeyPairStructure() {
        String pub = PEM.encode("PUBLIC KEY", new byte[] {7});
        CertificateCase[] rows = {
            new CertificateCase("good", CERT, KEY, ""),
            new CertificateCase("PKCS#1 label", CERT, PEM.encode("RSA PRIVATE KEY", new byte[] {1}), ""),
            new CertificateCase("SEC1 label after EC PARAMETERS", CERT, PEM.encode("EC PARAMETERS", new byte[] {6})
                + PEM.encode("EC PRIVATE KEY", new byte[] {1}), ""),
            new CertificateCase("chain", CERT + CERT, KEY, ""),
            new CertificateCase("no cert PEM", "nope", KEY, "tls: failed to find any PEM data in certificate input"),
            new CertificateCase("no key PEM", CERT, "nope", "tls: failed to find any PEM data in key input"),
            new CertificateCase("swapped", KEY, CERT, "tls: failed to find certificate PEM data in certificate input, but did find a "
                + "private key; PEM inputs may have been switched"),
            new CertificateCase("cert as key", CERT, CERT,
                "tls: found a certificate rather than a key in the PEM for the private key"),
            new CertificateCase("public key as key", CERT, pub + pub, "tls: failed to find PEM block with type ending in \"PRIVATE KEY\" "
                + "in key input after skipping PEM blocks of the following types: [PUBLIC KEY PUBLIC KEY]"),
            new CertificateCase("other blocks as cert", pub + KEY, KEY, "tls: failed to find \"CERTIFICATE\" PEM block in certificate "
                + "input after skipping PEM blocks of the following types: [PUBLIC KEY PRIVATE KEY]"),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            if (r.err().isEmpty()) {
                TLSConfig.Certificate c = new TLSConfig.Certificate(r.cert(), r.key());
                assertTrue(c.chainDER().size() >= 1, "certificates in the chain: " + c.chainDER().size());
                assertTrue(c.keyBlock().type().endsWith("PRIVATE KEY"), "key block type " + c.keyBlock().type());
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> new TLSConfig().withCertificate(r.cert(), r.key()));
                assertEquals(r.err(), e.getMessage(), "X509KeyPair error");
            }
        }));
    }

    @Test
    void clientAuthTypes() {
        assertEquals("RequireAndVerifyClientCert", ClientAuthType.REQUIRE_AND_VERIFY_CLIENT_CERT.toString());
        assertEquals("NoClientCert", ClientAuthType.NO_CLIENT_CERT.toString());
        assertTrue(ClientAuthType.REQUIRE_ANY_CLIENT_CERT.requires() && !ClientAuthType.REQUIRE_ANY_CLIENT_CERT.verifies());
        assertTrue(ClientAuthType.VERIFY_CLIENT_CERT_IF_GIVEN.verifies()
                && !ClientAuthType.VERIFY_CLIENT_CERT_IF_GIVEN.requires());
        assertFalse(ClientAuthType.NO_CLIENT_CERT.requests());
    }
}
