package dev.gonet.jvm.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.FileServer;
import dev.gonet.http.FileSystem;
import java.io.FileNotFoundException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served tree with hostile entries, on real loopback TCP and a real file system: files used as
 * directories (ENOTDIR), names too long (ENAMETOOLONG), symbolic link loops (ELOOP) and a FIFO,
 * whose {@code open(2)} blocks until a writer comes. Before: the first three were 500s, and 64
 * requests for the FIFO blocked both carrier threads in {@code open(2)}, so every virtual thread
 * (the poller's too) stalled: a plain file was not answered within 5 s, until a writer came.
 */
class DirFileSystemHostileTreeTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(root.resolve("ok.txt"), "fine");
        Files.createDirectories(root.resolve("dir"));
        Files.writeString(root.resolve("dir/f.txt"), "in dir");
        Files.createSymbolicLink(root.resolve("loop1"), Path.of("loop2"));
        Files.createSymbolicLink(root.resolve("loop2"), Path.of("loop1"));
        Files.createSymbolicLink(root.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(root.resolve("dir/up"), Path.of("../dir/up"));
        Process p = new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
    }

    static final String[] NOT_FOUND = {"/ok.txt/x", "/ok.txt/x/y", "/dir/f.txt/", "/dir/f.txt/g.html",
        "/" + "a".repeat(256), "/dir/" + "b".repeat(300), "/" + "%C3%A9".repeat(128), "/ok.txt/" + "c".repeat(300),
        "/" + "d/".repeat(2100) + "e", "/loop1", "/loop2/x", "/self", "/self/x", "/dir/up", "/dir/up/x"};

    /** Go's mapOpenError and beyond: every name that cannot name a file is 404, not 500. */
    @Test
    void unresolvableNamesAre404() throws Exception {
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root))); TcpServer.Client c = s.dial()) {
            for (String a : NOT_FOUND) {
                c.send("GET " + a + " HTTP/1.1\r\nHost: a\r\n\r\n");
                TcpServer.Resp r = c.read("GET");
                int want = a.equals("/dir/f.txt/") ? 301 : 404;
                assertEquals(want, r.status(), a.substring(0, Math.min(a.length(), 40)) + ": " + r.text());
            }
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    @Test
    void openSaysNotFound() throws Exception {
        FileSystem fs = new DirFileSystem(root);
        for (String a : NOT_FOUND) {
            if (!a.endsWith("/")) {
                assertThrows(FileNotFoundException.class, () -> fs.open(a), a.substring(0, Math.min(a.length(), 40)));
            }
        }
        FileNotFoundException fifo = assertThrows(FileNotFoundException.class, () -> fs.open("/fifo"));
        assertEquals("open /fifo: not a regular file", fifo.getMessage());
    }

    /**
     * 64 requests for a FIFO at once, then one for a plain file: the plain file must not wait.
     * The FIFO is opened read-write at the end (which never blocks on Linux) so that any open
     * still waiting for a writer returns, whatever the outcome.
     */
    @Test
    void aFifoNeitherBlocksNorStallsTheServer() throws Exception {
        int n = 64;
        Path fifo = root.resolve("fifo");
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root)))) {
            List<Thread> clients = new ArrayList<>();
            AtomicInteger notFound = new AtomicInteger();
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                clients.add(Thread.ofPlatform().daemon().start(() -> {
                    try (TcpServer.Client c = s.dial()) {
                        c.send("GET /fifo HTTP/1.1\r\nHost: a\r\n\r\n");
                        int st = c.read("GET").status();
                        statuses.add(st);
                        if (st == 404) {
                            notFound.incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }));
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            int[] okStatus = {-1};
            Thread ok = Thread.ofPlatform().daemon().start(() -> {
                try (TcpServer.Client c = s.dial()) {
                    c.send("GET /ok.txt HTTP/1.1\r\nHost: a\r\n\r\n");
                    okStatus[0] = c.read("GET").status();
                } catch (Exception e) {
                    okStatus[0] = -2;
                }
            });
            boolean answered = ok.join(Duration.ofSeconds(5));
            long okMillis = (System.nanoTime() - t0) / 1_000_000;
            // Held open until every client is done: with a writer there, an open(2) of the FIFO
            // returns at once (and a positional read of it fails), so nothing stays blocked.
            try (RandomAccessFile release = new RandomAccessFile(fifo.toFile(), "rw")) {
                long until = System.nanoTime() + 10_000_000_000L;
                for (Thread t : clients) {
                    t.join(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
                }
                ok.join(Duration.ofSeconds(1));
            }
            System.out.println("fifo: " + n + " requests for a FIFO; /ok.txt " + (answered ? "answered " + okStatus[0]
                    + " after " + okMillis + " ms" : "not answered within 5000 ms") + "; FIFO answers by status "
                    + statuses.stream().collect(Collectors.groupingBy(st -> st, TreeMap::new, Collectors.counting())));
            assertTrue(answered, "/ok.txt waited more than 5 s behind the FIFO");
            assertEquals(200, okStatus[0]);
            assertTrue(okMillis < 2000, okMillis + " ms");
            assertEquals(n, notFound.get(), statuses.toString());
            assertTrue(s.log.isEmpty(), s.log.toString());
        }
    }

    /** Listings show only what can be opened: no FIFO, no loop. */
    @Test
    void listingsLeaveOutWhatCannotBeOpened() throws Exception {
        Files.delete(root.resolve("ok.txt"));
        try (TcpServer s = new TcpServer(new FileServer(new DirFileSystem(root))); TcpServer.Client c = s.dial()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                c.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
                String list = c.read("GET").text();
                assertTrue(list.contains("dir/"), list);
                assertFalse(list.contains("fifo") || list.contains("loop") || list.contains("self"), list);
            });
        }
    }
}
