package dev.gonet.internal;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.MemAddr;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * A listener on the {@code mem} network. Dialers queue connections here (at most
 * {@code backlog} unaccepted; further dialers wait, within their deadline, like a full TCP
 * accept queue); {@link #accept()} takes them in order. Closing frees the name, fails pending
 * accepts with {@code accept mem name: use of closed network connection} and closes
 * connections nobody accepted (their dialers see EOF).
 */
final class MemListener implements Listener {
    private final MemAddr addr;
    private final int backlog;
    private final Object lock = new Object();
    private final ArrayDeque<MemConn> queue = new ArrayDeque<>(); // guarded by lock
    private final Deadline noDeadline = new Deadline(lock);
    private boolean closed; // guarded by lock

    MemListener(MemAddr addr, int backlog) {
        this.addr = addr;
        this.backlog = backlog;
    }

    @Override
    public Conn accept() throws IOException {
        synchronized (lock) {
            noDeadline.await(() -> closed || !queue.isEmpty());
            if (closed) {
                throw new NetException("accept", "mem", null, addr, Sentinel.CLOSED.exception());
            }
            MemConn c = queue.poll();
            lock.notifyAll(); // room for a dialer waiting on a full backlog
            return c;
        }
    }

    /** The dialing side: queues the accepted end and returns the dialing end. */
    MemConn connect(MemAddr local, Addr source, long deadlineMillis) throws IOException {
        Deadline deadline = new Deadline(lock);
        deadline.setMillis(deadlineMillis);
        synchronized (lock) {
            if (!deadline.await(() -> closed || queue.size() < backlog)) {
                throw new NetException("dial", "mem", source, addr, Sentinel.DEADLINE_EXCEEDED.exception());
            }
            if (closed) {
                throw new NetException("dial", "mem", source, addr, Sentinel.CONNECTION_REFUSED.exception());
            }
            MemConn[] pair = MemConn.pair(local, addr);
            queue.add(pair[1]);
            lock.notifyAll();
            return pair[0];
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new NetException("close", "mem", null, addr, Sentinel.CLOSED.exception());
            }
            closed = true;
            for (MemConn c : queue) {
                c.closeQuietly();
            }
            queue.clear();
            lock.notifyAll();
        }
        MemNetwork.unregister(addr.name(), this);
    }

    @Override
    public Addr addr() {
        return addr;
    }

    @Override
    public String toString() {
        return "mem listener " + addr;
    }
}
