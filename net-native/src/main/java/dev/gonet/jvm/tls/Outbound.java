package dev.gonet.jvm.tls;

import dev.gonet.Conn;
import java.io.IOException;
import java.time.Instant;

/**
 * The TLS connection's send buffer: encrypted records queue here and a flusher thread writes
 * them to the underlying {@link Conn}.
 *
 * <p>Why not write from the caller's thread: {@link Conn#write} either writes everything or
 * throws, and when a deadline cuts it short it cannot say how many bytes went out. Half a TLS
 * record on the wire cannot be taken back, so after such a timeout the stream would be corrupt
 * (Go's {@code tls.Conn} gives up the connection then). Queuing whole records and never putting
 * a deadline on the flusher's writes keeps the stream intact; the TLS layer applies write
 * deadlines to the wait for queue space instead, like a socket's send buffer.
 *
 * <p>The flusher runs only while there is something to send (a virtual thread per burst), so an
 * idle connection holds no thread. All state is guarded by {@link #lock}, which callers also use
 * to wait for room; it is always the innermost lock taken.
 */
final class Outbound {
    /** Queued bytes beyond which writers wait: the size of the "send buffer". */
    static final int HIGH_WATER = 64 * 1024;

    /** Most bytes handed to one underlying write. */
    private static final int MAX_CHUNK = 64 * 1024;

    final Object lock = new Object();
    private final Conn conn;
    private byte[] buf = new byte[0];
    private int head;
    private int size;
    private boolean flushing;
    private boolean closing;
    private boolean connClosed;
    private IOException error;

    Outbound(Conn conn) {
        this.conn = conn;
    }

    /** Bytes waiting to be written. Hold {@link #lock}. */
    int queuedLocked() {
        return size;
    }

    /** The underlying write's failure, once one failed; nothing more is sent then. Hold {@link #lock}. */
    IOException errorLocked() {
        return error;
    }

    IOException error() {
        synchronized (lock) {
            return error;
        }
    }

    /** Queues whole records; never blocks. Dropped once the connection failed or was closed. */
    void enqueue(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        synchronized (lock) {
            if (error != null || connClosed) {
                return;
            }
            if (head + size + len > buf.length) {
                byte[] bigger = buf.length - size >= len ? buf : new byte[Math.max(buf.length * 2, size + len)];
                System.arraycopy(buf, head, bigger, 0, size);
                buf = bigger;
                head = 0;
            }
            System.arraycopy(b, off, buf, head + size, len);
            size += len;
            if (!flushing) {
                flushing = true;
                Thread.ofVirtual().name("gonet tls flush " + conn.localAddr()).start(this::flush);
            }
        }
    }

    private void flush() {
        byte[] chunk = new byte[Math.min(MAX_CHUNK, Math.max(size(), 1))];
        while (true) {
            int n;
            synchronized (lock) {
                if (size == 0) {
                    flushing = false;
                    lock.notifyAll();
                    if (!closing) {
                        return;
                    }
                    n = -1;
                } else {
                    n = Math.min(size, MAX_CHUNK);
                    if (chunk.length < n) {
                        chunk = new byte[n];
                    }
                    System.arraycopy(buf, head, chunk, 0, n);
                    head += n;
                    size -= n;
                    if (size == 0) {
                        head = 0;
                    }
                    lock.notifyAll(); // room for waiting writers
                }
            }
            if (n < 0) {
                closeConn();
                return;
            }
            try {
                conn.write(chunk, 0, n);
            } catch (IOException e) {
                boolean close;
                synchronized (lock) {
                    error = e;
                    size = 0;
                    head = 0;
                    flushing = false;
                    close = closing;
                    lock.notifyAll();
                }
                if (close) {
                    closeConn();
                }
                return;
            }
        }
    }

    private int size() {
        synchronized (lock) {
            return size;
        }
    }

    /**
     * Closes the underlying connection once everything queued is written, or at
     * {@code deadlineMillis} (epoch ms) at the latest: the flusher's last write gets that
     * deadline. Returns at once.
     */
    void close(long deadlineMillis) {
        try {
            conn.setWriteDeadline(Instant.ofEpochMilli(deadlineMillis));
        } catch (IOException | RuntimeException alreadyClosed) {
            // The connection is going away either way.
        }
        boolean now;
        synchronized (lock) {
            closing = true;
            now = !flushing;
            lock.notifyAll();
        }
        if (now) {
            closeConn();
        }
    }

    private void closeConn() {
        synchronized (lock) {
            if (connClosed) {
                return;
            }
            connClosed = true;
            size = 0;
        }
        try {
            conn.close();
        } catch (IOException | RuntimeException ignored) {
            // Already closed by the peer's side or a second close: nothing left to release.
        }
    }
}
