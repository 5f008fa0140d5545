package dev.gonet.browsertest;

import dev.gonet.Conn;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.demo.DemoServer;
import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo server on an ephemeral loopback port, also serving the test pages and bundles, a
 * second one on another port ({@link #otherOrigin()}, a different origin), and
 * two loopback TCP echo servers: one its relay allows ({@link #tcpEcho()}), one it does not
 * ({@link #tcpDenied()}), for the pages' relay cases.
 */
final class TestSite {
    private static DemoServer server;
    private static DemoServer other;
    private static Listener echo;
    private static Listener denied;
    private static String closed;

    private TestSite() {
    }

    static synchronized String url(String page) {
        start();
        return server.url() + page;
    }

    /**
     * The root of a second demo server on another port ({@code http://127.0.0.1:PORT}): a
     * different origin for the pages of {@link #url}, for CORS cases.
     */
    static synchronized String otherOrigin() {
        start();
        String u = other.url();
        return u.substring(0, u.length() - 1);
    }

    /** {@code 127.0.0.1:PORT} where nothing listens: a port the system gave and took back. */
    static synchronized String closed() {
        start();
        return closed;
    }

    /** {@code 127.0.0.1:PORT} of the echo server the relay allows. */
    static synchronized String tcpEcho() {
        start();
        return echo.addr().toString();
    }

    /** {@code 127.0.0.1:PORT} of the demo server's own TCP echo service (which its relay allows). */
    static synchronized String demoTcpEcho() {
        start();
        return server.tcpEcho();
    }

    /** {@code 127.0.0.1:PORT} of an echo server the relay refuses (not on its allowlist). */
    static synchronized String tcpDenied() {
        start();
        return denied.addr().toString();
    }

    private static void start() {
        if (server != null) {
            return;
        }
        Path site = Path.of(System.getProperty("gonet.testSite", "target/test-site")).toAbsolutePath();
        try {
            Listener gone = new ListenConfig().withPlatform(new JvmPlatform()).listen("tcp", "127.0.0.1:0");
            closed = gone.addr().toString();
            gone.close();
            echo = echoServer();
            denied = echoServer();
            server = DemoServer.start(0, List.of(site), List.of(echo.addr().toString()));
            other = DemoServer.start(0, List.of(site));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            other.close();
            closeQuietly(echo);
            closeQuietly(denied);
        }));
    }

    /** A TCP echo on 127.0.0.1, one virtual thread per connection, on gonet's JVM platform. */
    private static Listener echoServer() throws IOException {
        Listener ln = new ListenConfig().withPlatform(new JvmPlatform()).listen("tcp", "127.0.0.1:0");
        Thread.ofVirtual().name("tcp echo " + ln.addr()).start(() -> {
            while (true) {
                Conn c;
                try {
                    c = ln.accept();
                } catch (IOException closed) {
                    return;
                }
                Thread.ofVirtual().start(() -> {
                    byte[] buf = new byte[32 * 1024];
                    try (c) {
                        int n;
                        while ((n = c.read(buf)) >= 0) {
                            c.write(buf, 0, n);
                        }
                    } catch (IOException ended) {
                        // the client went away
                    }
                });
            }
        });
        return ln;
    }

    private static void closeQuietly(Listener ln) {
        try {
            ln.close();
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }
}
