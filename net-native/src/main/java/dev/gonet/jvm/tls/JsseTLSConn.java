package dev.gonet.jvm.tls;

import static javax.net.ssl.SSLEngineResult.HandshakeStatus.FINISHED;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_TASK;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_UNWRAP;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_WRAP;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.internal.Deadline;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLSConn;
import dev.gonet.tls.TLSException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * {@link TLSConn} over JSSE's {@link SSLEngine}, driven over any {@link Conn}.
 *
 * <p>Locks, outermost first: {@code handshakeLock} (one handshake), {@code readLock} (the
 * unwrap side: {@code netIn}, {@code appIn}, held across the underlying read), {@code writeLock}
 * (one write call at a time, held while waiting for queue room), {@code wrapLock} (the wrap side:
 * {@code netOut}; held only to wrap and queue, never while blocking), then {@link Outbound#lock}.
 * A reader that must answer the peer (TLS 1.3 KeyUpdate, close_notify) wraps under
 * {@code wrapLock} without waiting for a writer, because queuing never blocks.
 *
 * <p>Bytes read from the conn stay in {@code netIn} until a whole record is there, and
 * decrypted bytes beyond the caller's buffer stay in {@code appIn}, so a read timeout in the
 * middle of a record, or a small buffer, loses nothing.
 */
final class JsseTLSConn implements TLSConn {
    /** Go's aLongTimeAgo: set as the conn's read deadline to wake a read blocked in it. */
    private static final Instant LONG_AGO = Instant.ofEpochSecond(233431200);
    /** Go's closeNotify bound. */
    private static final long CLOSE_NOTIFY_MILLIS = 5_000;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final Conn conn;
    private final SSLEngine engine;
    private final boolean client;
    private final String serverName;
    private final Alpn alpn;
    private final Outbound out;
    private final Deadline writeDeadline;
    private volatile long readDeadline = Deadline.NONE;
    private volatile boolean closed; // written under out.lock

    private final ReentrantLock handshakeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Object wrapLock = new Object();

    private volatile boolean handshakeDone;
    private volatile IOException handshakeErr;
    private boolean handshakeStarted; // handshakeLock
    private volatile ConnectionState state = ConnectionState.none();

    private ByteBuffer netIn; // readLock; read mode: unconsumed ciphertext
    private ByteBuffer appIn; // readLock; read mode: decrypted bytes not yet returned
    private boolean eof; // readLock
    private IOException readErr; // readLock; sticky, never a timeout
    private ByteBuffer netOut; // wrapLock; scratch for one wrap
    private volatile IOException writeErr; // sticky

    JsseTLSConn(Conn conn, SSLEngine engine, boolean client, String serverName, Alpn alpn) {
        this.conn = conn;
        this.engine = engine;
        this.client = client;
        this.serverName = serverName;
        this.alpn = alpn;
        this.out = new Outbound(conn);
        this.writeDeadline = new Deadline(out.lock);
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet).flip();
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
        this.netOut = ByteBuffer.allocate(packet);
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

    private void runHandshake(String op) throws IOException {
        try {
            if (!handshakeStarted) {
                engine.beginHandshake();
                handshakeStarted = true;
            }
            HandshakeStatus hs = engine.getHandshakeStatus();
            while (hs != FINISHED && hs != NOT_HANDSHAKING) {
                if (hs == NEED_TASK) {
                    runTasks();
                } else if (hs == NEED_WRAP) {
                    wrapControl();
                } else {
                    if (eof) {
                        throw new TLSException("EOF"); // Go's io.EOF: the peer left mid-handshake
                    }
                    unwrapStep(op);
                }
                hs = engine.getHandshakeStatus();
            }
            state = States.of(engine, client, serverName);
            handshakeDone = true;
        } catch (SSLException e) {
            throw handshakeErr = failure(e);
        } catch (IOException e) {
            if (closed) {
                throw opError(op, Sentinel.CLOSED);
            }
            if (!isTimeout(e)) {
                handshakeErr = e; // a timeout may be retried: nothing was lost, netIn is kept
            }
            throw e;
        }
    }

    /** Go's text for {@code e}; the alert JSSE queued for the peer is sent (best effort). */
    private TLSException failure(SSLException e) {
        TLSException t = TLSErrors.of(e, alpn == null ? null : alpn.failure());
        flushAlert();
        return t;
    }

    /** After a failure, queues what JSSE still has to say (the fatal alert), ignoring further errors. */
    private void flushAlert() {
        synchronized (wrapLock) {
            for (int i = 0; i < 4 && !engine.isOutboundDone(); i++) {
                try {
                    netOut.clear();
                    SSLEngineResult r = engine.wrap(EMPTY, netOut);
                    out.enqueue(netOut.array(), 0, netOut.position());
                    if (r.bytesProduced() == 0) {
                        return;
                    }
                } catch (SSLException | RuntimeException again) {
                    // The engine may throw the same failure once more before giving up the alert.
                }
            }
        }
    }

    private void runTasks() {
        for (Runnable task; (task = engine.getDelegatedTask()) != null; ) {
            task.run();
        }
    }

    // ---- read side (readLock) ----

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        checkOpen("read");
        handshake("read");
        if (len == 0) {
            return 0; // after the handshake, as Go: Read(nil) is a way to run it
        }
        readLock.lock();
        try {
            checkOpen("read");
            long dl = readDeadline;
            if (dl != Deadline.NONE && System.currentTimeMillis() >= dl) {
                throw opError("read", Sentinel.DEADLINE_EXCEEDED); // also with data buffered, as netFD
            }
            while (!appIn.hasRemaining()) {
                if (readErr != null) {
                    throw readErr;
                }
                if (eof) {
                    return -1;
                }
                unwrapStep("read");
            }
            int n = Math.min(len, appIn.remaining());
            appIn.get(b, off, n);
            return n;
        } finally {
            readLock.unlock();
        }
    }

    /** Unwraps one record if {@code netIn} holds one, else reads more ciphertext. */
    private void unwrapStep(String op) throws IOException {
        if (netIn.hasRemaining()) {
            SSLEngineResult r;
            appIn.compact();
            try {
                r = engine.unwrap(netIn, appIn);
            } catch (SSLException e) {
                throw readFailure(op, failure(e));
            } finally {
                appIn.flip();
            }
            HandshakeStatus hs = r.getHandshakeStatus();
            if (hs != NOT_HANDSHAKING) {
                synchronized (out.lock) {
                    out.lock.notifyAll(); // a writer may wait for the handshake to move
                }
            }
            switch (r.getStatus()) {
                case OK:
                    afterStep(hs);
                    if (r.bytesConsumed() > 0 || r.bytesProduced() > 0) {
                        return;
                    }
                    break;
                case CLOSED: // the peer's close_notify
                    eof = true;
                    afterStep(hs);
                    return;
                case BUFFER_OVERFLOW:
                    appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                    return;
                default: // BUFFER_UNDERFLOW: the record is not complete yet
                    break;
            }
        }
        fill(op);
    }

    /** Reads more ciphertext from the conn into {@code netIn}, keeping what is there. */
    private void fill(String op) throws IOException {
        if (netIn.limit() == netIn.capacity() && netIn.position() == 0) {
            netIn = grow(netIn, engine.getSession().getPacketBufferSize());
        }
        netIn.compact();
        int n;
        try {
            n = conn.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
        } catch (IOException e) {
            netIn.flip();
            throw readFailure(op, e);
        }
        if (n > 0) {
            netIn.position(netIn.position() + n);
        }
        netIn.flip();
        if (n < 0) {
            if (netIn.hasRemaining()) {
                throw readFailure(op, new TLSException("unexpected EOF")); // Go: io.ErrUnexpectedEOF
            }
            eof = true; // end of stream between records: Go's Read returns io.EOF
        }
    }

    /** What a read throws for {@code e}: the closed error after close, else {@code e} (sticky unless a timeout). */
    private IOException readFailure(String op, IOException e) {
        if (closed) {
            return opError(op, Sentinel.CLOSED);
        }
        if (!isTimeout(e)) {
            readErr = e;
        }
        return e;
    }

    /** Answers what the engine asks for after a step: run tasks, send handshake or alert records. */
    private void afterStep(HandshakeStatus hs) throws IOException {
        for (int guard = 0; guard < 64 && (hs == NEED_TASK || hs == NEED_WRAP); guard++) {
            if (hs == NEED_TASK) {
                runTasks();
                hs = engine.getHandshakeStatus();
            } else if (!wrapControl()) {
                return;
            } else {
                hs = engine.getHandshakeStatus();
            }
        }
    }

    private static ByteBuffer grow(ByteBuffer b, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, atLeast));
        bigger.put(b).flip();
        return bigger;
    }

    // ---- write side ----

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        checkOpen("write");
        handshake("write");
        writeLock.lock();
        try {
            checkWritable();
            if (writeDeadline.passed()) {
                throw opError("write", Sentinel.DEADLINE_EXCEEDED); // nothing of this write was queued
            }
            ByteBuffer src = ByteBuffer.wrap(b, off, len);
            while (src.hasRemaining()) {
                awaitRoom();
                if (!wrapData(src)) {
                    awaitHandshakeMove();
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void checkWritable() throws IOException {
        checkOpen("write");
        if (writeErr != null) {
            throw writeErr;
        }
        IOException e = out.error();
        if (e != null) {
            throw e;
        }
    }

    /** Waits until the queue has room; a timeout here leaves whole records queued, none half sent. */
    private void awaitRoom() throws IOException {
        synchronized (out.lock) {
            if (!writeDeadline.await(() -> closed || out.errorLocked() != null
                    || out.queuedLocked() < Outbound.HIGH_WATER)) {
                throw opError("write", Sentinel.DEADLINE_EXCEEDED);
            }
        }
        checkWritable();
    }

    /**
     * Wraps up to one record of {@code src} and queues it. False when the engine consumed nothing
     * because it waits for the peer's handshake messages (a TLS 1.2 renegotiation): the reader
     * side has to move it on.
     */
    private boolean wrapData(ByteBuffer src) throws IOException {
        synchronized (wrapLock) {
            SSLEngineResult r = wrapInto(src);
            if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                // Our close_notify went out, or (TLS 1.2) JSSE closed its side after the peer's.
                throw opError("write", closed ? Sentinel.CLOSED : Sentinel.BROKEN_PIPE);
            }
            afterStep(r.getHandshakeStatus());
            return r.bytesConsumed() > 0 || r.bytesProduced() > 0 || r.getHandshakeStatus() != NEED_UNWRAP;
        }
    }

    private void awaitHandshakeMove() throws IOException {
        synchronized (out.lock) {
            if (!writeDeadline.await(() -> closed || engine.getHandshakeStatus() != NEED_UNWRAP)) {
                throw opError("write", Sentinel.DEADLINE_EXCEEDED);
            }
        }
        checkWritable();
    }

    /** Sends what the engine wants to say by itself (handshake, alert, close_notify); false if nothing. */
    private boolean wrapControl() throws IOException {
        synchronized (wrapLock) {
            SSLEngineResult r = wrapInto(EMPTY);
            return r.bytesProduced() > 0;
        }
    }

    /** One engine.wrap into {@code netOut}, queuing what it produced. Hold {@code wrapLock}. */
    private SSLEngineResult wrapInto(ByteBuffer src) throws IOException {
        while (true) {
            netOut.clear();
            SSLEngineResult r;
            try {
                r = engine.wrap(src, netOut);
            } catch (SSLException e) {
                // A failed delegated task surfaces here; JSSE then has the alert ready to wrap.
                TLSException t = TLSErrors.of(e, alpn == null ? null : alpn.failure());
                writeErr = t;
                flushAlert();
                throw t;
            }
            if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                netOut = ByteBuffer.allocate(Math.max(netOut.capacity() * 2, engine.getSession().getPacketBufferSize()));
                continue;
            }
            out.enqueue(netOut.array(), 0, netOut.position());
            if (r.getHandshakeStatus() == NEED_TASK) {
                runTasks();
            }
            return r;
        }
    }

    // ---- close, deadlines, addresses ----

    @Override
    public void close() throws IOException {
        synchronized (out.lock) {
            if (closed) {
                throw opError("close", Sentinel.CLOSED);
            }
            closed = true;
            out.lock.notifyAll();
        }
        // Go sends close_notify only after a handshake, and not while a Write is in flight: that
        // write's data would be cut short behind a "clean end" the peer would trust.
        if (handshakeDone && handshakeErr == null && writeErr == null && !writeLock.isLocked()) {
            synchronized (wrapLock) {
                try {
                    engine.closeOutbound();
                    while (!engine.isOutboundDone() && wrapControl()) {
                        // queue close_notify
                    }
                } catch (IOException | RuntimeException ignored) {
                    // Best effort, as Go: the connection is closed either way.
                }
            }
        }
        out.close(Math.min(writeDeadline.millis(), System.currentTimeMillis() + CLOSE_NOTIFY_MILLIS));
        try {
            conn.setReadDeadline(LONG_AGO); // wakes a read or handshake blocked in the conn
        } catch (IOException | RuntimeException alreadyClosed) {
            // Then the conn's own close woke it.
        }
    }

    private void checkOpen(String op) throws NetException {
        if (closed) {
            throw opError(op, Sentinel.CLOSED);
        }
    }

    /**
     * The error the underlying conn would give: Go's OpError with the conn's network and
     * addresses ({@code read mem a->b: i/o timeout}); a pipe's name no addresses, as Go's pipe.
     */
    private NetException opError(String op, Sentinel kind) {
        Addr local = conn.localAddr();
        Addr remote = conn.remoteAddr();
        String net = local.network();
        if (net.equals("pipe")) {
            return new NetException(op, net, null, null, kind.exception());
        }
        return new NetException(op, net, local, remote, kind.exception());
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof NetError ne && ne.isTimeout();
    }

    @Override
    public void setDeadline(Instant t) throws IOException {
        setReadDeadline(t);
        setWriteDeadline(t);
    }

    /** Kept here too, so a read with data already decrypted still honours a passed deadline. */
    @Override
    public void setReadDeadline(Instant t) throws IOException {
        checkOpenForSet();
        readDeadline = Deadline.toMillis(t);
        conn.setReadDeadline(t);
    }

    /** Applies to waiting for send-queue room; the conn's own write deadline stays unset (see Outbound). */
    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        checkOpenForSet();
        writeDeadline.set(t);
    }

    private void checkOpenForSet() throws NetException {
        if (closed) {
            Addr local = conn.localAddr();
            throw new NetException("set", local.network(), null, local, Sentinel.CLOSED.exception());
        }
    }

    @Override
    public Addr localAddr() {
        return conn.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return conn.remoteAddr();
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    @Override
    public Conn netConn() {
        return conn;
    }

    @Override
    public String toString() {
        return "tls " + (client ? "client " : "server ") + conn;
    }
}
