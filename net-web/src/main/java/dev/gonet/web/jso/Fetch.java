package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/** The global {@code fetch} and feature checks around it. */
public final class Fetch {
    private Fetch() {
    }

    /** An empty {@link RequestInit}. */
    @JSBody(script = "return {};")
    public static native RequestInit init();

    @JSBody(params = {"url", "init"}, script = "return fetch(url, init);")
    public static native JSPromise<FetchResponse> fetch(String url, RequestInit init);

    @JSBody(script = "return typeof fetch === 'function' && typeof Headers === 'function'"
            + " && typeof AbortController === 'function';")
    public static native boolean isSupported();

    /**
     * Whether this browser can send a {@code ReadableStream} request body: the feature test the
     * Chrome team publishes (the {@code duplex} member is read and the stream is not turned into
     * text). It says nothing of the protocol: Chromium also needs HTTP/2 or later on the wire.
     */
    @JSBody(script = "try { var read = false;"
            + " var r = new Request('data:,', {method: 'POST', body: new ReadableStream(),"
            + "   get duplex() { read = true; return 'half'; }});"
            + " return read && !r.headers.has('Content-Type'); } catch (e) { return false; }")
    public static native boolean supportsRequestStreams();
}
