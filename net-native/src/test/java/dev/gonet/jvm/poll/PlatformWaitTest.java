package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.Sentinel;
import dev.gonet.jvm.HeapProbe;
import dev.gonet.jvm.Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Waits of platform threads. In {@code vpoller} mode a platform thread selects on a selector of
 * its own for the channel and direction ({@link PollDesc}, {@link OwnSelectorParking}): it blocks
 * in the kernel and wakes once, instead of parking for the poller's waiting thread to wake it.
 * What reaches it is what a virtual thread gets (bytes whole, Go's texts for a close and a
 * deadline), the poller does no read for it, and its selector is bounded (two descriptors per
 * connection read from a platform thread) and closed with the connection. Run in every poll mode.
 */
class PlatformWaitTest {
    private static final boolean VPOLLER = "vpoller".equals(PollDesc.modeName());

    @Test
    void readsAfterQuietSpellsArriveWholeAndThePollerReadsNone() throws Exception {
        assertTrue(!Thread.currentThread().isVirtual());
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            long waiterReads = VPoller.handOffs()[2];
            int rounds = 40;
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < rounds; i++) {
                        Thread.sleep(3); // the reader is parked by then
                        p.client().write(new byte[] {(byte) i, (byte) ~i});
                    }
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            byte[] two = new byte[2];
            for (int i = 0; i < rounds; i++) {
                Loopback.readFully(p.server(), two);
                assertEquals((byte) i, two[0], "round " + i);
                assertEquals((byte) ~i, two[1], "round " + i);
            }
            writer.join(5000);
            if (VPOLLER) {
                assertEquals(waiterReads, VPoller.handOffs()[2], "the poller's waiter read for a platform thread");
            }
        }
    }

    @Test
    void aDeadlineAndACloseWakeAParkedPlatformReaderWithGosTexts() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            p.server().setReadDeadline(Instant.now().plusSeconds(60));
            Thread mover = Thread.ofVirtual().start(() -> {
                LockSupport.parkNanos(50_000_000); // the read parks first
                try {
                    p.server().setReadDeadline(Instant.now().plusMillis(20)); // moved earlier while parked
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            long t0 = System.nanoTime();
            try {
                p.server().read(new byte[8]);
                fail("read returned past its deadline");
            } catch (IOException e) {
                assertTrue(e instanceof NetError ne && ne.isTimeout(), e.toString());
                assertEquals("read tcp " + p.server().localAddr() + "->" + p.server().remoteAddr() + ": i/o timeout",
                        e.getMessage());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 60 && ms < 5_000, "timed out after " + ms + " ms");
            mover.join(5000);

            p.server().setReadDeadline(null);
            p.client().write(new byte[] {42});
            byte[] one = new byte[1];
            assertEquals(1, p.server().read(one), "the conn still works after the timeout");
            assertEquals(42, one[0]);

            Thread closer = Thread.ofVirtual().start(() -> {
                LockSupport.parkNanos(50_000_000);
                try {
                    p.server().close();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try {
                p.server().read(one);
                fail("read returned after close");
            } catch (IOException e) {
                assertTrue(Sentinel.CLOSED.in(e), "CLOSED.in(" + e + ")");
                assertTrue(e.getMessage().endsWith("use of closed network connection"), e.getMessage());
            }
            closer.join(5000);
        }
    }

    /** This process's resident memory (VmRSS of /proc/self/status), in bytes. */
    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }

    /**
     * The bound: a connection read from a platform thread holds one selector for its read waits
     * (an epoll and an eventfd descriptor on Linux), opened at the first wait, whatever the
     * number of waits; closing the connection closes it. A connect's wait closes its selector
     * when it ends (a dial waits once), so a connection dialed from a platform thread holds
     * nothing for it. 100 connections dialed from this thread, each waited on three times, then
     * closed; the heap and resident memory their selectors took are printed per connection.
     */
    @Test
    void eachConnectionsSelectorIsTwoDescriptorsAndClosesWithIt() throws Exception {
        int n = 100;
        int before = Loopback.openFds();
        List<Loopback.Pair<Conn>> pairs = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                pairs.add(Loopback.pair("tcp", "127.0.0.1:0"));
            }
            int opened = Loopback.openFds();
            if (VPOLLER) { // a listener and two sockets a pair (own mode: the accepts' selectors too)
                assertTrue(opened - before <= 3 * n + 3, "after " + n + " dials: " + before + " -> " + opened
                        + " descriptors; a connect's selector stays open");
            }
            long heapOpened = HeapProbe.usedAfterGc();
            long rssOpened = rssBytes();
            for (Loopback.Pair<Conn> p : pairs) {
                for (int k = 0; k < 3; k++) {
                    CompletableFuture<Void> w = CompletableFuture.runAsync(() -> {
                        LockSupport.parkNanos(1_000_000); // the read parks first
                        try {
                            p.client().write(new byte[] {1});
                        } catch (IOException e) {
                            throw new RuntimeException(e);
                        }
                    }, Thread::startVirtualThread);
                    assertEquals(1, p.server().read(new byte[1]));
                    w.join();
                }
            }
            int waited = Loopback.openFds();
            long heapPerConn = (HeapProbe.usedAfterGc() - heapOpened) / n;
            long rssPerConn = (rssBytes() - rssOpened) / n;
            double perConn = (waited - opened) / (double) n;
            System.out.printf("PlatformWaitTest: %d connections read from a platform thread (mode %s): descriptors"
                    + " %d before, %d opened, %d after their waits: %.2f per connection for the waits; heap %+d B and"
                    + " RSS %+d B per connection for them%n", n, PollDesc.modeName(), before, opened, waited, perConn,
                    heapPerConn, rssPerConn);
            assertTrue(perConn <= 2.0, perConn + " descriptors per connection for its waits, want at most 2");
            // A selector's objects are about 1 KB of heap; its event array 12 KiB of native memory
            // (1024 epoll events), of which only the touched page is resident.
            assertTrue(heapPerConn < 16 * 1024, heapPerConn + " bytes of heap per connection for its waits");
        } finally {
            pairs.forEach(Loopback.Pair::close);
        }
        Loopback.awaitFdsAtMost(before + 3, "after closing " + n + " connections (" + before + " before)");
    }
}
