package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Debian's curl (7.88, OpenSSL) against gonet's HTTP server, over HTTP and HTTPS on loopback:
 * the methods, body framings, {@code Expect: 100-continue}, keep-alive, HTTP/1.0, and
 * certificate checks as a real client does them. curl's own reports ({@code -w}, {@code -v})
 * are checked together with what the server saw.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CurlServerInteropTest {
    private static HttpPKI pki;

    @BeforeAll
    static void tools() throws Exception {
        Peers.ensureApt("curl");
        pki = new HttpPKI();
    }

    @AfterAll
    static void removeKeys() throws Exception {
        pki.close();
    }

    /** curl with the options every call shares: quiet but errors shown, bounded, never a proxy. */
    private static Cmd.Result curl(Path stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-sS", "--max-time", "20", "--noproxy", "*"));
        cmd.addAll(List.of(args));
        return Cmd.run(Duration.ofSeconds(30), stdin, cmd);
    }

    private static Cmd.Result curl(String... args) throws Exception {
        return curl(null, args);
    }

    private static Path randomFile(int size, long seed) throws Exception {
        Path f = Files.createTempFile("gonet-curl", ".bin");
        Files.write(f, Ours.random(size, seed));
        return f;
    }

    private static String sumOf(Path f, String te) throws Exception {
        byte[] b = Files.readAllBytes(f);
        return "len=" + b.length + " sha=" + OurHttpServer.sha256Hex(b) + " te=" + te + " trailer=";
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void get(String host) throws Exception {
        try (OurHttpServer s = new OurHttpServer(host, null)) {
            Cmd.Result r = curl("-i", "-w", "|%{http_code}", s.url("http", "/hello"));
            assertEquals(0, r.exit(), r.toString());
            String out = r.text();
            assertTrue(out.startsWith("HTTP/1.1 200 OK\r\n"), out);
            assertTrue(out.contains("\r\nContent-Type: text/plain\r\n"), out);
            assertTrue(out.contains("\r\nContent-Length: 13\r\n"), out);
            assertTrue(out.contains("\r\nDate: "), out);
            assertTrue(out.endsWith("\r\n\r\nHello, World!|200"), out);
        }
    }

    @Test
    void head() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Cmd.Result r = curl("-I", "-w", "|%{http_code} %{size_download}", s.url("http", "/hello"));
            assertEquals(0, r.exit(), r.toString());
            String out = r.text();
            assertTrue(out.startsWith("HTTP/1.1 200 OK\r\n"), out);
            assertTrue(out.contains("\r\nContent-Length: 13\r\n"), out);
            assertTrue(out.endsWith("\r\n\r\n|200 0"), "no body after a HEAD: " + out);
        }
    }

    @Test
    void postWithABody() throws Exception {
        Path f = randomFile(300_000, 1);
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            // "Expect:" (empty) keeps curl from asking for 100-continue; that has its own test
            Cmd.Result r = curl("-H", "Expect:", "--data-binary", "@" + f, s.url("http", "/sum"));
            assertEquals(0, r.exit(), r.toString());
            assertEquals(sumOf(f, ""), r.text());
            assertEquals(List.of("sum " + sumOf(f, "")), s.seen);
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void chunkedUploadFromStdin() throws Exception {
        Path f = randomFile(500_000, 2);
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Cmd.Result r = curl(f, "-H", "Transfer-Encoding: chunked", "-H", "Expect:", "--data-binary", "@-",
                    s.url("http", "/sum"));
            assertEquals(0, r.exit(), r.toString());
            assertEquals(sumOf(f, "chunked"), r.text());
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void expectContinueOnALargePost() throws Exception {
        Path f = randomFile(3 << 20, 3);
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Cmd.Result r = curl("-v", "-H", "Expect: 100-continue", "--data-binary", "@" + f,
                    "-w", "|%{http_code} %{size_upload}", s.url("http", "/sum"));
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.err().contains("< HTTP/1.1 100 Continue"), r.err());
            assertEquals(sumOf(f, "") + "|200 " + (3 << 20), r.text());
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void expectContinueRefusedSavesTheUpload() throws Exception {
        Path f = randomFile(3 << 20, 4);
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Cmd.Result r = curl("-v", "-H", "Expect: 100-continue", "--data-binary", "@" + f,
                    "-w", "%{http_code} %{size_upload}", s.url("http", "/reject"));
            assertEquals(0, r.exit(), r.toString());
            assertEquals("413 0", r.text(), "the final status came first, so curl sent none of the body");
            assertFalse(r.err().contains("100 Continue"), r.err());
            assertEquals(List.of("reject"), s.seen);
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void keepAliveReusesOneConnection() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            String u = s.url("http", "/hello");
            Cmd.Result r = curl("-v", u, u, u);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("Hello, World!".repeat(3), r.text());
            assertEquals(2, count(r.err(), "Re-using existing connection"), r.err());
            assertEquals(1, s.opened.get(), "connections the server accepted");
        }
    }

    @Test
    void http10ClosesAfterEachResponse() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            String u = s.url("http", "/hello");
            Cmd.Result r = curl("--http1.0", "-i", u, u);
            assertEquals(0, r.exit(), r.toString());
            String one = "HTTP/1.0 200 OK\r\n";
            assertEquals(2, count(r.text(), one), r.text());
            assertEquals(2, count(r.text(), "\r\nContent-Length: 13\r\n"), r.text());
            assertFalse(r.text().contains("Connection: keep-alive"), r.text());
            assertEquals(2, s.opened.get(), "an HTTP/1.0 request without keep-alive gets its own connection");
        }
    }

    @Test
    void http10StreamedBodyEndsWithTheConnection() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Cmd.Result r = curl("--http1.0", "-i", s.url("http", "/stream?n=100000"));
            assertEquals(0, r.exit(), r.toString());
            byte[] out = r.out();
            String head = new String(out, 0, indexOfBlankLine(out), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.0 200 OK\r\n"), head);
            assertFalse(head.contains("Transfer-Encoding"), "no chunking for HTTP/1.0: " + head);
            assertFalse(head.contains("Content-Length"), head);
            assertEquals(OurHttpServer.sha256Hex(OurHttpServer.pattern(100_000)), OurHttpServer.sha256Hex(
                    java.util.Arrays.copyOfRange(out, indexOfBlankLine(out) + 4, out.length)));
        }
    }

    @Test
    void chunkedDownloadWithATrailer() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Path headers = Files.createTempFile("gonet-curl", ".headers");
            try {
                Cmd.Result r = curl("-D", headers.toString(), s.url("http", "/stream?n=100000"));
                assertEquals(0, r.exit(), r.toString());
                byte[] want = OurHttpServer.pattern(100_000);
                assertEquals(OurHttpServer.sha256Hex(want), OurHttpServer.sha256Hex(r.out()));
                String h = Files.readString(headers);
                assertTrue(h.contains("\r\nTransfer-Encoding: chunked\r\n"), h);
                assertTrue(h.contains("\r\nTrailer: X-Sum\r\n"), h);
                // curl hands trailers to its header output after the body
                assertTrue(h.contains("\r\nX-Sum: " + OurHttpServer.sha256Hex(want) + "\r\n"), h);
            } finally {
                Files.delete(headers);
            }
        }
    }

    private static int indexOfBlankLine(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no end of head in " + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void httpsByNameWithTheTestCA() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", pki)) {
            Cmd.Result r = curl("--cacert", pki.caFile.toString(), "--resolve", "localhost:" + s.port() + ":127.0.0.1",
                    "-w", "|%{http_code} %{http_version} %{ssl_verify_result}",
                    "https://localhost:" + s.port() + "/hello");
            assertEquals(0, r.exit(), r.toString());
            // curl offers h2 and http/1.1 by ALPN; the server speaks HTTP/1.1 only and says so
            assertEquals("Hello, World!|200 1.1 0", r.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void httpsByAddressKeepsTheConnection(String host) throws Exception {
        try (OurHttpServer s = new OurHttpServer(host, pki)) {
            String u = s.url("https", "/hello");
            Cmd.Result r = curl("-v", "--cacert", pki.caFile.toString(), u, u);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("Hello, World!".repeat(2), r.text());
            assertTrue(r.err().contains("ALPN: server accepted http/1.1"), r.err());
            assertEquals(1, count(r.err(), "Re-using existing connection"), r.err());
            assertEquals(1, s.opened.get());
        }
    }

    @Test
    void hostnameMismatchFailsAndTheServerCarriesOn() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", pki)) {
            Cmd.Result r = curl("--cacert", pki.caFile.toString(), "--resolve",
                    "wrong.example:" + s.port() + ":127.0.0.1", "https://wrong.example:" + s.port() + "/hello");
            assertEquals(60, r.exit(), "curl's CURLE_PEER_FAILED_VERIFICATION: " + r);
            assertTrue(r.err().contains("no alternative certificate subject name matches target host name 'wrong.example'"),
                    r.err());
            Cmd.Result ok = curl("--cacert", pki.caFile.toString(), s.url("https", "/hello"));
            assertEquals("Hello, World!", ok.text(), ok.toString());
            // curl checks the name after a complete handshake and leaves with close_notify: to
            // the server (as to Go's) that is a client that sent no request, nothing to log.
            assertEquals(List.of(), s.log);
            assertEquals(2, s.opened.get());
        }
    }

    @Test
    void unknownCAFails() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", pki)) {
            Cmd.Result r = curl("--cacert", "/etc/ssl/certs/ca-certificates.crt", s.url("https", "/hello"));
            assertEquals(60, r.exit(), r.toString());
            assertTrue(r.err().contains("unable to get local issuer certificate"), r.err());
            // OpenSSL checks the chain inside the handshake and sends an alert, which the server logs
            awaitLog(s, "http: TLS handshake error from 127.0.0.1:");
        }
    }

    /** The server logs a failed handshake when it notices, shortly after the client gave up. */
    static void awaitLog(OurHttpServer s, String prefix) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (s.log.stream().noneMatch(l -> l.startsWith(prefix))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no log line starting '" + prefix + "' in " + s.log);
            }
            Thread.sleep(10);
        }
    }
}
