package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.tls.ConnectionState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * One client connection of a {@link Transport} (Go's {@code persistConn}): the {@link Conn},
 * its reader and writer (both counting bytes, which decides whether a failed request may be
 * retried), and its life in the pool.
 *
 * <p>While idle, a watcher thread blocks in a one-byte read (Go's read loop does the same
 * peek): data or EOF from the server, or the idle timeout passing (a read deadline), closes the
 * connection and removes it from the pool. Taking it out of the pool moves the read deadline
 * into the past, which wakes the watcher; the taker waits for it to finish before using the
 * connection, so only one thread ever reads.
 *
 * <p>Exchanges ({@link ClientExchange}) run one at a time: the pool hands a connection to one
 * caller, which gives it back at the end of the response body.
 */
final class PersistConn {
    final Transport t;
    final ConnPool pool;
    final ConnectMethod cm;
    final Conn conn;
    final Http1Reader reader;
    final Counting counts = new Counting();
    final OutputStream out;
    final ConnectionState tlsState;
    private final String key;
    private boolean reused;
    private boolean closed;
    // idle watching, guarded by this
    private boolean watching;
    private boolean handoff;
    private boolean watchAlive;

    /** Bytes read from and written to the connection so far. */
    static final class Counting {
        volatile long read;
        volatile long written;
    }

    PersistConn(Transport t, ConnPool pool, ConnectMethod cm, Conn conn, ConnectionState tlsState) {
        this.t = t;
        this.pool = pool;
        this.cm = cm;
        this.conn = conn;
        this.key = cm.key();
        this.tlsState = tlsState;
        this.reader = t.responseReader(new CountingIn(conn, counts));
        this.out = new CountingOut(conn, counts);
    }

    String key() {
        return key;
    }

    /** Whether this connection already carried an exchange (a failure on a fresh one is never retried). */
    synchronized boolean isReused() {
        return reused;
    }

    synchronized void markReused() {
        reused = true;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the connection once, and frees its slot in the pool. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            conn.close();
        } catch (IOException e) {
            // nothing to do: it is gone either way
        }
        pool.released(key);
    }

    /** Gives the connection to the caller of a 101 response: no longer ours to close or count. */
    void handOver() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        pool.released(key);
    }

    /**
     * The exchange is over: clears deadlines and offers the connection to the pool when
     * {@code reusable}, else closes it.
     */
    void finish(boolean reusable) {
        if (reusable && reader.buffered() == 0) {
            try {
                conn.setDeadline(null);
                if (pool.putIdle(this)) {
                    return;
                }
            } catch (IOException e) {
                // a connection that cannot take a deadline is not worth keeping
            }
        }
        close();
    }

    // ---- idle watching ----

    /** Called by the pool, under its lock, as the connection goes idle. */
    void startIdleWatch() {
        synchronized (this) {
            watching = true;
            handoff = false;
            watchAlive = false;
        }
        long idle = t.idleConnTimeoutMillis();
        try {
            conn.setReadDeadline(idle > 0 ? Instant.ofEpochMilli(System.currentTimeMillis() + idle) : null);
        } catch (IOException e) {
            // the watcher's read fails at once and closes it
        }
        t.platform().startThread("http idle " + key, this::watchIdle);
    }

    private void watchIdle() {
        boolean timedOut = false;
        try {
            int n = conn.read(new byte[1], 0, 1);
            if (n > 0) {
                t.log("http: Unsolicited response received on idle HTTP channel");
            }
        } catch (IOException e) {
            timedOut = e instanceof NetError ne && ne.isTimeout();
        }
        boolean taken;
        synchronized (this) {
            taken = handoff;
            // Only the taker's wake-up (a timeout it caused) leaves the connection usable.
            watchAlive = taken && timedOut;
            watching = false;
            notifyAll();
        }
        if (!taken && pool.removeIdle(this)) {
            close(); // the server closed it, sent something unasked, or it idled too long
        }
    }

    /**
     * Stops the watcher of a connection just taken from the pool; true if it is still good to
     * use. The caller owns the connection afterwards either way.
     */
    boolean stopIdleWatch() {
        synchronized (this) {
            handoff = true;
        }
        try {
            conn.setReadDeadline(Instant.EPOCH);
        } catch (IOException e) {
            // the watcher ends on its own then
        }
        synchronized (this) {
            while (watching) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return watchAlive;
        }
    }

    // ---- counting streams ----

    /** The connection's input, counting what arrives. */
    private static final class CountingIn extends InputStream {
        private final Conn conn;
        private final Counting c;

        CountingIn(Conn conn, Counting c) {
            this.conn = conn;
            this.c = c;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = conn.read(b, off, len);
            if (n > 0) {
                c.read += n;
            }
            return n;
        }
    }

    /** The connection's output with a small buffer (Go's {@code bufio.Writer}), counting what leaves. */
    private static final class CountingOut extends OutputStream {
        private final Conn conn;
        private final Counting c;
        private final byte[] buf = new byte[8192];
        private int n;

        CountingOut(Conn conn, Counting c) {
            this.conn = conn;
            this.c = c;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buf.length - n) {
                flush();
                if (len >= buf.length) {
                    // Counted before the write: bytes a failed write may still have delivered
                    // must make the request count as sent, so it is never replayed.
                    c.written += len;
                    conn.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        @Override
        public void flush() throws IOException {
            if (n > 0) {
                int m = n;
                n = 0;
                c.written += m; // before the write, as above
                conn.write(buf, 0, m);
            }
        }
    }
}
