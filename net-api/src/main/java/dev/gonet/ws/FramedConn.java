package dev.gonet.ws;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.internal.ByteQueue;
import dev.gonet.internal.ConnCore;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@link WebSocketConn} over a {@link Conn}: the JVM's (and the {@code mem} network's)
 * WebSocket. Three threads besides the application's:
 * <ul>
 *   <li>the reader ({@link ReaderLoop}) streams data frames through {@link MessageReader} (which
 *       answers pings at once) in pieces of at most {@link #READ_PIECE} bytes and queues them in
 *       {@link #inbound}, never assembling a message; it stops while the queue is over the read
 *       buffer, so TCP backpressure reaches the peer;</li>
 *   <li>the writer ({@link WriterLoop}) drains {@link #outbound} through {@link FrameBatch}: the
 *       small messages queued at that moment leave together in one socket write, a large one
 *       alone; after {@code close()}, or once the peer's close is to be answered, it sends the
 *       close frame and closes the socket;</li>
 *   <li>the keep-alive pinger ({@link KeepAlive}), only when a ping interval is set.</li>
 * </ul>
 * Memory: each queue is full when its bytes exceed the buffer size or its arrays, at
 * {@link #CHUNK_OVERHEAD} bytes each, do (so one-byte messages cannot hold dozens of bytes of
 * heap per byte). A connection holds at most about {@code 2 * readBufferSize + READ_PIECE}
 * received and {@code 2 * writeBufferSize + MAX_WRITE_MESSAGE} unsent, plus fixed buffers
 * ({@link ConnSource}'s 16 KiB, {@link FrameBatch}'s 64 KiB), whatever the peer sends.
 *
 * <p>The peer's close: the reader hands the reply to the writer
 * ({@link ControlHandler#replyToClose}) instead of sending it at once, so the application still
 * reads what arrived before the close and what it writes until it has seen the end is sent
 * before the reply, as with Go's {@code coder/websocket}, where the close frame is only read once
 * the application has read everything before it. The reply goes out once a read has returned
 * the end and the queue is empty, or when the close timeout (from the peer's close) passes,
 * whichever is first; writes after that fail with the peer's close.
 *
 * <p>An {@link Error} or runtime exception in the reader (an {@code OutOfMemoryError}, a bug)
 * fails the connection with 1011, as a protocol violation would: the peer gets the close frame,
 * reads here throw, and the socket is closed, rather than the connection staying half open.
 *
 * <p>Locking: {@link #lock} guards queues and state and is what blocked calls wait on; the
 * {@link ConnCore} on it holds the closed state and the deadlines and wraps errors as
 * {@code op ws local->remote: cause}; the {@link FrameWriter}'s own monitor serializes frames on
 * the wire. Nobody takes the writer's monitor while holding {@code lock}, so they cannot deadlock.
 */
final class FramedConn implements WebSocketConn {
    /** The most payload the reader takes off the socket as one piece (a frame's payload is split). */
    static final int READ_PIECE = 16 * 1024;
    /** Heap an array costs beyond its bytes (header, padding, its queue slot), counted against the buffers. */
    static final int CHUNK_OVERHEAD = 64;
    /** {@link #replyCode} when the peer's close is not (yet) to be answered. */
    static final int NO_REPLY = -1;

    final Conn conn;
    private final String subprotocol;
    final WebSocketConfig config;
    final FrameBatch batch; // the writer thread's way out
    final FrameWriter writer; // its monitor serializes frames
    final MessageReader messages;

    final Object lock = new Object();
    final ConnCore core; // closed() was called, the deadlines, the errors; notifies lock

    // Guarded by lock.
    final ByteQueue inbound = new ByteQueue();
    final ArrayDeque<byte[]> outbound = new ArrayDeque<>();
    long outboundBytes; // bytes in outbound
    private boolean writing; // a write() owns the write side, so its messages stay together
    int closeCode = CloseCode.NORMAL_CLOSURE;
    String closeReason = "";
    long closeBy; // epoch millis bounding the close, once closed
    IOException readEnd; // why reading ended; a 1000/1001 CloseException is EOF
    IOException writeEnd; // why writing can no longer work (peer closed, socket failed)
    IOException failure; // set by the keep-alive before it drops the socket
    boolean readerDone;
    boolean writerDone;
    int replyCode = NO_REPLY; // the code owed to the peer's close, once it arrived
    long replyBy; // epoch millis by which the reply goes out, queue flushed or not
    boolean endSeen; // a read returned the end (or its error) after reading ended
    /** The reply to the peer's close is being written, under a socket deadline of its own. */
    boolean replySending;
    long pongs; // pongs received, for KeepAlive
    Consumer<IOException> onReadEnd; // for Relay: the client left

    FramedConn(Conn conn, byte[] buffered, Role role, String network, String subprotocol, WebSocketConfig config) {
        this.conn = Objects.requireNonNull(conn, "conn");
        this.core = ConnCore.onMonitor(Objects.requireNonNull(network, "network"), lock)
                .setAddr(conn.localAddr(), conn.remoteAddr());
        this.subprotocol = subprotocol == null ? "" : subprotocol;
        this.config = config == null ? new WebSocketConfig() : config;
        this.batch = new FrameBatch(conn, role, this.config.random());
        this.writer = batch.writer();
        FrameReader frames = new FrameReader(new ConnSource(conn, buffered), role, this.config.maxMessageSize(),
                READ_PIECE);
        this.messages = new MessageReader(frames, new FramedControl(this));
        String name = "websocket " + conn.remoteAddr();
        this.config.startThread(name + " reader", new ReaderLoop(this)::run);
        this.config.startThread(name + " writer", new WriterLoop(this)::run);
        if (!this.config.pingInterval().isZero()) {
            this.config.startThread(name + " keep-alive", new KeepAlive(this, this.config)::run);
        }
    }

    // ---- reading ----

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            core.prepareRead();
            if (len == 0) {
                return 0;
            }
            if (!core.awaitRead(() -> closed() || inbound.size() > 0 || readEnd != null)) {
                throw core.timeout("read");
            }
            if (closed()) {
                throw core.closedError("read");
            }
            if (inbound.size() > 0) {
                int n = inbound.take(b, off, len);
                lock.notifyAll(); // the reader thread may wait for room
                return n;
            }
            if (!endSeen) {
                endSeen = true;
                lock.notifyAll(); // the writer may answer the peer's close now
            }
            if (isCleanEnd(readEnd)) {
                return -1;
            }
            throw core.opError("read", readEnd);
        }
    }

    /** Whether close() was called; read under lock by the reader, writer and keep-alive threads too. */
    boolean closed() {
        return core.isClosed();
    }

    /** The peer's close with 1000 or 1001: end of stream, not an error. */
    private static boolean isCleanEnd(IOException e) {
        return e instanceof CloseException c
                && (c.code() == CloseCode.NORMAL_CLOSURE || c.code() == CloseCode.GOING_AWAY);
    }

    /** Under lock: whether {@link #inbound} is over the read buffer, in bytes or in arrays. */
    boolean inboundFull() {
        return isFull(inbound.size(), inbound.chunks(), config.readBufferSize());
    }

    /** Under lock: whether {@link #outbound} is over the write buffer, in bytes or in messages. */
    private boolean outboundFull() {
        return isFull(outboundBytes, outbound.size(), config.writeBufferSize());
    }

    private static boolean isFull(long bytes, int arrays, int buffer) {
        return bytes > buffer || (long) arrays * CHUNK_OVERHEAD > buffer;
    }

    /**
     * Runs {@code hook} with why reading ended, once it has (at once if it already has), on the
     * reader thread: the {@link Relay} learns that the client left while its copy to the target
     * is blocked. The hook must not block.
     */
    void onReadEnd(Consumer<IOException> hook) {
        IOException end;
        synchronized (lock) {
            onReadEnd = hook;
            end = readerDone ? readEnd : null;
        }
        if (end != null) {
            hook.accept(end);
        }
    }

    // ---- writing ----

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        synchronized (lock) {
            checkWritable();
            if (!core.awaitWrite(() -> closed() || writeEnd != null || !writing)) {
                throw core.timeout("write");
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
            if (!core.awaitWrite(() -> closed() || writeEnd != null || !outboundFull())) {
                throw core.timeout("write");
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

    /** Under lock: throws unless a write may still be queued. */
    private void checkWritable() throws IOException {
        if (closed()) {
            throw core.closedError("write");
        }
        if (writeEnd != null) {
            throw core.opError("write", writeEnd);
        }
        if (replyCode != NO_REPLY && readEnd != null && (endSeen || replyDue())) {
            throw core.opError("write", readEnd); // the peer closed, and the reply is on its way
        }
    }

    /** Under lock: whether the close timeout since the peer's close has passed. */
    boolean replyDue() {
        return replyCode != NO_REPLY && System.currentTimeMillis() >= replyBy;
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
        long by;
        synchronized (lock) {
            core.beginClose(); // the closed error, op close, the second time
            closeCode = code;
            closeReason = reason;
            closeBy = System.currentTimeMillis() + config.closeTimeout().toMillis();
            if (replyCode != NO_REPLY) {
                closeBy = Math.min(closeBy, replyBy); // the peer's close started the clock already
            }
            by = closeBy;
            inbound.clear();
            writerGone = writerDone;
            // Bounds the flush and the close frame: a peer that stopped reading cannot hold us.
            // Not a reply already on its way: its deadline is a close timeout from when it
            // started (WriterLoop.sendClose), and this one may have passed (closeBy is then the
            // reply's due time), which would refuse the two bytes the peer is owed. Set under
            // the lock, as the writer sets the reply's, so the later of the two stands.
            if (!replySending) {
                setConnWriteDeadline(by);
            }
        }
        if (writerGone) {
            closeSocket(); // the writer ended on a failure before close(): nothing to hand over
        }
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
        return closed() || readerDone;
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

    void setConnWriteDeadline(long epochMillis) {
        try {
            conn.setWriteDeadline(Instant.ofEpochMilli(epochMillis));
        } catch (IOException e) {
            // the socket is already gone; the next write says so
        }
    }

    void closeSocket() {
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
        return core.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return core.remoteAddr();
    }

    /** Fails once closed ({@code set ws local: use of closed network connection}), as every Conn does. */
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
        return "WebSocketConn[" + core + "]";
    }
}
