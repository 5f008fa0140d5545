package dev.gonet.jvm.interop.http;

import static dev.gonet.jvm.interop.http.Clients.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.Transport;
import dev.gonet.http.cookiejar.CookieJars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gonet's client against Go 1.19's server: redirects by Go's method rules, the cookie jar, and
 * the client's timeouts against a slow handler. The expected texts are what Go 1.19's own client
 * prints against the same server (checked by hand with a throwaway Go client).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GoServerRedirectTimeoutTest {
    private GoHttpServer go;
    private Transport transport;
    private Client client;

    @BeforeAll
    void start() throws IOException {
        go = new GoHttpServer();
    }

    @AfterAll
    void stop() {
        if (go != null) {
            go.close();
        }
    }

    @BeforeEach
    void freshClient() {
        transport = Clients.transport();
        client = new Client(transport);
    }

    @AfterEach
    void closeIdle() {
        transport.closeIdleConnections();
    }

    private String url(String scheme, String path) {
        return go.url(scheme.equals("https"), path);
    }

    /** Two hops of {@code code}, then /echo, which reports the method and body it got. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "http, 301, GET", "http, 302, GET", "http, 303, GET", "http, 307, POST", "http, 308, POST",
        "https, 301, GET", "https, 302, GET", "https, 303, GET", "https, 307, POST", "https, 308, POST"})
    void redirectMethodRules(String scheme, int code, String method) throws IOException {
        byte[] data = "hello body".getBytes(StandardCharsets.US_ASCII);
        Response r = client.post(url(scheme, "/redirect/" + code + "/2"), "text/plain", data);
        byte[] echoed = body(r);
        assertEquals(200, r.statusCode());
        assertEquals("/echo", r.request().url().path(), "final request");
        assertEquals(method, r.header().get("X-Method"), "method after " + code);
        if (method.equals("POST")) {
            assertArrayEquals(data, echoed, code + " sends the body again");
            assertEquals("10", r.header().get("X-Content-Length"));
        } else {
            assertEquals(0, echoed.length, code + " drops the body");
            assertEquals("0", r.header().get("X-Content-Length"), code + ": no length announced");
        }

        Response head = client.head(url(scheme, "/redirect/" + code + "/2"));
        body(head);
        assertEquals("HEAD", head.header().get("X-Method"), "HEAD stays HEAD after " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void redirectWithoutReplayableBodyIsNotFollowed(String scheme) throws IOException {
        // Go follows a 307 only when it can send the body again (GetBody); a plain stream has none.
        Response r = client.send(Clients.streaming("POST", url(scheme, "/redirect/307/1"), new byte[] {1, 2, 3}));
        body(r);
        assertEquals(307, r.statusCode());
        assertEquals("/echo", r.header().get("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void tenRedirectsAtMost(String scheme) throws IOException {
        ClientException e = assertThrows(ClientException.class, () -> client.get(url(scheme, "/redirect/302/11")));
        // Go names the Location it refused to follow, as written in the response.
        assertEquals("Get \"/redirect/302/1\": stopped after 10 redirects", e.getMessage());
        assertNotNull(e.response(), "the last response comes with the error");
        assertEquals(302, e.response().statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void cookiesStoredAndSentBack(String scheme) throws IOException {
        Client c = client.withJar(CookieJars.rfc6265());
        // Set on a 302, sent on the redirected request already.
        Response r = c.get(url(scheme, "/cookies/set?b=2&a=1&next=/echo"));
        body(r);
        assertEquals("a=1; b=2", r.header().get("X-Req-Cookie"), "Cookie on the hop after Set-Cookie");
        Response again = c.get(url(scheme, "/echo"));
        body(again);
        assertEquals("a=1; b=2", again.header().get("X-Req-Cookie"), "Cookie on a later request");
        Response none = client.get(url(scheme, "/echo"));
        body(none);
        assertEquals("", none.header().get("X-Req-Cookie"), "a client without the jar sends none");
    }

    @Test
    void secureCookieOnlyOverHttps() throws IOException {
        // The jar keys cookies by host, not port: the plain and the TLS listener share them,
        // except that a Secure cookie goes to https only.
        Client c = client.withJar(CookieJars.rfc6265());
        body(c.get(go.url(true, "/cookies/set?sec=1&secure=1")));
        body(c.get(go.url(true, "/cookies/set?plain=2")));
        Response https = c.get(go.url(true, "/echo"));
        body(https);
        assertEquals("sec=1; plain=2", https.header().get("X-Req-Cookie"), "over https");
        Response http = c.get(go.url(false, "/echo"));
        body(http);
        assertEquals("plain=2", http.header().get("X-Req-Cookie"), "over http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void responseHeaderTimeout(String scheme) throws IOException {
        Client c = new Client(transport.withResponseHeaderTimeout(Duration.ofMillis(300)));
        String u = url(scheme, "/slow?head=10s");
        long t0 = System.nanoTime();
        ClientException e = assertThrows(ClientException.class, () -> c.get(u));
        assertEquals("Get \"" + u + "\": net/http: timeout awaiting response headers", e.getMessage());
        assertTrue(e.isTimeout(), "isTimeout()");
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "gave up long before the head came");

        // The timeout covers the head only: a body that takes longer is still read.
        Response slowBody = c.get(url(scheme, "/slow?body=600ms"));
        assertEquals("slow body\n", new String(body(slowBody), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void clientTimeoutCoversHeadAndBody(String scheme) throws IOException {
        Client c = client.withTimeout(Duration.ofMillis(300));
        String u = url(scheme, "/slow?head=5s");
        ClientException e = assertThrows(ClientException.class, () -> c.get(u));
        assertEquals("Get \"" + u + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                e.getMessage());
        assertTrue(e.isTimeout());

        Response r = c.get(url(scheme, "/slow?body=5s"));
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            IOException b = assertThrows(IOException.class, in::readAllBytes);
            assertEquals("context deadline exceeded (Client.Timeout or context cancellation while reading body)",
                    b.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void redirectRequestCarriesTheResponse(String scheme) throws IOException {
        Request req = new Request("GET", url(scheme, "/redirect/302/1"), (InputStream) null);
        Response r = client.send(req);
        body(r);
        assertNotNull(r.request().response(), "Go's Request.Response: the 302 that led here");
        assertEquals(302, r.request().response().statusCode());
    }
}
