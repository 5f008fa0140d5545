package dev.gonet.ws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer thread of a {@link FramedConn}: queued messages onto the wire in batches
 * ({@link FrameBatch}), in order, until one of three ends:
 * <ul>
 *   <li>{@code close()} was called and the queue is flushed: {@link #finishClose};</li>
 *   <li>the peer's close is owed its reply ({@link FramedConn#replyCode}): once a read returned
 *       the end and the queue is flushed, or once the close timeout since the peer's close has
 *       passed, whatever is still queued: {@link #sendReply};</li>
 *   <li>a write failed: the socket is broken, the queue is dropped and writes fail with the
 *       error. An {@link Error} or runtime exception while writing (frame state unknown) closes
 *       the socket at once.</li>
 * </ul>
 * A message stays queued, and counted against the write buffer, until its bytes were written.
 */
final class WriterLoop {
    private enum Exit { CLOSE, REPLY, FAILED }

    private final FramedConn c;

    WriterLoop(FramedConn c) {
        this.c = c;
    }

    void run() {
        List<byte[]> ms = new ArrayList<>();
        Exit exit = Exit.FAILED;
        try {
            while (true) {
                synchronized (c.lock) {
                    exit = next(ms);
                }
                if (exit != null) {
                    break;
                }
                exit = write(ms);
                if (exit != null) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (exit == Exit.REPLY) {
            sendReply(); // before writerDone: a close() meanwhile must not cut the reply off
        }
        boolean closed;
        boolean replyOwed;
        synchronized (c.lock) {
            c.writerDone = true;
            closed = c.closed();
            replyOwed = c.replyCode != FramedConn.NO_REPLY;
        }
        if (exit == Exit.REPLY) {
            return; // sendReply closed the socket
        } else if (closed) {
            finishClose(); // after a failure it cannot send: it closes the socket
        } else if (replyOwed) {
            c.closeSocket(); // failed with the peer's close already in: nothing more to do
        }
    }

    /** Under the conn's lock: waits for work; null with the next batch in {@code ms}, or how the loop ends. */
    private Exit next(List<byte[]> ms) throws InterruptedException {
        while (true) {
            if (c.writeEnd != null) {
                return Exit.FAILED;
            }
            boolean owed = c.replyCode != FramedConn.NO_REPLY;
            if (!c.outbound.isEmpty() && !(owed && c.replyDue())) {
                FrameBatch.take(c.outbound, ms); // stays queued (and counted) until written
                return null;
            }
            if (c.closed()) {
                return Exit.CLOSE; // flushed (or out of time): finishClose sends the close frame
            }
            if (owed && c.readerDone && (c.endSeen || c.replyDue())) {
                return Exit.REPLY;
            }
            long wait = owed ? Math.max(1, c.replyBy - System.currentTimeMillis()) : 0;
            c.lock.wait(wait);
        }
    }

    /** Writes the batch and takes it off the queue; null to go on, FAILED when the socket failed. */
    private Exit write(List<byte[]> ms) {
        try {
            c.batch.writeMessages(ms);
        } catch (IOException e) {
            failed(e);
            return Exit.FAILED;
        } catch (RuntimeException | Error e) {
            WebSocketException we = new WebSocketException(CloseCode.INTERNAL_ERROR, "websocket writer failed: " + e);
            we.initCause(e);
            failed(we);
            c.closeSocket(); // a frame may be half written: nothing more can follow it
            return Exit.FAILED;
        }
        synchronized (c.lock) {
            for (byte[] m : ms) {
                if (c.outbound.peekFirst() == m) { // unless the queue was cleared meanwhile
                    c.outbound.pollFirst();
                    c.outboundBytes -= m.length;
                }
            }
            c.lock.notifyAll();
        }
        return null;
    }

    private void failed(IOException e) {
        synchronized (c.lock) {
            if (c.writeEnd == null) {
                c.writeEnd = e;
            }
            c.outbound.clear();
            c.outboundBytes = 0;
            c.lock.notifyAll();
        }
    }

    /**
     * When the peer's close is to be answered and the connection was not closed here: what is
     * still queued is dropped (the close timeout passed), later writes fail with the peer's close,
     * the reply goes out and the socket is closed.
     */
    private void sendReply() {
        int code;
        synchronized (c.lock) {
            code = c.replyCode;
            if (c.writeEnd == null) {
                c.writeEnd = c.readEnd;
            }
            c.outbound.clear();
            c.outboundBytes = 0;
            c.lock.notifyAll();
        }
        sendClose(code, "", true); // on failure it closes the socket: the peer is gone or stopped reading
        c.closeSocket();
    }

    /**
     * After close(): the close frame (ours, or the reply the peer's close is owed), the peer's
     * answer (bounded by the close timeout), the socket.
     */
    private void finishClose() {
        int code;
        String reason;
        long by;
        synchronized (c.lock) {
            code = c.closeCode;
            reason = c.closeReason;
            by = c.closeBy;
        }
        boolean mine = c.messages.beginClose();
        if (mine && !sendClose(code, reason, false)) {
            return;
        }
        int reply;
        synchronized (c.lock) {
            long left;
            // Ours sent: wait for the peer's answer. Not ours: the reader claimed the close; it
            // ends at once (its reply owed, or a violation's close sent), so this is short.
            while (!c.readerDone && (left = by - System.currentTimeMillis()) > 0) {
                try {
                    c.lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            reply = c.replyCode;
        }
        if (!mine && reply != FramedConn.NO_REPLY && !sendClose(reply, "", true)) {
            return;
        }
        c.closeSocket();
    }

    /**
     * Writes a close frame; on failure closes the socket and returns false. A reply to the peer's
     * close gets a write deadline of its own (a close timeout from now): the flush before it was
     * bounded by the reply's deadline, which may just have passed. A {@code close()} from now on
     * leaves that deadline alone ({@link FramedConn#replySending}).
     */
    private boolean sendClose(int code, String reason, boolean reply) {
        try {
            if (reply) {
                synchronized (c.lock) {
                    c.replySending = true;
                    c.setConnWriteDeadline(System.currentTimeMillis() + c.config.closeTimeout().toMillis());
                }
            }
            synchronized (c.writer) {
                c.writer.writeClose(code, reason);
            }
            return true;
        } catch (IOException e) {
            c.closeSocket(); // cannot send it: no answer will come
            return false;
        }
    }
}
