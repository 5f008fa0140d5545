package dev.gonet.internal;

import dev.gonet.Addr;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * What every {@link dev.gonet.Conn} shares, split off the way Go splits {@code net.conn} from
 * its {@code netFD}: the closed state, the read and the write deadline, and the one wrapping of
 * errors in Go's {@code OpError} (op, network, source, address). The transport underneath (a
 * poll descriptor, a pair of in-memory queues, a WebSocket's reader and writer threads, the
 * page's {@code WebSocket}) moves the bytes and decides when a blocked call may go on; it learns
 * of closing and of moved deadlines through its {@link Waker}, or, when its calls block on a
 * monitor, through that monitor ({@link #onMonitor}).
 *
 * <p><b>Threads.</b> Every method may be called from any thread at any time. The closed state
 * and the deadlines are volatile: reading them ({@link #isClosed}, {@link #checkRead},
 * {@link #readDeadline}, ...) takes no lock and allocates nothing, so the read and write paths of
 * a socket pay two volatile reads for them, as they did before the core. Closing takes this
 * object's monitor for the one transition, two field operations with no call inside, so no
 * thread (and under TeaVM no green thread) is ever suspended holding it, and a synchronous JS
 * call (the glue's close) can always enter it; a core made {@link #onMonitor} also takes the
 * transport's monitor to notify it. A core with a {@link Waker} takes no other monitor: the
 * browser conn's waker only resolves promises. The page's JS callbacks may read
 * {@link #isClosed} (a field read) but never close or set deadlines.
 *
 * <p><b>Closing.</b> Closed is a one-way state: the first {@link #markClosed} (or
 * {@link #beginClose}) wins and wakes the transport's blocked calls, which then fail with
 * {@link #closedError} ({@code read tcp a->b: use of closed network connection}). A second
 * {@code close()} fails with the same error, op {@code close}, as on Go's network conns; a core
 * made with {@link #pipe} follows Go's {@code net.Pipe} instead: repeated closes are quiet and
 * the error is the bare {@code io: read/write on closed pipe}. Addresses stay readable after
 * close, as Go's {@code netFD} keeps them.
 *
 * <p><b>Deadlines.</b> Absolute, per direction, in epoch milliseconds ({@link Deadline#NONE}
 * when unset). The conn-level setters ({@link #setDeadline}, {@link #setReadDeadline},
 * {@link #setWriteDeadline}) fail on a closed conn with Go's {@code set tcp a: use of closed
 * network connection}; otherwise they store the value and wake the transport so a blocked call
 * re-reads it. A deadline at or before now has passed: checks made after it fail with
 * {@link #timeout} ({@code i/o timeout}, {@code isTimeout()}), and the conn stays usable.
 *
 * <p><b>Errors, once.</b> {@link #opError} names this conn's op, network and both addresses
 * (none on network {@code pipe}, whose address says nothing); a cause that is already a
 * {@link NetException} (the error of a conn underneath, or of this one) gives up its own cause,
 * so the text says each part once. The checks come in Go's two levels: {@link #checkRead} /
 * {@link #checkWrite} throw the bare sentinel (Go's {@code pollDesc.prepareRead}), for
 * transports that wrap every failure in one catch; {@link #prepareRead} / {@link #prepareWrite}
 * throw it wrapped (Go's {@code conn.Read}), for those that throw directly. Both check closed
 * first, then the deadline, as Go does, even when data is waiting.
 */
public final class ConnCore {

    /**
     * The transport's side of the core: how its blocked calls learn that something changed.
     * Called on the thread that made the change, after the change is visible; must not block.
     */
    public interface Waker {
        /** A deadline of the named directions moved: calls blocked in them must re-read it. */
        void deadlineMoved(boolean read, boolean write);

        /** The conn was closed: every blocked call must wake (and fail with the closed error). */
        void closed();
    }

    private final String net;
    private final boolean goPipe;
    private final Object monitor; // notified on every change; null for a core with a Waker
    private final Waker waker; // null for a core on a monitor
    private final Deadline read;
    private final Deadline write;
    private volatile boolean closed;
    private volatile Addr local;
    private volatile Addr remote;

    private ConnCore(String net, boolean goPipe, Object monitor, Waker waker) {
        this.net = net;
        this.goPipe = goPipe;
        this.monitor = monitor;
        this.waker = waker;
        this.read = new Deadline(monitor);
        this.write = new Deadline(monitor);
    }

    /**
     * A core for a transport whose calls block on {@code monitor} (with {@link #awaitRead} /
     * {@link #awaitWrite}): moving a deadline or closing {@code notifyAll}s it.
     */
    public static ConnCore onMonitor(String net, Object monitor) {
        return new ConnCore(net, false, monitor, null);
    }

    /** A core for a transport that parks its calls itself and is told of changes by {@code waker}. */
    public static ConnCore withWaker(String net, Waker waker) {
        return new ConnCore(net, false, null, waker);
    }

    /** Go's {@code net.Pipe} rules, blocking on {@code monitor}: quiet repeated close, bare closed-pipe errors. */
    public static ConnCore pipe(Object monitor) {
        return new ConnCore("pipe", true, monitor, null);
    }

    /** Go's {@code netFD.setAddr}: the addresses, once known (after connect or accept). Returns this. */
    public ConnCore setAddr(Addr local, Addr remote) {
        this.local = local;
        this.remote = remote;
        return this;
    }

    public String net() {
        return net;
    }

    public Addr localAddr() {
        return local;
    }

    public Addr remoteAddr() {
        return remote;
    }

    // ---- closing ----

    public boolean isClosed() {
        return closed;
    }

    /** Closes: true for the call that did it, which has woken every blocked call; false if already closed. */
    public boolean markClosed() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
        }
        if (monitor != null) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        } else {
            waker.closed();
        }
        return true;
    }

    /**
     * The start of {@code close()}: true when this call closed the conn (the caller then releases
     * the transport); for a conn already closed, the closed error with op {@code close} (Go's
     * network conns), or false for a pipe (Go's pipe closes quietly again).
     */
    public boolean beginClose() throws IOException {
        if (markClosed()) {
            return true;
        }
        if (goPipe) {
            return false;
        }
        throw closedError("close");
    }

    // ---- deadlines ----

    /** {@code SetDeadline}: both directions; the closed error ({@link #setError}) once closed. */
    public void setDeadline(Instant t) throws IOException {
        checkSettable();
        moveDeadlines(true, true, Deadline.toMillis(t));
    }

    public void setReadDeadline(Instant t) throws IOException {
        checkSettable();
        moveDeadlines(true, false, Deadline.toMillis(t));
    }

    public void setWriteDeadline(Instant t) throws IOException {
        checkSettable();
        moveDeadlines(false, true, Deadline.toMillis(t));
    }

    /**
     * The poll-level setter (Go's {@code pollDesc}): stores {@code epochMillis} for the named
     * directions and wakes their blocked calls, without the closed check; for a transport's own
     * bounded waits, such as a connect.
     */
    public void moveDeadlines(boolean r, boolean w, long epochMillis) {
        if (r) {
            read.setMillis(epochMillis);
        }
        if (w) {
            write.setMillis(epochMillis);
        }
        if (waker != null) {
            waker.deadlineMoved(r, w);
        }
    }

    /** The read deadline in epoch milliseconds, or {@link Deadline#NONE}. */
    public long readDeadline() {
        return read.millis();
    }

    /** The write deadline in epoch milliseconds, or {@link Deadline#NONE}. */
    public long writeDeadline() {
        return write.millis();
    }

    public boolean readDeadlinePassed() {
        return read.passed();
    }

    public boolean writeDeadlinePassed() {
        return write.passed();
    }

    // ---- the checks before an operation, and waiting ----

    /** Go's {@code prepareRead}: bare {@code CLOSED} (or {@code CLOSED_PIPE}), then bare {@code DEADLINE_EXCEEDED}. */
    public void checkRead() throws SentinelException {
        check(read);
    }

    public void checkWrite() throws SentinelException {
        check(write);
    }

    private void check(Deadline d) throws SentinelException {
        if (closed) {
            throw (goPipe ? Sentinel.CLOSED_PIPE : Sentinel.CLOSED).exception();
        }
        if (d.passed()) {
            throw Sentinel.DEADLINE_EXCEEDED.exception();
        }
    }

    /** {@link #checkRead}, wrapped: {@link #closedError}, then {@link #timeout}, op {@code read}. */
    public void prepareRead() throws IOException {
        prepare("read", read);
    }

    public void prepareWrite() throws IOException {
        prepare("write", write);
    }

    private void prepare(String op, Deadline d) throws IOException {
        if (closed) {
            throw closedError(op);
        }
        if (d.passed()) {
            throw timeout(op);
        }
    }

    /**
     * For a core {@link #onMonitor}: waits on the monitor (held by the caller) until
     * {@code ready}, re-read under it after every change; false once the read deadline passes.
     * {@code ready} should include {@link #isClosed()}.
     */
    public boolean awaitRead(BooleanSupplier ready) throws InterruptedIOException {
        return read.await(ready);
    }

    /** As {@link #awaitRead}, under the write deadline. */
    public boolean awaitWrite(BooleanSupplier ready) throws InterruptedIOException {
        return write.await(ready);
    }

    // ---- errors ----

    /** The error of {@code op} on a closed conn: {@code op net a->b: use of closed network connection}; a pipe's is bare. */
    public IOException closedError(String op) {
        return goPipe ? Sentinel.CLOSED_PIPE.exception() : opError(op, Sentinel.CLOSED.exception());
    }

    /** A passed deadline: {@code op net a->b: i/o timeout}, {@code isTimeout()} true. */
    public NetException timeout(String op) {
        return opError(op, Sentinel.DEADLINE_EXCEEDED.exception());
    }

    /** Go's {@code OpError{op, net, laddr, raddr, cause}}; see the class comment for "once". */
    public NetException opError(String op, Throwable cause) {
        return opError(op, remote, cause);
    }

    /** As {@link #opError(String, Throwable)} naming {@code addr} as the far end (a datagram's destination). */
    public NetException opError(String op, Addr addr, Throwable cause) {
        Throwable c = cause instanceof NetException ne && ne.getCause() != null ? ne.getCause() : cause;
        if (net.equals("pipe")) {
            return new NetException(op, net, null, null, c);
        }
        return new NetException(op, net, local, addr, c);
    }

    /** Go's error for a setter on a closed conn: {@code set net laddr: use of closed network connection}. */
    public IOException setError() {
        if (goPipe) {
            return Sentinel.CLOSED_PIPE.exception();
        }
        return new NetException("set", net, null, net.equals("pipe") ? null : local, Sentinel.CLOSED.exception());
    }

    private void checkSettable() throws IOException {
        if (closed) {
            throw setError();
        }
    }

    @Override
    public String toString() {
        return net + " " + local + (remote != null ? "->" + remote : "") + (closed ? ", closed" : "");
    }
}
