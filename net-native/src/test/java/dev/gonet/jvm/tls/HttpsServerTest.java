package dev.gonet.jvm.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP server over TLS on a real loopback socket: Go's ServeTLS behaviour. */
class HttpsServerTest {
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Server srv;
    private String addr;

    @BeforeEach
    void start() throws IOException {
        TestPKI pki = TestPKI.get();
        ServeMux mux = new ServeMux();
        mux.handleFunc("GET /whoami", (w, r) -> w.writeString(
                r.tls() == null ? "plain" : TLS.versionName(r.tls().version()) + " " + r.tls().negotiatedProtocol()));
        srv = new Server("", mux).withErrorLog(log::add).withReadHeaderTimeout(Duration.ofSeconds(5));
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        addr = ln.addr().toString();
        Thread.ofVirtual().start(() -> {
            try {
                srv.serveTLS(ln, pki.server.certPem(), pki.server.keyPem());
            } catch (IOException e) {
                log.add("serveTLS: " + e.getMessage());
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        srv.close();
    }

    private TLSConfig trusting() {
        return new TLSConfig().withRootCAsPem(TestPKI.get().caPem).withServerName("localhost")
                .withNextProtos("http/1.1");
    }

    private static String exchange(Conn c, String request) throws IOException {
        c.write(request.getBytes(US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = c.read(buf)) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toString(US_ASCII);
    }

    @Test
    void servesHttpsAndExposesTheTLSState() throws IOException {
        try (TLSConn c = TLS.dial("tcp", addr, trusting())) {
            String resp = exchange(c, "GET /whoami HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(resp.startsWith("HTTP/1.1 200 OK\r\n"), resp);
            assertTrue(resp.endsWith("\r\n\r\nTLS 1.3 http/1.1"), resp);
            assertEquals("http/1.1", c.connectionState().negotiatedProtocol());
        }
    }

    @Test
    void plainHttpToTheTlsPortGetsGosReply() throws Exception {
        try (Conn c = Net.dial("tcp", addr)) {
            String resp = exchange(c, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n", resp);
        }
        // the server logs after replying; give its thread a moment
        long until = System.currentTimeMillis() + 5_000;
        while (log.stream().noneMatch(l -> l.startsWith("http: TLS handshake error from 127.0.0.1:"))
                && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("http: TLS handshake error from 127.0.0.1:")),
                "logged: " + log);
    }

    @Test
    void untrustedClientFailsAndServerKeepsServing() throws IOException {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> {
            try (TLSConn c = TLS.dial("tcp", addr, new TLSConfig().withServerName("localhost"))) {
                c.handshake();
            }
        });
        assertTrue(e.getMessage().contains("x509: certificate signed by unknown authority"), e.getMessage());
        try (TLSConn c = TLS.dial("tcp", addr, trusting())) {
            assertTrue(exchange(c, "GET /whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 200 OK"));
        }
    }
}
