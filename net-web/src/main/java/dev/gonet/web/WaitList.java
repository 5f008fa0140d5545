package dev.gonet.web;

import dev.gonet.internal.Deadline;
import dev.gonet.spi.Cancel;
import java.util.ArrayList;
import java.util.List;

/**
 * The green threads blocked in one direction of a connection. A blocked call {@link #park}s
 * until {@link #wakeAll()} (data arrived, the connection closed, a deadline moved), its deadline
 * timer fires, or its poll interval passes; then it re-checks its own condition, so waking more
 * threads than needed is harmless. Browser-thread only: no lock (see {@link Waiter}).
 */
final class WaitList {
    private final WebPlatform timers;
    private final List<Waiter> waiters = new ArrayList<>();

    WaitList(WebPlatform timers) {
        this.timers = timers;
    }

    /**
     * Parks the calling green thread until woken, until {@code deadline} (epoch ms,
     * {@link Deadline#NONE} for none), or for at most {@code pollMillis} when that is positive.
     */
    void park(long deadline, long pollMillis) {
        Waiter w = new Waiter();
        waiters.add(w);
        long delay = deadline == Deadline.NONE ? -1 : Math.max(0, deadline - System.currentTimeMillis());
        if (pollMillis > 0 && (delay < 0 || pollMillis < delay)) {
            delay = pollMillis;
        }
        Cancel timer = delay < 0 ? null : timers.schedule(delay, w::wakeFromEvent); // runs from setTimeout
        try {
            w.await();
        } finally {
            waiters.remove(w);
            if (timer != null) {
                timer.cancel();
            }
        }
    }

    /**
     * Wakes every parked thread from a microtask ({@link Waiter#wake}); never blocks, safe from
     * anywhere, a green thread included.
     */
    void wakeAll() {
        for (int i = 0; i < waiters.size(); i++) {
            waiters.get(i).wake(); // resumes later: the list does not change under this loop
        }
    }

    /**
     * Wakes every parked thread now, each running to its next park before this returns
     * ({@link Waiter#wakeFromEvent}). Only from a JS event callback (no green thread running).
     */
    void wakeAllFromEvent() {
        int n = waiters.size();
        if (n == 1) {
            waiters.get(0).wakeFromEvent(); // the usual case: one reader
        } else if (n > 1) {
            // Copy first: a woken thread removes its waiter, and may park again, while this runs.
            for (Waiter w : waiters.toArray(new Waiter[0])) {
                w.wakeFromEvent();
            }
        }
    }
}
