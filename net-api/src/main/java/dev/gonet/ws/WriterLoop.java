package dev.gonet.ws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer thread of a {@link FramedConn}: queued messages onto the wire in batches
 * ({@link FrameBatch}), in order, until one of three ends:
 * <ul>
 *   <li>{@code close()} was called and the queue is flushed: {@link FramedConn#finishClose};</li>
 *   <li>the peer's close is owed its reply ({@link FramedConn#replyCode}): once a read returned
 *       the end and the queue is flushed, or once the close timeout since the peer's close has
 *       passed, whatever is still queued: {@link FramedConn#sendReply};</li>
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
            c.sendReply(); // before writerDone: a close() meanwhile must not cut the reply off
        }
        boolean closed;
        boolean replyOwed;
        synchronized (c.lock) {
            c.writerDone = true;
            closed = c.closed;
            replyOwed = c.replyCode != FramedConn.NO_REPLY;
        }
        if (exit == Exit.REPLY) {
            return; // sendReply closed the socket
        } else if (closed) {
            c.finishClose(); // after a failure it cannot send: it closes the socket
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
            if (c.closed) {
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
}
