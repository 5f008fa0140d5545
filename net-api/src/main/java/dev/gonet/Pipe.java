package dev.gonet;

import dev.gonet.internal.ConnCore;
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

    /**
     * The two ends of a pipe: what one writes the other reads.
     *
     * @param c1 one end
     * @param c2 the other end
     */
    public record Ends(Conn c1, Conn c2) {
    }

    /**
     * Creates a pipe; see {@link Net#pipe()}.
     *
     * @return the two ends
     */
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

    /**
     * One end: the pipe's data flow on top of a {@link ConnCore} made with Go's pipe rules, which
     * owns this end's closed state, its deadlines (waiting on the pipe's one monitor) and its
     * errors.
     */
    private static final class End implements Conn {
        private final Object lock; // one monitor for both ends and directions
        private final Flow in;
        private final Flow out;
        private final ConnCore core;
        private End peer;

        End(Object lock, Flow in, Flow out) {
            this.lock = lock;
            this.in = in;
            this.out = out;
            this.core = ConnCore.pipe(lock).setAddr(PipeAddr.PIPE, PipeAddr.PIPE);
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
                // Go's order: local close, remote close, deadline, then wait.
                if (closed()) {
                    throw core.closedError("read");
                }
                if (peerClosed()) {
                    return -1;
                }
                if (len == 0) {
                    if (core.readDeadlinePassed()) {
                        throw core.timeout("read");
                    }
                    return 0;
                }
                if (!core.awaitRead(() -> closed() || peerClosed() || in.len > 0)) {
                    throw core.timeout("read");
                }
                if (closed()) {
                    throw core.closedError("read");
                }
                if (peerClosed()) {
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
                if (closed() || peerClosed()) {
                    throw core.closedError("write");
                }
                if (core.writeDeadlinePassed()) {
                    throw core.timeout("write");
                }
                if (len == 0) {
                    return;
                }
                if (!core.awaitWrite(() -> closed() || peerClosed() || !out.writing)) {
                    throw core.timeout("write");
                }
                if (closed() || peerClosed()) {
                    throw core.closedError("write");
                }
                out.writing = true;
                out.buf = b;
                out.off = off;
                out.len = len;
                lock.notifyAll();
                try {
                    boolean done = core.awaitWrite(() -> closed() || peerClosed() || out.len == 0);
                    if (out.len == 0) {
                        return; // fully consumed: success, whatever happened meanwhile
                    }
                    if (!done) {
                        throw core.timeout("write");
                    }
                    throw core.closedError("write");
                } finally {
                    // Withdraw the offer so no reader touches b after we return.
                    out.buf = null;
                    out.len = 0;
                    out.writing = false;
                    lock.notifyAll();
                }
            }
        }

        /** Never throws: a pipe closes quietly, however often (Go's pipe). */
        @Override
        public void close() throws IOException {
            core.beginClose(); // wakes both ends: they share the monitor
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
            checkPeerOpen();
            core.setDeadline(t);
        }

        @Override
        public void setReadDeadline(Instant t) throws IOException {
            checkPeerOpen();
            core.setReadDeadline(t);
        }

        @Override
        public void setWriteDeadline(Instant t) throws IOException {
            checkPeerOpen();
            core.setWriteDeadline(t);
        }

        /** Go's pipe refuses deadlines once either end is closed; the core checks this end. */
        private void checkPeerOpen() throws IOException {
            if (peerClosed()) {
                throw core.setError();
            }
        }

        @Override
        public String toString() {
            return "Pipe.End@" + Integer.toHexString(System.identityHashCode(this));
        }
    }
}
