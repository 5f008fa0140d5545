package dev.gonet.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.gonet.jvm.http.DirFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file cache: computed once per version, what gets a gzip form and what does not. */
class RepresentationsTest {
    @TempDir
    Path dir;

    @Test
    void computedOncePerVersion() throws Exception {
        Path f = dir.resolve("app.js");
        Files.writeString(f, "console.log(1);\n".repeat(200));
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Representations reps = new Representations(new DirFileSystem(dir));
        reps.warm(List.of("/app.js"));
        Representations.Rep first = reps.get("/app.js");
        assertSame(first, reps.get("/app.js"), "the warmed entry is reused, not compressed again");
        assertArrayEquals(Files.readAllBytes(f), Http.gunzip(first.gzip()));

        Files.writeString(f, "console.log(2);\n".repeat(200)); // same size: the new time tells
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        Representations.Rep second = reps.get("/app.js");
        assertNotEquals(first.etag(), second.etag());
        assertNotEquals(first.gzipETag(), second.gzipETag());
        assertArrayEquals(Files.readAllBytes(f), Http.gunzip(second.gzip()));
    }

    @Test
    void whatGetsAGzipForm() throws Exception {
        String text = "<p>hello</p>\n".repeat(100);
        Files.writeString(dir.resolve("big.html"), text);
        Files.writeString(dir.resolve("big.bin"), text); // not a compressible type
        Files.writeString(dir.resolve("small.html"), "x".repeat(Representations.MIN_GZIP_SIZE - 1));
        Files.writeString(dir.resolve("edge.html"), "x".repeat(Representations.MIN_GZIP_SIZE));
        Files.createDirectories(dir.resolve("sub"));
        Representations reps = new Representations(new DirFileSystem(dir));
        assertNotNull(reps.get("/big.html").gzip());
        assertNull(reps.get("/big.bin").gzip());
        assertNull(reps.get("/small.html").gzip(), "under the minimum size");
        assertNotNull(reps.get("/edge.html").gzip(), "at the minimum size");
        assertNull(reps.get("/sub"), "a directory has no representation");
        assertNull(reps.get("/missing.html"));
        assertEquals(reps.get("/big.html").etag(), reps.get("/big.bin").etag(), "same bytes, same ETag");
    }
}
