package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedFileTest {
    @TempDir
    Path dir;

    @Test
    void rereadsOnlyWhenTheFileChanges() throws Exception {
        Path f = Files.writeString(dir.resolve("hosts"), "one");
        AtomicInteger parses = new AtomicInteger();
        CachedFile<String> c = new CachedFile<>(f, 0, s -> {
            parses.incrementAndGet();
            return s;
        }, () -> "missing");
        assertEquals("one", c.get());
        assertEquals("one", c.get());
        assertEquals(1, parses.get(), "same mtime and size: no re-parse");
        Files.writeString(f, "two!");
        assertEquals("two!", c.get(), "size changed");
        Files.writeString(f, "thre");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals("thre", c.get(), "mtime changed");
        Files.delete(f);
        assertEquals("missing", c.get(), "a vanished file reads as missing");
        assertEquals(3, parses.get());
    }

    @Test
    void readOnceMeansOnce() throws Exception {
        Path f = Files.writeString(dir.resolve("services"), "a");
        CachedFile<String> c = new CachedFile<>(f, Long.MAX_VALUE, s -> s, () -> "missing");
        assertEquals("a", c.get());
        Files.writeString(f, "changed");
        assertEquals("a", c.get(), "Go reads /etc/services once per process");
    }

    @Test
    void readingStopsWhereGoStops() throws Exception {
        assertEquals("", CachedFile.read(Path.of("/dev/zero")), "an endless line ends the read at 64 KiB");
        Path f = Files.writeString(dir.resolve("long"), "127.0.0.1 a\n" + "x".repeat(70_000) + "\n127.0.0.2 b\n");
        assertEquals("127.0.0.1 a\n", CachedFile.read(f));
        Path ok = Files.writeString(dir.resolve("ok"), "x".repeat(65_535) + "\nb");
        assertEquals(65_537, CachedFile.read(ok).length(), "65535 bytes still fit with the newline");
        CachedFile<String> dirAsFile = new CachedFile<>(dir, 0, s -> s, () -> "missing");
        assertEquals("missing", dirAsFile.get(), "a directory cannot be read");
    }
}
