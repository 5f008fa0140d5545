package dev.gonet.internal;

import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * One direction's deadline (Go's {@code pipeDeadline} / {@code pollDesc} deadline), bound to
 * the monitor that blocked calls wait on.
 *
 * <p>Absolute, in epoch milliseconds, {@link #NONE} when unset. {@link #set} may be called from
 * any thread at any time: it stores the new value and {@code notifyAll}s the monitor, so a call
 * blocked in {@link #await} wakes and recomputes its wait against the new deadline. That is how
 * deadlines work without a timer thread (the browser has none to spare): a blocked call waits on
 * its monitor with a timed {@code wait()} until data, close, or the deadline.
 *
 * <p>Semantics follow Go: a deadline in the past or exactly now has passed (calls fail at once);
 * a future deadline fails a call still blocked when it arrives; moving it later while a call
 * is blocked extends that call, moving it earlier (or into the past) cuts it short.
 *
 * <p>A deadline without a monitor ({@code lock} null) only holds the value: its owner wakes
 * blocked calls some other way (a {@link ConnCore.Waker}), and {@link #await} is not for it.
 */
public final class Deadline {
    /** No deadline. */
    public static final long NONE = Long.MAX_VALUE;

    /**
     * Upper bound of one {@code wait()}; waits are re-armed after it. Correctness never depends
     * on it (every state change notifies); it only bounds the damage of a missed notification.
     */
    static final long MAX_WAIT_MILLIS = 1000;

    private final Object lock;
    private volatile long at = NONE;

    /** A deadline, initially unset, whose waiters wait on {@code lock} ({@code null}: none; see the class comment). */
    public Deadline(Object lock) {
        this.lock = lock;
    }

    /** Go's {@code SetDeadline(t)}: {@code null} clears. Wakes blocked calls so they re-check. */
    public void set(Instant t) {
        setMillis(toMillis(t));
    }

    /** As {@link #set(Instant)}, in epoch milliseconds ({@link #NONE} clears). */
    public void setMillis(long epochMillis) {
        if (lock == null) {
            at = epochMillis;
            return;
        }
        synchronized (lock) {
            at = epochMillis;
            lock.notifyAll();
        }
    }

    /** The deadline in epoch milliseconds, or {@link #NONE}. */
    public long millis() {
        return at;
    }

    /** Whether the deadline has passed now. */
    public boolean passed() {
        long a = at;
        return a != NONE && System.currentTimeMillis() >= a;
    }

    /**
     * Waits on the monitor until {@code ready} holds; returns {@code false} if the deadline
     * passes first. The caller must hold the monitor; {@code ready} is evaluated while holding it.
     * The deadline is checked before {@code ready}, as Go does: a call made after its deadline
     * times out even when data is available.
     *
     * @throws InterruptedIOException if the thread is interrupted (the flag is kept set)
     */
    public boolean await(BooleanSupplier ready) throws InterruptedIOException {
        while (true) {
            long a = at;
            long now = System.currentTimeMillis();
            if (a != NONE && now >= a) {
                return false;
            }
            if (ready.getAsBoolean()) {
                return true;
            }
            long wait = a == NONE ? MAX_WAIT_MILLIS : Math.min(MAX_WAIT_MILLIS, a - now);
            try {
                lock.wait(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting");
            }
        }
    }

    /**
     * Epoch milliseconds of {@code t} (truncated, so a deadline of "now" has passed), clamped so
     * far past and far future instants do not overflow; {@code null} gives {@link #NONE}.
     */
    public static long toMillis(Instant t) {
        if (t == null) {
            return NONE;
        }
        long s = t.getEpochSecond();
        if (s >= Long.MAX_VALUE / 1000 - 1) {
            return NONE;
        }
        if (s <= Long.MIN_VALUE / 1000 + 1) {
            return Long.MIN_VALUE;
        }
        return s * 1000 + t.getNano() / 1_000_000;
    }
}
