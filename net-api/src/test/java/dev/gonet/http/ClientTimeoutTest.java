package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetError;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Go's three client clocks: Client.Timeout (the whole call), the response header timeout, a request deadline. */
class ClientTimeoutTest {
    static final String URL = "http://slow.example/";

    /** /head stalls before answering; /body sends half a body and stalls; both until released. */
    static Handler staller(CountDownLatch release) {
        return (w, r) -> {
            if (r.url().path().equals("/body")) {
                w.header().set("Content-Length", "10");
                w.writeString("12345");
                new ResponseController(w).flush();
            }
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (r.url().path().equals("/body")) {
                w.writeString("67890");
            } else {
                w.writeString("late");
            }
        };
    }

    @Test
    void clientTimeoutWhileAwaitingHeaders() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ClientFixture f = ClientFixture.start(staller(release))) {
            Client c = f.client.withTimeout(Duration.ofMillis(200));
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> c.get(URL + "head"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("Get \"" + URL + "head\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                    e.getMessage());
            assertTrue(((NetError) e).isTimeout());
            assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": want DEADLINE_EXCEEDED");
            assertTrue(ms >= 190 && ms < 5000, ms + " ms");
            release.countDown();
            assertEquals("late", read(f.client.get(URL + "head")), "the transport carries on");
        }
    }

    @Test
    void clientTimeoutWhileReadingTheBody() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ClientFixture f = ClientFixture.start(staller(release))) {
            Client c = f.client.withTimeout(Duration.ofMillis(1000));
            Response r = c.get(URL + "body");
            byte[] first = r.body().readNBytes(5);
            assertEquals("12345", new String(first));
            IOException e = assertThrows(IOException.class, () -> r.body().read());
            assertEquals("context deadline exceeded (Client.Timeout or context cancellation while reading body)",
                    e.getMessage());
            assertTrue(((NetError) e).isTimeout());
            assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": want DEADLINE_EXCEEDED");
            r.body().close();
            release.countDown();
        }
    }

    @Test
    void responseHeaderTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ClientFixture f = ClientFixture.start(staller(release), s -> s, t -> t.withResponseHeaderTimeout(Duration.ofMillis(500)))) {
            IOException e = assertThrows(IOException.class, () -> f.client.get(URL + "head"));
            assertEquals("Get \"" + URL + "head\": net/http: timeout awaiting response headers", e.getMessage());
            assertTrue(((NetError) e).isTimeout());
            assertTrue(HttpSentinel.RESPONSE_HEADER_TIMEOUT.in(e), e + ": want RESPONSE_HEADER_TIMEOUT");
            assertFalse(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": no request deadline was set");
            // the header timeout does not limit the body
            release.countDown();
            Response r = f.client.get(URL + "body");
            assertEquals("1234567890", read(r));
        }
    }

    @Test
    void responseHeaderTimeoutStartsAfterTheBodyIsWritten() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.write(r.body().readAllBytes()), s -> s, t -> t.withResponseHeaderTimeout(Duration.ofMillis(600)))) {
            InputStream slowBody = new InputStream() {
                int n;

                @Override
                public int read() throws IOException {
                    if (n == 5) {
                        return -1;
                    }
                    ClientPoolTest.sleep(200);
                    return 'a' + n++;
                }
            };
            assertEquals("abcde", read(f.client.post(URL, "text/plain", slowBody)),
                    "1 s of upload does not count against a 600 ms header timeout");
        }
    }

    @Test
    void requestDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ClientFixture f = ClientFixture.start(staller(release))) {
            Request req = new Request("GET", URL + "head", (InputStream) null);
            req.setDeadline(Instant.now().plusMillis(150));
            IOException e = assertThrows(IOException.class, () -> f.client.withTimeout(Duration.ofSeconds(30)).send(req));
            assertEquals("Get \"" + URL + "head\": context deadline exceeded", e.getMessage(),
                    "the request's own deadline came first: no Client.Timeout suffix");
            assertInstanceOf(ClientException.class, e);
            assertTrue(((NetError) e).isTimeout());
            assertTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), e + ": want DEADLINE_EXCEEDED");
            Request passed = new Request("GET", URL, (InputStream) null);
            passed.setDeadline(Instant.now().minusSeconds(1));
            assertEquals("Get \"" + URL + "\": context deadline exceeded",
                    assertThrows(IOException.class, () -> f.client.send(passed)).getMessage());
            release.countDown();
        }
    }
}
