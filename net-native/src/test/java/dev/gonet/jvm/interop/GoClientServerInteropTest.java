package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go 1.19's net/http client ({@code src/test/go/httppeer client}) against gonet's HTTP server:
 * connection reuse, concurrency, chunked bodies and trailers both ways, 100-continue, HTTPS with
 * a private root CA, and redirects. The Go side reports each response as a {@code RESP} line of
 * facts (status, reuse, transfer coding, trailer, hashes); the server side reports what it read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GoClientServerInteropTest {
    private static HttpPKI pki;

    @BeforeAll
    static void tools() throws Exception {
        GoProgram.httpPeer();
        pki = new HttpPKI();
    }

    @AfterAll
    static void removeKeys() throws Exception {
        pki.close();
    }

    /** Runs the Go client; it must exit 0 and print "OK n" after n RESP lines, returned parsed. */
    private static List<Map<String, String>> go(String... args) throws Exception {
        Cmd.Result r = goRun(args);
        assertEquals(0, r.exit(), r.toString());
        List<Map<String, String>> resps = new ArrayList<>();
        String last = "";
        for (String line : r.text().split("\n")) {
            if (line.startsWith("RESP ")) {
                resps.add(parse(line.substring(5)));
            }
            last = line;
        }
        assertEquals("OK " + resps.size(), last, r.toString());
        return resps;
    }

    private static Cmd.Result goRun(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(GoProgram.httpPeer().toString(), "client"));
        cmd.addAll(List.of(args));
        return Cmd.run(Duration.ofSeconds(45), null, cmd);
    }

    /** {@code k=v k=v ... text="..."}: '+' in a value stands for a space; the quoted text comes last. */
    static Map<String, String> parse(String line) {
        Map<String, String> m = new LinkedHashMap<>();
        int t = line.indexOf(" text=");
        if (t >= 0) {
            m.put("text", line.substring(t + 6));
            line = line.substring(0, t);
        }
        for (String kv : line.split(" ")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), kv.substring(eq + 1).replace('+', ' '));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sequentialRequestsShareOneConnection(String host) throws Exception {
        try (OurHttpServer s = new OurHttpServer(host, null)) {
            List<Map<String, String>> rs = go("-url", s.url("http", "/hello"), "-n", "20");
            assertEquals(20, rs.size());
            for (Map<String, String> r : rs) {
                assertEquals("200", r.get("status"), r.toString());
                assertEquals("HTTP/1.1", r.get("proto"));
                assertEquals("\"Hello, World!\"", r.get("text"));
                assertEquals("13", r.get("cl"));
                assertEquals("text/plain", r.get("ctype"));
                assertEquals(String.valueOf(!r.get("k").equals("0")), r.get("reused"), r.toString());
                assertEquals(rs.get(0).get("local"), r.get("local"), "one client connection throughout");
            }
            assertEquals(1, s.opened.get(), "connections the server accepted");
        }
    }

    @Test
    void concurrentClientsKeepTheirBodiesApart() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            List<Map<String, String>> rs = go("-url", s.url("http", "/sum"), "-method", "POST",
                    "-parallel", "8", "-n", "25", "-bytes", "3000");
            assertEquals(200, rs.size());
            Set<String> locals = new HashSet<>();
            for (Map<String, String> r : rs) {
                assertEquals("200", r.get("status"), r.toString());
                assertEquals("len=3000 sha=" + r.get("sentsha") + " te= trailer=", r.get("got"),
                        "the server read exactly what this request sent: " + r);
                locals.add(r.get("local"));
            }
            assertEquals(200, new HashSet<>(rs.stream().map(r -> r.get("sentsha")).toList()).size(), "distinct bodies");
            assertTrue(locals.size() <= 8, "at most one connection per worker: " + locals);
            assertEquals(locals.size(), s.opened.get(), "the server saw the connections the client used");
            assertEquals(200, s.seen.size());
        }
    }

    @Test
    void chunkedUploadWithATrailer() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r = go("-url", s.url("http", "/sum"), "-method", "POST", "-bytes", "200000",
                    "-chunked", "-trailer").get(0);
            String sent = r.get("sentsha");
            assertEquals("len=200000 sha=" + sent + " te=chunked trailer=" + sent, s.seen.get(0).substring(4),
                    "the handler read the chunked body and, after it, the trailer");
            assertEquals("200", r.get("status"));
        }
    }

    @Test
    void chunkedDownloadWithATrailer() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r = go("-url", s.url("http", "/stream?n=150000")).get(0);
            String want = OurHttpServer.sha256Hex(OurHttpServer.pattern(150_000));
            assertEquals("chunked", r.get("te"), r.toString());
            assertEquals("-1", r.get("cl"));
            assertEquals("150000", r.get("bodylen"));
            assertEquals(want, r.get("bodysha"));
            assertEquals(want, r.get("trailer"), "X-Sum arrived as a trailer");
        }
    }

    @Test
    void expectContinueIsAnswered() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r = go("-url", s.url("http", "/sum"), "-method", "POST", "-bytes", "1048576",
                    "-expect").get(0);
            assertEquals("true", r.get("got100"), "Go waited (up to 10 s) and got 100 Continue: " + r);
            assertEquals("1048576", r.get("sent"));
            assertEquals("sum len=1048576 sha=" + r.get("sentsha") + " te= trailer=", s.seen.get(0));
        }
    }

    @Test
    void expectContinueRefusedBodyNeverSent() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r = go("-url", s.url("http", "/reject"), "-method", "POST", "-bytes", "1048576",
                    "-expect").get(0);
            assertEquals("413", r.get("status"), r.toString());
            assertEquals("false", r.get("got100"));
            assertEquals("0", r.get("sent"), "the final status came first: Go sent none of the body");
            assertEquals(List.of("reject"), s.seen);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void httpsWithAPrivateRootCA(String host) throws Exception {
        try (OurHttpServer s = new OurHttpServer(host, pki)) {
            List<Map<String, String>> rs = go("-url", s.url("https", "/hello"), "-ca", pki.caFile.toString(), "-n", "5");
            for (Map<String, String> r : rs) {
                assertEquals("\"Hello, World!\"", r.get("text"), r.toString());
                assertEquals("TLS1.3", r.get("tls"));
                // Go offered h2 and http/1.1; the server took http/1.1, so Go stayed on HTTP/1.1
                assertEquals("http/1.1", r.get("alpn"));
                assertEquals("HTTP/1.1", r.get("proto"));
            }
            assertEquals(1, s.opened.get(), "five requests, one TLS connection");
        }
    }

    @Test
    void httpsWrongServerNameIsRefusedByGo() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", pki)) {
            Cmd.Result r = goRun("-url", s.url("https", "/hello"), "-ca", pki.caFile.toString(),
                    "-servername", "wrong.example");
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("x509: certificate is valid for localhost, not wrong.example"), r.err());
            // Go checks inside the handshake and sends an alert, which the server logs
            CurlServerInteropTest.awaitLog(s, "http: TLS handshake error from 127.0.0.1:");
        }
    }

    @Test
    void redirectsAreFollowed() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r = go("-url", s.url("http", "/redirect/3")).get(0);
            assertEquals("200", r.get("status"), r.toString());
            assertEquals("/hello", r.get("final"));
            assertEquals("\"Hello, World!\"", r.get("text"));
            assertEquals(1, s.opened.get(), "every hop on the same kept-alive connection");
        }
    }

    @Test
    void redirectedPostBecomesGetAfter302AndStaysPostAfter307() throws Exception {
        try (OurHttpServer s = new OurHttpServer("127.0.0.1", null)) {
            Map<String, String> r302 = go("-url", s.url("http", "/redirect/1"), "-method", "POST", "-bytes", "100").get(0);
            assertEquals("GET", r302.get("finalmethod"), r302.toString());
            assertEquals("/hello", r302.get("final"));
            Map<String, String> r307 = go("-url", s.url("http", "/redirect307"), "-method", "POST", "-bytes", "5000").get(0);
            assertEquals("POST", r307.get("finalmethod"), r307.toString());
            assertEquals("/sum", r307.get("final"));
            assertEquals("len=5000 sha=" + r307.get("sentsha") + " te= trailer=", r307.get("got"),
                    "Go resent the body to the 307 target");
        }
    }
}
