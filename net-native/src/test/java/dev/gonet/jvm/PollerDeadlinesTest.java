package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.NetException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many parked readers with different deadlines at once, as a server has: each times out at its
 * own deadline (never early, not much late), whatever the others do; deadlines moved while
 * parked take effect; readers that get data in time are not disturbed by the others' timers.
 * Runs in every poll mode (see PollModeTest).
 */
class PollerDeadlinesTest {
    static final int N = 60;

    @Test
    void eachParkedReaderTimesOutAtItsOwnDeadline() throws Exception {
        List<Loopback.Pair<Conn>> pairs = new ArrayList<>();
        try {
            for (int i = 0; i < N; i++) {
                pairs.add(Loopback.pair("tcp", "127.0.0.1:0"));
            }
            long start = System.currentTimeMillis();
            List<CompletableFuture<Long>> timedOutAt = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                Conn c = pairs.get(i).client();
                // 20..310 ms, out of order, so the heap sees inserts before and after its head
                long deadline = start + 20 + (i * 37L % N) * 5;
                c.setReadDeadline(Instant.ofEpochMilli(deadline));
                timedOutAt.add(VirtualThreads.start(() -> {
                    try {
                        c.read(new byte[1]);
                        throw new AssertionError("read returned");
                    } catch (NetException e) {
                        assertTrue(e.isTimeout(), e.toString());
                        return System.currentTimeMillis();
                    }
                }));
            }
            for (int i = 0; i < N; i++) {
                long deadline = start + 20 + (i * 37L % N) * 5;
                long at = timedOutAt.get(i).get(10, TimeUnit.SECONDS);
                assertTrue(at >= deadline, "reader " + i + " timed out " + (deadline - at) + " ms early");
                assertTrue(at - deadline < 2_000, "reader " + i + " timed out " + (at - deadline) + " ms late");
            }
        } finally {
            pairs.forEach(Loopback.Pair::close);
        }
    }

    @Test
    void deadlinesMovedWhileParkedAndDataInTime() throws Exception {
        try (Loopback.Pair<Conn> far = Loopback.pair("tcp", "127.0.0.1:0");
                Loopback.Pair<Conn> near = Loopback.pair("tcp", "127.0.0.1:0");
                Loopback.Pair<Conn> served = Loopback.pair("tcp", "127.0.0.1:0")) {
            far.client().setReadDeadline(Instant.now().plusSeconds(60));
            served.client().setReadDeadline(Instant.now().plusMillis(200));
            near.client().setReadDeadline(Instant.now().plusSeconds(60));
            CompletableFuture<Integer> farRead = VirtualThreads.start(() -> far.client().read(new byte[1]));
            CompletableFuture<Integer> nearRead = VirtualThreads.start(() -> near.client().read(new byte[1]));
            CompletableFuture<Integer> servedRead = VirtualThreads.start(() -> served.client().read(new byte[4]));
            Thread.sleep(50);
            // moved earlier while parked: the reader must not sleep until its first deadline
            long moved = System.currentTimeMillis();
            near.client().setReadDeadline(Instant.now().plusMillis(50));
            served.server().write(new byte[] {7});
            assertEquals(1, servedRead.get(5, TimeUnit.SECONDS), "data within the deadline is read");
            Throwable e = VirtualThreads.failure(nearRead);
            long took = System.currentTimeMillis() - moved;
            assertTrue(e instanceof NetException ne && ne.isTimeout(), "timed out: " + e);
            assertTrue(took >= 50 && took < 2_000, "timed out " + took + " ms after the move to 50 ms");
            // moved later while parked, then data: no timeout at the old time
            far.client().setReadDeadline(Instant.now().plusSeconds(120));
            far.server().write(new byte[] {9});
            assertEquals(1, farRead.get(5, TimeUnit.SECONDS));
        }
    }

    /**
     * A keep-alive connection's pattern: every wait with a deadline a little later than the last.
     * The vpoller leaves its timer at the first and moves it when it fires (VPoller.schedule);
     * the other modes wait on the deadline itself. Either way the read times out at its own time.
     * On a virtual thread and on a platform thread, which in the vpoller mode waits on a selector
     * of its own and its deadline itself.
     */
    @ParameterizedTest(name = "on a virtual thread: {0}")
    @ValueSource(booleans = {true, false})
    void deadlinesMovedLaterOnEveryWaitStillTimeOutOnTime(boolean onVirtualThread) throws Exception {
        if (onVirtualThread) {
            VirtualThreads.run(PollerDeadlinesTest::deadlinesMovedLater);
        } else {
            deadlinesMovedLater();
        }
    }

    private static void deadlinesMovedLater() throws Exception {
        try (Loopback.Pair<Conn> pair = Loopback.pair("tcp", "127.0.0.1:0")) {
            Conn client = pair.server();
            Conn server = pair.client();
            byte[] one = new byte[1];
            // Waits that end with data, each with a deadline later than the one before (as a
            // keep-alive connection's idle deadline): the bytes all arrive.
            for (int i = 0; i < 50; i++) {
                server.setReadDeadline(Instant.now().plusMillis(300 + i));
                Thread writer = writeSoon(client, (byte) 7, 2_000_000); // the read parks first
                assertEquals(1, server.read(one), "wait " + i);
                assertEquals(7, one[0]);
                writer.join(5000);
            }
            // A wait with a still later deadline and no data: the timer left at the earlier
            // deadline fires, moves on, and the read times out at its own deadline.
            long waited = readTimesOut(server, 700);
            assertTrue(waited >= 690 && waited < 3000, "timed out after " + waited + " ms, wanted 700");

            // Then an earlier one than the timer's place: it times out at its own time, not later.
            server.setReadDeadline(Instant.now().plusMillis(5000));
            Thread writer = writeSoon(client, (byte) 8, 20_000_000);
            assertEquals(1, server.read(one));
            writer.join(5000);
            waited = readTimesOut(server, 100);
            assertTrue(waited >= 95 && waited < 2000, "timed out after " + waited + " ms, wanted 100");
        }
    }

    /** Writes {@code b} to {@code c} from a new thread after {@code delayNanos}. */
    private static Thread writeSoon(Conn c, byte b, long delayNanos) {
        return Thread.ofVirtual().start(() -> {
            LockSupport.parkNanos(delayNanos);
            try {
                c.write(new byte[] {b});
            } catch (IOException e) {
                // the reader's assertion fails then
            }
        });
    }

    /** Sets {@code c}'s read deadline {@code ms} ahead, reads until it times out; the milliseconds that took. */
    private static long readTimesOut(Conn c, long ms) throws IOException {
        long t0 = System.nanoTime();
        c.setReadDeadline(Instant.now().plusMillis(ms));
        try {
            c.read(new byte[1]);
            fail("read returned past its deadline");
        } catch (IOException e) {
            assertTrue(e instanceof NetException ne && ne.isTimeout(), String.valueOf(e));
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
