package dev.gonet.jvm.poll;

import dev.gonet.Sentinel;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
 * <p>Parking uses {@code java.util.concurrent.locks}, not monitors, so a virtual thread waiting
 * here releases its carrier on every JDK from 21 on.
 */
public final class PollDesc {
    private final SelectableChannel channel;
    private final Poller poller;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readCond = lock.newCondition();
    private final Condition writeCond = lock.newCondition();
    private volatile long readDeadline = Deadline.NONE;
    private volatile long writeDeadline = Deadline.NONE;
    private volatile boolean closed;
    private boolean readReady; // guarded by lock
    private boolean writeReady; // guarded by lock
    volatile SelectionKey key; // set and used on the poller thread

    /** Wraps {@code channel}, switching it to non-blocking mode. */
    public PollDesc(SelectableChannel channel) throws IOException {
        this(channel, Poller.get());
    }

    PollDesc(SelectableChannel channel, Poller poller) throws IOException {
        this.channel = channel;
        this.poller = poller;
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
        wake(true, false);
    }

    public void setWriteDeadline(Instant t) {
        writeDeadline = Deadline.toMillis(t);
        wake(false, true);
    }

    public void setDeadline(Instant t) {
        long at = Deadline.toMillis(t);
        readDeadline = at;
        writeDeadline = at;
        wake(true, true);
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
        } finally {
            lock.unlock();
        }
        poller.release(this);
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
        } finally {
            lock.unlock();
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
}
