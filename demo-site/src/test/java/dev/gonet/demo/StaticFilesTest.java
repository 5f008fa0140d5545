package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's static files over an extra root with hostile entries, on the demo's own routes:
 * a file used as a directory, a name too long, a link loop and a FIFO are Go's 404, and the
 * error log stays empty. Before: 500s, each logged as a panic with twelve lines of stack,
 * and a {@code %0a} in the path wrote a line of the client's choosing into the log.
 */
class StaticFilesTest {
    @TempDir
    Path tmp;

    @Test
    void hostileNamesAre404WithoutALogLine() throws Exception {
        Path www = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(www.resolve("f.txt"), "plain\n");
        Files.createSymbolicLink(www.resolve("loop1"), Path.of("loop2"));
        Files.createSymbolicLink(www.resolve("loop2"), Path.of("loop1"));
        Process p = new ProcessBuilder("mkfifo", www.resolve("fifo").toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        String[] paths = {"/f.txt/x", "/f.txt/%0Ahttp:%20panic%20serving%201.2.3.4:1:%20forged", "/loop1",
            "/loop2/x.js", "/" + "a".repeat(300) + ".html", "/f.txt/" + "b".repeat(300), "/fifo",
            "/gonet/f.txt/x"};
        try (Serving s = new Serving(DemoServer.handler(List.of(www), getClass().getClassLoader()), log::add)) {
            assertEquals("plain\n", new String(Http.get(s.base + "/f.txt").body(), StandardCharsets.UTF_8));
            for (String path : paths) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = Http.get(s.base + path);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String what = path.substring(0, Math.min(path.length(), 40));
                assertEquals(404, r.statusCode(), what + ": " + new String(r.body(), StandardCharsets.UTF_8));
                assertEquals("404 page not found\n", new String(r.body(), StandardCharsets.UTF_8), what);
                assertTrue(ms < 5000, what + " took " + ms + " ms");
            }
            Thread.sleep(100); // a log line would be written before the response
        }
        System.out.println("demo static: " + paths.length + " hostile paths -> " + log.size() + " log entries");
        assertEquals(List.of(), log);
    }
}
