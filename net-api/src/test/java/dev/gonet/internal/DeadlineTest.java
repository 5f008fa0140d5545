package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private final Object lock = new Object();

    @Test
    void toMillisEdges() {
        assertEquals(Deadline.NONE, Deadline.toMillis(null), "toMillis(null)");
        assertEquals(Deadline.NONE, Deadline.toMillis(Instant.MAX), "toMillis(Instant.MAX)");
        assertEquals(Long.MIN_VALUE, Deadline.toMillis(Instant.MIN), "toMillis(Instant.MIN)");
        assertEquals(1_500L, Deadline.toMillis(Instant.ofEpochSecond(1, 500_999_999)), "truncates to the millisecond");
        assertEquals(-1_000L, Deadline.toMillis(Instant.ofEpochSecond(-1)), "before the epoch");
        assertEquals(233431200_000L, Deadline.toMillis(Instant.ofEpochSecond(233431200)), "Go's aLongTimeAgo");
    }

    @Test
    void pastPresentFuture() throws Exception {
        Deadline d = new Deadline(lock);
        assertFalse(d.passed(), "unset deadline passed");
        d.set(Instant.ofEpochSecond(233431200));
        assertTrue(d.passed(), "past deadline not passed");
        d.set(Instant.now());
        assertTrue(d.passed(), "deadline of now not passed (Go: now has passed)");
        d.set(Instant.now().plusSeconds(60));
        assertFalse(d.passed(), "future deadline passed");
        d.set(null);
        assertFalse(d.passed(), "cleared deadline passed");
        assertEquals(Deadline.NONE, d.millis(), "cleared deadline millis()");
    }

    @Test
    void awaitChecksDeadlineBeforeReadiness() throws Exception {
        Deadline d = new Deadline(lock);
        synchronized (lock) {
            assertTrue(d.await(() -> true), "ready with no deadline");
            d.set(Instant.MIN);
            assertFalse(d.await(() -> true), "ready with a past deadline: want timeout, as Go");
        }
    }

    @Test
    void awaitTimesOutAtAFutureDeadline() throws Exception {
        Deadline d = new Deadline(lock);
        d.set(Instant.now().plusMillis(40));
        long start = System.currentTimeMillis();
        synchronized (lock) {
            assertFalse(d.await(() -> false), "await with a future deadline and never ready");
        }
        long took = System.currentTimeMillis() - start;
        assertTrue(took >= 35 && took < 2_000, "timed out after " + took + " ms, want about 40");
    }

    @Test
    void movingTheDeadlineWakesAWaiter() throws Exception {
        Deadline d = new Deadline(lock);
        ArrayBlockingQueue<Boolean> result = new ArrayBlockingQueue<>(1);
        Thread t = new Thread(() -> {
            synchronized (lock) {
                try {
                    result.add(d.await(() -> false));
                } catch (Exception e) {
                    result.add(true);
                }
            }
        });
        t.setDaemon(true);
        t.start();
        Thread.sleep(30);
        long moved = System.currentTimeMillis();
        d.set(Instant.now()); // moved from none to now: the waiter must wake and time out
        Boolean ok = result.poll(5, TimeUnit.SECONDS);
        assertEquals(Boolean.FALSE, ok, "await result after the deadline moved into the past");
        long took = System.currentTimeMillis() - moved;
        assertTrue(took < Deadline.MAX_WAIT_MILLIS / 2, "woke " + took + " ms after set(), want promptly (notify, not polling)");
    }

    @Test
    void extendingTheDeadlineExtendsTheWait() throws Exception {
        Deadline d = new Deadline(lock);
        boolean[] ready = new boolean[1];
        // Long enough that the extension below lands before it even on a loaded machine.
        Instant first = Instant.now().plusMillis(1_000);
        d.set(first);
        ArrayBlockingQueue<Boolean> result = new ArrayBlockingQueue<>(1);
        Thread t = new Thread(() -> {
            synchronized (lock) {
                try {
                    result.add(d.await(() -> ready[0]));
                } catch (Exception e) {
                    result.add(false);
                }
            }
        });
        t.setDaemon(true);
        t.start();
        while (t.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1); // the waiter is parked in await
        }
        d.set(Instant.now().plusSeconds(60));
        Thread.sleep(Math.max(0, first.toEpochMilli() - System.currentTimeMillis()) + 100); // past the first deadline
        synchronized (lock) {
            ready[0] = true;
            lock.notifyAll();
        }
        assertEquals(Boolean.TRUE, result.poll(5, TimeUnit.SECONDS), "await after the deadline was extended");
    }
}
