package dev.gonet.internal;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.MemAddr;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One end of a {@code mem} connection: a buffered, TCP-like byte stream between two ends in
 * this process (see {@link MemNetwork}).
 *
 * <p>Each direction has a bounded buffer of {@link #BUFFER_SIZE} bytes; a write blocks while
 * the buffer is full (backpressure), which is what makes write deadlines observable. Closing an
 * end is like closing a TCP socket: its own calls fail with {@code use of closed network
 * connection}; the peer still reads what was written before, then {@code -1}; the peer's writes
 * fail with {@code broken pipe}. Both ends share one monitor, so every state change is a single
 * {@code notifyAll}.
 */
public final class MemConn implements Conn, IdleReadable {
    /** Bytes buffered per direction before a write blocks. */
    public static final int BUFFER_SIZE = 64 * 1024;

    private final Object lock;
    private final Ring in;
    private final Ring out;
    private final ConnCore core; // closed state, deadlines (waiting on lock), errors
    private MemConn peer;

    private MemConn(Object lock, Ring in, Ring out, MemAddr local, MemAddr remote) {
        this.lock = lock;
        this.in = in;
        this.out = out;
        this.core = ConnCore.onMonitor("mem", lock).setAddr(local, remote);
    }

    /** A connected pair: element 0 is the dialing end ({@code a}), element 1 the accepted end. */
    static MemConn[] pair(MemAddr a, MemAddr b) {
        Object lock = new Object();
        Ring ab = new Ring();
        Ring ba = new Ring();
        MemConn ca = new MemConn(lock, ba, ab, a, b);
        MemConn cb = new MemConn(lock, ab, ba, b, a);
        ca.peer = cb;
        cb.peer = ca;
        return new MemConn[] {ca, cb};
    }

    private boolean closed() {
        return core.isClosed();
    }

    private boolean peerClosed() {
        return peer.core.isClosed();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            // Go's netFD order: closed, then deadline, then data / EOF.
            core.prepareRead();
            if (len == 0) {
                return 0;
            }
            if (!core.awaitRead(() -> closed() || in.size > 0 || peerClosed())) {
                throw core.timeout("read");
            }
            if (closed()) {
                throw core.closedError("read");
            }
            if (in.size == 0) {
                return -1; // peer closed and everything it wrote has been read
            }
            int n = in.take(b, off, len);
            lock.notifyAll(); // room for a blocked writer
            return n;
        }
    }

    @Override
    public int readNow(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            core.prepareRead();
            if (len == 0) {
                return 0;
            }
            if (in.size == 0) {
                return peerClosed() ? -1 : 0;
            }
            int n = in.take(b, off, len);
            lock.notifyAll(); // room for a blocked writer
            return n;
        }
    }

    /** Waits for input; never reads for the caller (nothing here polls on another thread). */
    @Override
    public int awaitRead(Supplier<byte[]> buffer) throws IOException {
        synchronized (lock) {
            core.prepareRead();
            if (!core.awaitRead(() -> closed() || in.size > 0 || peerClosed())) {
                throw core.timeout("read");
            }
            if (closed()) {
                throw core.closedError("read");
            }
            return 0;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            checkWritable();
            if (core.writeDeadlinePassed()) {
                throw core.timeout("write");
            }
            if (len == 0) {
                return;
            }
            // One writer at a time, so concurrent writes do not interleave (Go's fd write lock).
            if (!core.awaitWrite(() -> closed() || peerClosed() || !out.writing)) {
                throw core.timeout("write");
            }
            checkWritable();
            out.writing = true;
            try {
                while (len > 0) {
                    if (!core.awaitWrite(() -> closed() || peerClosed() || out.free() > 0)) {
                        throw core.timeout("write");
                    }
                    checkWritable();
                    int n = out.put(b, off, len);
                    off += n;
                    len -= n;
                    lock.notifyAll(); // data for a blocked reader
                }
            } finally {
                out.writing = false;
                lock.notifyAll();
            }
        }
    }

    private void checkWritable() throws IOException {
        if (closed()) {
            throw core.closedError("write");
        }
        if (peerClosed()) {
            throw core.opError("write", Sentinel.BROKEN_PIPE.exception());
        }
    }

    /** Closes this end; a second close throws {@code close mem a->b: use of closed network connection}, as Go's TCP does. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            core.beginClose();
            in.clear(); // nobody will read it; the peer's writes now fail with broken pipe
        }
    }

    /** Closes without reporting a second close; for listeners dropping unaccepted connections. */
    void closeQuietly() {
        synchronized (lock) {
            core.markClosed();
            in.clear();
        }
    }

    @Override
    public Addr localAddr() {
        return core.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return core.remoteAddr();
    }

    @Override
    public void setDeadline(Instant t) throws IOException {
        core.setDeadline(t);
    }

    @Override
    public void setReadDeadline(Instant t) throws IOException {
        core.setReadDeadline(t);
    }

    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        core.setWriteDeadline(t);
    }

    @Override
    public String toString() {
        return "mem " + core.localAddr() + "->" + core.remoteAddr();
    }

    /** A bounded ring buffer for one direction; its array is allocated on first use. Guarded by the lock. */
    private static final class Ring {
        private byte[] data;
        private int head;
        int size;
        boolean writing; // a writer owns this direction

        int free() {
            return BUFFER_SIZE - size;
        }

        int put(byte[] b, int off, int len) {
            if (data == null) {
                data = new byte[BUFFER_SIZE];
            }
            int n = Math.min(len, free());
            int tail = (head + size) % BUFFER_SIZE;
            int first = Math.min(n, BUFFER_SIZE - tail);
            System.arraycopy(b, off, data, tail, first);
            System.arraycopy(b, off + first, data, 0, n - first);
            size += n;
            return n;
        }

        int take(byte[] b, int off, int len) {
            int n = Math.min(len, size);
            int first = Math.min(n, BUFFER_SIZE - head);
            System.arraycopy(data, head, b, off, first);
            System.arraycopy(data, 0, b, off + first, n - first);
            head = (head + n) % BUFFER_SIZE;
            size -= n;
            return n;
        }

        void clear() {
            head = 0;
            size = 0;
            data = null;
        }
    }
}
