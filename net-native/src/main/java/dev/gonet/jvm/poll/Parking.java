package dev.gonet.jvm.poll;

import dev.gonet.Sentinel;
import dev.gonet.internal.Deadline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.function.Supplier;

/**
 * How a {@link PollDesc}'s blocked calls wait for readiness, one of three ways chosen once per
 * JVM (see {@link PollDesc}). One instance per descriptor holds that way's state.
 */
abstract class Parking {
    final PollDesc pd;

    Parking(PollDesc pd) {
        this.pd = pd;
    }

    /**
     * Parks the calling thread until the channel may be ready for {@code op} (then returns), the
     * direction's deadline passes ({@code DEADLINE_EXCEEDED}), the descriptor is closed
     * ({@code CLOSED}) or the thread is interrupted ({@link InterruptedIOException}, the flag
     * kept set). Deadline changes arrive through {@link #wake}.
     */
    abstract void await(boolean read, int op) throws IOException;

    /** What {@link #awaitRead} returns when it read nothing for the caller, who then reads itself. */
    static final int NOT_READ = Integer.MIN_VALUE;

    /**
     * As {@code await(true, OP_READ)} for a caller that will read into {@code into} next (or,
     * when {@code into} is null, at most {@code lazyMax} bytes into the array {@code lazy} gives,
     * the caller holding none while it waits); a way that can may do that read for it (the
     * {@link VPoller}'s platform waiter does, see {@link VPollerParking#awaitRead}) and return
     * its count (-1 at the end of the stream) or throw its error. Else, and here, it returns
     * {@link #NOT_READ}.
     */
    int awaitRead(ByteBuffer into, Supplier<byte[]> lazy, int lazyMax) throws IOException {
        await(true, SelectionKey.OP_READ);
        return NOT_READ;
    }

    /** Wakes the waiters of the given directions so they re-read their deadlines (and {@code closed}). */
    abstract void wake(boolean read, boolean write);

    /** After {@code closed} was set: wakes everyone and lets go of what this way holds. */
    abstract void close();

    /** Fails the wait if the descriptor is closed or the deadline has passed; else the time left (ms, or {@link Deadline#NONE}). */
    final long checkDeadline(boolean read) throws IOException {
        if (pd.isClosed()) {
            throw Sentinel.CLOSED.exception();
        }
        long deadline = read ? pd.readDeadline() : pd.writeDeadline();
        if (deadline == Deadline.NONE) {
            return Deadline.NONE;
        }
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            throw Sentinel.DEADLINE_EXCEEDED.exception();
        }
        return left;
    }

    static InterruptedIOException interrupted() {
        return new InterruptedIOException("interrupted while waiting for the network");
    }
}
