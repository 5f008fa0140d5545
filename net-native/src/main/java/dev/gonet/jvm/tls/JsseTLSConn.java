package dev.gonet.jvm.tls;

import static javax.net.ssl.SSLEngineResult.HandshakeStatus.FINISHED;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_TASK;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_UNWRAP;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_WRAP;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.Sentinel;
import dev.gonet.internal.ConnCore;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLSConn;
import dev.gonet.tls.TLSException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * {@link TLSConn} over JSSE's {@link SSLEngine}, driven over any {@link Conn}: a
 * {@link RecordReader} for the unwrap side, a {@link RecordWriter} for the wrap side, and an
 * {@link Outbound} queue between the writer and the conn.
 *
 * <p>Locks, outermost first: {@code handshakeLock} (one handshake at a time), {@code readLock}
 * (the reader; held across the conn's read, and by the handshake), {@code writeLock} (one write
 * call at a time; held while waiting for queue room), the writer's monitor (held only to wrap
 * and queue, never while blocking), then {@link Outbound#lock}. So a reader that must answer
 * the peer (TLS 1.3 KeyUpdate, an alert) never waits for a writer stuck on a full queue, and one
 * reader and one writer run at once, as Go allows.
 *
 * <p>Closing, deadlines, errors: a {@link ConnCore} on {@link Outbound#lock}, named by the conn
 * underneath (its network and addresses: {@code read tcp a->b: i/o timeout}; none over a pipe).
 * The read deadline is also passed to the conn, where the reader blocks (it keeps partial
 * records across a timeout); the write deadline bounds the wait for queue room, never the conn's
 * writes (see {@link Outbound} for why).
 */
final class JsseTLSConn implements TLSConn {
    /** Go's aLongTimeAgo: set as the conn's read deadline to wake a read blocked in it. */
    private static final Instant LONG_AGO = Instant.ofEpochSecond(233431200);
    /** Go's closeNotify bound. */
    private static final long CLOSE_NOTIFY_MILLIS = 5_000;

    private final Conn conn;
    private final SSLEngine engine;
    private final boolean client;
    private final String serverName;
    private final Outbound out;
    private final RecordWriter writer;
    private final RecordReader reader; // readLock
    private final ConnCore core; // on out.lock

    private final ReentrantLock handshakeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();

    private volatile boolean handshakeDone;
    private volatile IOException handshakeErr;
    private boolean handshakeStarted; // handshakeLock
    private volatile ConnectionState state = ConnectionState.none();

    JsseTLSConn(Conn conn, SSLEngine engine, boolean client, String serverName, Alpn alpn) {
        this.conn = conn;
        this.engine = engine;
        this.client = client;
        this.serverName = serverName;
        this.out = new Outbound(conn);
        this.writer = new RecordWriter(engine, out, alpn);
        this.reader = new RecordReader(engine, conn, writer, out.lock);
        this.core = ConnCore.onMonitor(conn.localAddr().network(), out.lock)
                .setAddr(conn.localAddr(), conn.remoteAddr());
    }

    // ---- handshake ----

    @Override
    public void handshake() throws IOException {
        handshake("handshake");
    }

    private void handshake(String op) throws IOException {
        if (handshakeDone) {
            return;
        }
        handshakeLock.lock();
        try {
            if (handshakeDone) {
                return;
            }
            if (handshakeErr != null) {
                throw handshakeErr;
            }
            checkOpen(op);
            readLock.lock();
            try {
                runHandshake(op);
            } finally {
                readLock.unlock();
            }
        } finally {
            handshakeLock.unlock();
        }
    }

    /** The handshake loop; holds the read lock, wraps through the writer (which never blocks). */
    private void runHandshake(String op) throws IOException {
        try {
            if (!handshakeStarted) {
                engine.beginHandshake();
                handshakeStarted = true;
            }
            HandshakeStatus hs = engine.getHandshakeStatus();
            while (hs != FINISHED && hs != NOT_HANDSHAKING) {
                if (hs == NEED_TASK) {
                    RecordWriter.runTasks(engine);
                } else if (hs == NEED_WRAP) {
                    writer.wrapControl();
                } else if (reader.eof()) {
                    throw new TLSException("EOF"); // Go's io.EOF: the peer left mid-handshake
                } else {
                    reader.step();
                }
                hs = engine.getHandshakeStatus();
            }
            state = States.of(engine, client, serverName);
            reader.established();
            handshakeDone = true;
        } catch (SSLException e) {
            throw handshakeErr = writer.fail(e);
        } catch (IOException e) {
            if (core.isClosed()) {
                throw core.closedError(op);
            }
            if (!isTimeout(e)) {
                handshakeErr = e; // a timeout may be retried: the reader kept every byte
            }
            throw e;
        }
    }

    // ---- read ----

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        checkOpen("read");
        handshake("read"); // also for len 0, as Go: Read(nil) is a way to run it
        if (len == 0) {
            core.prepareRead(); // closed, then the deadline, as every conn checks before an empty read
            return 0;
        }
        readLock.lock();
        try {
            core.prepareRead(); // the deadline also with data buffered, as netFD
            while (!reader.hasData()) {
                reader.checkError();
                if (reader.eof()) {
                    return -1;
                }
                try {
                    reader.step();
                } catch (IOException e) {
                    throw core.isClosed() ? core.closedError("read") : e;
                }
            }
            return reader.take(b, off, len);
        } finally {
            readLock.unlock();
        }
    }

    // ---- write ----

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        checkOpen("write");
        handshake("write");
        writeLock.lock();
        try {
            checkWritable();
            if (core.writeDeadlinePassed()) {
                throw core.timeout("write"); // nothing of this write was queued
            }
            ByteBuffer src = ByteBuffer.wrap(b, off, len);
            while (src.hasRemaining()) {
                await(() -> out.queuedLocked() < Outbound.HIGH_WATER); // room in the send queue
                RecordWriter.Progress p = writer.wrapData(src);
                if (p == RecordWriter.Progress.CLOSED) {
                    // Our close_notify went out, or (TLS 1.2) JSSE closed its side after the peer's.
                    throw core.isClosed() ? core.closedError("write")
                            : core.opError("write", Sentinel.BROKEN_PIPE.exception());
                }
                if (p == RecordWriter.Progress.AWAITS_PEER) {
                    await(() -> engine.getHandshakeStatus() != NEED_UNWRAP); // the reader moves the handshake on
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void checkWritable() throws IOException {
        checkOpen("write");
        IOException e = writer.error(); // a TLS failure: Go's tls reports it as it is
        if (e != null) {
            throw e;
        }
        e = out.error(); // the conn's own write error, e.g. broken pipe
        if (e != null) {
            throw core.opError("write", e); // once, as this conn's: a pipe's bare error gets op and network
        }
    }

    /**
     * Waits under the write deadline until {@code ready}, close, or a failure. A timeout here
     * leaves whole records queued and none half sent, so the connection stays usable.
     */
    private void await(BooleanSupplier ready) throws IOException {
        synchronized (out.lock) {
            if (!core.awaitWrite(() -> core.isClosed() || out.errorLocked() != null || writer.error() != null
                    || ready.getAsBoolean())) {
                throw core.timeout("write");
            }
        }
        checkWritable();
    }

    // ---- close ----

    @Override
    public void close() throws IOException {
        core.beginClose(); // wakes writers waiting on out.lock; the closed error the second time
        // Go sends close_notify only after a handshake, and not while a Write is in flight: that
        // write's data would be cut short behind a "clean end" the peer would trust.
        if (handshakeDone && handshakeErr == null && writer.error() == null && !writeLock.isLocked()) {
            writer.closeOutbound();
        }
        out.close(Math.min(core.writeDeadline(), System.currentTimeMillis() + CLOSE_NOTIFY_MILLIS));
        try {
            conn.setReadDeadline(LONG_AGO); // wakes a read or handshake blocked in the conn
        } catch (IOException | RuntimeException alreadyClosed) {
            // Then the conn's own close woke it.
        }
    }

    // ---- deadlines, addresses, errors ----

    @Override
    public void setDeadline(Instant t) throws IOException {
        setReadDeadline(t);
        setWriteDeadline(t);
    }

    /** Passed to the conn, and kept here so a read with data already decrypted honours it too. */
    @Override
    public void setReadDeadline(Instant t) throws IOException {
        core.setReadDeadline(t);
        conn.setReadDeadline(t);
    }

    /** Bounds the wait for send-queue room; the conn's own write deadline stays unset (see Outbound). */
    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        core.setWriteDeadline(t);
    }

    private void checkOpen(String op) throws IOException {
        if (core.isClosed()) {
            throw core.closedError(op);
        }
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof NetError ne && ne.isTimeout();
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
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public Conn netConn() {
        return conn;
    }

    /** The engine, for tests and diagnostics. */
    SSLEngine engine() {
        return engine;
    }

    @Override
    public String toString() {
        return "tls " + (client ? "client " : "server ") + conn;
    }
}
