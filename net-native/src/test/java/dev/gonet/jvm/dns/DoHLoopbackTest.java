package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.Listener;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.Net;
import dev.gonet.SRV;
import dev.gonet.dns.DoHHandler;
import dev.gonet.dns.DoHResolver;
import dev.gonet.dns.Zone;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.http.Transport;
import dev.gonet.jvm.tls.TestPKI;
import dev.gonet.tls.TLSConfig;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DoHResolver} against our {@link DoHHandler} on our {@link Server}, over real TCP on
 * 127.0.0.1: plain HTTP through {@code Http.defaultTransport()}, and HTTPS with a test CA.
 */
class DoHLoopbackTest {
    static final Zone ZONE = Zone.builder("gonet.test").ttl(30).a("echo", "127.0.0.1").aaaa("echo", "::1")
            .cname("www", "echo").mx("@", 10, "mail").srv("_http._tcp", 0, 1, 8080, "echo")
            .txt("@", "hello", " world").ns("@", "ns1").build();

    static Server http;
    static Server https;
    static String httpURL;
    static String httpsURL;

    @BeforeAll
    static void start() throws IOException {
        ServeMux mux = new ServeMux();
        mux.handle("/dns-query", DoHHandler.forZone(ZONE));
        http = new Server("", mux);
        https = new Server("", mux);
        Listener a = Net.listen("tcp", "127.0.0.1:0");
        Listener b = Net.listen("tcp", "127.0.0.1:0");
        httpURL = "http://" + a.addr() + "/dns-query";
        httpsURL = "https://" + b.addr() + "/dns-query";
        TestPKI pki = TestPKI.get();
        Thread.ofVirtual().start(() -> serve(() -> http.serve(a)));
        Thread.ofVirtual().start(() -> serve(() -> https.serveTLS(b, pki.server.certPem(), pki.server.keyPem())));
    }

    interface Serve {
        void run() throws IOException;
    }

    static void serve(Serve s) {
        try {
            s.run();
        } catch (IOException e) {
            // closed by stop()
        }
    }

    @AfterAll
    static void stop() throws IOException {
        http.close();
        https.close();
    }

    static DoHResolver overHttps() {
        return new DoHResolver(List.of(httpsURL))
                .withTransport(new Transport().withTLSConfig(new TLSConfig().withRootCAsPem(TestPKI.get().caPem)));
    }

    @Test
    void plainHttpThroughTheDefaultTransport() throws IOException {
        DoHResolver r = new DoHResolver(List.of(httpURL));
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("www.gonet.test"));
    }

    @Test
    void httpsGetAndPost() throws IOException {
        for (DoHResolver.Method m : DoHResolver.Method.values()) {
            DoHResolver r = overHttps().withMethod(m);
            assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("echo.gonet.test"), m.toString());
            assertEquals("echo.gonet.test.", r.lookupCNAME("www.gonet.test"), m.toString());
            assertEquals(List.of(new MX("mail.gonet.test.", 10)), r.lookupMX("gonet.test"));
            assertEquals(List.of(new SRV("echo.gonet.test.", 8080, 0, 1)), r.lookupSRV("http", "tcp", "gonet.test").addrs());
            assertEquals(List.of("hello world"), r.lookupTXT("gonet.test"));
            assertEquals(List.of(new NS("ns1.gonet.test.")), r.lookupNS("gonet.test"));
            DNSException nx = assertThrows(DNSException.class, () -> r.lookupHost("nx.gonet.test"));
            assertEquals("lookup nx.gonet.test on " + httpsURL + ": no such host", nx.getMessage());
            assertTrue(nx.isNotFound());
        }
    }

    @Test
    void anUntrustedCertificateFallsBack() throws IOException {
        DoHResolver r = new DoHResolver(List.of(httpsURL, httpURL)).withTransport(new Transport());
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("echo.gonet.test"), "the plain endpoint answers");
        DNSException e = assertThrows(DNSException.class,
                () -> new DoHResolver(List.of(httpsURL)).withTransport(new Transport()).lookupHost("echo.gonet.test"));
        assertTrue(e.getMessage().contains("x509: certificate signed by unknown authority"), e.getMessage());
    }
}
