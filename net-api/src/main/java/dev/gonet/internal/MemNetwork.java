package dev.gonet.internal;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.MemAddr;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-wide registry of the {@code mem} network: names to listeners. Shared code, so it
 * behaves the same on the JVM and in the browser. Errors follow Go's texts:
 * {@code dial mem foo: connection refused}, {@code listen mem foo: address already in use}.
 */
public final class MemNetwork {
    /** Unaccepted connections a listener queues when its config asks for no specific backlog. */
    public static final int DEFAULT_BACKLOG = 128;

    private static final ConcurrentHashMap<String, MemListener> LISTENERS = new ConcurrentHashMap<>();
    private static final AtomicLong SEQ = new AtomicLong();

    private MemNetwork() {
    }

    /**
     * Listens on {@code name}; an empty name picks a fresh unique one (like port 0).
     *
     * @param backlog unaccepted connections to queue; {@code <= 0} for {@link #DEFAULT_BACKLOG}
     */
    public static Listener listen(String name, int backlog) throws IOException {
        int b = backlog <= 0 ? DEFAULT_BACKLOG : backlog;
        if (name.isEmpty()) {
            while (true) {
                String auto = "mem-" + SEQ.incrementAndGet();
                MemListener l = new MemListener(new MemAddr(auto), b);
                if (LISTENERS.putIfAbsent(auto, l) == null) {
                    return l;
                }
            }
        }
        MemListener l = new MemListener(new MemAddr(name), b);
        if (LISTENERS.putIfAbsent(name, l) != null) {
            throw new NetException("listen", "mem", null, l.addr(), Sentinel.ADDRESS_IN_USE.exception());
        }
        return l;
    }

    /**
     * Connects to the listener on {@code name}.
     *
     * @param local          the dialer's local address: a {@link MemAddr} to use, or {@code null}
     *                       for a fresh {@code name#n}
     * @param deadlineMillis when to give up waiting for room in a full backlog, epoch millis or
     *                       {@link Deadline#NONE}
     */
    public static Conn dial(String name, Addr local, long deadlineMillis) throws IOException {
        MemAddr remote = new MemAddr(name);
        if (local != null && !(local instanceof MemAddr)) {
            throw new NetException("dial", "mem", null, remote,
                    new AddrException("mismatched local address type", local.toString()));
        }
        if (deadlineMillis != Deadline.NONE && System.currentTimeMillis() >= deadlineMillis) {
            throw new NetException("dial", "mem", local, remote, Sentinel.DEADLINE_EXCEEDED.exception());
        }
        MemListener l = LISTENERS.get(name);
        if (l == null) {
            throw new NetException("dial", "mem", local, remote, Sentinel.CONNECTION_REFUSED.exception());
        }
        MemAddr me = local != null ? (MemAddr) local : new MemAddr(name + "#" + SEQ.incrementAndGet());
        return l.connect(me, local, deadlineMillis);
    }

    /** Frees the name, unless another listener took it meanwhile. */
    static void unregister(String name, MemListener l) {
        LISTENERS.remove(name, l);
    }
}
