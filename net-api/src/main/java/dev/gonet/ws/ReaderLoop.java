package dev.gonet.ws;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Consumer;

/**
 * The reader thread of a {@link FramedConn}: data frames into the conn's inbound queue, piece by
 * piece as {@link MessageReader#readFragment()} returns them, until the stream ends; then
 * {@link #ended} records why. While the queue holds more than the read buffer (in bytes, or in
 * arrays at their overhead) it stops reading, so the peer meets TCP backpressure instead of
 * filling memory. An {@link Error} or runtime exception ends reading through {@link #failed}
 * (1011), never silently.
 */
final class ReaderLoop {
    private final FramedConn c;

    ReaderLoop(FramedConn c) {
        this.c = c;
    }

    void run() {
        IOException end;
        try {
            while (true) {
                byte[] piece = c.messages.readFragment().payload();
                synchronized (c.lock) {
                    if (!c.closed()) {
                        c.inbound.add(piece);
                        c.lock.notifyAll();
                    }
                    while (!c.closed() && c.inboundFull()) {
                        c.lock.wait();
                    }
                }
            }
        } catch (IOException e) {
            end = e;
        } catch (InterruptedException e) {
            end = new InterruptedIOException("websocket reader interrupted");
        } catch (RuntimeException | Error e) {
            end = failed(e);
        }
        ended(end);
    }

    /**
     * Reading ended with {@code end}. Unless the peer's close is still to be answered (then the
     * writer finishes the connection), nothing more can be sent: the queue goes and the socket is
     * closed. Then the conn's read-end hook, if any, learns why.
     */
    private void ended(IOException end) {
        boolean closeNow = false;
        Consumer<IOException> hook;
        IOException why;
        synchronized (c.lock) {
            why = c.failure != null ? c.failure : end;
            c.readEnd = why;
            c.readerDone = true;
            hook = c.onReadEnd; // one set later runs from FramedConn.onReadEnd itself
            boolean replyPending = c.replyCode != FramedConn.NO_REPLY && c.failure == null;
            if (!replyPending) {
                if (c.writeEnd == null) {
                    c.writeEnd = why;
                }
                if (!c.closed()) {
                    c.outbound.clear(); // failed, or the close handshake is complete
                    c.outboundBytes = 0;
                    closeNow = true;
                }
            } else if (c.writerDone) {
                closeNow = true; // the writer failed before: nobody can send the reply
            }
            c.lock.notifyAll();
        }
        if (closeNow) {
            c.closeSocket();
        }
        if (hook != null) {
            hook.accept(why);
        }
    }

    /**
     * The reader met {@code t} (an {@link Error} such as {@code OutOfMemoryError}, or a bug): fail
     * the connection with 1011 as a violation would, so the peer is told and reads end, instead of
     * leaving it half open. Returns the failure reads report.
     */
    private WebSocketException failed(Throwable t) {
        WebSocketException e = new WebSocketException(CloseCode.INTERNAL_ERROR, "websocket reader failed: " + t);
        e.initCause(t);
        if (c.messages.beginClose()) {
            try {
                c.setConnWriteDeadline(System.currentTimeMillis() + c.config.closeTimeout().toMillis());
                synchronized (c.writer) {
                    c.writer.writeClose(CloseCode.INTERNAL_ERROR, "internal error");
                }
            } catch (IOException | RuntimeException | Error x) {
                e.addSuppressed(x); // the socket goes anyway
            }
        }
        return e;
    }
}
