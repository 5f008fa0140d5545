package dev.gonet.jvm.poll;

import dev.gonet.Sentinel;
import dev.gonet.internal.ConnCore;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.nio.channels.SelectionKey;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Go's {@code pollDesc} for one non-blocking channel: the parking of calls that would block,
 * under the closed state and the deadlines of its {@link ConnCore}, whose {@link ConnCore.Waker}
 * it is (the conn on this channel shares that core; a listener or a dial in progress uses it
 * for its own closing and deadline).
 *
 * <p>Usage by a connection: {@code core().checkRead()} (fails fast when closed or past the
 * deadline, as Go checks before trying), try the non-blocking operation, and when it made no
 * progress {@code waitRead()}, then try again. Deadlines are absolute, per direction, and may
 * move at any time: setting one on the core wakes a parked call of that direction so it re-reads
 * it. A passed deadline fails only the pending call ({@link Sentinel#DEADLINE_EXCEEDED}); the
 * channel stays open. Closing the core ({@link #close()}) wakes everyone with
 * {@link Sentinel#CLOSED}.
 *
 * <p>Three ways to park, chosen once per JVM by {@code -Dgonet.poll.mode}:
 * <ul>
 * <li>{@code vpoller} (default on JDK 25+, where a virtual thread inside {@code Selector.select}
 * parks instead of holding its carrier): a few virtual-thread pollers select for all channels
 * and unpark waiters on their own carrier ({@link VPoller}, {@link VPollerParking}). A platform
 * thread's wait selects on a selector of its own instead, as in {@code own} mode: it blocks in
 * the kernel itself and wakes once, where a park would wake the poller's waiting thread first
 * and then it (two thread wake-ups per wait, twice the CPU of the JDK's own blocking socket on
 * a nearly idle connection; docs/benchmarks.md). The selector (an epoll and an eventfd
 * descriptor) is opened at the first such wait of the channel and direction and closed with it.
 * <li>{@code own} (JDK 25+): each waiting thread selects on a selector of its own for the
 * channel and direction ({@link OwnSelectorParking}).
 * <li>{@code shared} (default on JDK 21–24, also {@code -Dgonet.poll.ownSelectors=false}): one
 * platform poller thread, waiters park on conditions ({@link SharedPollerParking}).
 * </ul>
 */
public final class PollDesc implements ConnCore.Waker {
    enum Mode {
        VPOLLER, OWN, SHARED
    }

    static final Mode MODE = chooseMode();

    private static Mode chooseMode() {
        boolean jdk25 = Runtime.version().feature() >= 25;
        String m = System.getProperty("gonet.poll.mode");
        if (m == null) {
            String own = System.getProperty("gonet.poll.ownSelectors"); // the earlier switch
            m = own == null ? (jdk25 ? "vpoller" : "shared") : Boolean.parseBoolean(own) ? "own" : "shared";
        }
        return switch (m) {
            case "vpoller" -> jdk25 ? Mode.VPOLLER : Mode.SHARED; // older JDKs would pin a carrier
            case "own" -> jdk25 ? Mode.OWN : Mode.SHARED;
            case "shared" -> Mode.SHARED;
            default -> throw new IllegalArgumentException("gonet.poll.mode: vpoller, own or shared, not " + m);
        };
    }

    /** The mode this JVM runs in, for tests and benchmark reports: vpoller, own or shared. */
    public static String modeName() {
        return MODE.name().toLowerCase(java.util.Locale.ROOT);
    }

    private final SelectableChannel channel;
    private final Parking parking;
    /** In vpoller mode, how platform threads wait (see the class comment); made at the first. */
    private volatile OwnSelectorParking platformParking;
    private final ConnCore core;
    /*
     * How many calls are parked (or about to park) in each direction. A deadline setter wakes
     * a direction only when it has waiters: a wakeup can cost a system call, and a server moves
     * both deadlines on every request while nobody waits. Dekker-style: the waiter counts itself
     * before reading the deadline, the setter writes the deadline before reading the count, all
     * volatile, so one of them always sees the other.
     */
    private final AtomicInteger readWaiters = new AtomicInteger();
    private final AtomicInteger writeWaiters = new AtomicInteger();
    /** The channel's key with its poller (shared or vpoller mode); set by {@link #registerFirst}. */
    volatile SelectionKey key;

    /**
     * The channel's first registration with its poller's {@code selector}, interested in
     * {@code op}; returns the key (this caller's, or the one a racing caller made first). Made
     * under this descriptor's monitor and never once it is closed, so that {@link #keyOnceClosed}
     * orders it with a close: a registration that slipped in after the owner had found the
     * channel registered nowhere would make the JDK defer the socket's close to the poller's next
     * select (a listener closed at that moment kept listening, and a dial was accepted, once in
     * a full test run).
     *
     * @throws ClosedChannelException once closed
     */
    SelectionKey registerFirst(Selector selector, int op) throws ClosedChannelException {
        synchronized (this) {
            if (key == null) {
                if (isClosed()) {
                    throw new ClosedChannelException();
                }
                key = channel.register(selector, op, this);
            }
            return key;
        }
    }

    /**
     * The key, for a close to cancel (called after the core is marked closed): a first
     * registration under way finishes before, and none is made after ({@link #registerFirst}).
     */
    SelectionKey keyOnceClosed() {
        synchronized (this) {
            return key;
        }
    }

    /** Wraps {@code channel} of network {@code net}, switching it to non-blocking mode. */
    public PollDesc(SelectableChannel channel, String net) throws IOException {
        this(channel, net, MODE == Mode.SHARED ? Poller.get() : null);
    }

    /** With a given shared poller (tests); {@code poller} is ignored in the other modes. */
    PollDesc(SelectableChannel channel, String net, Poller poller) throws IOException {
        this.channel = channel;
        this.parking = switch (MODE) {
            case VPOLLER -> new VPollerParking(this, VPoller.next());
            case OWN -> new OwnSelectorParking(this);
            case SHARED -> new SharedPollerParking(this, poller);
        };
        this.core = ConnCore.withWaker(net, this);
        channel.configureBlocking(false);
    }

    /** The closed state, deadlines and errors of this channel; a conn sets its addresses on it. */
    public ConnCore core() {
        return core;
    }

    /**
     * Whether a virtual thread should yield once and retry before parking. In {@code own} mode a
     * park costs two thread switches, so a peer in this JVM that answers within one scheduling
     * round saves a lot. With the {@code vpoller} a park is as cheap as a yield, and the retry
     * would be a system call that mostly finds nothing. {@code -Dgonet.poll.yieldBeforePark}
     * overrides the mode's choice.
     */
    public static boolean yieldBeforePark() {
        return YIELD_BEFORE_PARK;
    }

    private static final boolean YIELD_BEFORE_PARK = Boolean.parseBoolean(System.getProperty(
            "gonet.poll.yieldBeforePark", String.valueOf(MODE == Mode.OWN)));

    public SelectableChannel channel() {
        return channel;
    }

    public boolean isClosed() {
        return core.isClosed();
    }

    long readDeadline() {
        return core.readDeadline();
    }

    long writeDeadline() {
        return core.writeDeadline();
    }

    /**
     * The core moved a deadline (after storing it): wakes the parked calls of that direction, if
     * any, so they re-read it.
     */
    @Override
    public void deadlineMoved(boolean read, boolean write) {
        boolean r = read && readWaiters.get() != 0;
        boolean w = write && writeWaiters.get() != 0;
        if (r || w) {
            parking.wake(r, w);
            OwnSelectorParking p = platformParking;
            if (p != null) {
                p.wake(r, w);
            }
        }
    }

    /** The core was closed: wakes everyone and lets the parking go (the owner closes the channel after). */
    @Override
    public void closed() {
        parking.close();
        // One made after this read finds the core closed before it opens a selector.
        OwnSelectorParking p = platformParking;
        if (p != null) {
            p.close();
        }
    }

    /** Sets (or with {@code null} clears) the read deadline, without the closed check: a listener's accept deadline. */
    public void setReadDeadline(Instant t) {
        core.moveDeadlines(true, false, Deadline.toMillis(t));
    }

    /** As {@link #setReadDeadline} for writes: a connect's deadline. */
    public void setWriteDeadline(Instant t) {
        core.moveDeadlines(false, true, Deadline.toMillis(t));
    }

    /** Fails with bare CLOSED or DEADLINE_EXCEEDED before an accept is even tried, as Go does. */
    public void prepareRead() throws IOException {
        core.checkRead();
    }

    /** Parks until the channel may be readable ({@code op} = OP_READ or OP_ACCEPT), a deadline or close. */
    public void waitRead(int op) throws IOException {
        await(true, op, null, null, 0);
    }

    /** What {@link #waitReadInto} returns when the caller must read itself. */
    public static final int NOT_READ = Parking.NOT_READ;

    /**
     * Parks until the channel (a readable one) may be readable, a deadline or close, as
     * {@code waitRead(OP_READ)}, for a caller that reads into {@code into} next. The poller may
     * do that read for it while it is parked, Go's hand-off of a ready read straight to its
     * waiter: then this returns the count read into {@code into} (-1 at the end of the stream)
     * or throws the read's error. {@link #NOT_READ}: nothing was read, try the read.
     */
    public int waitReadInto(ByteBuffer into) throws IOException {
        return await(true, SelectionKey.OP_READ, Objects.requireNonNull(into), null, 0);
    }

    /**
     * As {@link #waitReadInto(ByteBuffer)} for a caller that holds no buffer while it waits (the
     * HTTP server's idle keep-alive connections): the poller that reads for it first takes the
     * array from {@code into}, on its own thread while the caller stays parked, and reads at most
     * {@code max} bytes into it.
     */
    public int waitReadInto(Supplier<byte[]> into, int max) throws IOException {
        return await(true, SelectionKey.OP_READ, null, Objects.requireNonNull(into), max);
    }

    /** Parks until the channel may be writable ({@code op} = OP_WRITE or OP_CONNECT), a deadline or close. */
    public void waitWrite(int op) throws IOException {
        await(false, op, null, null, 0);
    }

    /**
     * Closes the core, which wakes every parked call; the owner closes the channel afterwards.
     * Returns {@code false} if it was already closed (Go's second Close reports ErrClosed).
     */
    public boolean close() {
        return core.markClosed();
    }

    /** Called on the shared poller's thread with the ready ops. */
    void ready(int ops) {
        ((SharedPollerParking) parking).ready(ops);
    }

    /**
     * Called on a {@link VPoller}'s platform waiter: does the read of a reader parked with
     * {@link #waitReadInto} if {@code ops} is only a read; whether it did.
     */
    boolean readForWaiter(int ops) {
        return ((VPollerParking) parking).readForWaiter(ops);
    }

    /** Called on a {@link VPoller}'s thread: this descriptor's key is ready for {@code ops}. */
    void polled(SelectionKey k, int ops) {
        ((VPollerParking) parking).polled(k, ops);
    }

    /** How the calling thread waits: the mode's way, but a platform thread's own selector in vpoller mode. */
    private Parking parkingForCaller() {
        return MODE == Mode.VPOLLER && !Thread.currentThread().isVirtual() ? platformParking() : parking;
    }

    private OwnSelectorParking platformParking() {
        OwnSelectorParking p = platformParking;
        if (p == null) {
            synchronized (this) {
                p = platformParking;
                if (p == null) {
                    platformParking = p = new OwnSelectorParking(this);
                }
            }
        }
        return p;
    }

    /**
     * Parks counted as a waiter of its direction; {@code into} or {@code lazy} (at most one): a
     * read's buffer offered, or where to take it, to read at most {@code lazyMax} into (see
     * {@link #waitReadInto}).
     */
    private int await(boolean read, int op, ByteBuffer into, Supplier<byte[]> lazy, int lazyMax) throws IOException {
        AtomicInteger waiters = read ? readWaiters : writeWaiters;
        waiters.incrementAndGet();
        try {
            Parking p = parkingForCaller();
            if (into != null || lazy != null) {
                return p.awaitRead(into, lazy, lazyMax);
            }
            p.await(read, op);
            return NOT_READ;
        } finally {
            waiters.decrementAndGet();
        }
    }
}
