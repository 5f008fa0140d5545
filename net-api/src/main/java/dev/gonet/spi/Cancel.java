package dev.gonet.spi;

/** Cancels a task scheduled with {@link Platform#schedule(long, Runnable)}. */
@FunctionalInterface
public interface Cancel {

    /**
     * Prevents the task from running if it has not started; safe to call more than once and
     * from any thread. Returns {@code true} if this call stopped it (Go's {@code Timer.Stop}).
     *
     * @return whether the task was prevented from running
     */
    boolean cancel();
}
