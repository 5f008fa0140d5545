package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.Conn;
import dev.gonet.url.URL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Go's {@code shouldRetryRequest}: a request that meets a pooled connection the server has just
 * given up on (it reads the request, then closes without answering: a keep-alive race) is sent
 * again on a new connection when that is safe, and only then.
 */
class ClientRetryTest {
    static final String URL = "http://retry.example/";

    /** First connection: answers once, then closes on the next request. Later ones answer everything. */
    static RawServer staleSecondRequest() throws IOException {
        return new RawServer((srv, c, i) -> {
            for (int n = 0;; n++) {
                String head = srv.readHead(c);
                if (head == null) {
                    return;
                }
                drainBody(c, head);
                if (i == 0 && n == 1) {
                    return; // closes with the request unanswered
                }
                RawServer.write(c, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nconn" + i);
            }
        });
    }

    static void drainBody(Conn c, String head) throws IOException {
        int at = head.indexOf("Content-Length: ");
        if (at >= 0) {
            int end = head.indexOf('\r', at);
            RawServer.readBody(c, Integer.parseInt(head.substring(at + 16, end)));
        }
    }

    @Test
    void idempotentRequestIsRetriedOnANewConnection() throws Exception {
        try (RawServer s = staleSecondRequest()) {
            Client c = new Client(s.transport());
            assertEquals("conn0", read(c.get(URL)));
            assertEquals("conn1", read(c.get(URL)), "retried after the stale connection failed");
            assertEquals(2, s.accepted.get());
            assertEquals(3, s.requests.size());
        }
    }

    @Test
    void postWithBodyIsNotRetried() throws Exception {
        try (RawServer s = staleSecondRequest()) {
            Client c = new Client(s.transport());
            assertEquals("conn0", read(c.get(URL)));
            IOException e = assertThrows(IOException.class,
                    () -> c.post(URL, "text/plain", new ByteArrayInputStream("data".getBytes())));
            assertEquals("Post \"" + URL + "\": EOF", e.getMessage());
            assertInstanceOf(ClientException.class, e);
            assertEquals(1, s.accepted.get(), "no second connection");
        }
    }

    @Test
    void postWithIdempotencyKeyIsRetried() throws Exception {
        try (RawServer s = staleSecondRequest()) {
            Client c = new Client(s.transport());
            assertEquals("conn0", read(c.get(URL)));
            Request req = new Request("POST", URL, new ByteArrayInputStream("data".getBytes()));
            req.header().set("Idempotency-Key", "k1");
            assertEquals("conn1", read(c.send(req)));
            assertEquals(s.requests.get(1), s.requests.get(2), "the same request again");
        }
    }

    @Test
    void bodyThatCannotBeReplayedIsNotRetried() throws Exception {
        try (RawServer s = staleSecondRequest()) {
            Client c = new Client(s.transport());
            assertEquals("conn0", read(c.get(URL)));
            Request req = new Request("PUT", URL, new java.io.BufferedInputStream(new ByteArrayInputStream("x".getBytes())));
            req.header().set("Idempotency-Key", "k1");
            IOException e = assertThrows(IOException.class, () -> c.send(req));
            assertEquals("Put \"" + URL + "\": EOF", e.getMessage());
        }
    }

    @Test
    void freshConnectionFailureIsNotRetried() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> srv.readHead(c))) {
            Client c = new Client(s.transport());
            IOException e = assertThrows(IOException.class, () -> c.get(URL));
            assertEquals("Get \"" + URL + "\": EOF", e.getMessage());
            assertEquals(1, s.accepted.get());
        }
    }

    @Test
    void isReplayableAsGo() throws Exception {
        assertEquals(true, TransportRoundTrip.isReplayable(new Request("GET", URL, (InputStream) null)));
        assertEquals(true, TransportRoundTrip.isReplayable(new Request("OPTIONS", URL, (InputStream) null)));
        assertEquals(false, TransportRoundTrip.isReplayable(new Request("POST", URL, (InputStream) null)));
        Request withKey = new Request("POST", URL, new ByteArrayInputStream(new byte[] {1}));
        withKey.header().set("X-Idempotency-Key", "1");
        assertEquals(true, TransportRoundTrip.isReplayable(withKey));
        Request stream = new Request("GET", URL, new java.io.BufferedInputStream(InputStream.nullInputStream()));
        assertEquals(false, TransportRoundTrip.isReplayable(stream), "a body without GetBody cannot be sent twice");
    }
}
