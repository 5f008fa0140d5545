package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The poller's deadline heap against a sorted set, through random schedules, moves and removals. */
class TimerHeapTest {
    @Test
    void earliestFirstThroughMovesAndRemovals() {
        TimerHeap h = new TimerHeap();
        TimerHeap.Timer a = new TimerHeap.Timer();
        TimerHeap.Timer b = new TimerHeap.Timer();
        TimerHeap.Timer c = new TimerHeap.Timer();
        h.schedule(a, 30);
        h.schedule(b, 10);
        h.schedule(c, 20);
        assertEquals(b, h.peek(), "earliest of 30, 10, 20");
        h.schedule(a, 5); // moved earlier
        assertEquals(a, h.peek());
        h.schedule(a, 50); // and later
        assertEquals(b, h.peek());
        h.remove(c);
        assertEquals(-1, c.index, "a removed timer knows it");
        h.remove(c); // twice is nothing
        assertEquals(b, h.poll());
        assertEquals(a, h.poll());
        assertTrue(h.isEmpty());
        assertNull(h.peek());
    }

    @Test
    void randomOperationsMatchASortedSet() {
        Random rnd = new Random(20261121);
        TimerHeap h = new TimerHeap();
        List<TimerHeap.Timer> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(new TimerHeap.Timer());
        }
        // reference: (when, identity) pairs of the scheduled timers
        TreeSet<long[]> ref = new TreeSet<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (int step = 0; step < 20_000; step++) {
            int i = rnd.nextInt(all.size());
            TimerHeap.Timer t = all.get(i);
            int op = rnd.nextInt(4);
            if (op < 2) {
                if (t.index >= 0) {
                    ref.remove(new long[] {t.when, i});
                }
                long when = rnd.nextInt(1000);
                h.schedule(t, when);
                ref.add(new long[] {when, i});
            } else if (op == 2) {
                if (t.index >= 0) {
                    ref.remove(new long[] {t.when, i});
                }
                h.remove(t);
            } else if (!ref.isEmpty()) {
                TimerHeap.Timer first = h.poll();
                long[] want = ref.pollFirst();
                assertEquals(want[0], first.when, "step " + step + ": earliest time");
                if (first != all.get((int) want[1])) {
                    // equal times may come out in either order: put the reference's choice right
                    ref.add(want);
                    ref.remove(new long[] {first.when, all.indexOf(first)});
                }
            }
            assertEquals(ref.isEmpty(), h.isEmpty(), "step " + step);
            if (!ref.isEmpty()) {
                assertEquals(ref.first()[0], h.peek().when, "step " + step + ": peek");
            }
        }
    }
}
