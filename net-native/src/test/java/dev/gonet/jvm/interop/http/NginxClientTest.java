package dev.gonet.jvm.interop.http;

import static dev.gonet.jvm.interop.http.Clients.body;
import static dev.gonet.jvm.interop.http.Clients.getOk;
import static dev.gonet.jvm.interop.http.Clients.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Client;
import dev.gonet.http.CookieJar;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.Transport;
import dev.gonet.http.cookiejar.CookieJars;
import dev.gonet.jvm.interop.Peers;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gonet's HTTP client against Debian's nginx, over HTTP and HTTPS (nginx also offers h2 there,
 * as deployed nginx does: the client must settle on HTTP/1.1): what comes and goes. Request
 * bodies go to the Go server behind {@code /go/}, which echoes them. Connection reuse and the
 * server closing connections: {@link NginxConnectionsTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NginxClientTest {
    private GoHttpServer go;
    private Nginx nginx;
    private Transport transport;
    private Client client;

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
        return nginx.url(scheme.equals("https"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void getSmallAndLarge(String scheme) throws IOException {
        Response small = client.get(url(scheme, "/small.txt"));
        assertEquals(200, small.statusCode(), nginx::toString);
        assertEquals(Nginx.SMALL.length, small.contentLength(), "small: Content-Length");
        assertEquals("text/plain", small.header().get("Content-Type"));
        assertArrayEquals(Nginx.SMALL, body(small));
        if (scheme.equals("https")) {
            // the server offers h2 as well; the client asked for http/1.1 only
            assertEquals("http/1.1", small.tls().negotiatedProtocol(), "ALPN");
        } else {
            assertNull(small.tls(), "tls() of a plain connection");
        }

        // 8 MiB through sendfile (and, for https, through nginx's TLS records)
        Response large = client.get(url(scheme, "/large.bin"));
        assertEquals(Nginx.LARGE.length, large.contentLength(), "large: Content-Length");
        assertEquals(Peers.sha256(Nginx.LARGE), Peers.sha256(body(large)), "large: body hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void headHasLengthNoBodyAndKeepsTheConnection(String scheme) throws IOException {
        Response head = client.head(url(scheme, "/large.bin"));
        assertEquals(200, head.statusCode());
        assertEquals(Nginx.LARGE.length, head.contentLength(), "HEAD keeps the length of the GET");
        assertEquals(-1, head.body().read(), "HEAD has no body");
        head.body().close();
        Response next = client.get(url(scheme, "/small.txt"));
        body(next);
        // If the client had waited for 8 MiB after the HEAD, the next request could not reuse it.
        assertEquals(head.header().get("X-Conn"), next.header().get("X-Conn"), "connection after HEAD reused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void postWithKnownAndUnknownLength(String scheme) throws IOException {
        byte[] data = new byte[1 << 20];
        new Random(5).nextBytes(data);
        Response r = client.post(url(scheme, "/go/echo"), "application/octet-stream", data);
        assertEquals(200, r.statusCode(), nginx::toString);
        assertEquals("POST", r.header().get("X-Method"));
        assertArrayEquals(data, body(r), "echo of a body with Content-Length");

        // A stream of unknown length goes out chunked; nginx must take the chunks apart (it
        // then forwards the body to Go with a Content-Length).
        Response c = client.send(Clients.streaming("POST", url(scheme, "/go/echo"), data));
        assertEquals(200, c.statusCode(), nginx::toString);
        assertEquals(Integer.toString(data.length), c.header().get("X-Content-Length"));
        assertArrayEquals(data, body(c), "echo of a chunked body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void gzipIsDecompressedTransparently(String scheme) throws IOException {
        Response r = client.get(url(scheme, "/text.txt"));
        assertTrue(r.uncompressed(), "uncompressed(): the client asked for gzip and undid it");
        assertEquals("", r.header().get("Content-Encoding"), "Content-Encoding is removed");
        assertEquals(-1, r.contentLength(), "the compressed length means nothing for the plain body");
        assertEquals(List.of("chunked"), r.transferEncoding(), "nginx sends on-the-fly gzip chunked");
        assertArrayEquals(Nginx.TEXT, body(r));

        // A caller that asks for gzip itself gets the compressed bytes, as in Go.
        Request req = new Request("GET", url(scheme, "/text.txt"), (InputStream) null);
        req.header().set("Accept-Encoding", "gzip");
        Response raw = client.send(req);
        assertFalse(raw.uncompressed());
        assertEquals("gzip", raw.header().get("Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(raw.body())) {
            assertArrayEquals(Nginx.TEXT, in.readAllBytes(), "gunzipped by the caller");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void chunkedFromTheProxiedGoServer(String scheme) throws IOException {
        Response r = client.get(url(scheme, "/go/bytes?n=300000&seed=9&chunked=1"));
        assertEquals(List.of("chunked"), r.transferEncoding());
        assertEquals(r.header().get("X-Sha256"), Peers.sha256(body(r)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void redirectsFollowGoMethodRules(String scheme) throws IOException {
        Response chain = client.get(url(scheme, "/redirect-chain")); // 302, then 301
        assertArrayEquals(Nginx.SMALL, body(chain));
        assertEquals("/small.txt", chain.request().url().path(), "final request");

        byte[] data = "form=data".getBytes();
        Response see = client.post(url(scheme, "/redirect-303"), "text/plain", data);
        body(see);
        assertEquals("GET", see.header().get("X-Method"), "303: POST becomes GET");
        assertEquals("0", see.header().get("X-Body-Length"), "303: body dropped");

        Response temp = client.post(url(scheme, "/redirect-307"), "text/plain", data);
        assertEquals("POST", temp.header().get("X-Method"), "307 keeps the method");
        assertArrayEquals(data, body(temp), "307 sends the body again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void cookieFromARedirectIsSentOnTheNextHop(String scheme) throws IOException {
        CookieJar jar = CookieJars.rfc6265();
        Client c = client.withJar(jar);
        // /cookie/set answers 302 with Set-Cookie; /cookie/show prints the Cookie field it got.
        assertEquals("cookie=nx=from-nginx\n", text(c.get(url(scheme, "/cookie/set"))));
        assertEquals("[nx=from-nginx]", jar.cookies(URL.parse(url(scheme, "/"))).stream()
                .map(k -> k.name() + "=" + k.value()).toList().toString(), "jar contents");
        assertEquals("cookie=nx=from-nginx\n", new String(getOk(c, url(scheme, "/cookie/show"))));
    }

}
