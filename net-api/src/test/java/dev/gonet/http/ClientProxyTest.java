package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Net;
import dev.gonet.url.URL;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain HTTP through a forward proxy: absolute-form requests, Proxy-Authorization from the
 * proxy URL's user info, one pooled proxy connection for every origin, NO_PROXY going direct.
 * The proxy is our own {@link Server} forwarding with our own {@link Client}, all over {@code mem}.
 */
class ClientProxyTest {
    /** An origin server, and a proxy in front of it; the client dials hosts by name to mem listeners. */
    static final class Setup implements AutoCloseable {
        final TestServer origin;
        final TestServer proxy;
        final List<String> proxied = Collections.synchronizedList(new ArrayList<>());
        final List<String> direct = Collections.synchronizedList(new ArrayList<>());
        final List<String> proxyConns = Collections.synchronizedList(new ArrayList<>());
        final Transport toOrigin;

        Setup() throws IOException {
            origin = TestServer.start((w, r) -> {
                direct.add(r.requestURI());
                w.writeString("origin saw " + r.method() + " " + r.host() + r.url().path() + " via="
                        + r.header().get("Via"));
            });
            toOrigin = ClientFixture.memTransport(origin.name());
            Client forward = new Client(toOrigin).withCheckRedirect(CheckRedirect.useLastResponse());
            proxy = TestServer.start((w, r) -> {
                proxied.add(r.requestURI() + " auth=" + r.header().get("Proxy-Authorization"));
                Request out = new Request(r.method(), r.url(), r.body());
                for (String k : r.header().keys()) {
                    if (!k.startsWith("Proxy-")) {
                        out.header().putRaw(k, r.header().values(k).toArray(new String[0]));
                    }
                }
                out.header().set("Via", "1.1 test-proxy");
                Response resp = forward.send(out);
                w.writeHeader(resp.statusCode());
                w.write(resp.body().readAllBytes());
                resp.body().close();
            }, s -> s.withConnState((c, st) -> {
                if (st == ConnState.NEW) {
                    proxyConns.add(c.toString());
                }
            }));
        }

        /** A transport whose dials go to the proxy for proxy.example, else to the origin. */
        Transport client(ProxyFunc pf) {
            return new Transport().withPlatform(TestThreads.INSTANCE).withProxy(pf).withDial((network, addr) ->
                    Net.dial("mem", addr.startsWith("proxy.example:") ? proxy.name()
                            : addr.startsWith("down.example:") ? "nobody-here" : origin.name()));
        }

        @Override
        public void close() throws Exception {
            toOrigin.closeIdleConnections();
            proxy.close();
            origin.close();
        }
    }

    @Test
    void absoluteFormThroughTheProxy() throws Exception {
        try (Setup s = new Setup()) {
            Transport t = s.client(ProxyFunc.fixed(URL.parse("http://alice:s3cret@proxy.example:3128")));
            Client c = new Client(t);
            assertEquals("origin saw GET a.example/x via=1.1 test-proxy", read(c.get("http://a.example/x?q=1")));
            assertEquals("origin saw GET b.example:8080/y via=1.1 test-proxy", read(c.get("http://b.example:8080/y")));
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:s3cret".getBytes());
            assertEquals(List.of("http://a.example/x?q=1 auth=" + auth, "http://b.example:8080/y auth=" + auth),
                    s.proxied);
            assertEquals(1, s.proxyConns.size(), "one proxy connection serves every origin");
            Response posted = c.post("http://a.example/p", "text/plain", "body".getBytes());
            assertEquals("origin saw POST a.example/p via=1.1 test-proxy", read(posted));
            t.closeIdleConnections();
        }
    }

    @Test
    void environmentRulesChooseTheRoute() throws Exception {
        try (Setup s = new Setup()) {
            ProxyConfig env = ProxyConfig.fromEnvironment(java.util.Map.of("HTTP_PROXY", "proxy.example:3128",
                    "NO_PROXY", "internal.example")::get);
            Transport t = s.client(env.proxyFunc());
            Client c = new Client(t);
            assertEquals("origin saw GET public.example/ via=1.1 test-proxy", read(c.get("http://public.example/")));
            assertEquals("origin saw GET api.internal.example/ via=", read(c.get("http://api.internal.example/")));
            assertEquals("origin saw GET localhost:8080/ via=", read(c.get("http://localhost:8080/")),
                    "localhost is never proxied");
            assertEquals(1, s.proxied.size());
            assertEquals(List.of("/", "/", "/"), s.direct, "the origin always gets origin-form");
            t.closeIdleConnections();
        }
    }

    @Test
    void proxyFailures() throws Exception {
        try (Setup s = new Setup()) {
            Client down = new Client(s.client(ProxyFunc.fixed(URL.parse("http://down.example:1"))));
            assertEquals("Get \"http://a.example/\": proxyconnect tcp: dial mem nobody-here: connection refused",
                    assertThrows(IOException.class, () -> down.get("http://a.example/")).getMessage());
            Client refusing = new Client(s.client(req -> {
                throw new IOException("no proxy for you");
            }));
            assertEquals("Get \"http://a.example/\": no proxy for you",
                    assertThrows(IOException.class, () -> refusing.get("http://a.example/")).getMessage());
            Client socks = new Client(s.client(ProxyFunc.fixed(URL.parse("socks5://proxy.example:1080"))));
            IOException e = assertThrows(IOException.class, () -> socks.get("http://a.example/"));
            assertTrue(e.getMessage().endsWith("net/http: proxy scheme \"socks5\" is not supported"), e.getMessage());
            Client cgi = new Client(s.client(new ProxyConfig("proxy.example:3128", "", "", true).proxyFunc()));
            assertEquals("Get \"http://a.example/\": refusing to use HTTP_PROXY value in CGI environment; "
                    + "see golang.org/s/cgihttpproxy", assertThrows(IOException.class, () -> cgi.get("http://a.example/"))
                    .getMessage());
        }
    }

    @Test
    void connectMethodKeys() throws Exception {
        URL proxy = URL.parse("http://proxy.example:3128");
        assertEquals("|http|a.example:80", new ConnectMethod(null, "http", "a.example:80").key());
        assertEquals("http://proxy.example:3128|http|", new ConnectMethod(proxy, "http", "a.example:80").key());
        assertEquals("http://proxy.example:3128|https|a.example:443",
                new ConnectMethod(proxy, "https", "a.example:443").key());
        assertEquals("proxy.example:3128", new ConnectMethod(proxy, "https", "a.example:443").addr());
        assertEquals("::1", new ConnectMethod(null, "https", "[::1]:443").tlsHost());
        assertEquals("[::1]:443", ProxyConfig.canonicalAddr(URL.parse("https://[::1]/")));
        assertEquals("www.xn--bcher-kva.de:80", ProxyConfig.canonicalAddr(URL.parse("http://www.bücher.de/")));
    }
}
