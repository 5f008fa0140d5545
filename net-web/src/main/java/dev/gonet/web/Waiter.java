package dev.gonet.web;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * One suspension of one green thread: {@link #await()} parks the calling thread until it is
 * woken, by {@link #wakeFromEvent()} or {@link #wake()} (any number of times; the first counts).
 *
 * <p>Why not {@code wait}/{@code notify}: the things that wake a blocked call are JS callbacks
 * (WebSocket events, {@code setTimeout}), and those must never enter a monitor a suspended thread
 * may hold; and TeaVM hands a monitor's {@code notify} over through {@code setTimeout(0)}.
 *
 * <p>How: {@link #await()} is a TeaVM {@link Async} method, so parking stores the thread's
 * {@link AsyncCallback} here, and waking completes it. Completing a callback resumes the thread
 * at once, on the caller's stack, which is only allowed where no green thread is running:
 * <ul>
 *   <li>{@link #wakeFromEvent()}, for the JS event callbacks (WebSocket {@code open},
 *       {@code message}, {@code close}; timers): the parked thread runs inside the event, up to
 *       its next park, before the call returns. No microtask, no timer: a message event resumes
 *       its reader directly.</li>
 *   <li>{@link #wake()}, from anywhere, a green thread included (closing, moving a deadline, a
 *       write passing the turn): the callback is completed from a microtask
 *       ({@code queueMicrotask}), after the running thread parks or ends.</li>
 * </ul>
 * The woken thread re-checks its condition, so an extra wake-up is harmless.
 */
final class Waiter {
    private AsyncCallback<Void> parked;
    private boolean woken;

    /** Suspends the calling green thread until woken; returns at once if already woken. */
    void await() {
        if (!woken) {
            park(this);
        }
    }

    @Async
    private static native Void park(Waiter w);

    private static void park(Waiter w, AsyncCallback<Void> callback) {
        if (w.woken) {
            callback.complete(null);
        } else {
            w.parked = callback;
        }
    }

    /**
     * Resumes the parked thread now, on this stack. Only from a JS event callback (no green
     * thread running); later calls do nothing. Never blocks.
     */
    void wakeFromEvent() {
        if (woken) {
            return;
        }
        woken = true;
        AsyncCallback<Void> c = parked;
        if (c != null) {
            parked = null;
            c.complete(null);
        }
    }

    /** Resumes the parked thread from a microtask; safe from anywhere. Never blocks. */
    void wake() {
        if (woken) {
            return;
        }
        woken = true;
        if (parked != null) {
            queueMicrotask(this::resumeParked);
        }
    }

    private void resumeParked() {
        AsyncCallback<Void> c = parked;
        if (c != null) {
            parked = null;
            c.complete(null);
        }
    }

    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    @JSBody(params = "task", script = "queueMicrotask(task);")
    private static native void queueMicrotask(Task task);
}
