package dev.gonet.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The few JS type checks and globals TeaVM's API classes do not offer. */
final class JsTypes {
    private JsTypes() {
    }

    /** Whether a message event's data is a string (a text message) rather than an ArrayBuffer. */
    @JSBody(params = "v", script = "return typeof v === 'string';")
    static native boolean isString(JSObject v);

    /** The UTF-8 bytes of a text message, encoded by the browser ({@code TextEncoder}), as an {@code Int8Array}. */
    @JSBody(params = "s", script = "const u = new TextEncoder().encode(s);"
            + " return new Int8Array(u.buffer, u.byteOffset, u.byteLength);")
    static native org.teavm.jso.typedarrays.Int8Array utf8(org.teavm.jso.core.JSString s);

    /** Whether this JavaScript environment has a global {@code WebSocket} constructor (Node before 22 has none). */
    @JSBody(script = "return typeof WebSocket === 'function';")
    static native boolean hasWebSocket();

    /** JS {@code encodeURIComponent}, for the relay's {@code target} parameter. */
    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    static native String encodeURIComponent(String s);
}
