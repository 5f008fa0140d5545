package dev.gonet.jvm.interop.http;

import static dev.gonet.jvm.interop.http.Clients.body;
import static dev.gonet.jvm.interop.http.Clients.getOk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.Response;
import dev.gonet.http.Transport;
import dev.gonet.jvm.interop.Peers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gonet's client pool against nginx, over HTTP and HTTPS. nginx numbers its connections
 * ({@code X-Conn}) and the requests on each ({@code X-Conn-Requests}) and logs every attempt, so
 * reuse, new connections and retries are seen from the server's side: keep-alive, nginx closing
 * after {@code keepalive_requests}, after an idle timeout and without answering (444), a body
 * closed early, and concurrent requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NginxConnectionsTest {
    /** POSTs to /drop per scheme; see {@link #unansweredRequestIsRetriedOnlyWhenIdempotent}. */
    private static final int POST_ROUNDS = 50;

    private GoHttpServer go;
    private Nginx nginx;
    private Transport transport;
    private Client client;

    @BeforeAll
    void start() throws IOException {
        go = new GoHttpServer();
        nginx = new Nginx(go);
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (go != null) {
            go.close();
        }
    }

    @BeforeEach
    void freshClient() {
        transport = Clients.transport();
        client = new Client(transport);
    }

    @AfterEach
    void closeIdle() {
        transport.closeIdleConnections();
    }

    private String url(String scheme, String path) {
        return nginx.url(scheme.equals("https"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void keepAliveReusesOneConnection(String scheme) throws IOException {
        List<String> conns = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Response r = client.get(url(scheme, "/small.txt"));
            body(r);
            conns.add(r.header().get("X-Conn"));
            assertEquals(Integer.toString(i), r.header().get("X-Conn-Requests"), "request number on the connection");
        }
        assertEquals(1, conns.stream().distinct().count(), "nginx connection numbers " + conns);
        assertEquals(1, transport.idleConnCount(), "idle connections after sequential requests");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void serverClosesAfterKeepaliveRequests(String scheme) throws IOException {
        // keepalive_requests 3: the third response says "Connection: close", nginx closes.
        List<Response> rs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Response r = client.get(url(scheme, "/ka3/small.txt"));
            assertArrayEquals(Nginx.SMALL, body(r));
            rs.add(r);
        }
        String first = rs.get(0).header().get("X-Conn");
        assertEquals(first, rs.get(2).header().get("X-Conn"), "requests 1-3 on one connection");
        assertTrue(rs.get(2).wantsClose(), "third response: Connection: close");
        assertFalse(rs.get(1).wantsClose(), "second response keeps the connection");
        assertNotEquals(first, rs.get(3).header().get("X-Conn"), "fourth request on a new connection");
        assertEquals("1", rs.get(3).header().get("X-Conn-Requests"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void requestAfterServerIdleTimeoutSucceeds(String scheme) throws Exception {
        // After this response nginx gives the connection 300 ms of idleness, then closes it
        // without a word, as servers do. Whether the client sees the close while the connection
        // idles or only when it tries to reuse it (then retrying the GET on a new connection, as
        // Go does), the next request must succeed.
        Response r = client.get(url(scheme, "/short-idle/small.txt"));
        body(r);
        Thread.sleep(1000);
        Response next = client.get(url(scheme, "/small.txt"));
        assertArrayEquals(Nginx.SMALL, body(next));
        assertNotEquals(r.header().get("X-Conn"), next.header().get("X-Conn"), "a new connection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void unansweredRequestIsRetriedOnlyWhenIdempotent(String scheme) throws IOException {
        // /drop is nginx's 444: the connection closes without a response. On a reused
        // connection Go's transport sends a GET once more on a new connection (which nginx drops
        // too), and a POST not at all: it reached the server, and sending it again could repeat
        // its effect. nginx's access log shows every attempt. Go 1.19's client against this
        // nginx: the same log lines and these texts (and never a second POST in 200 rounds).
        // The POST runs many times because the mistake it guards against is a race: deciding
        // "nothing was written, safe to resend" before the writer thread has finished (Go waits
        // for its write loop first).
        String drop = url(scheme, "/drop");
        int logged = nginx.accessLog().size();
        getOk(client, url(scheme, "/small.txt"));
        ClientException get = assertThrows(ClientException.class, () -> client.get(drop));
        assertEquals("Get \"" + drop + "\": EOF", get.getMessage());
        List<String> expected = new ArrayList<>(List.of("2 GET 444", "1 GET 444"));
        for (int i = 0; i < POST_ROUNDS; i++) {
            getOk(client, url(scheme, "/small.txt"));
            ClientException post = assertThrows(ClientException.class,
                    () -> client.post(drop, "text/plain", "data".getBytes()));
            assertEquals("Post \"" + drop + "\": EOF", post.getMessage());
            expected.add("2 POST 444");
        }
        List<String> drops = new ArrayList<>();
        for (String line : nginx.accessLog().subList(logged, nginx.accessLog().size())) {
            String[] f = line.split(" "); // connection, request number, method, uri, status
            if (f[3].equals("/drop")) {
                drops.add(f[1] + " " + f[2] + " " + f[4]);
            }
        }
        assertEquals(expected, drops, "attempts (request number on its connection, method, status)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void concurrentDownloadsShareThePool(String scheme) throws Exception {
        // Eight gzip downloads at once on one transport, so several connections to one host;
        // afterwards at most two stay idle (Go's DefaultMaxIdleConnsPerHost).
        List<Thread> threads = new ArrayList<>();
        List<String> hashes = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    hashes.add(Peers.sha256(getOk(client, url(scheme, "/text.txt"))));
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures.stream().map(Throwable::toString).toList());
        assertEquals(List.of(Peers.sha256(Nginx.TEXT)), hashes.stream().distinct().toList());
        assertEquals(8, hashes.size());
        assertTrue(transport.idleConnCount() <= Transport.DEFAULT_MAX_IDLE_CONNS_PER_HOST,
                "idle connections: " + transport.idleConnCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "https"})
    void bodyClosedEarlyIsNotReused(String scheme) throws IOException {
        // Closing a body before its end closes the connection (Go): the rest of the 8 MiB is
        // still on its way, and the next response must not be read from the middle of it.
        Response large = client.get(url(scheme, "/large.bin"));
        try (InputStream in = large.body()) {
            assertEquals(1024, in.readNBytes(1024).length);
        }
        Response next = client.get(url(scheme, "/small.txt"));
        assertArrayEquals(Nginx.SMALL, body(next));
        assertNotEquals(large.header().get("X-Conn"), next.header().get("X-Conn"), "a new connection");
    }
}
