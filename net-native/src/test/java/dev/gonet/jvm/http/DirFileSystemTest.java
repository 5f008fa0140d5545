package dev.gonet.jvm.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.FileServer;
import dev.gonet.http.FileSystem;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DirFileSystem behind a FileServer on real loopback TCP: a secret next to the root must stay
 * unreachable by every traversal spelling and by symbolic links pointing out.
 */
class DirFileSystemTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/secret.txt"), "TOP SECRET 2");
        Files.writeString(root.resolve("index.html"), "<html>home</html>");
        Files.writeString(root.resolve("app.wasm"), "\0asm");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/data.txt"), "0123456789");
        Files.setLastModifiedTime(root.resolve("sub/data.txt"), FileTime.from(Instant.parse("2020-05-06T07:08:09Z")));
        Files.createSymbolicLink(root.resolve("link-out"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dir-out"), tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link-in"), root.resolve("sub/data.txt"));
    }

    @Test
    void traversalTableOverTcp() throws Exception {
        String[] attacks = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
            "/..%2Fsecret.txt", "/sub/../../secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt",
            "/..\\secret.txt", "/sub\\..\\..\\secret.txt", "/%00", "/secret.txt%00", "/link-out", "/dir-out/secret.txt",
            "/dir-out/", "//../secret.txt", "/.%2e/secret.txt", "/" + tmp.resolve("secret.txt"),
            "/%2f" + tmp.resolve("secret.txt").toString().substring(1)};
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root))); TcpServer.Client c = s.dial()) {
            for (String a : attacks) {
                c.send("GET " + a + " HTTP/1.1\r\nHost: a\r\n\r\n");
                TcpServer.Resp r = c.read("GET");
                assertFalse(r.text().contains("TOP SECRET"), a + " leaked the secret");
                assertTrue(r.status() == 404 || r.status() == 301 || r.status() == 200, a + ": " + r.status());
            }
        }
    }

    @Test
    void servesFilesListingsLinksInsideAndRanges() throws Exception {
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root))); TcpServer.Client c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("<html>home</html>", c.read("GET").text());
            c.send("GET /app.wasm HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("application/wasm", c.read("GET").get("Content-Type"));
            c.send("GET /link-in HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("0123456789", c.read("GET").text(), "a link staying inside the root is followed");
            c.send("GET /sub/data.txt HTTP/1.1\r\nHost: a\r\nRange: bytes=2-4\r\n\r\n");
            TcpServer.Resp range = c.read("GET");
            assertEquals(206, range.status());
            assertEquals("234", range.text());
            assertEquals("bytes 2-4/10", range.get("Content-Range"));
            assertEquals("Wed, 06 May 2020 07:08:09 GMT", range.get("Last-Modified"));
            c.send("GET /sub/data.txt HTTP/1.1\r\nHost: a\r\nIf-Modified-Since: Wed, 06 May 2020 07:08:09 GMT\r\n\r\n");
            assertEquals(304, c.read("GET").status());
            c.send("GET /sub/ HTTP/1.1\r\nHost: a\r\n\r\n");
            assertEquals("<pre>\n<a href=\"data.txt\">data.txt</a>\n</pre>\n", c.read("GET").text());
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            c.read("GET");
        }
        Files.delete(root.resolve("index.html"));
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root))); TcpServer.Client c = s.dial()) {
            c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            String list = c.read("GET").text();
            assertTrue(list.contains("link-in") && list.contains("sub/") && !list.contains("link-out")
                    && !list.contains("dir-out"), list);
        }
    }

    @Test
    void openRefusesUncleanNamesDirectly() throws Exception {
        FileSystem fs = new DirFileSystem(root);
        for (String bad : List.of("/../secret.txt", "../secret.txt", "secret.txt", "/sub/../index.html", "/./index.html",
                "/sub//data.txt", "/a\\b", "/a\0b", "/link-out", "/dir-out/secret.txt", "/missing")) {
            assertThrows(FileNotFoundException.class, () -> fs.open(bad), bad);
        }
        try (FileSystem.File f = fs.open("/sub/data.txt")) {
            assertEquals("data.txt", f.stat().name());
            assertEquals(10, f.stat().size());
            assertEquals("56789", new String(f.inputStream(5).readAllBytes(), StandardCharsets.UTF_8));
        }
        try (FileSystem.File d = fs.open("/")) {
            assertTrue(d.stat().isDir());
        }
    }
}
