package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Awaiting JS promises from a green thread with the rejection in hand: TeaVM's
 * {@code JSPromise.await()} turns a JS rejection into a bare {@code RuntimeException}, so gonet
 * awaits {@link #settle settled} promises instead, which never reject.
 */
public final class Promises {
    private Promises() {
    }

    /** A promise that fulfils with the {@link Settled} outcome of {@code p}, whatever it does. */
    @JSBody(params = "p", script = "return p.then(function(v) { return {ok: true, value: v}; },"
            + " function(e) { return {ok: false, error: e}; });")
    public static native JSPromise<Settled> settle(JSPromise<?> p);

    /** Suspends the calling green thread until {@code p} settles. */
    public static Settled await(JSPromise<?> p) {
        return settle(p).await();
    }

    /** {@code name: message} of a JS error ({@code TypeError: Failed to fetch}), or its string form. */
    @JSBody(params = "e", script = "if (e && typeof e === 'object' && 'message' in e) {"
            + " return (e.name ? e.name + ': ' : '') + e.message; } return String(e);")
    public static native String describe(JSObject e);

}
