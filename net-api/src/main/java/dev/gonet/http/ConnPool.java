package dev.gonet.http;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A {@link Transport}'s connections, keyed by {@link ConnectMethod#key()}: the idle ones (most
 * recently used first per key, least recently used first overall), how many exist per key, and
 * the callers queued for a key that is at {@code maxConnsPerHost}. Go's {@code idleConn},
 * {@code idleLRU}, {@code connsPerHost} and {@code connsPerHostWait}.
 *
 * <p>Everything is guarded by this object's monitor; no I/O happens under it. A connection
 * that becomes free goes to the first queued caller of its key before it may go idle; a
 * connection that closes lets the first queued caller dial.
 */
final class ConnPool {
    private final Transport t;
    private final Map<String, ArrayDeque<PersistConn>> idle = new HashMap<>();
    private final LinkedHashSet<PersistConn> lru = new LinkedHashSet<>();
    private final Map<String, Integer> conns = new HashMap<>();
    private final Map<String, ArrayDeque<Waiter>> waiters = new HashMap<>();

    /** A caller queued for a connection to one key. */
    private static final class Waiter {
        PersistConn delivered;
        boolean mayDial;
    }

    /** What {@link #acquire} grants: an idle connection to reuse, or the right to dial (conn null). */
    record Lease(PersistConn conn) {
    }

    ConnPool(Transport t) {
        this.t = t;
    }

    /**
     * An idle connection for {@code key} that is still alive, or (conn null) permission to
     * dial a new one, counted against {@code maxConnsPerHost}. Waits while the key is at its
     * limit, until a connection is handed over or may be dialed, or {@code deadline} passes
     * ({@code context deadline exceeded}).
     */
    Lease acquire(String key, Instant deadline) throws IOException {
        while (true) {
            PersistConn pc;
            Waiter w = null;
            synchronized (this) {
                pc = popIdle(key);
                if (pc == null) {
                    int max = t.maxConnsPerHost();
                    int n = conns.getOrDefault(key, 0);
                    if (max <= 0 || n < max) {
                        conns.put(key, n + 1);
                        return new Lease(null);
                    }
                    w = new Waiter();
                    waiters.computeIfAbsent(key, k -> new ArrayDeque<>()).add(w);
                    pc = await(key, w, deadline);
                    if (pc == null) {
                        return new Lease(null); // a slot freed up: the count is already ours
                    }
                }
            }
            // A connection handed over by a waiter release never went idle; an idle one must
            // stop its watcher first, and may turn out to have died meanwhile.
            if (w != null || pc.stopIdleWatch()) {
                pc.markReused();
                return new Lease(pc);
            }
            pc.close();
        }
    }

    /** Waits for {@code w} to be served; returns the delivered connection, or null if it may dial. */
    private PersistConn await(String key, Waiter w, Instant deadline) throws IOException {
        try {
            while (w.delivered == null && !w.mayDial) {
                long left = deadline == null ? 0 : deadline.toEpochMilli() - System.currentTimeMillis();
                if (deadline != null && left <= 0) {
                    throw HttpSentinel.DEADLINE_EXCEEDED.exception();
                }
                wait(Math.max(0, left));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("net/http: request canceled while waiting for connection");
        } finally {
            if (w.delivered == null && !w.mayDial) {
                removeWaiter(key, w);
            }
        }
        return w.delivered;
    }

    private void removeWaiter(String key, Waiter w) {
        ArrayDeque<Waiter> q = waiters.get(key);
        if (q != null) {
            q.remove(w);
            if (q.isEmpty()) {
                waiters.remove(key);
            }
        }
    }

    private Waiter firstWaiter(String key) {
        ArrayDeque<Waiter> q = waiters.get(key);
        if (q == null) {
            return null;
        }
        Waiter w = q.poll();
        if (q.isEmpty()) {
            waiters.remove(key);
        }
        return w;
    }

    private PersistConn popIdle(String key) {
        ArrayDeque<PersistConn> q = idle.get(key);
        if (q == null) {
            return null;
        }
        PersistConn pc = q.pollFirst(); // most recently used first, as Go
        if (q.isEmpty()) {
            idle.remove(key);
        }
        lru.remove(pc);
        return pc;
    }

    /**
     * Go's {@code tryPutIdleConn}: gives a connection whose exchange is over to the first
     * queued caller, or keeps it idle; false when it must be closed instead (keep-alives off,
     * too many idle for its key). Evicts the least recently used idle connection when there are
     * more than {@code maxIdleConns}.
     */
    boolean putIdle(PersistConn pc) {
        PersistConn evict = null;
        synchronized (this) {
            if (t.disableKeepAlives() || pc.isClosed()) {
                return false;
            }
            Waiter w = firstWaiter(pc.key());
            if (w != null) {
                w.delivered = pc;
                notifyAll();
                return true;
            }
            ArrayDeque<PersistConn> q = idle.computeIfAbsent(pc.key(), k -> new ArrayDeque<>());
            int perHost = t.maxIdleConnsPerHost();
            if (q.size() >= (perHost == 0 ? Transport.DEFAULT_MAX_IDLE_CONNS_PER_HOST : perHost)) {
                if (q.isEmpty()) {
                    idle.remove(pc.key());
                }
                return false;
            }
            q.addFirst(pc);
            lru.add(pc);
            if (t.maxIdleConns() > 0 && lru.size() > t.maxIdleConns()) {
                Iterator<PersistConn> it = lru.iterator();
                evict = it.next();
                it.remove();
                removeFromIdle(evict);
            }
            pc.startIdleWatch();
        }
        if (evict != null) {
            evict.close();
        }
        return true;
    }

    private void removeFromIdle(PersistConn pc) {
        ArrayDeque<PersistConn> q = idle.get(pc.key());
        if (q != null) {
            q.remove(pc);
            if (q.isEmpty()) {
                idle.remove(pc.key());
            }
        }
    }

    /** Removes {@code pc} from the idle set; true if it was there (its watcher found it dead or expired). */
    synchronized boolean removeIdle(PersistConn pc) {
        if (!lru.remove(pc)) {
            return false;
        }
        removeFromIdle(pc);
        return true;
    }

    /** A connection of {@code key} closed, or a dial failed: one fewer, and a queued caller may dial. */
    synchronized void released(String key) {
        int n = conns.getOrDefault(key, 0) - 1;
        if (n <= 0) {
            conns.remove(key);
        } else {
            conns.put(key, n);
        }
        Waiter w = firstWaiter(key);
        if (w != null) {
            conns.put(key, conns.getOrDefault(key, 0) + 1);
            w.mayDial = true;
            notifyAll();
        }
    }

    /** Closes every idle connection (Go's {@code CloseIdleConnections}); busy ones are left alone. */
    void closeIdle() {
        List<PersistConn> all;
        synchronized (this) {
            all = new ArrayList<>(lru);
            lru.clear();
            idle.clear();
        }
        for (PersistConn pc : all) {
            pc.close();
        }
    }

    /** Idle connections right now, for tests and diagnostics. */
    synchronized int idleCount() {
        return lru.size();
    }
}
