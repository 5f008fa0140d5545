package dev.gonet.jvm.interop.http;

import static dev.gonet.jvm.interop.http.Clients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.Response;
import dev.gonet.http.Transport;
import dev.gonet.tls.TLSConfig;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificate verification by gonet's client against nginx's and Go's TLS (OpenSSL and
 * crypto/tls), both serving a certificate for {@code localhost} and {@code 127.0.0.1} from the
 * test CA. The error texts are Go's: Go 1.19's client prints {@code Get "https://...": x509:
 * certificate signed by unknown authority}; Go 1.20 put {@code tls: failed to verify
 * certificate: } before the x509 part, and gonet's TLS follows the newer text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpsVerifyTest {
    private GoHttpServer go;
    private Nginx nginx;

    @BeforeAll
    void start() throws IOException {
        go = new GoHttpServer();
        nginx = new Nginx(go);
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (go != null) {
            go.close();
        }
    }

    /** A URL on {@code server}'s TLS port that answers 200 to GET. */
    private String url(String server) {
        return server.equals("nginx") ? nginx.url(true, "/small.txt") : go.url(true, "/echo");
    }

    private int get(TLSConfig tls, String url) throws IOException {
        Transport t = Clients.transport(tls);
        try {
            Response r = new Client(t).get(url);
            body(r);
            return r.statusCode();
        } finally {
            t.closeIdleConnections();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "go"})
    void trustedCA(String server) throws IOException {
        assertEquals(200, get(Clients.tls(), url(server)));
        // the IP SAN is what matched 127.0.0.1; by name the same certificate is valid for localhost
        assertEquals(200, get(Clients.tls().withServerName("localhost"), url(server)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "go"})
    void unknownAuthority(String server) {
        String u = url(server);
        TLSConfig other = new TLSConfig().withRootCAsPem(HttpPKI.get().otherCaPem);
        ClientException e = assertThrows(ClientException.class, () -> get(other, u));
        assertEquals("Get \"" + u + "\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
                e.getMessage());
        assertFalse(e.isTimeout());
        // The system's roots do not know the test CA either.
        ClientException sys = assertThrows(ClientException.class, () -> get(new TLSConfig(), u));
        assertEquals(e.getMessage(), sys.getMessage(), "with the system roots");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "go"})
    void hostnameMismatch(String server) {
        String u = url(server);
        TLSConfig wrong = Clients.tls().withServerName("wrong.example");
        ClientException e = assertThrows(ClientException.class, () -> get(wrong, u));
        assertEquals("Get \"" + u + "\": tls: failed to verify certificate: "
                + "x509: certificate is valid for localhost, not wrong.example", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "go"})
    void insecureSkipVerify(String server) throws IOException {
        TLSConfig skip = new TLSConfig().withRootCAsPem(HttpPKI.get().otherCaPem).withInsecureSkipVerify(true);
        assertEquals(200, get(skip, url(server)));
        assertEquals(200, get(skip.withServerName("wrong.example"), url(server)));
    }
}
