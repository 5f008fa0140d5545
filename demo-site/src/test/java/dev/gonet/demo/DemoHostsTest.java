package dev.gonet.demo;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.jvm.JvmPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 8: the demo server answers only its own Hosts, so a DNS-rebound page
 * ({@code Host: evil.example}, {@code Origin: http://evil.example}) gets 421 instead of the
 * pages, the API and a 101 from the relay (which it got before); the relay takes only the
 * server's own origins. Raw requests over TCP on loopback: the JDK client cannot set Host.
 */
class DemoHostsTest {
    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    static DemoServer server;
    static String own;

    @BeforeAll
    static void start() throws Exception {
        // One relay target (nothing listens there: the upgrade is what is tested, not the dial).
        server = DemoServer.start("127.0.0.1:0", List.of(), List.of("127.0.0.1:1"), List.of("demo.example"));
        own = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends {@code request} and returns everything the server answers within a second (head and body). */
    private static String exchange(String request) throws IOException {
        try (Conn c = new Dialer().withPlatform(new JvmPlatform()).withTimeout(Duration.ofSeconds(5))
                .dial("tcp", own)) {
            c.write(request.getBytes(ISO_8859_1));
            c.setReadDeadline(Instant.now().plusSeconds(1));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = c.read(buf)) >= 0;) {
                    got.write(buf, 0, n);
                    if (got.toString(ISO_8859_1).startsWith("HTTP/1.1 101")) {
                        break; // a WebSocket: nothing more comes unasked
                    }
                }
            } catch (IOException timeout) {
                // a kept-alive connection: what arrived is the answer
            }
            return got.toString(ISO_8859_1);
        }
    }

    private static String get(String path, String host) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static String upgrade(String path, String host, String origin) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + KEY + "\r\nSec-WebSocket-Version: 13\r\nOrigin: " + origin + "\r\n\r\n");
    }

    @Test
    void ownHostsAreServedOthersGet421() throws IOException {
        int port = server.port();
        for (String host : List.of(own, "localhost:" + port, "LocalHost:" + port, "demo.example:" + port)) {
            String r = get("/", host);
            assertTrue(r.startsWith("HTTP/1.1 200 "), host + ": " + r);
        }
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1:" + (port + 1), "127.0.0.2:" + port)) {
            String r = get("/api/text?s=x", host);
            assertTrue(r.startsWith("HTTP/1.1 421 Misdirected Request\r\n"), host + ": " + r);
            String body = "gonet demo: Host \"" + host + "\" is not served here (allowed: " + own + ", localhost:" + port
                    + ", demo.example:" + port + "; add names with --allow-host)\n";
            assertTrue(r.endsWith("\r\n\r\n" + body), host + ": " + r);
        }
    }

    /** The rebinding attack on the relay: 101 before the fix; now 421 for the Host, and 403 for a foreign origin. */
    @Test
    void aReboundPageCannotReachTheRelay() throws IOException {
        String path = "/ws/relay?target=127.0.0.1:1";
        String rebound = upgrade(path, "evil.example:" + server.port(), "http://evil.example:" + server.port());
        System.out.println("demo DNS rebinding: Host evil.example + Origin http://evil.example on /ws/relay: "
                + rebound.substring(0, rebound.indexOf("\r\n")) + " (before the fix: 101)");
        assertTrue(rebound.startsWith("HTTP/1.1 421 "), rebound);
        // Its own Host but another page's origin (the other demo server's, say): the relay's allowed origins.
        String foreign = upgrade(path, own, "http://127.0.0.1:" + (server.port() + 1));
        assertTrue(foreign.startsWith("HTTP/1.1 403 "), foreign);
        assertTrue(upgrade(path, own, "http://" + own).startsWith("HTTP/1.1 101 "), "the page's own origin");
        assertTrue(upgrade(path, own, "http://localhost:" + server.port()).startsWith("HTTP/1.1 101 "),
                "a page loaded as localhost");
    }

    /** The echo keeps the same-host policy, which the Host check makes rebinding-proof. */
    @Test
    void echoTakesItsOwnOriginOnly() throws IOException {
        assertTrue(upgrade("/ws/echo", own, "http://" + own).startsWith("HTTP/1.1 101 "));
        assertTrue(upgrade("/ws/echo", own, "http://evil.example").startsWith("HTTP/1.1 403 "));
        assertTrue(upgrade("/ws/echo", "evil.example", "http://evil.example").startsWith("HTTP/1.1 421 "));
    }
}
