package dev.gonet.jvm.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The JDK 25+ netpoller: a few virtual threads, each selecting for its share of gonet's
 * channels, as Go's scheduler polls the network itself. A call that would block parks with
 * {@link LockSupport} (no system call); the poller that finds its channel ready unparks it.
 *
 * <p>Why a virtual thread: an unpark from a virtual thread queues the woken thread on the same
 * carrier, behind the poller, with no thread switch, and the poller runs again after the threads
 * it woke (it yields after every round with events). The alternatives cost more on every wait:
 * a selector per connection is woken through the JDK's master poller, a platform thread (two
 * thread switches per wait), and a platform poller thread is a switch in itself.
 *
 * <p>Why a platform thread for long waits: a virtual thread blocked in {@code select} is woken
 * through the JDK's master poller (a platform thread), its virtual-thread sub-poller and then
 * this poller, each on a carrier: three thread wake-ups before the reader runs, which an idle
 * server pays for every request that comes after a quiet spell (and an unpark from the
 * sub-poller wakes the second carrier of a 2-CPU machine as well). A poller with nothing to do
 * therefore hands its selector to a platform thread of its own ({@code gonet-poller-N-wait}),
 * which blocks in {@code epoll_wait} itself.
 *
 * <p>What the waiter does with events: a read after a quiet spell (a wait at least as long as
 * the spin) whose reader offered it ({@link PollDesc#waitReadInto}, as a conn's read does, and
 * the HTTP server's idle keep-alive wait, which offers where to take a buffer) it does itself,
 * into the reader's buffer, and unparks the reader with the result: Go's hand-off
 * of a ready read straight to its waiter. The bytes are consumed, so the level-triggered
 * selector does not report them again, and the waiter selects again at once: a read after a
 * quiet spell costs two thread wake-ups (this thread's and the reader's carrier's), the JVM's
 * floor for a virtual thread, where handing the selector to the virtual thread and taking it
 * back cost four. Every other event, and every event after a short wait (dense traffic), goes
 * back to the virtual thread undispatched: its next select reports it again and it unparks the
 * readers on its own carrier. Keeping the selector while dense events came (as it did until
 * 2026-12-07) made every later event wait for this thread to be scheduled, which on a busy CPU
 * is a time slice (milliseconds: a p99 of 3 to 15 ms at 64 connections, in docs/benchmarks.md).
 *
 * <p>Why interest stays armed: Java selectors are level-triggered and apply interest changes
 * only at the next select, so arming per wait (as Go's edge-triggered epoll needs none) would
 * cost a system call and often a wakeup every time. Read interest stays on while a reader waits
 * or consumes; it is dropped only when data is ready and nobody waits (else the poller would
 * spin on it) and re-armed by the next waiter. Write interest is one-shot, since a socket is
 * writable nearly always.
 */
final class VPoller {
    /** One poller per power-of-two share of the CPUs, as the JDK sizes its own. */
    private static final VPoller[] POLLERS = new VPoller[Math.min(32,
            Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())))];
    private static final AtomicInteger NEXT = new AtomicInteger();

    /**
     * Rounds with events after which the poller parks briefly instead of yielding. A yield goes
     * to its carrier's local queue, which is drained before anything submitted from outside (new
     * threads, expired timers); under sustained load those would wait as long as events keep
     * coming. A timed park resumes through the pool's timer, from outside, so they get a turn.
     */
    private static final int ROUNDS_BEFORE_FAIR_PARK = 32;

    final Selector selector;
    /** The poller is in (or entering) a blocking select: interest changes need a wakeup. */
    private volatile boolean parked;
    private final TimerHeap timers = new TimerHeap(); // guarded by itself
    /** The earliest timer's time (epoch ms), or earlier; read without the lock on every round. */
    private volatile long earliest = Long.MAX_VALUE;
    /** While parked: when the poller wakes by itself (epoch ms; Long.MAX_VALUE: not at all). */
    private volatile long wakeAt = Long.MAX_VALUE;

    /** The virtual thread that polls while connections are busy. */
    private final Thread poller;
    /** The platform thread that does the long waits; started at the first one. */
    private final Thread waiter;
    /** Who has the selector: the waiter (true) or the virtual thread (false). */
    private volatile boolean waiting;
    /** Hand-offs to the waiter and back, counted by the one thread that makes each (for tests). */
    private volatile long toWaiter;
    private volatile long backFromWaiter;
    /** Reads the waiter did for parked readers, counted by the waiter before it wakes each (for tests). */
    private volatile long readsByWaiter;

    private VPoller(int i) throws IOException {
        selector = Selector.open();
        waiter = Thread.ofPlatform().daemon().name("gonet-poller-" + i + "-wait").unstarted(this::waitLoop);
        poller = Thread.ofVirtual().name("gonet-poller-" + i).start(this::loop);
    }

    /**
     * How often the pollers started so far handed their selector to their waiter, how often
     * the waiters handed it back, and how many reads the waiters did for parked readers:
     * {@code {to, back, reads}}.
     */
    static long[] handOffs() {
        long to = 0;
        long back = 0;
        long reads = 0;
        synchronized (POLLERS) {
            for (VPoller p : POLLERS) {
                if (p != null) {
                    to += p.toWaiter;
                    back += p.backFromWaiter;
                    reads += p.readsByWaiter;
                }
            }
        }
        return new long[] {to, back, reads};
    }

    /** How many timers the pollers started so far hold in their heaps (for tests of the bound). */
    static int timersInHeaps() {
        int n = 0;
        synchronized (POLLERS) {
            for (VPoller p : POLLERS) {
                if (p != null) {
                    synchronized (p.timers) {
                        n += p.timers.size();
                    }
                }
            }
        }
        return n;
    }

    /** On the waiter, by the descriptor it read for, before it wakes the reader. */
    void countWaiterRead() {
        readsByWaiter++; // one writer: this poller's waiter
    }

    /** A poller for a new channel, round-robin; started on first use. */
    static VPoller next() {
        int i = Math.floorMod(NEXT.getAndIncrement(), POLLERS.length);
        VPoller p = POLLERS[i];
        if (p == null) {
            synchronized (POLLERS) {
                p = POLLERS[i];
                if (p == null) {
                    try {
                        POLLERS[i] = p = new VPoller(i);
                    } catch (IOException e) {
                        throw new UncheckedIOException("gonet: cannot open a poller's selector", e);
                    }
                }
            }
        }
        return p;
    }

    /**
     * Makes sure {@code pd}'s channel is registered with interest in {@code op}. Interest changes
     * take effect at the poller's next select; one that is blocked is woken for them. The first
     * registration is ordered with a close ({@link PollDesc#registerFirst}).
     */
    void arm(PollDesc pd, int op) throws ClosedChannelException {
        SelectionKey k = pd.key;
        if (k == null) {
            k = pd.registerFirst(selector, op); // a reader and a writer may both be first
            wakeIfParked();
        }
        try {
            if ((k.interestOpsOr(op) & op) == 0) {
                wakeIfParked();
            }
        } catch (CancelledKeyException e) {
            throw new ClosedChannelException();
        }
    }

    /**
     * Unparks {@code waiter} at {@code when} (epoch ms) unless the wait ends first. Lazy, as Go's
     * timers are when moved later: a timer already in the heap no later than {@code when} stays
     * where it is, and when it fires, {@link #fireTimers} finds the later deadline in
     * {@code want} and moves it there. So a keep-alive connection's idle deadline, a little
     * later on every request, costs a volatile write per wait instead of two heap updates under
     * a lock. Only a poller parked until later than {@code when} is woken (and timers no longer
     * wanted are not chased: the poller just wakes once for nothing).
     *
     * <p>No deadline is lost: the owner writes {@code want} before it reads {@code armedAt}, the
     * poller writes {@code armedAt} (taking the timer out) before it reads {@code want}, so either
     * the owner sees the timer gone and schedules it, or the poller sees the new deadline.
     */
    void schedule(TimerHeap.Timer t, long when, Thread waiter) {
        if (t.waiter != waiter) {
            t.waiter = waiter; // the same thread on every wait of a connection: no store then
        }
        t.want = when;
        if (t.armedAt <= when) {
            return;
        }
        synchronized (timers) {
            timers.schedule(t, when);
            t.armedAt = when;
            if (when < earliest) {
                earliest = when;
            }
        }
        if (parked && when < wakeAt) { // see block() for why this order cannot miss the poller
            selector.wakeup();
        }
    }

    /** The wait for {@code t} ended: it stays in the heap, dropped when it fires (see {@link #schedule}). */
    static void release(TimerHeap.Timer t) {
        t.want = Long.MAX_VALUE;
    }

    /** Takes {@code t} out of the heap (its descriptor closed), so that it holds no thread until it would fire. */
    void cancel(TimerHeap.Timer t) {
        t.want = Long.MAX_VALUE;
        synchronized (timers) {
            if (t.index >= 0) {
                timers.remove(t);
                TimerHeap.Timer first = timers.peek();
                earliest = first == null ? Long.MAX_VALUE : first.when;
            }
            t.armedAt = Long.MAX_VALUE;
            t.waiter = null;
        }
    }

    /**
     * Unparks the waiters whose time has come (checked without the lock while none has); a timer
     * whose owner no longer waits is dropped, one whose deadline moved later goes there.
     */
    private void fireTimers() {
        if (earliest > System.currentTimeMillis()) {
            return; // also when there are none: earliest is then Long.MAX_VALUE
        }
        long now = System.currentTimeMillis();
        synchronized (timers) {
            TimerHeap.Timer t;
            while ((t = timers.peek()) != null && t.when <= now) {
                timers.poll();
                t.armedAt = Long.MAX_VALUE;
                long want = t.want;
                if (want == Long.MAX_VALUE) {
                    continue;
                }
                if (want > now) {
                    timers.schedule(t, want);
                    t.armedAt = want;
                    continue;
                }
                LockSupport.unpark(t.waiter); // it finds its deadline passed
            }
            earliest = t == null ? Long.MAX_VALUE : t.when;
        }
    }

    /** After a key was cancelled: a parked poller must select once so the channel is released. */
    void wakeIfParked() {
        if (parked) {
            selector.wakeup();
        }
    }

    /**
     * How long (µs) an idle poller keeps polling without blocking before it blocks in
     * {@code select}, when its recent waits were short ({@code -Dgonet.poll.spinMicros}, 50; 0
     * never spins). Go's runtime does the same: an idle scheduler thread spins, polling the
     * network, before it sleeps in {@code epoll_wait}. A blocking select costs the round trip a
     * wake-up through the JDK's poller and of an idle carrier thread, on another CPU (on a VM
     * tens of µs); a poller that is still polling finds the channel ready at once and unparks
     * the waiter on its own carrier.
     */
    static final long SPIN_NANOS = Math.max(0, Long.getLong("gonet.poll.spinMicros", 50)) * 1000;

    /**
     * Spins only when the last wait for events was shorter than this: a peer that answers
     * within the spin is answered at once, and an idle or slow-ticking poller (a wait longer than
     * the spin) blocks at once and burns nothing. Adaptive as Go's spinning is bounded: a spin
     * that finds nothing turns spinning off until a blocking wait is short again. Written by
     * the waiter at each select with events, read by the virtual thread only after the waiter
     * has handed the selector back (the volatile {@link #waiting} orders the two).
     */
    private long lastWaitNanos = Long.MAX_VALUE;

    private void loop() {
        int rounds = 0;
        while (true) {
            try {
                // A call per round: this frame lives forever and would keep running the code
                // it entered with (the interpreter, a tier since replaced); a call enters the newest.
                rounds = round(rounds);
            } catch (IOException | RuntimeException e) {
                // Keep polling: a failing key must not strand every other connection.
                System.getLogger("dev.gonet.jvm").log(System.Logger.Level.WARNING, "gonet poller", e);
            }
        }
    }

    /**
     * One poll, then a yield to the threads it woke, a brief park, or (nothing ready) the spin
     * and the waiter's wait; returns the count of consecutive rounds with events.
     */
    private int round(int rounds) throws IOException {
        int n = selector.selectNow(VPoller::polled);
        fireTimers();
        if (n == 0) {
            long idleSince = System.nanoTime();
            if (lastWaitNanos < SPIN_NANOS) {
                n = spin(idleSince);
            }
            if (n == 0) {
                waitInWaiter(); // back when traffic is dense; lastWaitNanos says how dense
                return 0;
            }
            lastWaitNanos = System.nanoTime() - idleSince;
            rounds = 0;
        }
        if (++rounds < ROUNDS_BEFORE_FAIR_PARK) {
            Thread.yield(); // the woken threads run first, then we poll again
            return rounds;
        }
        LockSupport.parkNanos(1);
        return 0;
    }

    /**
     * Polls without blocking until an event, a due timer, or {@link #SPIN_NANOS} after
     * {@code since}; yields between polls so that threads woken by others run on this carrier.
     * Returns the number of keys found ready (0: the spin found nothing).
     */
    private int spin(long since) throws IOException {
        while (System.nanoTime() - since < SPIN_NANOS) {
            Thread.yield();
            int n = selector.selectNow(VPoller::polled);
            if (n > 0) {
                return n;
            }
            if (earliest <= System.currentTimeMillis()) {
                fireTimers();
                return 0;
            }
        }
        return 0;
    }

    /** On the virtual thread: gives the selector to the waiter until it hands it back. */
    private void waitInWaiter() {
        toWaiter++;
        waiting = true;
        if (waiter.getState() == Thread.State.NEW) {
            waiter.start();
        } else {
            LockSupport.unpark(waiter);
        }
        while (waiting) {
            LockSupport.park(this);
        }
    }

    /**
     * The waiter's thread: while it has the selector, blocks in select. Events after a quiet
     * spell that are reads offered by their readers it does itself ({@link #fromWaiter}) and
     * keeps the selector; any other event, or any after a short wait (traffic is dense), hands
     * the selector back to the virtual thread, whose next select reports what is left again. A
     * wait ended by a wakeup or a timer (no events) keeps it.
     */
    private void waitLoop() {
        while (true) {
            // A call per round, as in loop(): this frame lives forever and would stay interpreted.
            waitRound();
        }
    }

    private void waitRound() {
        while (!waiting) {
            LockSupport.park(this);
        }
        try {
            if (block() > 0) {
                if (leftForPoller > 0) {
                    backFromWaiter++;
                    waiting = false;
                    LockSupport.unpark(poller);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger("dev.gonet.jvm").log(System.Logger.Level.WARNING, "gonet poller", e);
        }
    }

    // The waiter's select, on its thread only: when it began, whether an event came, and how
    // many were left for the virtual thread.
    private long selectSince;
    private boolean firstEvent;
    private int leftForPoller;

    /**
     * Blocks in select until an event, the earliest timer or a wakeup; fires due timers. Events
     * go to {@link #fromWaiter}; returns how many came.
     */
    private int block() throws IOException {
        int n = 0;
        parked = true; // before select applies queued interest: see arm()
        try {
            // Read after parked is set, written before the re-check: a timer scheduled sooner
            // either is seen here or sees wakeAt and wakes us.
            long e = earliest;
            wakeAt = e;
            if (earliest >= e) {
                long timeout = e == Long.MAX_VALUE ? 0 : e - System.currentTimeMillis();
                if (timeout > 0 || e == Long.MAX_VALUE) {
                    selectSince = System.nanoTime();
                    firstEvent = true;
                    leftForPoller = 0;
                    n = selector.select(this::fromWaiter, timeout);
                }
            }
        } finally {
            parked = false;
            wakeAt = Long.MAX_VALUE;
        }
        fireTimers();
        return n;
    }

    /**
     * An event in the waiter's select. After a wait of at least the spin (a quiet spell: the
     * virtual thread would find nothing more to do and hand the selector straight back) a read
     * its reader offered ({@link PollDesc#waitReadInto}) is done here: the reader wakes with its
     * bytes, the only wake-up besides this thread's, and this thread selects again. Anything
     * else is left for the virtual thread; so is everything after a short wait, where the
     * virtual thread's polling on its carrier serves dense traffic without these hand-offs.
     */
    private void fromWaiter(SelectionKey k) {
        if (firstEvent) {
            firstEvent = false;
            lastWaitNanos = System.nanoTime() - selectSince;
        }
        boolean done;
        try {
            done = lastWaitNanos >= SPIN_NANOS && ((PollDesc) k.attachment()).readForWaiter(k.readyOps());
        } catch (CancelledKeyException e) {
            done = true; // closed: its waiters were woken by close
        }
        if (!done) {
            leftForPoller++;
        }
    }

    private static void polled(SelectionKey k) {
        int ready;
        try {
            ready = k.readyOps();
        } catch (CancelledKeyException e) {
            return; // closed: its waiters were woken by close
        }
        ((PollDesc) k.attachment()).polled(k, ready);
    }
}
