package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPListener;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Conn I/O on virtual threads: deadlines and close from other threads, many at once, no interleaving. */
class VirtualThreadIOTest {

    @Test
    void readDeadlineSetElsewhereWakesAVirtualReaderAndDataSurvives() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Integer> read = VirtualThreads.start(() -> p.client().read(new byte[8]));
            Thread.sleep(50);
            long start = System.nanoTime();
            p.client().setReadDeadline(Instant.now());
            Throwable e = VirtualThreads.failure(read);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e instanceof NetException ne && ne.isTimeout(), "woken with a timeout: " + e);
            assertTrue(took < 1_000, "woke after " + took + " ms");
            p.client().setReadDeadline(null);
            p.server().write(new byte[] {1, 2, 3});
            byte[] got = new byte[3];
            VirtualThreads.start(() -> {
                Loopback.readFully(p.client(), got);
                return null;
            }).get(5, TimeUnit.SECONDS);
            assertArrayEquals(new byte[] {1, 2, 3}, got, "data after the timeout");
        }
    }

    @Test
    void closeWakesAVirtualWriterBlockedOnAFullBuffer() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Void> write = VirtualThreads.start(() -> {
                p.client().write(new byte[64 << 20]); // the peer never reads: blocks on a full buffer
                return null;
            });
            Thread.sleep(200);
            p.client().close();
            Throwable e = VirtualThreads.failure(write);
            assertTrue(Sentinel.CLOSED.in(e), "closed error: " + e);
            assertTrue(e.getMessage().startsWith("write tcp "), e.getMessage());
        }
    }

    @Test
    void concurrentWritersNeverInterleave() throws Exception {
        int chunk = 10_000;
        int writers = 4;
        int each = 100;
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            List<CompletableFuture<Void>> fs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                byte[] b = new byte[chunk];
                Arrays.fill(b, (byte) (w + 1));
                fs.add(VirtualThreads.start(() -> {
                    for (int i = 0; i < each; i++) {
                        p.client().write(b);
                    }
                    return null;
                }));
            }
            byte[] all = new byte[chunk * writers * each];
            CompletableFuture<Void> reader = VirtualThreads.start(() -> {
                Loopback.readFully(p.server(), all);
                return null;
            });
            for (CompletableFuture<Void> f : fs) {
                f.get(20, TimeUnit.SECONDS);
            }
            reader.get(20, TimeUnit.SECONDS);
            int[] counts = new int[writers + 1];
            for (int off = 0; off < all.length; off += chunk) {
                byte first = all[off];
                for (int i = off; i < off + chunk; i++) {
                    if (all[i] != first) {
                        throw new AssertionError("chunk at " + off + " mixes writers " + first + " and " + all[i]);
                    }
                }
                counts[first]++;
            }
            for (int w = 1; w <= writers; w++) {
                assertEquals(each, counts[w], "chunks of writer " + w);
            }
        }
    }

    @Test
    void manyConnectionsEchoOnVirtualThreads() throws Exception {
        int conns = 200;
        byte[] payload = new byte[64 * 1024];
        new Random(3).nextBytes(payload);
        try (TCPListener ln = (TCPListener) Loopback.LISTEN.listen("tcp", "127.0.0.1:0")) {
            AtomicReference<Throwable> serverErr = new AtomicReference<>();
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        Conn s = ln.accept();
                        Thread.ofVirtual().start(() -> echo(s, serverErr));
                    }
                } catch (IOException e) {
                    if (!Sentinel.CLOSED.in(e)) {
                        serverErr.set(e);
                    }
                }
            });
            List<CompletableFuture<byte[]>> clients = new ArrayList<>();
            for (int i = 0; i < conns; i++) {
                clients.add(VirtualThreads.start(() -> {
                    try (Conn c = Loopback.DIALER.dial("tcp", ln.addr().toString())) {
                        CompletableFuture<Void> w = VirtualThreads.start(() -> {
                            c.write(payload);
                            return null;
                        });
                        byte[] back = new byte[payload.length];
                        Loopback.readFully(c, back);
                        w.get(20, TimeUnit.SECONDS);
                        return back;
                    }
                }));
            }
            for (CompletableFuture<byte[]> f : clients) {
                try {
                    assertArrayEquals(payload, f.get(30, TimeUnit.SECONDS), "echoed payload");
                } catch (ExecutionException e) {
                    throw new AssertionError("client failed; server error: " + serverErr.get(), e);
                }
            }
            assertEquals(null, serverErr.get(), "server errors");
        }
    }

    private static void echo(Conn s, AtomicReference<Throwable> err) {
        byte[] buf = new byte[16 * 1024];
        try (s) {
            int n;
            while ((n = s.read(buf)) > 0) {
                s.write(buf, 0, n);
            }
        } catch (IOException e) {
            err.compareAndSet(null, e);
        }
    }
}
