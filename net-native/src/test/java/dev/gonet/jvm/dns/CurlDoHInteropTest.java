package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.dns.DoHHandler;
import dev.gonet.dns.Zone;
import dev.gonet.http.Server;
import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.tls.TestPKI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our {@link DoHHandler} queried by a client that is not ours: curl, told to resolve through it
 * with {@code --doh-url} (and to trust the test CA), fetches a page from a second local server
 * by a name that only our zone knows.
 */
class CurlDoHInteropTest {
    @TempDir
    Path dir;

    @Test
    void curlResolvesThroughOurHandler() throws Exception {
        Peers.ensureApt("curl");
        TestPKI pki = TestPKI.get();
        AtomicInteger queries = new AtomicInteger();
        List<String> methods = Collections.synchronizedList(new ArrayList<>());
        DoHHandler doh = DoHHandler.forZone(Zone.builder("gonet.test").a("page", "127.0.0.1").build());
        Server dns = new Server("", (w, r) -> {
            queries.incrementAndGet();
            methods.add(r.method());
            doh.serveHTTP(w, r);
        });
        Server page = new Server("", (w, r) -> w.writeString("hello from " + r.host()));
        Listener dl = Net.listen("tcp", "127.0.0.1:0");
        Listener pl = Net.listen("tcp", "127.0.0.1:0");
        Thread.ofVirtual().start(() -> DoHLoopbackTest.serve(() -> dns.serveTLS(dl, pki.server.certPem(), pki.server.keyPem())));
        Thread.ofVirtual().start(() -> DoHLoopbackTest.serve(() -> page.serve(pl)));
        try {
            Path ca = dir.resolve("ca.pem");
            Files.writeString(ca, pki.caPem);
            String port = pl.addr().toString().substring(pl.addr().toString().lastIndexOf(':') + 1);
            String target = "http://page.gonet.test:" + port + "/";
            Process curl = new ProcessBuilder("curl", "-sS", "--max-time", "10", "--doh-url",
                    "https://" + dl.addr() + "/dns-query", "--cacert", ca.toString(), target)
                    .redirectErrorStream(true).start();
            String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(curl.waitFor(20, TimeUnit.SECONDS), "curl finished");
            assertEquals(0, curl.exitValue(), "curl: " + out);
            assertEquals("hello from page.gonet.test:" + port, out, "the page, reached by the name our zone gave");
            assertTrue(queries.get() >= 1, "curl asked our handler: " + queries.get() + " queries");
            assertTrue(methods.stream().allMatch(m -> m.equals("POST") || m.equals("GET")), "methods " + methods);
        } finally {
            dns.close();
            page.close();
        }
    }
}
