package dev.gonet.demo;

import static dev.gonet.demo.Http.field;
import static dev.gonet.demo.Http.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.NetException;
import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The demo server over loopback TCP: what it serves, with which type, and what it refuses. */
class DemoServerTest {
    @TempDir
    static Path tmp;
    static DemoServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Path www = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(www.resolve("extra.txt"), "from the extra root\n");
        Files.createDirectories(www.resolve("gonet"));
        Files.writeString(www.resolve("gonet/override.js"), "export const overridden = true;\n");
        server = DemoServer.start(0, List.of(www));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A path, its Content-Type, and the class-path resource its body must equal. */
    private record TypeCase(String path, String contentType, String resource) {
    }

    static final TypeCase[] TYPES = {
        new TypeCase("/gonet/gonet.mjs", "text/javascript; charset=utf-8", "gonet/gonet.mjs"),
        new TypeCase("/gonet/js/gonet.js", "text/javascript; charset=utf-8", "gonet/js/gonet.js"),
        new TypeCase("/gonet/wasm-gc/gonet.wasm", "application/wasm", "gonet/wasm-gc/gonet.wasm"),
        new TypeCase("/gonet/wasm-gc/gonet.wasm-runtime.js", "text/javascript; charset=utf-8",
            "gonet/wasm-gc/gonet.wasm-runtime.js"),
        new TypeCase("/gonet/gonet.d.ts", "text/plain; charset=utf-8", "gonet/gonet.d.ts"),
        new TypeCase("/gonet/package.json", "application/json", "gonet/package.json"),
        new TypeCase("/", "text/html; charset=utf-8", "site/index.html"),
        new TypeCase("/demo.js", "text/javascript; charset=utf-8", "site/demo.js"),
        new TypeCase("/demo.css", "text/css; charset=utf-8", "site/demo.css"),
        new TypeCase("/ws.html", "text/html; charset=utf-8", "site/ws.html"),
        new TypeCase("/terminal.js", "text/javascript; charset=utf-8", "site/terminal.js"),
        new TypeCase("/benchmarks.json", "application/json", "site/benchmarks.json"),
    };

    @TestFactory
    Stream<DynamicTest> typesAndBytes() {
        return Stream.of(TYPES).map(t -> DynamicTest.dynamicTest(t.path(), () -> {
            HttpResponse<byte[]> r = get(base + t.path());
            assertEquals(200, r.statusCode(), t.path());
            assertEquals(t.contentType(), field(r, "Content-Type"), t.path() + " Content-Type");
            assertArrayEquals(Http.resource(t.resource()), r.body(), t.path() + " body");
            assertEquals(Long.toString(r.body().length), field(r, "Content-Length"), t.path() + " Content-Length");
        }));
    }

    @Test
    void urlAndPort() {
        assertTrue(server.port() > 0, "port " + server.port());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
        assertEquals("127.0.0.1:" + server.port(), server.addr());
    }

    @Test
    void extraRootsComeFirstAndReachGonet() throws Exception {
        HttpResponse<byte[]> r = get(base + "/extra.txt");
        assertEquals(200, r.statusCode());
        assertEquals("from the extra root\n", new String(r.body(), UTF_8));
        assertEquals("text/plain; charset=utf-8", field(r, "Content-Type"));
        HttpResponse<byte[]> js = get(base + "/gonet/override.js");
        assertEquals("export const overridden = true;\n", new String(js.body(), UTF_8));
    }

    @Test
    void missingFilesAreGo404s() throws Exception {
        for (String p : List.of("/nope.html", "/gonet/nope.js", "/gonet/js/nope.js", "/META-INF/MANIFEST.MF",
                "/dev/gonet/demo/DemoServer.class", "/site/demo.js", "/gonet/gonet/gonet.mjs")) {
            HttpResponse<byte[]> r = get(base + p);
            assertEquals(404, r.statusCode(), p);
            assertEquals("404 page not found\n", new String(r.body(), UTF_8), p);
            assertEquals("text/plain; charset=utf-8", field(r, "Content-Type"), p);
            assertEquals("nosniff", field(r, "X-Content-Type-Options"), p);
        }
    }

    @Test
    void traversalIsRefusedWithoutLeaking() throws Exception {
        String[] attacks = {"/../pom.xml", "/%2e%2e/", "/%2e%2e/pom.xml", "/%2E%2E/secret.txt", "/gonet/../../",
            "/gonet/../../pom.xml", "/..%2fsecret.txt", "/..%5csecret.txt", "/gonet/%2e%2e/%2e%2e/secret.txt",
            "/gonet/..%2f..%2fMETA-INF/MANIFEST.MF", "/extra.txt/../../secret.txt", "/..", "/gonet/..",
            "/gonet/%5c..%5csecret.txt"};
        for (String a : attacks) {
            HttpResponse<byte[]> r = get(base + a);
            String body = new String(r.body(), UTF_8);
            assertEquals(400, r.statusCode(), a);
            assertEquals("invalid URL path\n", body, a);
        }
        // Not traversal, but outside the roots all the same: not found, never the file.
        String[] outside = {tmp.resolve("secret.txt").toString(), "/%00", "/secret.txt%00", "/..secret.txt",
            "/gonet/%5csecret.txt"};
        for (String a : outside) {
            HttpResponse<byte[]> r = get(base + a);
            assertFalse(new String(r.body(), UTF_8).contains("TOP SECRET"), a + " leaked the secret");
            assertEquals(404, r.statusCode(), a);
        }
    }

    private record RedirectCase(String path, String location) {
    }

    @Test
    void uncleanPathsAreRedirectedInsideTheSite() throws Exception {
        RedirectCase[] t = {
            new RedirectCase("//pom.xml", "/pom.xml"), new RedirectCase("/./demo.js", "/demo.js"),
            new RedirectCase("/gonet", "/gonet/"), new RedirectCase("/index.html", "./"),
            new RedirectCase("/gonet/js//gonet.js", "/gonet/js/gonet.js"),
        };
        for (RedirectCase c : t) {
            HttpResponse<byte[]> r = get(base + c.path());
            assertEquals(301, r.statusCode(), "GET " + c.path() + ": status");
            assertEquals(c.location(), field(r, "Location"), "GET " + c.path() + ": Location");
        }
        assertEquals(404, get(base + "/pom.xml").statusCode(), "the redirect target of //pom.xml");
    }

    @Test
    void headSendsTheFieldsWithoutBody() throws Exception {
        byte[] js = Http.resource("gonet/js/gonet.js");
        HttpResponse<byte[]> r = Http.send("HEAD", base + "/gonet/js/gonet.js");
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(Long.toString(js.length), field(r, "Content-Length"));
        assertEquals("text/javascript; charset=utf-8", field(r, "Content-Type"));
        assertFalse(field(r, "Etag").isEmpty(), "Etag on HEAD");

        HttpResponse<byte[]> gz = Http.send("HEAD", base + "/gonet/js/gonet.js", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> full = get(base + "/gonet/js/gonet.js", "Accept-Encoding", "gzip");
        assertEquals(0, gz.body().length);
        assertEquals("gzip", field(gz, "Content-Encoding"));
        assertEquals(Long.toString(full.body().length), field(gz, "Content-Length"), "HEAD gives GET's gzip length");
        assertEquals(field(full, "Etag"), field(gz, "Etag"));
    }

    @Test
    void otherMethodsAre405() throws Exception {
        for (String m : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<byte[]> r = Http.send(m, base + "/gonet/gonet.mjs");
            assertEquals(405, r.statusCode(), m);
            assertEquals("GET, HEAD", field(r, "Allow"), m);
        }
    }

    @Test
    void directoriesAreListed() throws Exception {
        HttpResponse<byte[]> r = get(base + "/gonet/");
        assertEquals(200, r.statusCode());
        String body = new String(r.body(), UTF_8);
        for (String entry : List.of("gonet.mjs", "gonet.d.ts", "js/", "wasm-gc/")) {
            assertTrue(body.contains("<a href=\"" + entry + "\">"), "listing of /gonet/ lacks " + entry + ": " + body);
        }
    }

    private static final Dialer WS = new Dialer().withPlatform(new JvmPlatform()).withTimeout(Duration.ofSeconds(5));

    /** {@code /api/services} names the TCP echo the server started, and the relay reaches it. */
    @Test
    void tcpEchoIsOnLoopbackNamedByServicesAndRelayed() throws Exception {
        String echo = server.tcpEcho();
        assertTrue(echo.matches("127\\.0\\.0\\.1:\\d+"), echo);
        HttpResponse<byte[]> r = get(base + "/api/services");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", field(r, "Content-Type"));
        assertEquals("{\"tcpEcho\": \"" + echo + "\", \"relay\": \"/ws/relay\", \"doh\": \"/dns-query\", "
                + "\"zone\": \"gonet.test\"}\n", new String(r.body(), UTF_8));
        try (Conn c = WS.dial("ws", "ws" + base.substring(4) + "/ws/relay?target=" + echo)) {
            c.write("through the relay".getBytes(UTF_8));
            byte[] got = new byte[17];
            for (int off = 0; off < got.length;) {
                int n = c.read(got, off, got.length - off);
                assertTrue(n > 0, "EOF after " + off);
                off += n;
            }
            assertEquals("through the relay", new String(got, UTF_8));
        }
        // other targets stay refused
        NetException e = assertThrows(NetException.class, () -> WS.dial("ws", "ws" + base.substring(4)
                + "/ws/relay?target=127.0.0.1:1"));
        assertTrue(e.getMessage().contains("403"), e.getMessage());
    }

    @Test
    void withoutTcpEcho() throws Exception {
        DemoServer s = DemoServer.start("127.0.0.1:0", List.of(), List.of(), List.of(), -1);
        try {
            assertEquals(null, s.tcpEcho());
            HttpResponse<byte[]> r = get(s.url() + "api/services");
            assertTrue(new String(r.body(), UTF_8).startsWith("{\"tcpEcho\": null, "), new String(r.body(), UTF_8));
        } finally {
            s.close();
        }
    }

    @Test
    void startAndCloseOwnServer() throws Exception {
        DemoServer s = DemoServer.start(0, List.of());
        String url = s.url();
        assertEquals(200, get(url).statusCode());
        long t0 = System.nanoTime();
        s.close(); // with the client's idle keep-alive connection still open
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 1500, "close took " + ms + " ms");
        assertThrows(ConnectException.class, () -> get(url));
        String echo = s.tcpEcho();
        assertThrows(IOException.class, () -> new java.net.Socket(echo.substring(0, echo.indexOf(':')),
                Integer.parseInt(echo.substring(echo.indexOf(':') + 1))).close(), "the TCP echo stops with it");
    }

    @Test
    void missingExtraRootFailsAtStart() {
        Path nowhere = tmp.resolve("no-such-dir");
        Exception e = assertThrows(java.io.IOException.class, () -> DemoServer.start(0, List.of(nowhere)));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
    }

    @Test
    void containsDotDotAsGo() {
        assertTrue(DemoServer.containsDotDot("/.."));
        assertTrue(DemoServer.containsDotDot("/a/../b"));
        assertTrue(DemoServer.containsDotDot("/a\\..\\b"));
        assertFalse(DemoServer.containsDotDot("/a..b/..c/"));
        assertFalse(DemoServer.containsDotDot("/.../x"));
    }
}
