package dev.gonet.web;

import dev.gonet.Addr;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.internal.ConnCore;
import dev.gonet.internal.Deadline;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.WebSocketConn;
import dev.gonet.ws.WebSocketException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.events.MessageEvent;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.websocket.CloseEvent;
import org.teavm.jso.websocket.WebSocket;

/**
 * The browser's {@link WebSocketConn}: a {@link dev.gonet.Conn} over the page's {@code WebSocket} ({@code binaryType = "arraybuffer"}).
 *
 * <p><b>Bytes.</b> Every received message, binary or text (as its UTF-8 bytes), is appended to
 * a byte queue; {@link #read} drains it across message boundaries. Every {@link #write} sends
 * its bytes as one binary message ({@link #MAX_WRITE_MESSAGE} bytes at most; longer writes are
 * split into consecutive messages); concurrent writes take turns and never interleave.
 *
 * <p><b>Blocking.</b> A blocked call parks its green thread on a {@link Waiter}; the JS
 * callbacks (open, message, close, timers) only update fields and wake waiters, never block and
 * never take a monitor (they only read the {@link ConnCore}'s closed flag, a field). Everything
 * runs on the page's one thread, so the state needs no lock: green threads switch only where
 * they park. The core (closed state, deadlines, errors) wakes the wait lists through its
 * {@link ConnCore.Waker} when a green thread closes the conn or moves a deadline.
 *
 * <p><b>Deadlines.</b> A blocked call arms a {@code setTimeout} for its direction's deadline;
 * moving the deadline wakes the call, which re-arms against the new value. A passed deadline
 * fails the call with {@code i/o timeout} and leaves the connection usable: data that arrives
 * later stays queued for the next read.
 *
 * <p><b>Backpressure.</b> The browser queues sent messages without limit; {@code write} waits
 * (polling {@code bufferedAmount} every {@value #WRITE_POLL_MILLIS} ms) while more than
 * {@link #WRITE_HIGH_WATER} bytes are queued, honouring the write deadline. A browser offers no
 * flow control on receive: messages the page does not read pile up in the queue.
 *
 * <p><b>Closing.</b> The peer's close 1000 or 1001 reads as end of stream (after the queued
 * bytes); any other close, including 1006 for a connection that dropped without a close frame,
 * fails reads and writes with a {@link NetException} whose cause is a {@link CloseException}
 * carrying the code and reason, or, when no close frame arrived (1006, 1015), a
 * {@link WebSocketException} with that code. {@link #close()} sends close 1000 and fails pending and later
 * calls with {@code use of closed network connection}.
 */
public final class BrowserWebSocketConn implements WebSocketConn {
    /** {@code write} waits while the browser has more than this many bytes queued to send. */
    public static final int WRITE_HIGH_WATER = 1 << 20;

    static final int WRITE_POLL_MILLIS = 10;

    private final WebSocket ws;
    private final ConnCore core;
    private final JsByteQueue in = new JsByteQueue();
    private final WaitList readers;
    private final WaitList writers;
    private boolean opened;
    private boolean writing;
    /** How the connection ended from the far side: a CloseException for a close frame. */
    private WebSocketException peerClose;

    BrowserWebSocketConn(WebSocket ws, WebPlatform timers, String network, Addr remote) {
        this.ws = ws;
        this.readers = new WaitList(timers);
        this.writers = new WaitList(timers);
        this.core = ConnCore.withWaker(network, new ConnCore.Waker() {
            @Override
            public void deadlineMoved(boolean read, boolean write) {
                if (read) {
                    readers.wakeAll(); // a blocked call re-arms against the new deadline
                }
                if (write) {
                    writers.wakeAll();
                }
            }

            @Override
            public void closed() {
                readers.wakeAll();
                writers.wakeAll();
            }
        }).setAddr(WebAddr.local(network), remote);
        ws.setBinaryType("arraybuffer");
        // Listeners are added in the same turn the socket is created, so no event is missed.
        ws.onOpen(e -> {
            opened = true;
            readers.wakeAllFromEvent();
        });
        ws.onMessage(this::onMessage);
        ws.onClose(this::onClose);
    }

    private void onMessage(MessageEvent e) {
        if (core.isClosed()) {
            return; // nobody may read any more
        }
        JSObject data = e.getData();
        // Queued as it came: a read copies only what it asks for, straight into its own array.
        in.add(JsTypes.isString(data) ? JsTypes.utf8((JSString) data) : new Int8Array((ArrayBuffer) data));
        readers.wakeAllFromEvent(); // the reader runs now, inside this event
    }

    private void onClose(CloseEvent e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        int code = e.getCode();
        if (code == CloseCode.ABNORMAL_CLOSURE || code == CloseCode.TLS_HANDSHAKE) {
            // No close frame arrived (the browser made the code up): not a CloseException, as on
            // the JVM, where a dropped connection is WebSocketException 1006.
            peerClose = new WebSocketException(code, "WebSocket closed without a close frame: status = "
                    + CloseCode.name(code));
        } else {
            peerClose = new CloseException(code, reason);
        }
        readers.wakeAllFromEvent();
        writers.wakeAllFromEvent();
    }

    /**
     * Waits for the {@code open} event (the dial). Returns normally once open; throws the cause
     * for a {@code dial} error otherwise: {@code i/o timeout} at {@code deadlineMillis}, or the
     * close that ended the handshake.
     */
    void awaitOpen(long deadlineMillis) throws IOException {
        while (!opened) {
            if (peerClose != null) {
                throw new WebSocketException(peerClose.code(), "failed to WebSocket dial: the browser closed the "
                        + "connection with status " + CloseCode.name(peerClose.code())
                        + " before it opened (the server refused it or could not be reached)");
            }
            if (deadlineMillis != Deadline.NONE && System.currentTimeMillis() >= deadlineMillis) {
                ws.close();
                core.markClosed();
                throw Sentinel.DEADLINE_EXCEEDED.exception();
            }
            readers.park(deadlineMillis, 0);
        }
    }

    @Override
    public String subprotocol() {
        String p = ws.getProtocol();
        return p == null ? "" : p;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        while (true) {
            core.prepareRead();
            if (len == 0) {
                return 0;
            }
            if (!in.isEmpty()) {
                return in.take(b, off, len);
            }
            if (peerClose != null) {
                if (peerClose instanceof CloseException && isEndOfStream(peerClose.code())) {
                    return -1;
                }
                throw core.opError("read", peerClose);
            }
            readers.park(core.readDeadline(), 0);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        // One writer at a time, so the messages of a long write are not interleaved with another's.
        while (writing) {
            checkWritable();
            writers.park(core.writeDeadline(), 0);
        }
        writing = true;
        try {
            do {
                int n = Math.min(len, MAX_WRITE_MESSAGE);
                writeMessage(b, off, n);
                off += n;
                len -= n;
            } while (len > 0);
        } finally {
            writing = false;
            writers.wakeAll();
        }
    }

    private void checkWritable() throws IOException {
        core.prepareWrite();
        if (peerClose != null) {
            throw core.opError("write", peerClose);
        }
    }

    /** Sends one binary message of {@code b[off..off+len)} once the send queue is below the mark. */
    private void writeMessage(byte[] b, int off, int len) throws IOException {
        while (true) {
            checkWritable();
            if (ws.getBufferedAmount() <= WRITE_HIGH_WATER) {
                break;
            }
            writers.park(core.writeDeadline(), WRITE_POLL_MILLIS);
        }
        if (len == 0) {
            return; // a Conn write of nothing sends nothing, as on a socket
        }
        // A view is enough: send copies the bytes before it returns, so the caller may reuse b
        // at once (JS bundle: a view of b itself; WASM-GC: of the staging buffer, see JsBytes).
        ws.send(JsBytes.view(b, off, len));
    }

    static boolean isEndOfStream(int code) {
        return code == CloseCode.NORMAL_CLOSURE || code == CloseCode.GOING_AWAY;
    }

    /** {@code close(1000, "")}. */
    @Override
    public void close() throws IOException {
        close(CloseCode.NORMAL_CLOSURE, "");
    }

    /**
     * Sends a close frame with {@code code} and {@code reason} and fails pending and later calls
     * with {@code use of closed network connection}. Returns at once: the browser finishes the
     * close handshake. A second close throws the closed error, like Go's sockets.
     *
     * @throws IllegalArgumentException if the browser may not send {@code code} (only 1000 and
     *                                  3000-4999 are allowed to pages) or the reason is longer than
     *                                  123 bytes of UTF-8
     */
    @Override
    public void close(int code, String reason) throws IOException {
        if (code != CloseCode.NORMAL_CLOSURE && (code < 3000 || code > 4999)) {
            throw new IllegalArgumentException("close code " + code + ": a browser may only send 1000 or 3000-4999");
        }
        String why = reason == null ? "" : reason;
        if (why.getBytes(StandardCharsets.UTF_8).length > 123) {
            throw new IllegalArgumentException("close reason is longer than 123 bytes");
        }
        core.beginClose(); // wakes the blocked calls; the closed error the second time
        in.clear();
        if (peerClose == null) {
            ws.close(code, why);
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
        return "BrowserWebSocketConn[" + core.net() + " " + core.remoteAddr() + "]";
    }
}
