package dev.gonet.jvm.poll;

import dev.gonet.Sentinel;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's {@code pollDesc} for one non-blocking channel: its read and write deadlines and the
 * parking of calls that would block.
 *
 * <p>Usage by a connection: {@code prepareRead()} (fails fast when closed or past the deadline,
 * as Go checks before trying), try the non-blocking operation, and when it made no progress
 * {@code waitRead()}, then try again. Deadlines are absolute, per direction, and may move at any
 * time: {@link #setReadDeadline} wakes a parked reader so it re-reads the deadline. A passed
 * deadline fails only the pending call ({@link Sentinel#DEADLINE_EXCEEDED}); the channel stays
 * open. {@link #close()} wakes everyone with {@link Sentinel#CLOSED}.
 *
 * <p>Three ways to park, chosen once per JVM by {@code -Dgonet.poll.mode}:
 * <ul>
 * <li>{@code vpoller} (default on JDK 25+, where a virtual thread inside {@code Selector.select}
 * parks instead of holding its carrier): a few virtual-thread pollers select for all channels
 * and unpark waiters on their own carrier ({@link VPoller}, {@link VPollerParking}).
 * <li>{@code own} (JDK 25+): each waiting thread selects on a selector of its own for the
 * channel and direction ({@link OwnSelectorParking}).
 * <li>{@code shared} (default on JDK 21–24, also {@code -Dgonet.poll.ownSelectors=false}): one
 * platform poller thread, waiters park on conditions ({@link SharedPollerParking}).
 * </ul>
 */
public final class PollDesc {
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
    private volatile long readDeadline = Deadline.NONE;
    private volatile long writeDeadline = Deadline.NONE;
    private volatile boolean closed;
    /*
     * How many calls are parked (or about to park) in each direction. A deadline setter wakes
     * a direction only when it has waiters: a wakeup can cost a system call, and a server moves
     * both deadlines on every request while nobody waits. Dekker-style: the waiter counts itself
     * before reading the deadline, the setter writes the deadline before reading the count, all
     * volatile, so one of them always sees the other.
     */
    private final AtomicInteger readWaiters = new AtomicInteger();
    private final AtomicInteger writeWaiters = new AtomicInteger();
    /** The channel's key with its poller (shared or vpoller mode). */
    volatile SelectionKey key;

    /** Wraps {@code channel}, switching it to non-blocking mode. */
    public PollDesc(SelectableChannel channel) throws IOException {
        this(channel, MODE == Mode.SHARED ? Poller.get() : null);
    }

    /** With a given shared poller (tests); {@code poller} is ignored in the other modes. */
    PollDesc(SelectableChannel channel, Poller poller) throws IOException {
        this.channel = channel;
        this.parking = switch (MODE) {
            case VPOLLER -> new VPollerParking(this, VPoller.next());
            case OWN -> new OwnSelectorParking(this);
            case SHARED -> new SharedPollerParking(this, poller);
        };
        channel.configureBlocking(false);
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
        return closed;
    }

    long readDeadline() {
        return readDeadline;
    }

    long writeDeadline() {
        return writeDeadline;
    }

    public void setReadDeadline(Instant t) {
        readDeadline = Deadline.toMillis(t);
        if (readWaiters.get() != 0) {
            parking.wake(true, false);
        }
    }

    public void setWriteDeadline(Instant t) {
        writeDeadline = Deadline.toMillis(t);
        if (writeWaiters.get() != 0) {
            parking.wake(false, true);
        }
    }

    public void setDeadline(Instant t) {
        long at = Deadline.toMillis(t);
        readDeadline = at;
        writeDeadline = at;
        boolean r = readWaiters.get() != 0;
        boolean w = writeWaiters.get() != 0;
        if (r || w) {
            parking.wake(r, w);
        }
    }

    /** Fails with CLOSED or DEADLINE_EXCEEDED before a read is even tried, as Go does. */
    public void prepareRead() throws IOException {
        check(readDeadline);
    }

    public void prepareWrite() throws IOException {
        check(writeDeadline);
    }

    /** Parks until the channel may be readable ({@code op} = OP_READ or OP_ACCEPT), a deadline or close. */
    public void waitRead(int op) throws IOException {
        await(true, op);
    }

    /** Parks until the channel may be writable ({@code op} = OP_WRITE or OP_CONNECT), a deadline or close. */
    public void waitWrite(int op) throws IOException {
        await(false, op);
    }

    /**
     * Marks closed and wakes every parked call; the owner closes the channel afterwards. Returns
     * {@code false} if it was already closed (Go's second Close reports ErrClosed).
     */
    public boolean close() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
        }
        parking.close();
        return true;
    }

    /** Called on the shared poller's thread with the ready ops. */
    void ready(int ops) {
        ((SharedPollerParking) parking).ready(ops);
    }

    /** Called on a {@link VPoller}'s thread: this descriptor's key is ready for {@code ops}. */
    void polled(SelectionKey k, int ops) {
        ((VPollerParking) parking).polled(k, ops);
    }

    private void check(long deadline) throws IOException {
        if (closed) {
            throw Sentinel.CLOSED.exception();
        }
        if (deadline != Deadline.NONE && System.currentTimeMillis() >= deadline) {
            throw Sentinel.DEADLINE_EXCEEDED.exception();
        }
    }

    private void await(boolean read, int op) throws IOException {
        AtomicInteger waiters = read ? readWaiters : writeWaiters;
        waiters.incrementAndGet();
        try {
            parking.await(read, op);
        } finally {
            waiters.decrementAndGet();
        }
    }
}
