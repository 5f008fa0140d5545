package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetError;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The poller's lazy timers ({@link VPoller#schedule}): a deadline moved later leaves the timer
 * where it is and is honoured when the timer fires early; one moved earlier moves it; a wait
 * that ends leaves it to be dropped; a close takes it out at once. First on a poller directly,
 * then through a connection's reads in every poll mode.
 */
class VPollerTimerTest {
    private static final long NONE = Long.MAX_VALUE;

    @Test
    void aLaterDeadlineStaysLazyAndFiresAtItsTime() throws Exception {
        VPoller p = VPoller.next();
        TimerHeap.Timer t = new TimerHeap.Timer();
        Thread me = Thread.currentThread();
        long start = System.currentTimeMillis();
        p.schedule(t, start + 100, me);
        assertEquals(start + 100, t.armedAt, "first schedule puts it in the heap");
        p.schedule(t, start + 3000, me);
        assertEquals(start + 100, t.armedAt, "a later deadline leaves the timer where it is");
        assertEquals(start + 3000, t.want);

        // It fires at +100, finds +3000 wanted, and moves itself there without waking us.
        while (t.armedAt == start + 100) {
            assertTrue(System.currentTimeMillis() < start + 2000, "the timer at +100 never fired");
            Thread.sleep(5);
        }
        assertEquals(start + 3000, t.armedAt, "fired early, it moved to the wanted deadline");

        // Moved earlier, it is scheduled again under the lock, and unparks us then.
        long soon = System.currentTimeMillis() + 200;
        p.schedule(t, soon, me);
        assertEquals(soon, t.armedAt, "an earlier deadline moves the timer");
        while (t.armedAt != NONE) {
            assertTrue(System.currentTimeMillis() < start + 5000, "the timer at +200 never fired");
            LockSupport.parkNanos(50_000_000);
        }
        long late = System.currentTimeMillis() - soon;
        assertTrue(late >= 0 && late < 2000, "fired " + late + " ms after its deadline");
        assertEquals(-1, t.index, "a fired timer is out of the heap");
    }

    @Test
    void aReleasedTimerIsDroppedWhenItFiresAndACancelledOneAtOnce() throws Exception {
        VPoller p = VPoller.next();
        Thread me = Thread.currentThread();
        long start = System.currentTimeMillis();

        TimerHeap.Timer released = new TimerHeap.Timer();
        p.schedule(released, start + 80, me);
        VPoller.release(released);
        assertEquals(start + 80, released.armedAt, "released, it stays in the heap until its time");
        while (released.armedAt != NONE) {
            assertTrue(System.currentTimeMillis() < start + 5000, "the released timer never left the heap");
            Thread.sleep(5);
        }
        assertEquals(-1, released.index);
        assertEquals(NONE, released.want, "dropped, not moved");

        TimerHeap.Timer closed = new TimerHeap.Timer();
        p.schedule(closed, start + 60_000, me);
        assertTrue(closed.index >= 0);
        p.cancel(closed);
        assertEquals(-1, closed.index, "a cancelled timer leaves the heap at once");
        assertEquals(NONE, closed.armedAt);
        assertEquals(null, closed.waiter, "and holds no thread");
    }

    @Test
    void readDeadlinesMovedLaterOnEveryWaitStillTimeOutOnTime() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0");
                Conn client = Net.dial("tcp", ln.addr().toString());
                Conn server = ln.accept()) {
            byte[] one = new byte[1];
            // Waits that end with data, each with a deadline later than the one before (as a
            // keep-alive connection's idle deadline): the bytes all arrive.
            for (int i = 0; i < 50; i++) {
                server.setReadDeadline(Instant.now().plusMillis(300 + i));
                Thread writer = Thread.ofVirtual().start(() -> {
                    LockSupport.parkNanos(2_000_000); // let the read park first
                    try {
                        client.write(new byte[] {7});
                    } catch (IOException e) {
                        // the read below fails then
                    }
                });
                assertEquals(1, server.read(one), "wait " + i);
                assertEquals(7, one[0]);
                writer.join(5000);
            }
            // A wait with a still later deadline and no data: the timer left at the earlier
            // deadline fires, moves on, and the read times out at its own deadline.
            long t0 = System.nanoTime();
            server.setReadDeadline(Instant.now().plusMillis(700));
            try {
                server.read(one);
                fail("read returned past its deadline");
            } catch (IOException e) {
                assertTrue(e instanceof NetError ne && ne.isTimeout(), String.valueOf(e));
            }
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waited >= 690 && waited < 3000, "timed out after " + waited + " ms, wanted 700");

            // Then an earlier one than the timer's place: it times out at its own time, not later.
            server.setReadDeadline(Instant.now().plusMillis(5000));
            Thread writer = Thread.ofVirtual().start(() -> {
                LockSupport.parkNanos(20_000_000);
                try {
                    client.write(new byte[] {8});
                } catch (IOException e) {
                    // the read below fails then
                }
            });
            assertEquals(1, server.read(one));
            writer.join(5000);
            t0 = System.nanoTime();
            server.setReadDeadline(Instant.now().plusMillis(100));
            try {
                server.read(one);
                fail("read returned past its deadline");
            } catch (IOException e) {
                assertTrue(e instanceof NetError ne && ne.isTimeout(), String.valueOf(e));
            }
            waited = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waited >= 95 && waited < 2000, "timed out after " + waited + " ms, wanted 100");
        }
    }
}
