package dev.gonet.jvm.poll;

import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waiting on a small selector of this channel and direction: the thread selects with the time
 * left to the deadline; deadline changes and close call {@code wakeup()}. All waits in
 * {@code own} mode (JDK 25+, on request), and the waits of platform threads in {@code vpoller}
 * mode (see {@link PollDesc}). A platform thread blocks in the kernel's {@code epoll_wait}
 * itself, one thread wake-up per wait. A virtual thread inside {@code Selector.select} parks on
 * the JDK's master poller, a platform thread, so every wait that parks costs two thread
 * switches.
 */
final class OwnSelectorParking extends Parking {
    private final ReentrantLock lock = new ReentrantLock();
    private Selector readSelector; // guarded by lock
    private Selector writeSelector; // guarded by lock

    OwnSelectorParking(PollDesc pd) {
        super(pd);
    }

    @Override
    void await(boolean read, int op) throws IOException {
        Selector sel;
        lock.lock();
        try {
            checkDeadline(read); // closed: no selector is opened any more
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
            SelectionKey k = pd.channel().keyFor(sel);
            if (k == null) {
                pd.channel().register(sel, op);
            } else if (k.interestOps() != op) {
                k.interestOps(op);
            }
            while (true) {
                long left = checkDeadline(read);
                // 0 = no limit; a wakeup() from a deadline change or close ends the wait early
                int n = sel.select(left == Deadline.NONE ? 0 : Math.max(1, left));
                if (n > 0) {
                    sel.selectedKeys().clear();
                    return;
                }
                if (Thread.currentThread().isInterrupted()) {
                    // select returns at once while the flag is set; keep it set for the caller
                    throw interrupted();
                }
            }
        } catch (ClosedSelectorException | ClosedChannelException | CancelledKeyException e) {
            throw dev.gonet.Sentinel.CLOSED.exception();
        } finally {
            if (op == SelectionKey.OP_CONNECT) {
                dropWriteSelector(sel); // a connect waits once: its two descriptors go now, not at close
            }
        }
    }

    private void dropWriteSelector(Selector sel) {
        lock.lock();
        try {
            if (writeSelector == sel) {
                writeSelector = null;
            }
        } finally {
            lock.unlock();
        }
        closeQuietly(sel);
    }

    @Override
    void wake(boolean read, boolean write) {
        lock.lock();
        try {
            if (read && readSelector != null) {
                readSelector.wakeup();
            }
            if (write && writeSelector != null) {
                writeSelector.wakeup();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    void close() {
        Selector r;
        Selector w;
        lock.lock();
        try {
            r = readSelector;
            w = writeSelector;
            if (r != null) {
                r.wakeup();
            }
            if (w != null) {
                w.wakeup();
            }
        } finally {
            lock.unlock();
        }
        // Closing a selector waits for a select in progress, which the wakeup above ends.
        closeQuietly(r);
        closeQuietly(w);
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
}
