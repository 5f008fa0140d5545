package dev.gonet.demo;

import dev.gonet.HostPort;
import dev.gonet.IP;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.FileSystem;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import dev.gonet.http.Status;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.jvm.http.DirFileSystem;
import dev.gonet.demo.api.ApiRoutes;
import dev.gonet.demo.dns.DemoZone;
import dev.gonet.demo.tcp.TcpEcho;
import dev.gonet.demo.ws.WsRoutes;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the demo pages and the gonet bundles on loopback, on gonet's own {@link Server}.
 *
 * <p>Routes ({@link ServeMux}; files GET and HEAD, other methods get 405):
 * <ul>
 *   <li>{@code /gonet/...}: the bundles packed by js-glue (class-path folder {@code gonet/}),
 *       unless an extra root has the file under its own {@code gonet/};</li>
 *   <li>{@code /ws/...}: the WebSocket endpoints of {@link WsRoutes} (echo, pair, close, relay);</li>
 *   <li>{@code /api/...}: the HTTP API of {@link ApiRoutes} for the fetch demos and tests;</li>
 *   <li>{@code /dns-query}: DNS over HTTPS for the local zone {@code gonet.test} ({@link DemoZone});</li>
 *   <li>everything else: each extra root given to {@link #start}, in order, then the
 *       class-path folder {@code site/} (the demo pages).</li>
 * </ul>
 * Every request must name one of this server's own Hosts ({@link HostAllowlist}: the loopback
 * address and port it listens on, {@code localhost} with that port, and the names given as
 * {@code allowHosts}); any other Host gets 421, so a DNS-rebound page cannot use the server as
 * its own origin. The relay also takes only pages from those Hosts' origins.
 *
 * <p>Beside the HTTP server it runs a {@link TcpEcho} on a loopback port (a free one unless told;
 * none when told {@code -1}), which the relay allows whatever else {@code relayAllow} says, so
 * the demo page can dial {@code "tcp"} through {@code /ws/relay} out of the box.
 *
 * <p>Files are served by {@link StaticFiles} (FileServer with ETags, {@code no-cache} revalidation
 * and gzip). A path with a {@code ..} element is refused with 400 before any lookup, as Go's
 * {@code ServeFile} does; FileServer and the file systems would keep it inside anyway.
 */
public final class DemoServer implements AutoCloseable {
    private final Server server;
    private final Listener listener;
    private final Thread serving;
    private final TcpEcho echo; // null: none

    private DemoServer(Server server, Listener listener, Thread serving, TcpEcho echo) {
        this.server = server;
        this.listener = listener;
        this.serving = serving;
        this.echo = echo;
    }

    /** Starts on 127.0.0.1:{@code port} (0 picks a free port). */
    public static DemoServer start(int port, List<Path> extraRoots) throws IOException {
        return start(Net.joinHostPort("127.0.0.1", Integer.toString(port)), extraRoots);
    }

    /** As {@link #start(int, List)}, relaying TCP to the {@code host:port}s in {@code relayAllow} and the TCP echo. */
    public static DemoServer start(int port, List<Path> extraRoots, List<String> relayAllow) throws IOException {
        return start(Net.joinHostPort("127.0.0.1", Integer.toString(port)), extraRoots, relayAllow);
    }

    /** As {@link #start(String, List, List)} with no relay targets but the TCP echo. */
    public static DemoServer start(String addr, List<Path> extraRoots) throws IOException {
        return start(addr, extraRoots, List.of());
    }

    /**
     * Starts on {@code addr} ({@code host:port}, Go's syntax: {@code :8080} is every interface),
     * its WebSocket relay allowing the {@code host:port} targets in {@code relayAllow}. Throws the listen error as gonet words it, e.g.
     * {@code listen tcp 127.0.0.1:8080: bind: address already in use}.
     */
    public static DemoServer start(String addr, List<Path> extraRoots, List<String> relayAllow) throws IOException {
        return start(addr, extraRoots, relayAllow, List.of());
    }

    /**
     * As {@link #start(String, List, List)}, also answering requests for the Hosts in
     * {@code allowHosts} ({@code HOST:PORT}, or {@code HOST} for the port listened on) besides
     * its own address; the TCP echo on a free loopback port.
     */
    public static DemoServer start(String addr, List<Path> extraRoots, List<String> relayAllow, List<String> allowHosts)
            throws IOException {
        return start(addr, extraRoots, relayAllow, allowHosts, 0);
    }

    /**
     * As {@link #start(String, List, List, List)}, with the {@link TcpEcho} on
     * {@code 127.0.0.1:tcpEchoPort} (0: a free port; -1: none). The relay allows the echo
     * besides {@code relayAllow}, and {@code /api/services} tells pages its address.
     */
    public static DemoServer start(String addr, List<Path> extraRoots, List<String> relayAllow, List<String> allowHosts,
            int tcpEchoPort) throws IOException {
        // The JVM platform is named, not looked up: browser-tests has net-web (the browser's
        // platform, for its TeaVM build) on the same class path, so ServiceLoader finds two.
        Platform platform = new JvmPlatform();
        Listener ln = new ListenConfig().withPlatform(platform).listen("tcp", addr);
        TcpEcho echo = null;
        Handler handler;
        try {
            if (tcpEchoPort >= 0) {
                try {
                    echo = TcpEcho.start(platform, tcpEchoPort);
                } catch (IOException e) {
                    throw new IOException("tcp echo: " + e.getMessage(), e);
                }
            }
            // Listening first: the Hosts to answer are the address actually bound (port 0 picks one).
            HostAllowlist hosts = HostAllowlist.forServer(ln.addr().toString(), allowHosts);
            List<String> relay = new ArrayList<>(relayAllow);
            if (echo != null) {
                relay.add(echo.addr());
            }
            handler = hosts.guard(handler(extraRoots, relay, hosts.origins(), echo == null ? null : echo.addr(),
                    DemoServer.class.getClassLoader()));
        } catch (IOException | RuntimeException e) {
            ln.close();
            closeQuietly(echo);
            throw e;
        }
        Server srv = new Server(addr, handler).withPlatform(platform)
                .withErrorLog(m -> System.err.println("gonet demo: " + m));
        Thread t = platform.startThread("gonet demo server", () -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                System.err.println("gonet demo: serve: " + e.getMessage());
            }
        });
        return new DemoServer(srv, ln, t, echo);
    }

    private static void closeQuietly(TcpEcho echo) {
        if (echo != null) {
            echo.close();
        }
    }

    /** The routes over the given roots and the class path of {@code cl}, caches warmed. */
    static Handler handler(List<Path> extraRoots, ClassLoader cl) throws IOException {
        return handler(extraRoots, List.of(), cl);
    }

    /** As {@link #handler(List, ClassLoader)}, the relay allowing {@code relayAllow}, from any same-host page. */
    static Handler handler(List<Path> extraRoots, List<String> relayAllow, ClassLoader cl) throws IOException {
        return handler(extraRoots, relayAllow, List.of(), cl);
    }

    /**
     * The routes (without the Host check), the relay allowing {@code relayAllow} for pages from
     * {@code relayOrigins} ({@code http://host:port}; empty: same-host pages).
     */
    static Handler handler(List<Path> extraRoots, List<String> relayAllow, List<String> relayOrigins, ClassLoader cl)
            throws IOException {
        return handler(extraRoots, relayAllow, relayOrigins, null, cl);
    }

    /**
     * As {@link #handler(List, List, List, ClassLoader)}, {@code /api/services} naming the TCP
     * echo at {@code tcpEcho} ({@code 127.0.0.1:PORT}; null: none).
     */
    static Handler handler(List<Path> extraRoots, List<String> relayAllow, List<String> relayOrigins, String tcpEcho,
            ClassLoader cl) throws IOException {
        List<FileSystem> site = new ArrayList<>();
        List<FileSystem> bundles = new ArrayList<>();
        for (Path root : extraRoots) {
            DirFileSystem dir = new DirFileSystem(root);
            site.add(dir);
            bundles.add(FileSystems.sub(dir, "/gonet"));
        }
        ClasspathFileSystem sitePages = ClasspathFileSystem.load(cl, "site/");
        ClasspathFileSystem bundleFiles = ClasspathFileSystem.load(cl, "gonet/");
        if (bundleFiles.files().isEmpty()) {
            System.err.println("gonet demo: warning: no gonet/ bundles on the class path (is js-glue built?)");
        }
        site.add(sitePages);
        bundles.add(bundleFiles);
        // Precompress what ships with the demo once, here, not on first request.
        Handler siteHandler = new StaticFiles(FileSystems.layered(site)).warm(sitePages.files());
        Handler bundleHandler = new StaticFiles(FileSystems.layered(bundles)).warm(bundleFiles.files());
        ServeMux mux = new ServeMux();
        mux.handle("GET /gonet/", Handlers.stripPrefix("/gonet", bundleHandler));
        WsRoutes.register(mux, relayAllow, relayOrigins);
        ApiRoutes.register(mux, tcpEcho, DemoZone.ORIGIN);
        DemoZone.register(mux);
        mux.handle("GET /", siteHandler);
        return (w, r) -> {
            if (containsDotDot(r.url().path())) {
                Handlers.error(w, "invalid URL path", Status.BAD_REQUEST); // Go's ServeFile text
                return;
            }
            mux.serveHTTP(w, r);
        };
    }

    /** Go's {@code containsDotDot}: a {@code ..} element, with {@code /} or {@code \} as separators. */
    static boolean containsDotDot(String path) {
        if (!path.contains("..")) {
            return false;
        }
        for (String element : path.split("[/\\\\]")) {
            if (element.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The address actually listened on, e.g. {@code 127.0.0.1:41234}. */
    public String addr() {
        return listener.addr().toString();
    }

    /** The TCP echo's address ({@code 127.0.0.1:PORT}), or null when started without it. */
    public String tcpEcho() {
        return echo == null ? null : echo.addr();
    }

    public int port() {
        return Integer.parseInt(hostPort().port());
    }

    /** The root URL; a wildcard address ({@code 0.0.0.0}, {@code ::}) is shown as loopback. */
    public String url() {
        HostPort hp = hostPort();
        String host = hp.host();
        IP ip = Net.parseIP(host);
        if (ip != null && ip.isUnspecified()) {
            host = ip.to4() != null ? "127.0.0.1" : "::1";
        }
        return "http://" + Net.joinHostPort(host, hp.port()) + "/";
    }

    private HostPort hostPort() {
        try {
            return Net.splitHostPort(addr());
        } catch (IOException e) {
            throw new IllegalStateException("listener address " + addr(), e);
        }
    }

    /**
     * Stops gracefully: no new connections, idle ones closed, requests in flight get up to two
     * seconds to finish; then whatever is left is closed.
     */
    @Override
    public void close() {
        closeQuietly(echo);
        try {
            server.shutdown(Duration.ofSeconds(2));
        } catch (IOException e) {
            try {
                server.close();
            } catch (IOException ignored) {
                // already closing; nothing more to release
            }
        }
        try {
            serving.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the server has stopped (after {@link #close()}, e.g. from Ctrl-C). */
    void awaitStop() throws InterruptedException {
        serving.join();
    }

    public static void main(String[] args) throws Exception {
        int code = DemoMain.run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }
}
