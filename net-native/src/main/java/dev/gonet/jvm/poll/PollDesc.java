package dev.gonet.jvm.poll;

import dev.gonet.Sentinel;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Go's {@code pollDesc} for one non-blocking channel: its read and write deadlines and the
 * parking of calls that would block.
 *
 * <p>Usage by a connection: {@code prepareRead()} (fails fast when closed or past the deadline,
 * as Go checks before trying), try the non-blocking operation, and when it made no progress
 * {@code waitRead()}, then try again. Deadlines are absolute, per direction, and may move at any
 * time: {@link #setReadDeadline} wakes a parked reader so it re-reads the deadline. A passed
 * deadline fails only the pending call ({@link Sentinel#DEADLINE_EXCEEDED}); the channel stays
 * open. {@link #close()} wakes everyone with {@link Sentinel#CLOSED}.
 *
 * <p>Two ways to park, chosen once per JVM:
 * <ul>
 * <li><b>Own selectors</b> (JDK 25+, where a virtual thread inside {@code Selector.select} parks
 * on the JDK's poller instead of holding its carrier): the waiting thread selects on a small
 * selector of this channel and direction, with the time left to the deadline; deadline changes
 * and close call {@code wakeup()}. One wake-up per readiness, as blocking NIO has; this halves
 * echo latency against the shared poller.
 * <li><b>The shared {@link Poller}</b> (older JDKs, or {@code -Dgonet.poll.ownSelectors=false}):
 * the thread arms interest there and parks on a {@code java.util.concurrent.locks} condition,
 * which releases its carrier on every JDK from 21 on, at the cost of extra wake-ups.
 * </ul>
 */
public final class PollDesc {
    static final boolean OWN_SELECTORS = Boolean.parseBoolean(System.getProperty(
            "gonet.poll.ownSelectors", String.valueOf(Runtime.version().feature() >= 25)));

    private final SelectableChannel channel;
    private final Poller poller;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readCond = lock.newCondition();
    private final Condition writeCond = lock.newCondition();
    private volatile long readDeadline = Deadline.NONE;
    private volatile long writeDeadline = Deadline.NONE;
    private volatile boolean closed;
    /*
     * How many calls are parked (or about to park) in each direction. A deadline setter wakes
     * a direction only when it has waiters: a wakeup costs a system call (and a spurious
     * select after it), and a server moves both deadlines on every request while nobody waits.
     * Dekker-style: the waiter counts itself before reading the deadline, the setter writes
     * the deadline before reading the count, all volatile, so one of them always sees the other.
     */
    private final AtomicInteger readWaiters = new AtomicInteger();
    private final AtomicInteger writeWaiters = new AtomicInteger();
    private boolean readReady; // guarded by lock
    private boolean writeReady; // guarded by lock
    volatile SelectionKey key; // set and used on the poller thread
    private Selector readSelector; // own-selector mode; guarded by lock
    private Selector writeSelector; // own-selector mode; guarded by lock

    /** Wraps {@code channel}, switching it to non-blocking mode. */
    public PollDesc(SelectableChannel channel) throws IOException {
        this(channel, OWN_SELECTORS ? null : Poller.get());
    }

    PollDesc(SelectableChannel channel, Poller poller) throws IOException {
        this.channel = channel;
        this.poller = OWN_SELECTORS ? null : poller;
        channel.configureBlocking(false);
    }

    public SelectableChannel channel() {
        return channel;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setReadDeadline(Instant t) {
        readDeadline = Deadline.toMillis(t);
        if (readWaiters.get() != 0) {
            wake(true, false);
        }
    }

    public void setWriteDeadline(Instant t) {
        writeDeadline = Deadline.toMillis(t);
        if (writeWaiters.get() != 0) {
            wake(false, true);
        }
    }

    public void setDeadline(Instant t) {
        long at = Deadline.toMillis(t);
        readDeadline = at;
        writeDeadline = at;
        boolean r = readWaiters.get() != 0;
        boolean w = writeWaiters.get() != 0;
        if (r || w) {
            wake(r, w);
        }
    }

    /** Fails with CLOSED or DEADLINE_EXCEEDED before a read is even tried, as Go does. */
    public void prepareRead() throws IOException {
        check(readDeadline);
    }

    public void prepareWrite() throws IOException {
        check(writeDeadline);
    }

    /** Parks until the channel may be readable ({@code op} = OP_READ or OP_ACCEPT), a deadline or close. */
    public void waitRead(int op) throws IOException {
        await(true, op);
    }

    /** Parks until the channel may be writable ({@code op} = OP_WRITE or OP_CONNECT), a deadline or close. */
    public void waitWrite(int op) throws IOException {
        await(false, op);
    }

    /**
     * Marks closed and wakes every parked call; the owner closes the channel afterwards. Returns
     * {@code false} if it was already closed (Go's second Close reports ErrClosed).
     */
    public boolean close() {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            closed = true;
            readCond.signalAll();
            writeCond.signalAll();
            wakeSelectors(true, true);
        } finally {
            lock.unlock();
        }
        if (poller != null) {
            poller.release(this);
        } else {
            // Closing a selector waits for a select in progress, which the wakeup above ends.
            closeQuietly(readSelector);
            closeQuietly(writeSelector);
        }
        return true;
    }

    /** Called on the poller thread with the ready ops. */
    void ready(int ops) {
        lock.lock();
        try {
            if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                readReady = true;
                readCond.signalAll();
            }
            if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                writeReady = true;
                writeCond.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void wake(boolean read, boolean write) {
        lock.lock();
        try {
            if (read) {
                readCond.signalAll();
            }
            if (write) {
                writeCond.signalAll();
            }
            wakeSelectors(read, write);
        } finally {
            lock.unlock();
        }
    }

    private void wakeSelectors(boolean read, boolean write) {
        if (read && readSelector != null) {
            readSelector.wakeup();
        }
        if (write && writeSelector != null) {
            writeSelector.wakeup();
        }
    }

    private static void closeQuietly(Selector s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing is left to release
            }
        }
    }

    private void check(long deadline) throws IOException {
        if (closed) {
            throw Sentinel.CLOSED.exception();
        }
        if (deadline != Deadline.NONE && System.currentTimeMillis() >= deadline) {
            throw Sentinel.DEADLINE_EXCEEDED.exception();
        }
    }

    private void await(boolean read, int op) throws IOException {
        AtomicInteger waiters = read ? readWaiters : writeWaiters;
        waiters.incrementAndGet();
        try {
            if (poller == null) {
                awaitOwnSelector(read, op);
            } else {
                awaitPoller(read, op);
            }
        } finally {
            waiters.decrementAndGet();
        }
    }

    private void awaitPoller(boolean read, int op) throws IOException {
        lock.lock();
        try {
            if (read) {
                readReady = false;
            } else {
                writeReady = false;
            }
        } finally {
            lock.unlock();
        }
        // Level-triggered selector: arming after the failed attempt cannot miss data that
        // arrived in between; select reports it at once.
        poller.arm(this, op);
        Condition cond = read ? readCond : writeCond;
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw Sentinel.CLOSED.exception();
                }
                long deadline = read ? readDeadline : writeDeadline;
                long now = System.currentTimeMillis();
                if (deadline != Deadline.NONE && now >= deadline) {
                    throw Sentinel.DEADLINE_EXCEEDED.exception();
                }
                if (read ? readReady : writeReady) {
                    return;
                }
                if (deadline == Deadline.NONE) {
                    cond.await();
                } else {
                    cond.await(deadline - now, TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the network");
        } finally {
            lock.unlock();
        }
    }

    private void awaitOwnSelector(boolean read, int op) throws IOException {
        Selector sel;
        lock.lock();
        try {
            if (closed) {
                throw Sentinel.CLOSED.exception();
            }
            sel = read ? readSelector : writeSelector;
            if (sel == null) {
                sel = Selector.open();
                if (read) {
                    readSelector = sel;
                } else {
                    writeSelector = sel;
                }
            }
        } finally {
            lock.unlock();
        }
        try {
            SelectionKey k = channel.keyFor(sel);
            if (k == null) {
                channel.register(sel, op);
            } else if (k.interestOps() != op) {
                k.interestOps(op);
            }
            while (true) {
                if (closed) {
                    throw Sentinel.CLOSED.exception();
                }
                long deadline = read ? readDeadline : writeDeadline;
                long now = System.currentTimeMillis();
                if (deadline != Deadline.NONE && now >= deadline) {
                    throw Sentinel.DEADLINE_EXCEEDED.exception();
                }
                // 0 = no limit; a wakeup() from a deadline change or close ends the wait early
                int n = sel.select(deadline == Deadline.NONE ? 0 : Math.max(1, deadline - now));
                if (n > 0) {
                    sel.selectedKeys().clear();
                    return;
                }
                if (Thread.currentThread().isInterrupted()) {
                    // select returns at once while the flag is set; keep it set for the caller
                    throw new java.io.InterruptedIOException("interrupted while waiting for the network");
                }
            }
        } catch (ClosedSelectorException | ClosedChannelException | CancelledKeyException e) {
            throw Sentinel.CLOSED.exception();
        }
    }
}
