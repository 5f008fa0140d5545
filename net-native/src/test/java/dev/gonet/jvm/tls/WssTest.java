package dev.gonet.jvm.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.http.Server;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import dev.gonet.testkit.ws.WsConnSuites;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSException;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConn;
import dev.gonet.ws.WebSocketDialer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code wss}: WebSocket over our TLS (JSSE) on loopback, with the test CA. The conformance suite
 * runs over it, and dialing checks the server's certificate against the URL's host.
 */
class WssTest {
    static final JvmPlatform PLATFORM = new JvmPlatform();

    private static TLSConfig serverConfig() {
        TestPKI pki = TestPKI.get();
        return new TLSConfig().withCertificate(pki.server.certPem(), pki.server.keyPem());
    }

    private static WebSocketDialer trusting() {
        return new WebSocketDialer().withDialer(new Dialer().withPlatform(PLATFORM))
                .withTLSConfig(new TLSConfig().withRootCAsPem(TestPKI.get().caPem));
    }

    @TestFactory
    Stream<DynamicContainer> conformance() {
        return Stream.of(ConnConformance.suite("wss/tcp4", WssTest::pair, ConnTraits.NETWORK)).map(s -> DynamicContainer.dynamicContainer(
                s.name(), s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    assertTrue(r.passed(), r.message());
                }))));
    }

    static ConnPairMaker.Pair pair() throws Exception {
        Listener ln = TLS.newListener(Net.listen("tcp", "127.0.0.1:0"), serverConfig());
        String url = "wss://" + ln.addr() + "/conformance";
        return WsConnSuites.pair(ln, PLATFORM, () -> trusting().dial(url));
    }

    /** An echo server over TLS; returns its wss URL base. */
    private static Server echo(Listener ln) {
        Server srv = new Server("", WebSocket.handler((c, r) -> {
            c.write(("tls=" + (r.tls() != null) + " sub=" + c.subprotocol()).getBytes(StandardCharsets.UTF_8));
            c.inputStream().transferTo(c.outputStream());
        })).withPlatform(PLATFORM);
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // closed by the test
            }
        });
        return srv;
    }

    @Test
    void dialsWssAndVerifiesTheServer() throws Exception {
        Listener ln = TLS.newListener(Net.listen("tcp", "127.0.0.1:0"), serverConfig());
        Server srv = echo(ln);
        try {
            String port = Net.splitHostPort(ln.addr().toString()).port();
            try (WebSocketConn c = trusting().dial("wss://localhost:" + port + "/x")) {
                byte[] hello = "tls=true sub=".getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(hello, c.inputStream().readNBytes(hello.length));
                assertEquals("wss", c.toString().substring("WebSocketConn[".length(), "WebSocketConn[".length() + 3));
            }
            // The test CA is not trusted by default: verification fails, wrapped once as dial wss.
            NetException e = assertThrows(NetException.class, () -> new WebSocketDialer()
                    .withDialer(new Dialer().withPlatform(PLATFORM)).dial("wss://localhost:" + port + "/x"));
            assertEquals("dial", e.op());
            assertEquals("wss", e.net());
            assertTrue(e.getMessage().startsWith("dial wss localhost:" + port + ": "), e.getMessage());
            assertTrue(e.getCause() instanceof TLSException, String.valueOf(e.getCause()));
            // The certificate names localhost and 127.0.0.1, not other.example: the name is checked.
            NetException n = assertThrows(NetException.class, () -> trusting()
                    .withTLSConfig(new TLSConfig().withRootCAsPem(TestPKI.get().caPem).withServerName("other.example"))
                    .dial("wss://127.0.0.1:" + port + "/x"));
            assertTrue(n.getCause() instanceof TLSException, n.getMessage());
        } finally {
            srv.shutdown(Duration.ofSeconds(5));
        }
    }
}
