package dev.gonet.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Pipe;
import dev.gonet.Sentinel;
import dev.gonet.spi.TLSProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry points without a provider (net-api alone, or the browser), and the pure helpers. */
class TLSTest {

    private static void assertNamesNetNative(NetException e, String op) {
        assertEquals(op, e.op());
        assertTrue(Sentinel.UNSUPPORTED.in(e), e.getMessage());
        assertFalse(e.isTimeout());
        assertTrue(e.getMessage().contains("dev.gonet:net-native"), e.getMessage());
        assertTrue(e.getMessage().contains("wss://") && e.getMessage().contains("https://"), e.getMessage());
    }

    @Test
    void withoutAProviderEveryEntryPointSaysWhatToAdd() throws Exception {
        assertNull(TLS.provider(), "net-api's tests have no TLS provider on the classpath");
        Pipe.Ends p = Net.pipe();
        TLSConfig cfg = new TLSConfig().withServerName("a.example");
        assertNamesNetNative(assertThrows(NetException.class, () -> TLS.client(p.c1(), cfg)), "tls");
        assertNamesNetNative(assertThrows(NetException.class, () -> TLS.server(p.c2(), cfg)), "tls");
        NetException dial = assertThrows(NetException.class, () -> TLS.dial("tcp", "example.com:443", cfg));
        assertNamesNetNative(dial, "dial");
        assertTrue(dial.getMessage().startsWith("dial tcp example.com:443: operation not supported on platform "),
                dial.getMessage());
        TLSConfig withCert = cfg.withCertificate(TLSConfigTest.CERT, TLSConfigTest.KEY);
        assertNamesNetNative(assertThrows(NetException.class, () -> TLS.listen("mem", "tls-x", withCert)), "listen");
        Net.listen("mem", "tls-x").close(); // nothing was left listening
    }

    @Test
    void listenWantsACertificateBeforeAnything() {
        TLSException e = assertThrows(TLSException.class, () -> TLS.listen("mem", "tls-y", new TLSConfig()));
        assertEquals("tls: neither Certificates, GetCertificate, nor GetConfigForClient set in Config", e.getMessage());
    }

    @Test
    void moreThanOneProviderIsAPackagingMistake() {
        TLSProvider a = new TLSProvider() {
            @Override
            public TLSConn client(Conn conn, TLSConfig config) {
                throw new UnsupportedOperationException();
            }

            @Override
            public TLSConn server(Conn conn, TLSConfig config) {
                throw new UnsupportedOperationException();
            }
        };
        assertNull(TLS.select(List.<TLSProvider>of().iterator()));
        assertEquals(a, TLS.select(List.of(a).iterator()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TLS.select(List.of(a, a).iterator()));
        assertTrue(e.getMessage().startsWith("more than one gonet TLSProvider"), e.getMessage());
    }

    @Test
    void versionNames() {
        assertEquals("TLS 1.0", TLS.versionName(TLS.VERSION_TLS10));
        assertEquals("TLS 1.1", TLS.versionName(TLS.VERSION_TLS11));
        assertEquals("TLS 1.2", TLS.versionName(TLS.VERSION_TLS12));
        assertEquals("TLS 1.3", TLS.versionName(TLS.VERSION_TLS13));
        assertEquals("SSLv3", TLS.versionName(0x0300));
        assertEquals("0x0305", TLS.versionName(0x0305));
        assertEquals("0xFEFD", TLS.versionName(0xfefd));
        assertEquals(0x0304, TLS.VERSION_TLS13);
    }

    private record HostOfCase(String hostPort, String host) {
    }

    @Test
    void hostOfAddressAsGoDialWithDialer() {
        HostOfCase[] rows = {
            new HostOfCase("example.com:443", "example.com"),
            new HostOfCase("127.0.0.1:443", "127.0.0.1"),
            new HostOfCase("[::1]:443", "::1"),
            new HostOfCase("name-without-port", "name-without-port"),
            new HostOfCase("a.example", "a.example"),
        };
        for (HostOfCase r : rows) {
            assertEquals(r.host(), TLS.hostOf(r.hostPort()), "hostOf(" + r.hostPort() + ")");
        }
    }

    @Test
    void connectionStateBeforeTheHandshake() {
        ConnectionState s = ConnectionState.none();
        assertFalse(s.handshakeComplete());
        assertEquals(0, s.version());
        assertTrue(s.peerCertificates().isEmpty());
        PeerCertificate p = new PeerCertificate("CN=a", "CN=b", List.of("a"), new byte[] {1});
        p.der()[0] = 9;
        assertEquals(1, p.der()[0], "der() is a copy");
    }
}
