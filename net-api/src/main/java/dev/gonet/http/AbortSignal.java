package dev.gonet.http;

import dev.gonet.spi.Cancel;
import java.util.ArrayList;
import java.util.List;

/**
 * A cancellation any thread can trigger, for one request or many (the web's
 * {@code AbortSignal}; Go's cancellable {@code context}). Hand it to a request with
 * {@link FetchOptions#withSignal}; {@link #abort()} then stops what is in flight on every
 * platform: the browser's fetch is aborted, the JVM {@link Transport} closes the connection.
 * A call waiting for the response head fails with an error of kind
 * {@link HttpSentinel#CANCELED} ({@code context canceled}, or the reason given, as its text), a
 * blocked body read fails the same way, and a request sent after the abort fails at once.
 *
 * <p>Thread-safe. Listeners run on the thread that aborts, outside any lock, and must not block:
 * in the browser that thread may be a JS callback.
 */
public final class AbortSignal {
    private String reason; // guarded by this; null until aborted
    private List<Runnable> listeners = new ArrayList<>(); // guarded by this; null once aborted

    /** A signal that has not aborted. */
    public AbortSignal() {
    }

    /** {@return whether {@link #abort} was called} */
    public synchronized boolean aborted() {
        return reason != null;
    }

    /**
     * {@return the reason given to {@link #abort(String)}, {@code context canceled} (the text of {@link
     *   HttpSentinel#CANCELED}) by default; null until aborted}
     */
    public synchronized String reason() {
        return reason;
    }

    /** Aborts with Go's {@code context canceled}. */
    public void abort() {
        abort(HttpSentinel.CANCELED.text());
    }

    /**
     * Aborts with {@code reason} (null or empty means {@code context canceled}), which becomes the text
     * of the errors it causes. Only the first call counts; later ones do nothing.
     *
     * @param reason the reason text
     */
    public void abort(String reason) {
        List<Runnable> run;
        synchronized (this) {
            if (this.reason != null) {
                return;
            }
            this.reason = reason == null || reason.isEmpty() ? HttpSentinel.CANCELED.text() : reason;
            run = listeners;
            listeners = null;
        }
        for (Runnable r : run) {
            r.run();
        }
    }

    /**
     * Runs {@code listener} once when this signal aborts, at once (on this thread) if it already
     * has. The returned handle removes it; transports remove theirs when the exchange is over, so
     * one long-lived signal does not collect listeners.
     *
     * @param listener the listener
     * @return a handle whose {@code cancel()} removes the listener
     */
    public Cancel onAbort(Runnable listener) {
        synchronized (this) {
            if (listeners != null) {
                listeners.add(listener);
                return () -> remove(listener);
            }
        }
        listener.run();
        return () -> false;
    }

    private synchronized boolean remove(Runnable listener) {
        return listeners != null && listeners.remove(listener);
    }

    /** The error a request or body read meets once this signal has aborted. */
    HttpError error(Throwable cause) {
        return new HttpError(HttpSentinel.CANCELED, reason(), cause);
    }

    @Override
    public String toString() {
        String r = reason();
        return r == null ? "AbortSignal[active]" : "AbortSignal[aborted: " + r + "]";
    }
}
