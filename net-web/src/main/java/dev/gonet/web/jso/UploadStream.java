package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.streams.ReadableStream;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A {@code ReadableStream} request body fed from Java: the browser calls {@link Pull} whenever
 * it wants more, and the promise that returns settles once the next chunk is enqueued (or the
 * stream closed or errored), which is how backpressure reaches the Java side.
 */
public final class UploadStream {
    private UploadStream() {
    }

    /** The stream's controller, as a pull sees it. */
    public interface Controller extends JSObject {
        /** {@code chunk} must be a {@code Uint8Array}: see {@link #uint8}. */
        void enqueue(JSObject chunk);

        void close();

        void error(JSObject reason);
    }

    /** Produces the next chunk; must return at once with a promise (never block). */
    @JSFunctor
    public interface Pull extends JSObject {
        JSPromise<JSObject> pull(Controller c);
    }

    /** Told that the browser gave up on the body (the fetch failed or was aborted). */
    @JSFunctor
    public interface Cancel extends JSObject {
        void cancel();
    }

    @JSBody(params = {"pull", "cancel"}, script = "return new ReadableStream({"
            + " pull: function(c) { return pull(c); }, cancel: function() { cancel(); } },"
            + " {highWaterMark: 0});")
    public static native ReadableStream create(Pull pull, Cancel cancel);

    /** A {@code Uint8Array} over the bytes of {@code a}: request streams take no other chunk type. */
    @JSBody(params = "a", script = "return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);")
    public static native JSObject uint8(Int8Array a);

    /** An {@code Error} with {@code message}, for {@link Controller#error}. */
    @JSBody(params = "message", script = "return new Error(message);")
    public static native JSObject error(String message);
}
