package dev.gonet.jvm.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetError;
import dev.gonet.http.Client;
import dev.gonet.http.ConnState;
import dev.gonet.http.Handler;
import dev.gonet.http.Hijacked;
import dev.gonet.http.ProxyFunc;
import dev.gonet.http.Response;
import dev.gonet.http.ResponseController;
import dev.gonet.http.Server;
import dev.gonet.http.Transport;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client over HTTPS on loopback: verification on by default, custom roots, skipping
 * verification, ALPN, Go's texts for the common failures, and a CONNECT tunnel through a forward
 * proxy built on our own {@link Server} with hijack.
 */
class HttpsClientTest {
    private final List<ConnState> states = Collections.synchronizedList(new ArrayList<>());
    private Server https;
    private String addr;
    private String port;

    @BeforeEach
    void start() throws IOException {
        TestPKI pki = TestPKI.get();
        https = new Server("", (w, r) -> w.writeString(r.method() + " " + r.host() + " "
                + TLS.versionName(r.tls().version()) + " " + r.tls().serverName()))
                .withConnState((c, s) -> states.add(s));
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        addr = ln.addr().toString();
        port = addr.substring(addr.lastIndexOf(':') + 1);
        serveInBackground(() -> https.serveTLS(ln, pki.server.certPem(), pki.server.keyPem()));
    }

    @AfterEach
    void stop() throws IOException {
        https.close();
    }

    interface IORunnable {
        void run() throws IOException;
    }

    static void serveInBackground(IORunnable serve) {
        Thread.ofVirtual().start(() -> {
            try {
                serve.run();
            } catch (IOException e) {
                // closed by the test
            }
        });
    }

    static String read(Response r) throws IOException {
        try (InputStream b = r.body()) {
            return new String(b.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TLSConfig trusting() {
        return new TLSConfig().withRootCAsPem(TestPKI.get().caPem);
    }

    /** A transport for a.example (or any host) that dials the test server. */
    private Transport toServer() {
        return new Transport().withTLSConfig(trusting()).withDial((network, a) -> Net.dial("tcp", addr));
    }

    @Test
    void getOverHttpsVerifiedAndPooled() throws Exception {
        Transport t = new Transport().withTLSConfig(trusting());
        Client c = new Client(t);
        Response r = c.get("https://" + addr + "/");
        assertEquals("GET " + addr + " TLS 1.3 ", read(r), "no SNI for an IP address (RFC 6066, as Go)");
        assertEquals(TLS.VERSION_TLS13, r.tls().version());
        assertTrue(r.tls().handshakeComplete());
        assertEquals("http/1.1", r.tls().negotiatedProtocol(), "ALPN");
        assertTrue(!r.tls().peerCertificates().isEmpty(), "the server's chain");
        assertEquals("GET " + addr + " TLS 1.3 ", read(c.get("https://" + addr + "/again")));
        Client named = new Client(toServer());
        assertEquals("GET a.example:" + port + " TLS 1.3 a.example", read(named.get("https://a.example:" + port + "/")),
                "the URL's host is the name sent and verified");
        synchronized (states) {
            assertEquals(2, states.stream().filter(s -> s == ConnState.NEW).count(), "one connection per key");
        }
        t.closeIdleConnections();
        named.closeIdleConnections();
    }

    @Test
    void verificationFailuresInGosWords() throws Exception {
        Client defaults = new Client(new Transport());
        IOException e = assertThrows(IOException.class, () -> defaults.get("https://" + addr + "/"));
        assertEquals("Get \"https://" + addr + "/\": tls: failed to verify certificate: x509: certificate signed by "
                + "unknown authority", e.getMessage());
        Client wrongName = new Client(toServer());
        e = assertThrows(IOException.class, () -> wrongName.get("https://b.example:" + port + "/"));
        assertTrue(e.getMessage().startsWith("Get \"https://b.example:" + port + "/\": tls: failed to verify "
                + "certificate: x509: certificate is valid for "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", not b.example"), e.getMessage());
        Client skip = new Client(new Transport().withTLSConfig(new TLSConfig().withInsecureSkipVerify(true)));
        assertEquals("GET " + addr + " TLS 1.3 ", read(skip.get("https://" + addr + "/")),
                "insecureSkipVerify accepts what nothing vouches for");
        skip.closeIdleConnections();
    }

    @Test
    void httpsToAPlainHttpServer() throws Exception {
        Server plain = new Server("", (w, r) -> w.writeString("plain"));
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        serveInBackground(() -> plain.serve(ln));
        try {
            IOException e = assertThrows(IOException.class, () -> new Client(new Transport()).get("https://" + ln.addr()
                    + "/"));
            assertEquals("Get \"https://" + ln.addr() + "/\": http: server gave HTTP response to HTTPS client",
                    e.getMessage());
        } finally {
            plain.close();
        }
    }

    @Test
    void handshakeTimeout() throws Exception {
        Listener silent = Net.listen("tcp", "127.0.0.1:0");
        List<Conn> held = Collections.synchronizedList(new ArrayList<>());
        serveInBackground(() -> {
            while (true) {
                held.add(silent.accept()); // accept, then say nothing
            }
        });
        try {
            Client c = new Client(new Transport().withTLSHandshakeTimeout(Duration.ofMillis(200)));
            IOException e = assertThrows(IOException.class, () -> c.get("https://" + silent.addr() + "/"));
            assertEquals("Get \"https://" + silent.addr() + "/\": net/http: TLS handshake timeout", e.getMessage());
            assertTrue(((NetError) e).isTimeout());
        } finally {
            silent.close();
            for (Conn h : held) {
                h.close();
            }
        }
    }

    /** A forward proxy: CONNECT host:port is hijacked and relayed to the test server; everything else is 405. */
    static Handler connectProxy(String target, List<String> seen) {
        return (w, r) -> {
            seen.add(r.method() + " " + r.host() + " auth=" + r.header().get("Proxy-Authorization"));
            if (!r.method().equals("CONNECT")) {
                w.writeHeader(405);
                return;
            }
            if (r.host().startsWith("forbidden.")) {
                w.writeHeader(403);
                return;
            }
            Conn upstream = Net.dial("tcp", target);
            Hijacked h = new ResponseController(w).hijack();
            Conn down = h.conn();
            down.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Thread.ofVirtual().start(() -> pump(h.inputStream(), upstream));
            pump(upstream.inputStream(), down);
        };
    }

    private static void pump(InputStream from, Conn to) {
        byte[] buf = new byte[16384];
        try {
            for (int n; (n = from.read(buf)) >= 0;) {
                to.write(buf, 0, n);
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    @Test
    void connectTunnelThroughAForwardProxy() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Server proxy = new Server("", connectProxy(addr, seen));
        Listener pl = Net.listen("tcp", "127.0.0.1:0");
        serveInBackground(() -> proxy.serve(pl));
        try {
            Transport t = new Transport().withTLSConfig(trusting())
                    .withProxy(ProxyFunc.fixed(URL.parse("http://user:pw@" + pl.addr())));
            Client c = new Client(t);
            String url = "https://a.example:" + port + "/";
            assertEquals("GET a.example:" + port + " TLS 1.3 a.example", read(c.get(url)));
            assertEquals("GET a.example:" + port + " TLS 1.3 a.example", read(c.get(url + "again")));
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("user:pw".getBytes());
            assertEquals(List.of("CONNECT a.example:" + port + " auth=" + auth), seen, "one tunnel, reused");
            IOException e = assertThrows(IOException.class, () -> c.get("https://forbidden.example:" + port + "/"));
            assertEquals("Get \"https://forbidden.example:" + port + "/\": Forbidden", e.getMessage());
            t.closeIdleConnections();
        } finally {
            proxy.close();
        }
    }
}
