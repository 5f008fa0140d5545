package dev.gonet.jvm.tls;

import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_TASK;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_UNWRAP;
import static javax.net.ssl.SSLEngineResult.HandshakeStatus.NEED_WRAP;

import dev.gonet.tls.TLSException;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * The wrap side of one engine: turns application data and the engine's own messages
 * (handshake, alerts, KeyUpdate answers, close_notify) into records on the {@link Outbound}
 * queue. Every method takes this object's monitor only to wrap and queue, which never blocks,
 * so the reader can answer the peer while a writer waits for queue room.
 */
final class RecordWriter {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    /** What {@link #wrapData} did. */
    enum Progress { MOVED, AWAITS_PEER, CLOSED }

    private final SSLEngine engine;
    private final Outbound out;
    private final Alpn alpn;
    private ByteBuffer netOut; // guarded by this
    private volatile TLSException error;

    RecordWriter(SSLEngine engine, Outbound out, Alpn alpn) {
        this.engine = engine;
        this.out = out;
        this.alpn = alpn;
        this.netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    }

    /** Fails every later write with {@code e} (the reader refused what the peer asked for). */
    void poison(TLSException e) {
        error = e;
    }

    /** The wrap failure, once one happened; every later write fails with it. */
    TLSException error() {
        return error;
    }

    /**
     * Wraps up to one record of {@code src} and queues it. {@code AWAITS_PEER} when the engine
     * consumed nothing because it waits for the peer's handshake messages (a TLS 1.2
     * renegotiation): only the reader can move it on. {@code CLOSED} once the engine's outbound
     * side is closed.
     */
    synchronized Progress wrapData(ByteBuffer src) throws IOException {
        SSLEngineResult r = wrap(src);
        if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
            return Progress.CLOSED;
        }
        answer(r.getHandshakeStatus());
        boolean stuck = r.bytesConsumed() == 0 && r.bytesProduced() == 0 && r.getHandshakeStatus() == NEED_UNWRAP;
        return stuck ? Progress.AWAITS_PEER : Progress.MOVED;
    }

    /** Queues what the engine wants to send by itself; false if it had nothing. */
    synchronized boolean wrapControl() throws IOException {
        return wrap(EMPTY).bytesProduced() > 0;
    }

    /** Runs tasks and sends messages until the engine wants neither. */
    void answer(HandshakeStatus hs) throws IOException {
        for (int guard = 0; guard < 64 && (hs == NEED_TASK || hs == NEED_WRAP); guard++) {
            if (hs == NEED_TASK) {
                runTasks(engine);
            } else if (!wrapControl()) {
                return;
            }
            hs = engine.getHandshakeStatus();
        }
    }

    /** Queues close_notify (best effort: the connection is being closed either way). */
    synchronized void closeOutbound() {
        try {
            engine.closeOutbound();
            while (!engine.isOutboundDone() && wrapControl()) {
                // one close_notify record, normally a single pass
            }
        } catch (IOException | RuntimeException ignored) {
            // As Go: a failed close_notify does not stop the close.
        }
    }

    /**
     * Go's text for a JSSE failure; the alert JSSE has for the peer is queued first, except when
     * the peer does not speak TLS at all: Go sends no alert for a record-header error, and an
     * HTTPS server answers such a peer in plain HTTP, which an alert would garble.
     */
    TLSException fail(SSLException e) {
        TLSException t = TLSErrors.of(e, alpn == null ? null : alpn.failure());
        if (!t.getMessage().equals(TLSErrors.NOT_TLS)) {
            flushAlert();
        }
        return t;
    }

    /** After a failure, queues what JSSE still has to say (the fatal alert), ignoring further errors. */
    private synchronized void flushAlert() {
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

    /** One engine.wrap, queuing what it produced. Hold the monitor. */
    private SSLEngineResult wrap(ByteBuffer src) throws IOException {
        while (true) {
            netOut.clear();
            SSLEngineResult r;
            try {
                r = engine.wrap(src, netOut);
            } catch (SSLException e) {
                // A failed delegated task surfaces here; JSSE then has the alert ready to wrap.
                error = fail(e);
                throw error;
            }
            if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                netOut = ByteBuffer.allocate(Math.max(netOut.capacity() * 2, engine.getSession().getPacketBufferSize()));
                continue;
            }
            out.enqueue(netOut.array(), 0, netOut.position());
            if (r.getHandshakeStatus() == NEED_TASK) {
                runTasks(engine);
            }
            return r;
        }
    }

    /** Runs the engine's delegated tasks inline (key exchange, certificate checks). */
    static void runTasks(SSLEngine engine) {
        for (Runnable task; (task = engine.getDelegatedTask()) != null; ) {
            task.run();
        }
    }
}
