package dev.gonet;

import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Go's {@code net.Pipe}: a synchronous, in-memory, full-duplex connection; both ends implement
 * {@link Conn}. Works on every platform (no threads, no timers).
 *
 * <p>There is no internal buffering: a write blocks until readers on the other end have consumed
 * all of its bytes, possibly over several reads. Writes are atomic with respect to each other.
 * A zero-length write returns at once (Go's would wait for a reader; Java streams have no use
 * for an empty rendezvous).
 *
 * <p>Closing one end: its own pending and future reads and writes throw
 * {@link SentinelException} {@code io: read/write on closed pipe} (bare, as Go returns
 * {@code io.ErrClosedPipe}); the other end's reads return {@code -1} and its writes throw
 * the same closed-pipe error. {@code close()} never throws and may be repeated. Deadline
 * timeouts throw {@link NetException} {@code read pipe: i/o timeout} /
 * {@code write pipe: i/o timeout}. Both ends' addresses are {@link PipeAddr#PIPE}.
 */
public final class Pipe {
    private Pipe() {
    }

    /** The two ends of a pipe: what one writes the other reads. */
    public record Ends(Conn c1, Conn c2) {
    }

    /** Creates a pipe; see {@link Net#pipe()}. */
    public static Ends open() {
        Object lock = new Object();
        Flow ab = new Flow();
        Flow ba = new Flow();
        End a = new End(lock, ba, ab);
        End b = new End(lock, ab, ba);
        a.peer = b;
        b.peer = a;
        return new Ends(a, b);
    }

    /**
     * One direction: the bytes a writer currently offers, read in place from the writer's
     * array (no copy into a buffer). Guarded by the pipe's lock.
     */
    private static final class Flow {
        byte[] buf;
        int off;
        int len;
        boolean writing; // a writer owns this direction; keeps concurrent writes whole
    }

    private static final class End implements Conn {
        private final Object lock; // one monitor for both ends and directions
        private final Flow in;
        private final Flow out;
        private final Deadline readDeadline;
        private final Deadline writeDeadline;
        private End peer;
        private boolean closed; // guarded by lock

        End(Object lock, Flow in, Flow out) {
            this.lock = lock;
            this.in = in;
            this.out = out;
            this.readDeadline = new Deadline(lock);
            this.writeDeadline = new Deadline(lock);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            synchronized (lock) {
                // Go's order: local close, remote close, deadline, then wait.
                if (closed) {
                    throw Sentinel.CLOSED_PIPE.exception();
                }
                if (peer.closed) {
                    return -1;
                }
                if (len == 0) {
                    if (readDeadline.passed()) {
                        throw timeout("read");
                    }
                    return 0;
                }
                if (!readDeadline.await(() -> closed || peer.closed || in.len > 0)) {
                    throw timeout("read");
                }
                if (closed) {
                    throw Sentinel.CLOSED_PIPE.exception();
                }
                if (peer.closed) {
                    return -1; // the peer's pending write failed; its bytes were not delivered
                }
                int n = Math.min(len, in.len);
                System.arraycopy(in.buf, in.off, b, off, n);
                in.off += n;
                in.len -= n;
                lock.notifyAll(); // the writer waits for in.len == 0
                return n;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            synchronized (lock) {
                if (closed || peer.closed) {
                    throw Sentinel.CLOSED_PIPE.exception();
                }
                if (writeDeadline.passed()) {
                    throw timeout("write");
                }
                if (len == 0) {
                    return;
                }
                if (!writeDeadline.await(() -> closed || peer.closed || !out.writing)) {
                    throw timeout("write");
                }
                if (closed || peer.closed) {
                    throw Sentinel.CLOSED_PIPE.exception();
                }
                out.writing = true;
                out.buf = b;
                out.off = off;
                out.len = len;
                lock.notifyAll();
                try {
                    boolean done = writeDeadline.await(() -> closed || peer.closed || out.len == 0);
                    if (out.len == 0) {
                        return; // fully consumed: success, whatever happened meanwhile
                    }
                    if (!done) {
                        throw timeout("write");
                    }
                    throw Sentinel.CLOSED_PIPE.exception();
                } finally {
                    // Withdraw the offer so no reader touches b after we return.
                    out.buf = null;
                    out.len = 0;
                    out.writing = false;
                    lock.notifyAll();
                }
            }
        }

        private static NetException timeout(String op) {
            return new NetException(op, "pipe", null, null, Sentinel.DEADLINE_EXCEEDED.exception());
        }

        @Override
        public void close() {
            synchronized (lock) {
                closed = true;
                lock.notifyAll();
            }
        }

        @Override
        public Addr localAddr() {
            return PipeAddr.PIPE;
        }

        @Override
        public Addr remoteAddr() {
            return PipeAddr.PIPE;
        }

        @Override
        public void setDeadline(Instant t) throws IOException {
            checkOpen();
            readDeadline.set(t);
            writeDeadline.set(t);
        }

        @Override
        public void setReadDeadline(Instant t) throws IOException {
            checkOpen();
            readDeadline.set(t);
        }

        @Override
        public void setWriteDeadline(Instant t) throws IOException {
            checkOpen();
            writeDeadline.set(t);
        }

        /** Go's pipe refuses deadlines once either end is closed. */
        private void checkOpen() throws IOException {
            synchronized (lock) {
                if (closed || peer.closed) {
                    throw Sentinel.CLOSED_PIPE.exception();
                }
            }
        }

        @Override
        public String toString() {
            return "Pipe.End@" + Integer.toHexString(System.identityHashCode(this));
        }
    }
}
