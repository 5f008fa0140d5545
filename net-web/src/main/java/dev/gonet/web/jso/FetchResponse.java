package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.streams.ReadableStream;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** The fetch {@code Response}. */
@JSClass(name = "Response")
public class FetchResponse implements JSObject {
    private FetchResponse() {
    }

    @JSProperty
    public native int getStatus();

    @JSProperty
    public native String getStatusText();

    @JSProperty
    public native Headers getHeaders();

    /** The final URL, after redirects; empty for some opaque responses. */
    @JSProperty
    public native String getUrl();

    @JSProperty
    public native boolean isRedirected();

    /** {@code basic}, {@code cors}, {@code opaque}, {@code opaqueredirect}, {@code error}. */
    @JSProperty
    public native String getType();

    /** The body stream: {@code null} when there is none, {@code undefined} where streams are missing. */
    @JSProperty
    public native ReadableStream getBody();

    /** Whether {@link #getBody()} is {@code undefined} (a browser without response streams). */
    @JSBody(params = "r", script = "return r.body === undefined;")
    public static native boolean lacksBodyStream(FetchResponse r);

    public native JSPromise<ArrayBuffer> arrayBuffer();
}
