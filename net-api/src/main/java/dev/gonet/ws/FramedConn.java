package dev.gonet.ws;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.internal.ByteQueue;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link WebSocketConn} over a {@link Conn}: the JVM's (and the {@code mem} network's)
 * WebSocket. Three threads besides the application's:
 * <ul>
 *   <li>the reader pulls messages through {@link MessageReader} (which answers pings at once)
 *       and queues their bytes in {@link #inbound}; it stops while the queue is over the read
 *       buffer, so TCP backpressure reaches the peer;</li>
 *   <li>the writer drains {@link #outbound} through {@link FrameBatch}: the small messages queued
 *       at that moment leave together in one socket write, a large one alone; after
 *       {@code close()} it sends the close frame and closes the socket;</li>
 *   <li>the keep-alive pinger ({@link KeepAlive}), only when a ping interval is set.</li>
 * </ul>
 * Locking: {@link #lock} guards queues and state and is what blocked calls wait on (with their
 * {@link Deadline}s); the {@link FrameWriter}'s own monitor serializes frames on the wire. Nobody
 * takes the writer's monitor while holding {@code lock}, so they cannot deadlock.
 */
final class FramedConn implements WebSocketConn {
    private final Conn conn;
    private final String network;
    private final String subprotocol;
    private final WebSocketConfig config;
    private final FrameBatch batch; // the writer thread's way out
    private final FrameWriter writer; // its monitor serializes frames
    private final MessageReader messages;

    final Object lock = new Object();
    private final Deadline readDeadline = new Deadline(lock);
    private final Deadline writeDeadline = new Deadline(lock);

    // Guarded by lock.
    private final ByteQueue inbound = new ByteQueue();
    private final ArrayDeque<byte[]> outbound = new ArrayDeque<>();
    private long outboundBytes;
    private boolean writing; // a write() owns the write side, so its messages stay together
    private boolean closed; // close() was called
    private int closeCode = CloseCode.NORMAL_CLOSURE;
    private String closeReason = "";
    private long closeBy; // epoch millis bounding the close, once closed
    private IOException readEnd; // why reading ended; a 1000/1001 CloseException is EOF
    private IOException writeEnd; // why writing can no longer work (peer closed, socket failed)
    private IOException failure; // set by the keep-alive before it drops the socket
    private boolean readerDone;
    private boolean writerDone;
    long pongs; // pongs received, for KeepAlive

    FramedConn(Conn conn, byte[] buffered, Role role, String network, String subprotocol, WebSocketConfig config) {
        this.conn = Objects.requireNonNull(conn, "conn");
        this.network = Objects.requireNonNull(network, "network");
        this.subprotocol = subprotocol == null ? "" : subprotocol;
        this.config = config == null ? new WebSocketConfig() : config;
        this.batch = new FrameBatch(conn, role, this.config.random());
        this.writer = batch.writer();
        FrameReader frames = new FrameReader(new ConnSource(conn, buffered), role, this.config.maxMessageSize());
        this.messages = new MessageReader(frames, new Control());
        String name = "websocket " + conn.remoteAddr();
        this.config.startThread(name + " reader", this::readLoop);
        this.config.startThread(name + " writer", this::writeLoop);
        if (!this.config.pingInterval().isZero()) {
            this.config.startThread(name + " keep-alive", new KeepAlive(this, this.config)::run);
        }
    }

    /** Writes control frames for the {@link MessageReader} and counts pongs for {@link KeepAlive}. */
    private final class Control implements ControlHandler {
        @Override
        public void sendPong(byte[] payload) throws IOException {
            synchronized (writer) {
                writer.writePong(payload);
            }
        }

        /** The reply to the peer's close, or the close after a violation: bounded, as our own close is. */
        @Override
        public void sendClose(int code, String reason) throws IOException {
            try {
                conn.setWriteDeadline(Instant.ofEpochMilli(System.currentTimeMillis() + config.closeTimeout().toMillis()));
            } catch (IOException e) {
                // the socket is gone; the write below says so
            }
            synchronized (writer) {
                writer.writeClose(code, reason);
            }
        }

        @Override
        public void onPong(byte[] payload) {
            synchronized (lock) {
                pongs++;
                lock.notifyAll();
            }
        }
    }

    // ---- reading ----

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            if (closed) {
                throw error("read", Sentinel.CLOSED.exception());
            }
            if (len == 0) {
                if (readDeadline.passed()) {
                    throw error("read", Sentinel.DEADLINE_EXCEEDED.exception());
                }
                return 0;
            }
            if (!readDeadline.await(() -> closed || inbound.size() > 0 || readEnd != null)) {
                throw error("read", Sentinel.DEADLINE_EXCEEDED.exception());
            }
            if (closed) {
                throw error("read", Sentinel.CLOSED.exception());
            }
            if (inbound.size() > 0) {
                int n = inbound.take(b, off, len);
                lock.notifyAll(); // the reader thread may wait for room
                return n;
            }
            if (isCleanEnd(readEnd)) {
                return -1;
            }
            throw error("read", readEnd);
        }
    }

    /** The peer's close with 1000 or 1001: end of stream, not an error. */
    private static boolean isCleanEnd(IOException e) {
        return e instanceof CloseException c
                && (c.code() == CloseCode.NORMAL_CLOSURE || c.code() == CloseCode.GOING_AWAY);
    }

    /** The reader thread: messages into {@link #inbound} until the stream ends, then record why. */
    private void readLoop() {
        IOException end;
        try {
            while (true) {
                Message m = messages.readMessage();
                synchronized (lock) {
                    if (!closed) {
                        inbound.add(m.data());
                        lock.notifyAll();
                    }
                    while (inbound.size() > config.readBufferSize() && !closed) {
                        lock.wait();
                    }
                }
            }
        } catch (IOException e) {
            end = e;
        } catch (InterruptedException e) {
            end = new java.io.InterruptedIOException("websocket reader interrupted");
        }
        boolean peerEnded;
        synchronized (lock) {
            readEnd = failure != null ? failure : end;
            if (writeEnd == null) {
                writeEnd = readEnd;
            }
            readerDone = true;
            peerEnded = !closed;
            if (peerEnded) {
                outbound.clear(); // nothing more can be sent after the close frames or a failure
                outboundBytes = 0;
            }
            lock.notifyAll();
        }
        if (peerEnded) {
            closeSocket(); // handshake complete (our reply is written) or connection failed
        }
    }

    // ---- writing ----

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            checkWritable();
            if (!writeDeadline.await(() -> closed || writeEnd != null || !writing)) {
                throw error("write", Sentinel.DEADLINE_EXCEEDED.exception());
            }
            checkWritable();
            writing = true;
        }
        try {
            int done = 0;
            do {
                int n = Math.min(len - done, MAX_WRITE_MESSAGE);
                queue(b, off + done, n);
                done += n;
            } while (done < len);
        } finally {
            synchronized (lock) {
                writing = false;
                lock.notifyAll();
            }
        }
    }

    /** Queues one whole message once the queue is at or below the high-water mark. */
    private void queue(byte[] b, int off, int n) throws IOException {
        synchronized (lock) {
            if (!writeDeadline.await(() -> closed || writeEnd != null || outboundBytes <= config.writeBufferSize())) {
                throw error("write", Sentinel.DEADLINE_EXCEEDED.exception());
            }
            checkWritable();
            if (n == 0) {
                return; // an empty message would read as nothing
            }
            outbound.add(Arrays.copyOfRange(b, off, off + n));
            outboundBytes += n;
            lock.notifyAll();
        }
    }

    private void checkWritable() throws IOException {
        if (closed) {
            throw error("write", Sentinel.CLOSED.exception());
        }
        if (writeEnd != null) {
            throw error("write", writeEnd);
        }
    }

    /** The writer thread: queued messages onto the wire; after close(), the close handshake. */
    private void writeLoop() {
        List<byte[]> ms = new ArrayList<>();
        try {
            while (true) {
                synchronized (lock) {
                    while (outbound.isEmpty() && !closed && writeEnd == null) {
                        lock.wait();
                    }
                    if (writeEnd != null || outbound.isEmpty()) {
                        break; // failed, or closed with everything flushed
                    }
                    FrameBatch.take(outbound, ms); // stays queued (and counted) until written
                }
                try {
                    batch.writeMessages(ms);
                } catch (IOException e) {
                    synchronized (lock) {
                        if (writeEnd == null) {
                            writeEnd = e;
                        }
                        outbound.clear();
                        outboundBytes = 0;
                        lock.notifyAll();
                    }
                    break;
                }
                synchronized (lock) {
                    for (byte[] m : ms) {
                        if (outbound.peekFirst() == m) { // unless the reader cleared the queue meanwhile
                            outbound.pollFirst();
                            outboundBytes -= m.length;
                        }
                    }
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean handshake;
        synchronized (lock) {
            writerDone = true;
            handshake = closed;
        }
        if (handshake) {
            finishClose();
        }
    }

    // ---- closing ----

    @Override
    public void close() throws IOException {
        close(CloseCode.NORMAL_CLOSURE, "");
    }

    @Override
    public void close(int code, String reason) throws IOException {
        if (!CloseCode.isValidOnWire(code)) {
            throw new IllegalArgumentException("close code " + code + " may not be sent");
        }
        Frame.close(code, reason); // validates the reason's length, before any state changes
        boolean writerGone;
        synchronized (lock) {
            if (closed) {
                throw error("close", Sentinel.CLOSED.exception());
            }
            closed = true;
            closeCode = code;
            closeReason = reason;
            closeBy = System.currentTimeMillis() + config.closeTimeout().toMillis();
            inbound.clear();
            writerGone = writerDone;
            lock.notifyAll();
        }
        try {
            // Bounds the flush and the close frame: a peer that stopped reading cannot hold us.
            conn.setWriteDeadline(Instant.ofEpochMilli(closeBy));
        } catch (IOException e) {
            // the socket is already gone; the writer finds out
        }
        if (writerGone) {
            closeSocket(); // the writer ended on a failure before close(): nothing to hand over
        }
    }

    /** On the writer thread after close(): the close frame, the peer's answer (bounded), the socket. */
    private void finishClose() {
        int code;
        String reason;
        long by;
        synchronized (lock) {
            code = closeCode;
            reason = closeReason;
            by = closeBy;
        }
        if (messages.beginClose()) {
            try {
                synchronized (writer) {
                    writer.writeClose(code, reason);
                }
            } catch (IOException e) {
                closeSocket(); // cannot send it: no answer will come
                return;
            }
        }
        synchronized (lock) {
            long left;
            while (!readerDone && (left = by - System.currentTimeMillis()) > 0) {
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        closeSocket();
    }

    /** Called by {@link KeepAlive}: the peer stopped answering; reads report {@code e}. */
    void fail(WebSocketException e) {
        synchronized (lock) {
            if (failure == null && !readerDone) {
                failure = e;
            }
        }
        closeSocket();
    }

    /** Whether reading has ended or close() was called: keep-alive stops then. */
    boolean isOver() {
        return closed || readerDone;
    }

    /** Sends a ping; false when no more frames can be sent. */
    boolean ping(byte[] payload) {
        try {
            synchronized (writer) {
                writer.writePing(payload);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void closeSocket() {
        try {
            conn.close();
        } catch (IOException e) {
            // already closed: that is what we want
        }
    }

    // ---- the rest of Conn ----

    @Override
    public String subprotocol() {
        return subprotocol;
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
    public void setDeadline(Instant t) {
        readDeadline.set(t);
        writeDeadline.set(t);
    }

    @Override
    public void setReadDeadline(Instant t) {
        readDeadline.set(t);
    }

    @Override
    public void setWriteDeadline(Instant t) {
        writeDeadline.set(t);
    }

    /**
     * Go's OpError for this connection: {@code op ws local->remote: cause}. A failure of the
     * underlying connection is already an OpError; its cause is taken so the text says it once.
     */
    private NetException error(String op, IOException cause) {
        Throwable c = cause instanceof NetException ne && ne.getCause() != null ? ne.getCause() : cause;
        return new NetException(op, network, conn.localAddr(), conn.remoteAddr(), c);
    }

    @Override
    public String toString() {
        return "WebSocketConn[" + network + " " + conn.localAddr() + "->" + conn.remoteAddr() + "]";
    }
}
