package dev.gonet.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code sync.WaitGroup} plus {@code t.Errorf} for portable cases: starts threads, collects
 * their failures, and waits for all of them with a time limit. Uses only {@code Thread} and a
 * monitor, so it runs under TeaVM (green threads) as well as on the JVM.
 */
public final class Group {
    /** How long {@link #await()} waits by default; generous, it only catches hangs. */
    public static final long DEFAULT_LIMIT_MILLIS = 10_000;

    private final Object lock = new Object();
    private final List<String> running = new ArrayList<>(); // guarded by lock
    private final List<String> errors = new ArrayList<>(); // guarded by lock

    /** A group with no threads yet. */
    public Group() {
    }

    /**
     * Runs {@code body} on a new daemon thread; whatever it throws is recorded as a failure.
     *
     * @param name the thread's name, for the failure text
     * @param body the code to run
     */
    public void go(String name, Case.Body body) {
        synchronized (lock) {
            running.add(name);
        }
        Threads.start(name, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                error(name + ": " + Runner.describe(e));
            } finally {
                synchronized (lock) {
                    running.remove(name);
                    lock.notifyAll();
                }
            }
        });
    }

    /**
     * Runs {@code body} on a daemon thread nobody waits for and whose failure is ignored, like
     * {@code go chunkedCopy(c2, c2)} in Go's tests: it ends when the pair is stopped.
     *
     * @param name the thread's name, for the failure text
     * @param body the code to run
     */
    public static void background(String name, Case.Body body) {
        Threads.start(name, () -> {
            try {
                body.run();
            } catch (Throwable ignored) {
                // Expected: the helper ends when the case stops its connections.
            }
        });
    }

    /**
     * Records a failure without stopping the calling thread (Go's {@code t.Errorf}).
     *
     * @param text the error text
     */
    public void error(String text) {
        synchronized (lock) {
            errors.add(text);
        }
    }

    /** {@link #await(long)} with {@link #DEFAULT_LIMIT_MILLIS}. */
    public void await() {
        await(DEFAULT_LIMIT_MILLIS);
    }

    /**
     * Waits until every thread started with {@link #go} has finished, then fails with all
     * recorded errors, if any. Fails naming the stragglers if they outlive {@code limitMillis}.
     *
     * @param limitMillis the time limit in milliseconds
     */
    public void await(long limitMillis) {
        long deadline = System.currentTimeMillis() + limitMillis;
        synchronized (lock) {
            while (!running.isEmpty()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    errors.add("still running after " + limitMillis + " ms: " + running);
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    errors.add("interrupted while waiting for " + running);
                    break;
                }
            }
            if (!errors.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (String e : errors) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(e);
                }
                throw new AssertionError(sb.toString());
            }
        }
    }
}
