package dev.gonet.jvm.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The JVM's netpoller: one daemon platform thread and one {@link Selector} for every gonet
 * channel, as Go has one poller per process.
 *
 * <p>Why not blocking channels: Java cannot wake a thread blocked in a channel read without
 * closing the channel (interrupting it closes it), so Go's movable deadlines are impossible
 * there. Instead channels stay non-blocking; a call that would block arms interest here and
 * parks in its {@link PollDesc}, where a deadline change, a close or readiness wakes it.
 *
 * <p>Selector registration and interest changes happen only on the poller thread (queued, then
 * {@link Selector#wakeup()}), so callers never block on the selector's internal locks.
 */
public final class Poller {
    private static volatile Poller instance;

    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();

    private Poller() throws IOException {
        selector = Selector.open();
        Thread t = Thread.ofPlatform().daemon().name("gonet-poller").unstarted(this::loop);
        t.start();
    }

    /** The process-wide poller, started on first use. */
    public static Poller get() {
        Poller p = instance;
        if (p == null) {
            synchronized (Poller.class) {
                p = instance;
                if (p == null) {
                    try {
                        instance = p = new Poller();
                    } catch (IOException e) {
                        throw new UncheckedIOException("gonet: cannot open the poller's selector", e);
                    }
                }
            }
        }
        return p;
    }

    /** Asks for one readiness notification of {@code op} (a {@link SelectionKey} op) for {@code pd}. */
    void arm(PollDesc pd, int op) {
        pending.add(() -> {
            if (pd.isClosed()) {
                return;
            }
            try {
                SelectionKey key = pd.key;
                if (key == null) {
                    pd.registerFirst(selector, op); // ordered with a close (SharedPollerParking.close)
                } else {
                    key.interestOps(key.interestOps() | op);
                }
            } catch (ClosedChannelException | CancelledKeyException e) {
                pd.ready(op); // the waiter finds the channel closed and reports it
            }
        });
        selector.wakeup();
    }

    /** Drops the channel's registration so its file descriptor is released promptly. */
    void release(PollDesc pd) {
        pending.add(() -> {
            SelectionKey key = pd.key;
            if (key != null) {
                key.cancel();
            }
        });
        selector.wakeup();
    }

    private void loop() {
        while (true) {
            try {
                selector.select();
                Runnable r;
                while ((r = pending.poll()) != null) {
                    r.run();
                }
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    PollDesc pd = (PollDesc) key.attachment();
                    int ready;
                    try {
                        ready = key.readyOps();
                        // one-shot, like EPOLLONESHOT: waiters re-arm after their next EAGAIN
                        key.interestOps(key.interestOps() & ~ready);
                    } catch (CancelledKeyException e) {
                        ready = SelectionKey.OP_READ | SelectionKey.OP_WRITE;
                    }
                    pd.ready(ready);
                }
            } catch (IOException | RuntimeException e) {
                // Keep polling: a failing key must not strand every other connection.
                System.getLogger("dev.gonet.jvm").log(System.Logger.Level.WARNING, "gonet poller", e);
            }
        }
    }
}
