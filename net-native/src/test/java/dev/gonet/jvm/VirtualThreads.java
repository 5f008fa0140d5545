package dev.gonet.jvm;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test bodies on virtual threads. In the default {@code vpoller} poll mode only virtual threads
 * wait through the poller; a platform thread (JUnit's, for one) waits on a selector of its own
 * (see {@code PollDesc}), so a test of the poller's own work runs its reads on one of these.
 * Public for the tests of the subpackages.
 */
public final class VirtualThreads {
    private VirtualThreads() {
    }

    /** What {@link #run} runs. */
    public interface Body {
        void run() throws Exception;
    }

    /** Starts {@code body} on a new virtual thread; the future completes with its result or failure. */
    public static <T> CompletableFuture<T> start(Callable<T> body) {
        return start(Thread.ofVirtual(), body);
    }

    /** As {@link #start(Callable)}, on a thread from {@code threads} (named, or a platform thread). */
    public static <T> CompletableFuture<T> start(Thread.Builder threads, Callable<T> body) {
        CompletableFuture<T> f = new CompletableFuture<>();
        threads.start(() -> {
            try {
                f.complete(body.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** What {@code f} failed with (within 5 s); an AssertionError if it completed normally. */
    public static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("call returned normally");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** Runs {@code body} on a new virtual thread and waits for it (60 s at most), rethrowing what it threw. */
    public static void run(Body body) throws Exception {
        try {
            start(() -> {
                body.run();
                return null;
            }).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("the body still runs after 60 s", e);
        }
    }
}
