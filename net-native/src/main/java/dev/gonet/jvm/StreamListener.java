package dev.gonet.jvm;

import dev.gonet.Addr;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Listener} over a non-blocking {@link ServerSocketChannel} (TCP or Unix): accept
 * parks in the {@link PollDesc}, so {@link #setDeadline} and {@link #close()} from any thread
 * wake it (timeout: {@code accept tcp 127.0.0.1:80: i/o timeout}, listener still open; close:
 * {@code accept tcp 127.0.0.1:80: use of closed network connection}). Accepts are serialized
 * as Go's fdMutex does; several threads may wait in accept at once.
 */
abstract class StreamListener implements Listener {
    final ServerSocketChannel ch;
    final PollDesc pd;
    final String net;
    private final ReentrantLock acceptLock = new ReentrantLock();

    StreamListener(ServerSocketChannel ch, PollDesc pd, String net) {
        this.ch = ch;
        this.pd = pd;
        this.net = net;
    }

    @Override
    public abstract Addr addr();

    /** The next connection's channel, still blocking; the subclass wraps it. */
    SocketChannel acceptChannel() throws IOException {
        acceptLock.lock();
        try {
            pd.prepareRead();
            while (true) {
                SocketChannel c = ch.accept();
                if (c != null) {
                    return c;
                }
                pd.waitRead(SelectionKey.OP_ACCEPT);
            }
        } catch (IOException e) {
            throw opError("accept", SysErrors.map("accept", e));
        } finally {
            acceptLock.unlock();
        }
    }

    /** Go's {@code SetDeadline} on a listener: bounds pending and future accepts. */
    public void setDeadline(Instant t) throws IOException {
        if (pd.isClosed()) {
            throw opError("set", Sentinel.CLOSED.exception());
        }
        pd.setReadDeadline(t);
    }

    /** Runs before the channel closes, once (Unix listeners unlink their file here, as Go does). */
    void beforeClose() {
    }

    @Override
    public void close() throws IOException {
        if (!pd.close()) {
            throw opError("close", Sentinel.CLOSED.exception());
        }
        beforeClose();
        awaitDeregistered();
        try {
            ch.close();
        } catch (IOException e) {
            throw opError("close", SysErrors.map("close", e));
        }
    }

    /**
     * The JDK closes a channel registered with a selector only when that selector next drops its
     * cancelled key; until then the kernel keeps the socket listening and completes dials to it
     * (a quarter of the dials right after close, measured). Go's Close refuses them at once. So
     * before closing, wait for the poller to drop the key (closing the descriptor cancelled it and
     * woke the poller): a channel registered nowhere is closed by {@code close} itself, at once.
     * (Waiting after the close instead left a window: the selector drops the key and only then
     * closes the socket, and a dial in between was accepted, one in 100 in a run of
     * {@code TcpListenerTest}.)
     * Bounded: a poller that never selects again must not hang close.
     */
    private void awaitDeregistered() {
        long deadline = System.nanoTime() + RELEASE_WAIT_NANOS;
        while (ch.isRegistered() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(0, 200_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long RELEASE_WAIT_NANOS = 1_000_000_000L;

    /** Go's listener {@code OpError}: no source, the listening address as addr. */
    NetException opError(String op, Throwable cause) {
        return new NetException(op, net, null, addr(), cause);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + net + " " + addr() + (pd.isClosed() ? ", closed" : "") + "]";
    }
}
