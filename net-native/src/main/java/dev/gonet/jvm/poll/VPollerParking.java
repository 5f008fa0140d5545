package dev.gonet.jvm.poll;

import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waiting through a {@link VPoller} (the JDK 25+ default): the thread publishes itself, makes
 * sure the poller watches for {@code op}, and parks with {@link LockSupport}; the poller, a
 * deadline change or close unparks it. No system call and no thread switch per wait while the
 * poller's interest is already armed (the common case: a reader that waits again).
 *
 * <p>Lost wake-ups are impossible by ordering (the fields are volatile and the key's interest
 * changes atomic, all sequentially consistent): the poller sets the ready flag and then reads
 * the waiter; the waiter publishes itself, arms, and then reads the flag. A waiter the poller
 * did not see sees the flag, returns and retries its operation. Interest the poller drops is
 * re-armed by whoever comes next (see {@link #polled}), so a parked waiter always has it. Ready
 * flags are hints: a stale one costs one more non-blocking attempt, never a missed one, since
 * the caller always tries the operation before waiting.
 */
final class VPollerParking extends Parking {
    private static final int READ_OPS = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    private static final int WRITE_OPS = SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;

    private final VPoller poller;
    private volatile Thread readWaiter;
    private volatile Thread writeWaiter;
    private volatile boolean readReady;
    private volatile boolean writeReady;
    // Deadlines of parked calls live in the poller's timer heap (see TimerHeap), one per direction.
    private final TimerHeap.Timer readTimer = new TimerHeap.Timer();
    private final TimerHeap.Timer writeTimer = new TimerHeap.Timer();

    VPollerParking(PollDesc pd, VPoller poller) {
        super(pd);
        this.poller = poller;
    }

    /*
     * A read the waiter may do for a parked reader (awaitRead): NONE, then OFFERED by the reader
     * (with offerTo and offerer), TAKEN by the waiter before it reads, DONE with the result. The
     * reader takes its offer back with a CAS from OFFERED; once the waiter has taken it, the
     * reader waits for DONE and returns what was read, whatever else woke it: no byte is lost.
     */
    private static final int NONE = 0;
    private static final int OFFERED = 1;
    private static final int TAKEN = 2;
    private static final int DONE = 3;
    private static final VarHandle OFFER;

    static {
        try {
            OFFER = MethodHandles.lookup().findVarHandle(VPollerParking.class, "offer", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int offer;
    // Written by the reader before OFFERED, read by the waiter after TAKEN; then the reverse.
    private ByteBuffer offerTo;
    private Supplier<byte[]> offerLazy; // where the waiter takes the array when offerTo is null
    private int offerLazyMax;
    private Thread offerer;
    private int offerRead;
    private Throwable offerFailure;

    /**
     * Parks as {@code await(true, OP_READ)}, offering the read into {@code into} to the poller's
     * platform waiter, which does it when the channel turns readable after a quiet spell (see
     * {@link VPoller}): the reader then runs once, on the one carrier the unpark wakes, with its
     * bytes already read, and the waiter selects again at once (they are consumed, so the
     * level-triggered selector does not report them again), instead of handing the selector to
     * the virtual-thread poller and taking it back: two thread wake-ups per quiet-spell read
     * instead of four. A reader that holds no buffer while it waits offers {@code lazy}
     * instead, which the waiter calls for an array just before it reads, reading at most
     * {@code lazyMax} bytes into it.
     */
    @Override
    int awaitRead(ByteBuffer into, Supplier<byte[]> lazy, int lazyMax) throws IOException {
        offerTo = into;
        offerLazy = lazy;
        offerLazyMax = lazyMax;
        offerer = Thread.currentThread();
        offer = OFFERED;
        Exception failed = null;
        try {
            await(true, SelectionKey.OP_READ, true);
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
        if (OFFER.compareAndSet(this, OFFERED, NONE)) {
            offerTo = null;
            offerLazy = null;
            offerer = null;
            rethrow(failed);
            return NOT_READ;
        }
        return taken(); // read for us: what it read comes first, a deadline or close after it
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw (RuntimeException) t;
        }
    }

    /** The waiter took the offer: waits for its read (a non-blocking one) and returns it. */
    private int taken() throws IOException {
        while (offer != DONE) {
            // The waiter unparks us after DONE; its read does not block, so an interrupted
            // thread (whose park returns at once) spins only for the length of one read.
            LockSupport.park(this);
        }
        int n = offerRead;
        Throwable t = offerFailure;
        offerFailure = null;
        offerTo = null;
        offerLazy = null;
        offerer = null;
        offer = NONE;
        rethrow(t);
        return n == 0 ? NOT_READ : n; // readiness without bytes: the caller reads, then waits again
    }

    /**
     * On the poller's platform waiter: when {@code ops} is only a read and the reader offered
     * its read, does it, hands over the result and unparks the reader; whether it did.
     */
    boolean readForWaiter(int ops) {
        if (ops != SelectionKey.OP_READ || !OFFER.compareAndSet(this, OFFERED, TAKEN)) {
            return false;
        }
        Thread reader = offerer;
        try {
            ByteBuffer to = offerTo;
            if (to == null) {
                byte[] b = offerLazy.get();
                to = offerTo = ByteBuffer.wrap(b, 0, Math.min(b.length, offerLazyMax));
            }
            offerRead = ((ReadableByteChannel) pd.channel()).read(to);
        } catch (Throwable e) { // the reader's own failure (an OutOfMemoryError taking a buffer too), not this thread's
            offerFailure = e;
        } finally {
            poller.countWaiterRead();
            offer = DONE;
            LockSupport.unpark(reader);
        }
        return true;
    }

    @Override
    void await(boolean read, int op) throws IOException {
        await(read, op, false);
    }

    /** {@code offered}: also returns once the waiter took this reader's offer. */
    private void await(boolean read, int op, boolean offered) throws IOException {
        Thread me = Thread.currentThread();
        if (read) {
            readWaiter = me;
        } else {
            writeWaiter = me;
        }
        TimerHeap.Timer timer = read ? readTimer : writeTimer;
        boolean timed = false;
        try {
            try {
                poller.arm(pd, op);
            } catch (ClosedChannelException e) {
                throw dev.gonet.Sentinel.CLOSED.exception();
            }
            while (true) {
                // Readiness before the clock: every caller retries its operation after this,
                // and the operation checks close and the deadline itself (as Go's prepareRead).
                if (offered && offer != OFFERED) {
                    return;
                }
                if (read ? readReady : writeReady) {
                    if (read) {
                        readReady = false;
                    } else {
                        writeReady = false;
                    }
                    return;
                }
                checkDeadline(read);
                long deadline = read ? pd.readDeadline() : pd.writeDeadline();
                if (deadline != Deadline.NONE) {
                    // Every round, not only when the deadline moved: the timer may have fired
                    // early for this clock (it was set back) and left the heap. Cheap when it
                    // is still in the heap no later than the deadline (see VPoller.schedule).
                    poller.schedule(timer, deadline, me);
                    timed = true;
                } else if (timed) {
                    VPoller.release(timer);
                    timed = false;
                }
                LockSupport.park(this);
                if (me.isInterrupted()) {
                    throw interrupted(); // park returns at once while the flag is set; keep it
                }
            }
        } finally {
            if (timed) {
                if (pd.isClosed()) {
                    poller.cancel(timer); // close() may have run before our last schedule
                } else {
                    VPoller.release(timer);
                }
            }
            if (read) {
                readWaiter = null;
            } else {
                writeWaiter = null;
            }
        }
    }

    /** On the poller's thread: {@code k} (this descriptor's key) is ready for {@code ops}. */
    void polled(SelectionKey k, int ops) {
        if ((ops & READ_OPS) != 0) {
            readReady = true;
            Thread w = readWaiter;
            if (w != null) {
                LockSupport.unpark(w); // interest stays: the reader will consume, then wait again
            } else {
                // Nobody reads now: stop reporting it until someone waits. A reader may have
                // armed between our look and the disarm, finding interest still on, and be about
                // to park: look again after the disarm and undo it for such a reader. (One that
                // publishes itself later sees the disarm when it arms, and re-arms.)
                disarm(k, READ_OPS);
                if (readWaiter != null) {
                    rearm(k, READ_OPS);
                }
            }
        }
        if ((ops & WRITE_OPS) != 0) {
            // One-shot, a socket being writable nearly always. Disarm before the flag: a writer
            // that sees the flag and must wait again then finds interest off and re-arms.
            disarm(k, WRITE_OPS);
            writeReady = true;
            Thread w = writeWaiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    private static void rearm(SelectionKey k, int ops) {
        try {
            k.interestOpsOr(ops & k.channel().validOps());
        } catch (CancelledKeyException e) {
            // closed meanwhile
        }
    }

    private static void disarm(SelectionKey k, int ops) {
        try {
            k.interestOpsAnd(~ops);
        } catch (CancelledKeyException e) {
            // closed meanwhile
        }
    }

    @Override
    void wake(boolean read, boolean write) {
        Thread r = read ? readWaiter : null;
        Thread w = write ? writeWaiter : null;
        if (r != null) {
            LockSupport.unpark(r);
        }
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    @Override
    void close() {
        wake(true, true);
        poller.cancel(readTimer); // out of the heap now, not when their deadlines come
        poller.cancel(writeTimer);
        SelectionKey k = pd.keyOnceClosed();
        if (k != null) {
            k.cancel();
            poller.wakeIfParked(); // the channel's descriptor is released at the poller's next select
        }
    }
}
