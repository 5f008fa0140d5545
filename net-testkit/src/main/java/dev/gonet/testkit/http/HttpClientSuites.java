package dev.gonet.testkit.http;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.ConnState;
import dev.gonet.http.Cookie;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.ProxyConfig;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.Server;
import dev.gonet.http.Transport;
import dev.gonet.http.cookiejar.CookieJars;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.url.URL;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP client against our own server over the {@code mem} network, on every platform: the
 * same Java runs on the JVM and, compiled by TeaVM, in the browser bundles, which is what proves
 * the client's code (gzip included) is TeaVM-safe. Threads come from {@code new Thread}, which is
 * a green thread under TeaVM, so no platform is needed. The full tables live in net-api's tests.
 */
public final class HttpClientSuites {
    private static final String NAME = "HttpClient/mem";

    private HttpClientSuites() {
    }

    /** {@return the HTTP client suites that run over {@code mem}} */
    public static List<Suite> all() {
        List<Case> cases = List.of(
                new Case(NAME, "getAndReuse", HttpClientSuites::getAndReuse),
                new Case(NAME, "postChunkedAndGzip", HttpClientSuites::postChunkedAndGzip),
                new Case(NAME, "redirectsAndCookies", HttpClientSuites::redirectsAndCookies),
                new Case(NAME, "clientTimeout", HttpClientSuites::clientTimeout),
                new Case(NAME, "errorsInGosWords", HttpClientSuites::errorsInGosWords),
                new Case(NAME, "noProxyRules", HttpClientSuites::noProxyRules));
        return List.of(new Suite() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        });
    }

    /**
     * Threads from {@code new Thread} (green threads under TeaVM); no networks of its own. Also
     * used by the WebSocket conformance suite over {@code mem}.
     */
    public static final Platform THREADS = new Platform() {
        @Override
        public String name() {
            return "portable-threads";
        }

        @Override
        public Conn dial(Dialer d, String network, String address) throws IOException {
            throw NetException.unsupported("dial", network, address, name(), "mem only");
        }

        @Override
        public Listener listen(ListenConfig lc, String network, String address) throws IOException {
            throw NetException.unsupported("listen", network, address, name(), "mem only");
        }

        @Override
        public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
            throw NetException.unsupported("listen", network, address, name(), "mem only");
        }

        @Override
        public Resolver resolver() {
            throw new UnsupportedOperationException("mem only");
        }

        @Override
        public Thread startThread(String name, Runnable task) {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        @Override
        public Cancel schedule(long delayMillis, Runnable task) {
            boolean[] state = new boolean[1]; // true once ran or cancelled; guarded by state
            startThread("timer", () -> {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (state) {
                    if (state[0]) {
                        return;
                    }
                    state[0] = true;
                }
                task.run();
            });
            return () -> {
                synchronized (state) {
                    boolean stopped = !state[0];
                    state[0] = true;
                    return stopped;
                }
            };
        }
    };

    /** Our server on a fresh mem listener, serving on its own thread, counting connections. */
    private static final class Served implements AutoCloseable {
        final Server server;
        final Listener ln;
        final int[] conns = new int[1]; // guarded by conns

        Served(Handler h) throws IOException {
            server = new Server("", h).withPlatform(THREADS).withConnState((c, s) -> {
                if (s == ConnState.NEW) {
                    synchronized (conns) {
                        conns[0]++;
                    }
                }
            });
            ln = Net.listen("mem", "");
            THREADS.startThread("serve", () -> {
                try {
                    server.serve(ln);
                } catch (IOException e) {
                    // closed
                }
            });
        }

        Transport transport() {
            String name = ln.addr().toString();
            return new Transport().withProxy(null).withPlatform(THREADS)
                    .withDial((network, addr) -> Net.dial("mem", name));
        }

        int connections() {
            synchronized (conns) {
                return conns[0];
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static String read(Response r) throws IOException {
        InputStream b = r.body();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = b.read(buf, 0, buf.length)) >= 0;) {
            out.write(buf, 0, n);
        }
        b.close();
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static void getAndReuse() throws Exception {
        try (Served s = new Served((w, r) -> w.writeString("hello " + r.url().path()))) {
            Transport t = s.transport();
            Client c = new Client(t);
            for (int i = 0; i < 3; i++) {
                Response r = c.get("http://portable.example/" + i);
                Check.equal("status", r.statusCode(), 200);
                Check.equal("body", read(r), "hello /" + i);
            }
            Check.equal("server connections", s.connections(), 1);
            t.closeIdleConnections();
        }
    }

    private static void postChunkedAndGzip() throws Exception {
        try (Served s = new Served((w, r) -> {
            byte[] body = r.body().readAllBytes();
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            GZIPOutputStream g = new GZIPOutputStream(z);
            g.write(body);
            g.close();
            w.header().set("Content-Encoding", "gzip");
            w.header().set("X-TE", String.join(",", r.transferEncoding()));
            w.write(z.toByteArray());
        })) {
            Transport t = s.transport();
            Client c = new Client(t);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                text.append("line ").append(i).append('\n');
            }
            InputStream unknownLength = new InputStream() {
                private final ByteArrayInputStream in = new ByteArrayInputStream(
                        text.toString().getBytes(StandardCharsets.UTF_8));

                @Override
                public int read() {
                    return in.read();
                }
            };
            Response r = c.post("http://portable.example/echo", "text/plain", unknownLength);
            Check.equal("request framing", r.header().get("X-TE"), "chunked");
            Check.equal("uncompressed", r.uncompressed(), true);
            Check.equal("body", read(r), text.toString());
            t.closeIdleConnections();
        }
    }

    private static void redirectsAndCookies() throws Exception {
        try (Served s = new Served((w, r) -> {
            if (r.url().path().equals("/login")) {
                Handlers.setCookie(w, new Cookie("id", "42").setPath("/"));
                Handlers.redirect(w, r, "/home", 303);
                return;
            }
            w.writeString(r.method() + " " + r.url().path() + " cookie=" + r.header().get("Cookie"));
        })) {
            Transport t = s.transport();
            Client c = new Client(t).withJar(CookieJars.rfc6265());
            Response r = c.post("http://portable.example/login", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
            Check.equal("after 303", read(r), "GET /home cookie=id=42");
            t.closeIdleConnections();
        }
    }

    private static void clientTimeout() throws Exception {
        Object gate = new Object();
        try (Served s = new Served((w, r) -> {
            synchronized (gate) {
                try {
                    gate.wait(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            w.writeString("late");
        })) {
            Transport t = s.transport();
            Client c = new Client(t).withTimeout(Duration.ofMillis(100));
            ClientException e = Check.raises(ClientException.class, "get", () -> c.get("http://portable.example/"));
            Check.equal("message", e.getMessage(), "Get \"http://portable.example/\": context deadline exceeded "
                    + "(Client.Timeout exceeded while awaiting headers)");
            Check.equal("isTimeout", e.isTimeout(), true);
            Check.isTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": want DEADLINE_EXCEEDED");
            synchronized (gate) {
                gate.notifyAll();
            }
        }
    }

    private static void errorsInGosWords() throws Exception {
        Client c = new Client(new Transport().withProxy(null).withPlatform(THREADS)
                .withDial((network, addr) -> Net.dial("mem", "portable-nobody")));
        Check.equal("scheme", Check.raises(IOException.class, "ftp", () -> c.get("ftp://x/")).getMessage(),
                "Get \"ftp://x/\": unsupported protocol scheme \"ftp\"");
        Check.equal("refused", Check.raises(IOException.class, "refused", () -> c.get("http://x/")).getMessage(),
                "Get \"http://x/\": dial mem portable-nobody: connection refused");
        Request bad = new Request("GET", "http://x/", (InputStream) null);
        bad.header().set("X", "a\nb");
        Check.equal("header", Check.raises(IOException.class, "header", () -> c.send(bad)).getMessage(),
                "Get \"http://x/\": net/http: invalid header field value for \"X\"");
    }

    private record NoProxyCase(String url, String proxy) {
    }

    private static void noProxyRules() throws Exception {
        ProxyConfig cfg = new ProxyConfig("proxy:3128", "", "foobar.com, .barbaz.net, 10.0.0.0/30, 192.168.1.3:80",
                false);
        NoProxyCase[] rows = {
            new NoProxyCase("http://foobar.com/", "<nil>"), new NoProxyCase("http://www.foobar.com/", "<nil>"),
            new NoProxyCase("http://barbaz.net/", "http://proxy:3128"), new NoProxyCase("http://10.0.0.2/", "<nil>"),
            new NoProxyCase("http://192.168.1.3:81/", "http://proxy:3128"), new NoProxyCase("http://localhost/", "<nil>"),
            new NoProxyCase("http://[::1]/", "<nil>"), new NoProxyCase("https://example.com/", "<nil>"),
        };
        List<String> got = new ArrayList<>();
        for (NoProxyCase row : rows) {
            URL p = cfg.proxyForURL(URL.parse(row.url()));
            Check.equal("proxy for " + row.url(), p == null ? "<nil>" : p.toString(), row.proxy());
            got.add(row.url());
        }
        Check.equal("rows", got.size(), rows.length);
    }
}
