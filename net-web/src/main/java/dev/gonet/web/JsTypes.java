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

    /** Whether this JavaScript environment has a global {@code WebSocket} constructor (Node before 22 has none). */
    @JSBody(script = "return typeof WebSocket === 'function';")
    static native boolean hasWebSocket();

    /** JS {@code encodeURIComponent}, for the relay's {@code target} parameter. */
    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    static native String encodeURIComponent(String s);
}
