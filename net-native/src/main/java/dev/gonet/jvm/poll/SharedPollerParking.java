package dev.gonet.jvm.poll;

import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waiting through the shared platform-thread {@link Poller} (JDK 21–24, or on request): the
 * thread arms interest there and parks on a {@code java.util.concurrent.locks} condition, which
 * releases a virtual thread's carrier on every JDK from 21 on, at the cost of three wake-ups per
 * wait (arm the poller, readiness, unpark).
 */
final class SharedPollerParking extends Parking {
    private final Poller poller;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readCond = lock.newCondition();
    private final Condition writeCond = lock.newCondition();
    private boolean readReady; // guarded by lock
    private boolean writeReady; // guarded by lock

    SharedPollerParking(PollDesc pd, Poller poller) {
        super(pd);
        this.poller = poller;
    }

    @Override
    void await(boolean read, int op) throws IOException {
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
        poller.arm(pd, op);
        Condition cond = read ? readCond : writeCond;
        lock.lock();
        try {
            while (true) {
                long left = checkDeadline(read);
                if (read ? readReady : writeReady) {
                    return;
                }
                if (left == Deadline.NONE) {
                    cond.await();
                } else {
                    cond.await(left, TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        } finally {
            lock.unlock();
        }
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

    @Override
    void wake(boolean read, boolean write) {
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

    @Override
    void close() {
        wake(true, true);
        if (pd.keyOnceClosed() != null) { // none made: none will be (PollDesc.registerFirst)
            poller.release(pd);
        }
    }
}
