package dev.gonet.demo;

import static dev.gonet.demo.Http.field;
import static dev.gonet.demo.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** gzip over loopback TCP: negotiation, exact bytes, what is never compressed, ranges. */
class CompressionTest {
    private static final String WASM = "/gonet/wasm-gc/gonet.wasm";

    @TempDir
    static Path www;
    static DemoServer server;
    static String base;
    static byte[] random;

    @BeforeAll
    static void start() throws Exception {
        random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.writeString(www.resolve("tiny.js"), "export const tiny = 1;\n");
        Files.write(www.resolve("photo.png"), random);
        Files.write(www.resolve("noise.txt"), random); // compressible type, incompressible bytes
        Files.write(www.resolve("data.json.gz"), Representations.gzip("{\"a\":1}".repeat(500).getBytes()));
        Files.writeString(www.resolve("live.json"), "[" + "1,".repeat(1000) + "1]");
        server = DemoServer.start(0, List.of(www));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> negotiationTable() throws Exception {
        byte[] wasm = Http.resource("gonet/wasm-gc/gonet.wasm");
        return AcceptEncodingTest.TABLE.stream().map(row -> DynamicTest.dynamicTest(row.describe(), () -> {
            List<String> h = new ArrayList<>();
            row.fields().forEach(f -> h.addAll(List.of("Accept-Encoding", f)));
            HttpResponse<byte[]> r = get(base + WASM, h.toArray(String[]::new));
            String why = "Accept-Encoding " + row.describe();
            assertEquals(200, r.statusCode(), why);
            assertEquals(row.gzip() ? "gzip" : "", field(r, "Content-Encoding"), why);
            assertEquals("Accept-Encoding", field(r, "Vary"), why);
            assertEquals("application/wasm", field(r, "Content-Type"), why);
            assertEquals(Long.toString(r.body().length), field(r, "Content-Length"), why);
            assertEquals(row.gzip(), field(r, "Etag").endsWith("-gzip\""), why + ": Etag " + field(r, "Etag"));
            assertArrayEquals(wasm, row.gzip() ? Http.gunzip(r.body()) : r.body(), why);
        }));
    }

    private record FileCase(String path, String resource) {
    }

    @TestFactory
    Stream<DynamicTest> everyCompressibleFileShrinksAndDecodesOnce() {
        FileCase[] files = {
            new FileCase("/gonet/gonet.mjs", "gonet/gonet.mjs"),
            new FileCase("/gonet/js/gonet.js", "gonet/js/gonet.js"),
            new FileCase(WASM, "gonet/wasm-gc/gonet.wasm"),
            new FileCase("/gonet/wasm-gc/gonet.wasm-runtime.js", "gonet/wasm-gc/gonet.wasm-runtime.js"),
            new FileCase("/gonet/gonet.d.ts", "gonet/gonet.d.ts"),
            new FileCase("/", "site/index.html"),
            new FileCase("/demo.js", "site/demo.js"),
        };
        return Stream.of(files).map(f -> DynamicTest.dynamicTest(f.path(), () -> {
            byte[] want = Http.resource(f.resource());
            HttpResponse<byte[]> r = get(base + f.path(), "Accept-Encoding", "gzip, deflate, br");
            assertEquals("gzip", field(r, "Content-Encoding"), f.path());
            assertTrue(r.body().length < want.length, f.path() + ": " + r.body().length + " gzip bytes for " + want.length);
            byte[] once = Http.gunzip(r.body());
            assertArrayEquals(want, once, f.path() + " decoded");
            assertFalse(once.length > 1 && (once[0] & 0xff) == 0x1f && (once[1] & 0xff) == 0x8b,
                    f.path() + " compressed twice");
            assertEquals("", field(r, "Accept-Ranges"), f.path() + ": ranges are offered on the plain form only");
        }));
    }

    @Test
    void smallDenseAndCompressedFilesGoAsTheyAre() throws Exception {
        for (String p : List.of("/tiny.js", "/photo.png", "/noise.txt", "/data.json.gz")) {
            HttpResponse<byte[]> r = get(base + p, "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode(), p);
            assertEquals("", field(r, "Content-Encoding"), p);
            assertEquals("", field(r, "Vary"), p + ": only one form exists");
            assertArrayEquals(Files.readAllBytes(www.resolve(p.substring(1))), r.body(), p);
        }
        assertEquals("application/gzip", field(get(base + "/data.json.gz", "Accept-Encoding", "gzip"), "Content-Type"));
    }

    @Test
    void rangesAreServedFromThePlainBytes() throws Exception {
        byte[] wasm = Http.resource("gonet/wasm-gc/gonet.wasm");
        HttpResponse<byte[]> r = get(base + WASM, "Accept-Encoding", "gzip", "Range", "bytes=0-99");
        assertEquals(206, r.statusCode());
        assertEquals("", field(r, "Content-Encoding"));
        assertEquals("bytes 0-99/" + wasm.length, field(r, "Content-Range"));
        assertEquals("Accept-Encoding", field(r, "Vary"));
        assertArrayEquals(Arrays.copyOfRange(wasm, 0, 100), r.body());

        HttpResponse<byte[]> tail = get(base + WASM, "Accept-Encoding", "gzip", "Range", "bytes=-10");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(wasm, wasm.length - 10, wasm.length), tail.body());

        HttpResponse<byte[]> plain = get(base + WASM);
        assertEquals("bytes", field(plain, "Accept-Ranges"), "the plain form offers ranges");
    }

    @Test
    void aChangedFileIsCompressedAgain() throws Exception {
        Path live = www.resolve("live.json");
        HttpResponse<byte[]> first = get(base + "/live.json", "Accept-Encoding", "gzip");
        assertEquals("gzip", field(first, "Content-Encoding"));
        String v2 = "[" + "2,".repeat(1500) + "2]";
        Files.writeString(live, v2);
        Files.setLastModifiedTime(live, FileTime.from(Instant.now().plusSeconds(5)));
        HttpResponse<byte[]> second = get(base + "/live.json", "Accept-Encoding", "gzip");
        assertEquals(v2, new String(Http.gunzip(second.body())));
        assertNotEquals(field(first, "Etag"), field(second, "Etag"));
        HttpResponse<byte[]> stale = get(base + "/live.json", "Accept-Encoding", "gzip", "If-None-Match", field(first, "Etag"));
        assertEquals(200, stale.statusCode(), "the old version's ETag no longer matches");
    }
}
