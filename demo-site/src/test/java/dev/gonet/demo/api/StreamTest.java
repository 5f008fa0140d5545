package dev.gonet.demo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.demo.DemoServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/stream}: a long body in paced chunks, with a length, within its bounds. */
class StreamTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static DemoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(0, List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<InputStream> get(String query) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "api/stream?" + query))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void sendsThePatternWithALength() throws Exception {
        HttpResponse<InputStream> r = get("bytes=100000&chunk=16384");
        assertEquals(200, r.statusCode());
        assertEquals("100000", r.headers().firstValue("Content-Length").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readAllBytes();
        }
        assertEquals(100000, body.length);
        for (int i = 0; i < body.length; i++) {
            if (body[i] != Bytes.at(i)) {
                throw new AssertionError("byte " + i + " = " + body[i] + ", want " + Bytes.at(i));
            }
        }
    }

    /** The first chunk arrives at once, the last after the pauses between chunks. */
    @Test
    void chunksArriveOverTime() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = get("bytes=4096&chunk=1024&delayMs=150");
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            assertEquals(1024, in.readNBytes(1024).length);
            long first = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(3072, in.readAllBytes().length);
            long all = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(all >= 450, "4 chunks with 3 pauses of 150 ms took " + all + " ms");
            assertTrue(first < all - 250, "first chunk after " + first + " ms, all after " + all + " ms");
        }
    }

    @Test
    void emptyBody() throws Exception {
        HttpResponse<InputStream> r = get("bytes=0&delayMs=1000");
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            assertEquals(0, in.readAllBytes().length);
        }
    }

    @Test
    void boundsAreRefusedBeforeTheHead() throws Exception {
        for (String q : List.of("", "bytes=x", "bytes=-1", "bytes=" + (Stream.MAX_BYTES + 1), "bytes=10&chunk=0",
                "bytes=10&chunk=" + (Stream.MAX_CHUNK + 1), "bytes=10&delayMs=-1",
                "bytes=10&delayMs=" + (Stream.MAX_DELAY_MILLIS + 1),
                // 1000 chunks, 999 pauses of 100 ms: more than a minute of pauses
                "bytes=1000000&chunk=1000&delayMs=100")) {
            HttpResponse<InputStream> r = get(q);
            r.body().close();
            assertEquals(400, r.statusCode(), q);
        }
    }
}
