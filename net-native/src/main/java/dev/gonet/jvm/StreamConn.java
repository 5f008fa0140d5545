package dev.gonet.jvm;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.internal.ConnCore;
import dev.gonet.internal.IdleReadable;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link Conn} over a connected non-blocking {@link SocketChannel} (TCP or Unix stream), with
 * Go's semantics: Go's {@code netFD} + {@code poll.FD}.
 *
 * <p><b>Blocking.</b> The channel never blocks; a call that cannot progress parks in its
 * {@link PollDesc} until readiness, a deadline, or close. That is what lets another thread move a
 * deadline or close the connection and wake a blocked call without interrupting anyone, and it
 * parks virtual threads without pinning their carriers.
 *
 * <p><b>Threads.</b> Readers are serialized by one lock and writers by another (Go's fdMutex), so
 * one read and one write may run at once, and concurrent writes never interleave: a write holds
 * its lock until every byte is written or it fails.
 *
 * <p><b>Closing, deadlines, errors.</b> The {@link ConnCore} of the poll descriptor holds the
 * closed state and both deadlines (the descriptor parks under them and is woken when they change)
 * and wraps every failure once, in one catch per call, in a {@link NetException} with op,
 * network, local and remote address: {@code read tcp 127.0.0.1:5000->127.0.0.1:80: read:
 * connection reset by peer}.
 */
abstract class StreamConn implements Conn, IdleReadable {
    /**
     * Bytes handed to one channel call. The JDK copies a heap buffer into a temporary direct
     * buffer of the whole remaining size on every call; capping keeps that copy (and the
     * direct memory) small for huge arrays while still filling socket buffers in a few calls.
     */
    static final int MAX_IO = 256 * 1024;

    final SocketChannel ch;
    final PollDesc pd;
    final ConnCore core;
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();
    /*
     * The last caller array wrapped for a read (and a write), reused while callers pass the same
     * array, as a server's buffered reader and writer do on every call: no ByteBuffer per call.
     * Only small arrays are kept, so a connection never pins a large one. Guarded by the locks.
     */
    private static final int KEEP_WRAPPED = 64 * 1024;
    private ByteBuffer readWrap;
    private ByteBuffer writeWrap;
    private volatile boolean readShut;
    private volatile boolean writeShut;

    /**
     * Takes over a connected channel; {@code pd} must be the channel's poll descriptor. The
     * addresses are fixed now, as Go's netFD keeps them: still printable after close.
     */
    StreamConn(SocketChannel ch, PollDesc pd, Addr local, Addr remote) {
        this.ch = ch;
        this.pd = pd;
        this.core = pd.core().setAddr(local, remote);
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
    public int read(byte[] b, int off, int len) throws IOException {
        return read(b, off, len, true);
    }

    /**
     * Reads into {@code b}; {@code wait}: until something has arrived, else one non-blocking try.
     * The wrapped array is kept for the next read if it is small and something was read: a read
     * that found nothing forgets it, so an idle connection pins no buffer of its caller.
     */
    private int read(byte[] b, int off, int len, boolean wait) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        readLock.lock();
        try {
            core.checkRead();
            if (len == 0) {
                return 0;
            }
            if (readShut) {
                return -1;
            }
            ByteBuffer bb = wrap(readWrap, b, off, Math.min(len, MAX_IO));
            boolean yielded = false;
            int n = ch.read(bb);
            while (n == 0 && wait) {
                if (!yielded && PollDesc.yieldBeforePark() && Thread.currentThread().isVirtual()) {
                    // A peer in this JVM often answers within one scheduling round: let it run
                    // once before paying for a park and a wake-up (Go's scheduler spins likewise);
                    // only where a park is dear (see PollDesc.yieldBeforePark).
                    yielded = true;
                    Thread.yield();
                } else {
                    n = pd.waitReadInto(bb); // the poller may read for us while we are parked
                    if (n != PollDesc.NOT_READ) {
                        break;
                    }
                }
                n = ch.read(bb);
            }
            readWrap = n == 0 || b.length > KEEP_WRAPPED ? null : bb;
            return n;
        } catch (IOException e) {
            throw core.opError("read", SysErrors.map("read", e));
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        writeLock.lock();
        try {
            core.checkWrite();
            int done = 0;
            while (done < len) {
                if (writeShut) {
                    // Linux says EPIPE after shutdown(SHUT_WR); the JDK says "asynchronously closed".
                    throw SysErrors.syscallError("write", Sentinel.BROKEN_PIPE);
                }
                ByteBuffer bb = wrap(writeWrap, b, off + done, Math.min(len - done, MAX_IO));
                if (b.length <= KEEP_WRAPPED) {
                    writeWrap = bb;
                }
                int n = ch.write(bb);
                done += n;
                if (n == 0) {
                    pd.waitWrite(SelectionKey.OP_WRITE);
                }
            }
        } catch (IOException e) {
            IOException cause = writeShut && !core.isClosed() && Sentinel.CLOSED.in(SysErrors.map("write", e))
                    ? SysErrors.syscallError("write", Sentinel.BROKEN_PIPE)
                    : SysErrors.map("write", e);
            throw core.opError("write", cause);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * One non-blocking read (the HTTP server's first read after a response); when nothing has
     * arrived the conn forgets the wrapped array, so an idle connection pins no buffer of its caller.
     */
    @Override
    public int readNow(byte[] b, int off, int len) throws IOException {
        return read(b, off, len, false);
    }

    /**
     * Parks until the channel may be readable, holding no buffer; the poller may take one from
     * {@code buffer} and read into it for us (see {@link IdleReadable} and
     * {@link PollDesc#waitReadInto(Supplier, int)}).
     */
    @Override
    public int awaitRead(Supplier<byte[]> buffer) throws IOException {
        readLock.lock();
        try {
            if (core.isClosed()) { // the deadline is the wait's first check: one clock read, not two
                throw Sentinel.CLOSED.exception();
            }
            if (readShut) {
                return 0;
            }
            readWrap = null;
            if (writeLock.tryLock()) { // no write in progress: let go of the last written array too
                try {
                    writeWrap = null;
                } finally {
                    writeLock.unlock();
                }
            }
            int n = pd.waitReadInto(buffer, MAX_IO);
            return n == PollDesc.NOT_READ ? 0 : n;
        } catch (IOException e) {
            throw core.opError("read", SysErrors.map("read", e));
        } finally {
            readLock.unlock();
        }
    }

    /** {@code ByteBuffer.wrap(b, off, len)}, reusing {@code last} when it wraps {@code b}. */
    private static ByteBuffer wrap(ByteBuffer last, byte[] b, int off, int len) {
        if (last != null && last.array() == b) {
            last.limit(off + len).position(off); // limit first: position may not pass it
            return last;
        }
        return ByteBuffer.wrap(b, off, len);
    }

    /**
     * Closes the connection: parked calls wake with the closed error, then the channel closes
     * (the JDK defers releasing the descriptor until the poller has dropped its registration).
     * A second close fails with {@code close tcp ...: use of closed network connection}, as in Go.
     */
    @Override
    public void close() throws IOException {
        core.beginClose(); // wakes the parked calls through the poll descriptor
        try {
            ch.close();
        } catch (IOException e) {
            throw core.opError("close", SysErrors.map("close", e));
        }
    }

    /** Go: {@code set tcp <local>: use of closed network connection} once closed (no source, local as addr). */
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

    /** Go's CloseRead: shutdown(SHUT_RD); later reads return -1. */
    public void closeRead() throws IOException {
        try {
            ch.shutdownInput();
            readShut = true;
        } catch (IOException e) {
            throw core.opError("close", SysErrors.map("shutdown", e));
        }
    }

    /** Go's CloseWrite: shutdown(SHUT_WR), sending FIN; the peer reads EOF, this end may still read. */
    public void closeWrite() throws IOException {
        try {
            ch.shutdownOutput();
            writeShut = true;
        } catch (IOException e) {
            throw core.opError("close", SysErrors.map("shutdown", e));
        }
    }

    /** Sets a socket option, failing as Go's setters do: {@code set tcp a->b: <cause>}. */
    <T> void setOption(SocketOption<T> o, T value) throws IOException {
        try {
            SocketOptions.setChecked(ch, o, value);
        } catch (IOException e) {
            throw core.opError("set", e);
        }
    }

    /** Reads a socket option (for tests and callers that want to see what the kernel holds). */
    public <T> T getOption(SocketOption<T> o) throws IOException {
        try {
            return ch.getOption(o);
        } catch (IOException e) {
            throw core.opError("get", SysErrors.map("getsockopt", e));
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + core + "]";
    }
}
