package dev.gonet.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the demo pages and the gonet bundles on loopback.
 *
 * <p>Lookup order for a request path: each extra directory given to {@link #start}, then the
 * classpath folder {@code site/} (the demo pages), then the classpath folder {@code gonet/}
 * for paths under {@code /gonet/} (the bundles, packed by js-glue). Until gonet's own HTTP
 * server lands this runs on the JDK's {@code com.sun.net.httpserver}.
 */
public final class DemoServer implements AutoCloseable {
    private final HttpServer server;

    private DemoServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1:{@code port} (0 picks a free port). */
    public static DemoServer start(int port, List<Path> extraRoots) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        List<Path> roots = List.copyOf(extraRoots);
        s.createContext("/", ex -> serve(ex, roots));
        s.start();
        return new DemoServer(s);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void serve(HttpExchange ex, List<Path> roots) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes());
                return;
            }
            if (path.endsWith("/")) {
                path += "index.html";
            }
            // Reject traversal before touching the file system or class loader.
            if (path.contains("..") || path.contains("\\") || path.contains("\0")) {
                send(ex, 400, "text/plain; charset=utf-8", "bad path\n".getBytes());
                return;
            }
            byte[] body = find(path.substring(1), roots);
            if (body == null) {
                send(ex, 404, "text/plain; charset=utf-8", "404 page not found\n".getBytes());
                return;
            }
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            send(ex, 200, MimeTypes.forPath(path), body);
        }
    }

    private static byte[] find(String rel, List<Path> roots) throws IOException {
        for (Path root : roots) {
            Path p = root.resolve(rel).normalize();
            if (p.startsWith(root) && Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
        }
        ClassLoader cl = DemoServer.class.getClassLoader();
        String resource = rel.startsWith("gonet/") ? rel : "site/" + rel;
        try (InputStream in = cl.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = 8080;
        List<Path> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--root" -> extra.add(Path.of(args[++i]).toAbsolutePath().normalize());
                default -> {
                    System.err.println("usage: DemoServer [--port N] [--root DIR]...");
                    System.exit(2);
                }
            }
        }
        DemoServer s = start(port, extra);
        System.out.println("gonet demo: serving on " + s.url() + "  (Ctrl-C to stop)");
        Thread.currentThread().join();
    }
}
