package dev.gonet.http;

import dev.gonet.spi.Cancel;

/**
 * The {@link Transport}'s side of a request's {@link AbortSignal}: while the exchange runs, an
 * abort closes its connection, which fails the pending write, head read or body read; the
 * exchange then reports the signal's error instead of the broken connection. Once the exchange
 * is over ({@link #done()}, before the connection goes back to the pool), an abort no longer
 * touches the connection, which may already carry someone else's request.
 */
final class AbortWatch {
    private final AbortSignal signal;
    private final PersistConn pc;
    private Cancel subscription; // guarded by this
    private boolean done; // guarded by this
    private boolean fired; // guarded by this

    private AbortWatch(AbortSignal signal, PersistConn pc) {
        this.signal = signal;
        this.pc = pc;
    }

    /** Watches {@code signal} for the exchange on {@code pc}; null when there is no signal. */
    static AbortWatch start(AbortSignal signal, PersistConn pc) {
        if (signal == null) {
            return null;
        }
        AbortWatch w = new AbortWatch(signal, pc);
        Cancel c = signal.onAbort(w::fire); // may fire at once, on this thread
        synchronized (w) {
            w.subscription = c;
        }
        return w;
    }

    private void fire() {
        synchronized (this) {
            if (done) {
                return;
            }
            fired = true;
        }
        pc.close();
    }

    /** The exchange is over: stop watching. Safe to call more than once. */
    void done() {
        Cancel c;
        synchronized (this) {
            done = true;
            c = subscription;
            subscription = null;
        }
        if (c != null) {
            c.cancel();
        }
    }

    /** Whether the abort closed the connection while the exchange ran. */
    synchronized boolean fired() {
        return fired;
    }

    /** The error to report once {@link #fired()}: the signal's, with the I/O error as cause. */
    HttpError error(Throwable cause) {
        return signal.error(cause);
    }
}
