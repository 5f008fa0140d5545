package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.jvm.VirtualThreads;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The poller's lazy timers ({@link VPoller#schedule}): a deadline moved later leaves the timer
 * where it is and is honoured when the timer fires early; one moved earlier moves it; a wait
 * that ends leaves it to be dropped; a close takes it out at once. On a poller directly, so run
 * in the default mode only (connections of the other modes use no {@link VPoller}, which
 * VPollerWaiterTest checks); through a connection's reads in every mode: PollerDeadlinesTest.
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

    /**
     * The heap's bound under connection churn: lazy timers stay in the heap after their waits,
     * so a close must take them out, or every closed connection's timer (and its thread) would
     * stay until its deadline. 500 connections each wait once with a 60 s deadline, then close:
     * the heaps are back where they were, and the memory with them. The reads are on virtual
     * threads: a platform thread's wait does not go through the poller.
     */
    @Test
    void closedConnectionsLeaveNoTimersBehind() throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        int before = VPoller.timersInHeaps();
        System.gc();
        long heapBefore = mem.getHeapMemoryUsage().getUsed();
        int n = 500;
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            for (int i = 0; i < n; i++) {
                try (Conn client = Net.dial("tcp", ln.addr().toString());
                        Conn server = ln.accept()) {
                    server.setReadDeadline(Instant.now().plusSeconds(60));
                    Thread writer = Thread.ofVirtual().start(() -> {
                        LockSupport.parkNanos(1_000_000); // the read parks (and schedules) first
                        try {
                            client.write(new byte[] {1});
                        } catch (IOException e) {
                            // the read below fails then
                        }
                    });
                    int conn = i;
                    VirtualThreads.run(() -> assertEquals(1, server.read(new byte[1]), "connection " + conn));
                    writer.join(5000);
                }
            }
        }
        int after = VPoller.timersInHeaps();
        System.gc();
        long grew = mem.getHeapMemoryUsage().getUsed() - heapBefore;
        System.out.printf("VPollerTimerTest: %d connections with a timed wait, closed: timers in the heaps %d -> %d,"
                + " heap %+d KB%n", n, before, after, grew / 1024);
        assertTrue(after <= before, "timers left in the heaps: " + before + " -> " + after);
    }
}
