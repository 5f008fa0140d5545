package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.Sentinel;
import dev.gonet.TCPConn;
import dev.gonet.jvm.Loopback;
import dev.gonet.jvm.VirtualThreads;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reads that a {@link VPoller}'s platform waiter does for a reader parked after a quiet spell
 * ({@link VPollerParking#awaitRead}): bytes, the end of the stream and errors reach the reader
 * as its own read would give them, and no byte is lost when a deadline or a close races the
 * waiter's read. Every wait here follows a pause of milliseconds, so the waiter has the
 * selector, and every reader is a virtual thread (a platform thread waits on a selector of its
 * own). Run in every poll mode; only {@code vpoller} has such reads to count.
 */
class WaiterReadTest {
    private static final boolean VPOLLER = "vpoller".equals(PollDesc.modeName());

    /** Chunk sizes of the sparse stream: a byte, odd sizes, more than the reader's buffer, more than a channel call (256 KiB). */
    private static final int[] CHUNKS = {1, 13, 4096, 16_385, 65_537, 300_001};

    /** The byte at {@code pos} of the sparse stream. */
    private static byte at(long pos) {
        return (byte) (pos * 7 + (pos >>> 9));
    }

    @Test
    void sparseStreamArrivesWholeAndInOrder() throws Exception {
        VirtualThreads.run(WaiterReadTest::sparseStream);
    }

    private static void sparseStream() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            long reads = VPoller.handOffs()[2];
            int rounds = 48;
            long total = 0;
            for (int i = 0; i < rounds; i++) {
                total += CHUNKS[i % CHUNKS.length];
            }
            Thread writer = Thread.ofVirtual().start(() -> {
                long pos = 0;
                try {
                    for (int i = 0; i < rounds; i++) {
                        Thread.sleep(3); // a quiet spell before every chunk
                        byte[] chunk = new byte[CHUNKS[i % CHUNKS.length]];
                        for (int k = 0; k < chunk.length; k++) {
                            chunk[k] = at(pos++);
                        }
                        p.client().write(chunk);
                    }
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            byte[] buf = new byte[16 * 1024];
            long pos = 0;
            while (pos < total) {
                int n = p.server().read(buf);
                assertTrue(n > 0, "read returned " + n + " at " + pos + " of " + total);
                for (int k = 0; k < n; k++, pos++) {
                    if (buf[k] != at(pos)) {
                        fail("byte " + pos + ": " + buf[k] + ", want " + at(pos));
                    }
                }
            }
            writer.join(10_000);
            assertEquals(total, pos);
            if (VPOLLER) {
                assertTrue(VPoller.handOffs()[2] > reads, "the waiter did no read for the parked reader");
            }
        }
    }

    /**
     * The attack on what the waiter's read can grow: a reader parked with an 8 MiB array, the
     * peer sending 1 MiB after each quiet spell. The waiter reads at most a channel call's share
     * (StreamConn.MAX_IO, 256 KiB) into it, as the reader itself would, so the JDK's temporary
     * native buffer for a heap array (one cached per thread that reads a channel: the carriers
     * and the pollers' waiters; allocated with Unsafe, so no MXBean counts it) stays that size,
     * not the array's.
     */
    @Test
    void aHugeReaderArrayIsReadAtMostAChannelCallAtATime() throws Exception {
        VirtualThreads.run(WaiterReadTest::hugeReaderArray);
    }

    private static void hugeReaderArray() throws Exception {
        long maxIo = 256 * 1024;
        long reads = VPoller.handOffs()[2];
        int largest = 0;
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            int chunks = 6;
            int chunk = 1 << 20;
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < chunks; i++) {
                        Thread.sleep(5); // the reader is parked through the waiter again
                        p.client().write(new byte[chunk]);
                    }
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            byte[] huge = new byte[8 << 20];
            long got = 0;
            while (got < (long) chunks * chunk) {
                int n = p.server().read(huge);
                assertTrue(n > 0, "read " + n);
                largest = Math.max(largest, n);
                got += n;
            }
            writer.join(10_000);
        }
        int threads = 2 * Runtime.getRuntime().availableProcessors() + 1; // carriers, waiters, this one
        System.out.printf("aHugeReaderArrayIsReadAtMostAChannelCallAtATime: largest read %d KB; temporary native"
                + " buffers at most %d threads x %d KB = %d KB (mode %s, reads by the waiter %d)%n", largest / 1024,
                threads, maxIo / 1024, threads * maxIo / 1024, PollDesc.modeName(), VPoller.handOffs()[2] - reads);
        assertTrue(largest <= maxIo, "a read of " + largest + " bytes at once, more than " + maxIo);
    }

    @Test
    void deadlinesRacingTheWaitersReadLoseNoByte() throws Exception {
        VirtualThreads.run(WaiterReadTest::deadlinesRacing);
    }

    private static void deadlinesRacing() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            byte[] one = new byte[1];
            int timeouts = 0;
            for (int i = 0; i < 150; i++) {
                byte want = (byte) i;
                // The byte and the deadline come at about the same time, after a quiet spell.
                p.server().setReadDeadline(Instant.now().plusMillis(2));
                Thread writer = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(2);
                        p.client().write(new byte[] {want});
                    } catch (IOException | InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                });
                try {
                    assertEquals(1, p.server().read(one), "round " + i);
                } catch (IOException e) {
                    assertTrue(e instanceof NetError ne && ne.isTimeout(), "round " + i + ": " + e);
                    timeouts++;
                    p.server().setReadDeadline(null);
                    assertEquals(1, p.server().read(one), "round " + i + ", after the timeout");
                }
                assertEquals(want, one[0], "round " + i);
                writer.join(5000);
                p.server().setReadDeadline(null);
            }
            System.out.println("deadlinesRacingTheWaitersReadLoseNoByte: " + timeouts + " of 150 reads timed out first");
        }
    }

    @Test
    void endOfStreamResetAndCloseReachTheParkedReader() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Integer> read = readLater(p.server());
            Thread.sleep(30);
            p.client().close();
            assertEquals(-1, read.get(5, TimeUnit.SECONDS), "end of stream");
        }
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Integer> read = readLater(p.server());
            Thread.sleep(30);
            ((TCPConn) p.client()).setLinger(0); // close sends RST
            p.client().close();
            IOException e = failure(read);
            assertEquals("read tcp " + p.server().localAddr() + "->" + p.server().remoteAddr()
                    + ": read: connection reset by peer", e.getMessage());
            assertTrue(Sentinel.CONNECTION_RESET.in(e), "CONNECTION_RESET.in(" + e + ")");
        }
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Integer> read = readLater(p.server());
            Thread.sleep(30);
            p.server().close();
            IOException e = failure(read);
            assertTrue(Sentinel.CLOSED.in(e), "CLOSED.in(" + e + ")");
            assertTrue(e.getMessage().endsWith("use of closed network connection"), e.getMessage());
        }
    }

    private static CompletableFuture<Integer> readLater(Conn c) {
        return VirtualThreads.start(() -> c.read(new byte[64]));
    }

    /** The IOException {@code read} failed with (the poll package's tests share it). */
    static IOException failure(CompletableFuture<Integer> read) throws Exception {
        Throwable t = VirtualThreads.failure(read);
        if (t instanceof IOException io) {
            return io;
        }
        throw new AssertionError("the read failed with " + t + ", want an IOException", t);
    }
}
