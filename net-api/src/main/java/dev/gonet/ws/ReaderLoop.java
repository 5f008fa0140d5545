package dev.gonet.ws;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The reader thread of a {@link FramedConn}: data frames into the conn's inbound queue, piece by
 * piece as {@link MessageReader#readFragment()} returns them, until the stream ends; then
 * {@link FramedConn#readerEnded} records why. While the queue holds more than the read buffer
 * (in bytes, or in arrays at their overhead) it stops reading, so the peer meets TCP backpressure instead of
 * filling memory. An {@link Error} or runtime exception ends reading through
 * {@link FramedConn#readerFailed} (1011), never silently.
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
                    if (!c.closed) {
                        c.inbound.add(piece);
                        c.lock.notifyAll();
                    }
                    while (!c.closed && c.inboundFull()) {
                        c.lock.wait();
                    }
                }
            }
        } catch (IOException e) {
            end = e;
        } catch (InterruptedException e) {
            end = new InterruptedIOException("websocket reader interrupted");
        } catch (RuntimeException | Error e) {
            end = c.readerFailed(e);
        }
        c.readerEnded(end);
    }
}
