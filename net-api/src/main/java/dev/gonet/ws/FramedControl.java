package dev.gonet.ws;

import java.io.IOException;

/**
 * The {@link ControlHandler} of a {@link FramedConn}, called on its reader thread: pongs and a
 * violation's close go out at once through the frame writer (under its monitor, so never inside
 * another frame); the reply to the peer's close is handed to the writer thread, which sends it
 * after what was queued before it ({@link WriterLoop}); pongs are counted for {@link KeepAlive}.
 */
final class FramedControl implements ControlHandler {
    private final FramedConn c;

    FramedControl(FramedConn c) {
        this.c = c;
    }

    @Override
    public void sendPong(byte[] payload) throws IOException {
        synchronized (c.writer) {
            c.writer.writePong(payload);
        }
    }

    /** The close after a violation: at once, bounded, as our own close is. */
    @Override
    public void sendClose(int code, String reason) throws IOException {
        c.setConnWriteDeadline(System.currentTimeMillis() + c.config.closeTimeout().toMillis());
        synchronized (c.writer) {
            c.writer.writeClose(code, reason);
        }
    }

    /** The peer's close: the writer answers it after what is queued, within the close timeout. */
    @Override
    public void replyToClose(int code) {
        long by = System.currentTimeMillis() + c.config.closeTimeout().toMillis();
        synchronized (c.lock) {
            c.replyCode = code;
            c.replyBy = by;
            c.lock.notifyAll();
        }
        c.setConnWriteDeadline(by); // a peer that stopped reading cannot hold the flush
    }

    @Override
    public void onPong(byte[] payload) {
        synchronized (c.lock) {
            c.pongs++;
            c.lock.notifyAll();
        }
    }
}
