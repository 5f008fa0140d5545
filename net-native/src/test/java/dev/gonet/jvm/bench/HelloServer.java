package dev.gonet.jvm.bench;

import com.sun.net.httpserver.HttpServer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The Java servers of the HTTP benchmark ({@code scripts/bench-http.sh}): each answers every
 * request with {@code Hello, World!} (13 bytes, {@code Content-Type: text/plain}), as the Go 1.19
 * contender ({@code src/test/go/httppeer hello-server}) does. Prints {@code LISTEN host:port}
 * once ready and exits when its standard input closes, so a killed script leaves nothing behind.
 *
 * <pre>
 *   HelloServer ceiling 127.0.0.1:0  {@link MinimalVtServer}: no parsing, one fixed answer per request (the ceiling)
 *   HelloServer gonet  127.0.0.1:0   gonet's {@link Server} (virtual thread per connection)
 *   HelloServer jdk-vt 127.0.0.1:0   com.sun.net.httpserver, virtual thread per exchange
 *   HelloServer jdk    127.0.0.1:0   com.sun.net.httpserver, its default (the dispatcher thread runs the handler)
 * </pre>
 *
 * <p>A third argument sets gonet's {@link Server#withMaxIdleConns} (default 4096; 0 = no cap, as
 * Go): {@code scripts/bench-idle.sh} holds 10 000 idle connections.
 */
public final class HelloServer {
    static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);

    private HelloServer() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String addr = args.length > 1 ? args[1] : "127.0.0.1:0";
        switch (kind) {
            case "ceiling" -> System.out.println("LISTEN " + MinimalVtServer.start(addr));
            case "gonet" -> gonet(addr, args.length > 2 ? Integer.parseInt(args[2]) : -1);
            case "jdk-vt" -> jdk(addr, true);
            case "jdk" -> jdk(addr, false);
            default -> throw new IllegalArgumentException("unknown server " + kind);
        }
        // The benchmark script closes our stdin (or dies) when it is done with us. Every line it
        // writes there asks for the bytes the JVM's threads (carriers included) have allocated so
        // far: scripts/bench-http-alloc.sh divides the difference over a wrk run by its requests.
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.US_ASCII));
        // (com.sun.management.ThreadMXBean, by reflection: the test module does not read jdk.management.)
        Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.lang.reflect.Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getTotalThreadAllocatedBytes");
        while (in.readLine() != null) {
            System.out.println("ALLOCATED " + allocated.invoke(threads));
        }
        System.exit(0);
    }

    private static void gonet(String addr, int maxIdleConns) throws IOException {
        ServeMux mux = new ServeMux();
        mux.handleFunc("/", (w, r) -> {
            w.header().set("Content-Type", "text/plain");
            w.write(HELLO);
        });
        Server srv = maxIdleConns >= 0 ? new Server(addr, mux).withMaxIdleConns(maxIdleConns) : new Server(addr, mux);
        Listener ln = Net.listen("tcp", addr);
        Thread.ofPlatform().name("accept").start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(2);
            }
        });
        System.out.println("LISTEN " + ln.addr());
    }

    private static void jdk(String addr, boolean virtual) throws IOException {
        int colon = addr.lastIndexOf(':');
        InetSocketAddress sa = new InetSocketAddress(addr.substring(0, colon), Integer.parseInt(addr.substring(colon + 1)));
        // The kernel caps the backlog at somaxconn, as Go and gonet ask for; the JDK's default is 50.
        HttpServer s = HttpServer.create(sa, 4096);
        s.createContext("/", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, HELLO.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(HELLO);
            }
        });
        if (virtual) {
            s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        }
        s.start();
        System.out.println("LISTEN " + addr.substring(0, colon) + ":" + s.getAddress().getPort());
    }
}
