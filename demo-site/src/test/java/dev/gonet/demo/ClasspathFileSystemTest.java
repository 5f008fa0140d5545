package dev.gonet.demo;

import static dev.gonet.demo.Http.field;
import static dev.gonet.demo.Http.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.FileSystem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-path resources from a jar and from a directory, as a file system and over HTTP. */
class ClasspathFileSystemTest {
    static final Instant JAR_TIME = Instant.parse("2021-02-03T04:05:06Z");
    static final Instant DIR_TIME = Instant.parse("2022-03-04T05:06:07Z");

    @TempDir
    Path tmp;
    URLClassLoader loader;

    @BeforeEach
    void classPath() throws Exception {
        Path jar = tmp.resolve("pages.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("site/", "site/sub/", "gonet/", "other/")) {
                out.putNextEntry(new JarEntry(dir));
            }
            put(out, "site/a.html", "<p>a from the jar</p>");
            put(out, "site/sub/b.js", "export const b = 1;");
            put(out, "gonet/x.js", "export const x = 1;");
            put(out, "other/secret.txt", "not under site/");
        }
        Files.setLastModifiedTime(jar, FileTime.from(JAR_TIME));
        Path dir = tmp.resolve("classes");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/a.html"), "<p>a from the directory: the jar comes first</p>");
        Files.writeString(dir.resolve("site/c.txt"), "c");
        Files.setLastModifiedTime(dir.resolve("site/c.txt"), FileTime.from(DIR_TIME));
        // No parent: only these two elements, not the test's own class path.
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), dir.toUri().toURL()}, null);
    }

    @AfterEach
    void closeLoader() throws IOException {
        loader.close();
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(UTF_8));
    }

    private static String read(FileSystem fs, String name, long offset) throws IOException {
        try (FileSystem.File f = fs.open(name)) {
            return new String(f.inputStream(offset).readAllBytes(), UTF_8);
        }
    }

    @Test
    void jarAndDirectoryFirstOneWins() throws Exception {
        ClasspathFileSystem fs = ClasspathFileSystem.load(loader, "site/");
        assertEquals(List.of("/a.html", "/c.txt", "/sub/b.js"), fs.files());
        assertEquals("<p>a from the jar</p>", read(fs, "/a.html", 0));
        assertEquals("from the jar</p>", read(fs, "/a.html", 5));
        assertEquals("c", read(fs, "/c.txt", 0));
        try (FileSystem.File a = fs.open("/a.html"); FileSystem.File c = fs.open("/c.txt")) {
            assertEquals(new FileSystem.FileInfo("a.html", 21, JAR_TIME, false), a.stat(), "a jar entry has the jar's time");
            assertEquals(new FileSystem.FileInfo("c.txt", 1, DIR_TIME, false), c.stat(), "a directory file has its own");
        }
        try (FileSystem.File root = fs.open("/"); FileSystem.File sub = fs.open("/sub")) {
            assertTrue(root.stat().isDir());
            Set<String> names = root.readDir().stream().map(i -> i.name() + (i.isDir() ? "/" : "")).collect(Collectors.toSet());
            assertEquals(Set.of("a.html", "c.txt", "sub/"), names);
            assertEquals(List.of(new FileSystem.FileInfo("b.js", 19, JAR_TIME, false)), sub.readDir());
            assertThrows(IOException.class, () -> sub.inputStream(0));
        }
    }

    @Test
    void onlyTheFolderIsVisible() throws Exception {
        ClasspathFileSystem fs = ClasspathFileSystem.load(loader, "site/");
        for (String n : List.of("/secret.txt", "/other/secret.txt", "/../other/secret.txt", "/site/a.html", "a.html", "/sub/")) {
            assertThrows(FileNotFoundException.class, () -> fs.open(n), n);
        }
        ClasspathFileSystem none = ClasspathFileSystem.load(loader, "nowhere/");
        assertEquals(List.of(), none.files());
        try (FileSystem.File root = none.open("/")) {
            assertEquals(List.of(), root.readDir());
        }
    }

    @Test
    void servedWithTheJarTimeAsLastModified() throws Exception {
        try (Serving s = new Serving(DemoServer.handler(List.of(), loader))) {
            HttpResponse<byte[]> r = get(s.base + "/a.html");
            assertEquals("<p>a from the jar</p>", new String(r.body(), UTF_8));
            assertEquals("Wed, 03 Feb 2021 04:05:06 GMT", field(r, "Last-Modified"));
            assertEquals(304, get(s.base + "/a.html", "If-Modified-Since", "Wed, 03 Feb 2021 04:05:06 GMT").statusCode());
            assertEquals("export const x = 1;", new String(get(s.base + "/gonet/x.js").body(), UTF_8));
            assertEquals("Fri, 04 Mar 2022 05:06:07 GMT", field(get(s.base + "/c.txt"), "Last-Modified"));
            assertEquals(404, get(s.base + "/other/secret.txt").statusCode());
        }
    }

    @Test
    void folderMustEndInSlash() {
        assertThrows(IllegalArgumentException.class, () -> ClasspathFileSystem.load(loader, "site"));
    }
}
