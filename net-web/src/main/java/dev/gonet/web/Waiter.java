package dev.gonet.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.function.JSConsumer;

/**
 * One suspension of one green thread: {@link #await()} parks the calling thread until
 * {@link #wake()} is called (any number of times, from anywhere).
 *
 * <p>Why a promise and not {@code wait}/{@code notify}: the things that wake a blocked call are
 * JS callbacks (WebSocket events, {@code setTimeout}), and those must never enter a monitor a
 * suspended thread may hold. Resolving a promise is a plain JS call; the parked thread resumes in
 * a later microtask through {@link JSPromise#await()}, so waking is also safe from another green
 * thread (it never resumes a thread inside the one that is running).
 */
final class Waiter {
    private JSConsumer<JSObject> resolve;
    private final JSPromise<JSObject> promise;

    Waiter() {
        promise = new JSPromise<>((res, rej) -> resolve = res);
    }

    /** Suspends the calling green thread until {@link #wake()}; returns at once if already woken. */
    void await() {
        promise.await();
    }

    /** Resumes the parked thread; later calls do nothing. Never blocks. */
    void wake() {
        resolve.accept(null);
    }
}
