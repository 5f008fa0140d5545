package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link Transport}'s side of {@link AbortSignal}, over the {@code mem} network: an abort
 * stops a pending exchange; once the exchange is over it no longer touches the connection, which
 * by then may be idle in the pool or carrying someone else's request.
 */
class TransportAbortTest {
    @Test
    void abortAfterTheBodyEndedLeavesThePooledConnection() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.writeString("ok"))) {
            AbortSignal signal = new AbortSignal();
            Request req = new Request("GET", "http://abort.example/", null)
                    .setFetchOptions(FetchOptions.DEFAULT.withSignal(signal));
            assertEquals("ok", ClientFixture.read(f.client.send(req)));
            assertEquals(1, f.transport.idleConnCount());
            signal.abort();
            assertEquals(1, f.transport.idleConnCount(), "the abort closed a pooled connection");
            assertEquals("ok", ClientFixture.read(f.client.get("http://abort.example/")));
            assertEquals(1, f.connections(), "the second request did not reuse the connection");
        }
    }

    @Test
    void abortDuringTheBodyFailsTheReadAndClosesTheConnection() throws Exception {
        Object gate = new Object();
        try (ClientFixture f = ClientFixture.start((w, r) -> {
            w.writeString("first");
            new ResponseController(w).flush();
            synchronized (gate) {
                try {
                    gate.wait(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            AbortSignal signal = new AbortSignal();
            Request req = new Request("GET", "http://abort.example/", null)
                    .setFetchOptions(FetchOptions.DEFAULT.withSignal(signal));
            Response r = f.client.send(req);
            InputStream in = r.body();
            assertEquals("first", new String(in.readNBytes(5)));
            signal.abort("enough");
            IOException e = assertThrows(IOException.class, () -> in.read());
            assertEquals("enough", e.getMessage());
            assertTrue(HttpSentinel.CANCELED.in(e));
            assertEquals(0, f.transport.idleConnCount());
            synchronized (gate) {
                gate.notifyAll();
            }
        }
    }

    @Test
    void goOptionFieldsAreNotSent() throws Exception {
        try (ClientFixture f = ClientFixture.start((w, r) -> w.writeString(String.join(",", r.header().keys())))) {
            Request req = new Request("GET", "http://abort.example/", null);
            req.header().putRaw("js.fetch:mode", "cors");
            req.header().set("X-Mine", "1");
            String keys = ClientFixture.read(f.client.send(req));
            assertTrue(keys.contains("X-Mine") && !keys.toLowerCase().contains("js.fetch"), keys);
            assertEquals("cors", req.header().get("js.fetch:mode"), "the caller's header is not changed");
        }
    }
}
