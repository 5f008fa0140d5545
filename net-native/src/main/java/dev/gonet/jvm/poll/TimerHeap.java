package dev.gonet.jvm.poll;

import java.util.Arrays;

/**
 * The deadlines of the calls parked through one {@link VPoller}: a binary min-heap of
 * {@link Timer}s by time, each knowing its slot, so a waiter that wakes early removes its timer
 * in O(log n). Go keeps its timers in its scheduler for the same reason: a timed park through
 * the JDK wakes the pool's timer thread twice (schedule, cancel), two thread switches per wait.
 * Not thread-safe: the poller guards it.
 */
final class TimerHeap {
    /**
     * A waiter's deadline; reused for every wait of one descriptor and direction. {@link #when}
     * and {@link #index} belong to the heap (and its lock); {@link #armedAt}, {@link #want} and
     * {@link #waiter} are how the owner moves its deadline later without taking that lock
     * (see {@link VPoller#schedule}).
     */
    static final class Timer {
        long when; // epoch ms
        int index = -1; // slot in the heap, -1 when not scheduled
        /** {@link #when} while in the heap, else {@code Long.MAX_VALUE}; written under the heap's lock. */
        volatile long armedAt = Long.MAX_VALUE;
        /** The deadline the owner waits for now (epoch ms), {@code Long.MAX_VALUE} for none. */
        volatile long want = Long.MAX_VALUE;
        volatile Thread waiter;
    }

    private Timer[] heap = new Timer[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Timer peek() {
        return size == 0 ? null : heap[0];
    }

    /** Adds {@code t} at {@code when}, or moves it there if it is scheduled already. */
    void schedule(Timer t, long when) {
        if (t.index >= 0) {
            long old = t.when;
            t.when = when;
            if (when < old) {
                up(t.index);
            } else {
                down(t.index);
            }
            return;
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        t.when = when;
        t.index = size;
        heap[size++] = t;
        up(t.index);
    }

    /** Removes {@code t} if scheduled. */
    void remove(Timer t) {
        int i = t.index;
        if (i < 0) {
            return;
        }
        t.index = -1;
        Timer last = heap[--size];
        heap[size] = null;
        if (i < size) {
            heap[i] = last;
            last.index = i;
            up(i);
            down(last.index);
        }
    }

    /** Removes and returns the earliest timer. */
    Timer poll() {
        Timer t = heap[0];
        remove(t);
        return t;
    }

    private void up(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (p.when <= t.when) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void down(int i) {
        Timer t = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Timer c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].when < c.when) {
                child = right;
                c = heap[child];
            }
            if (t.when <= c.when) {
                break;
            }
            heap[i] = c;
            c.index = i;
            i = child;
        }
        heap[i] = t;
        t.index = i;
    }
}
