package dev.gonet.browsertest;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Turns this Chromium, for one case, into a browser that lacks a feature gonet detects and works
 * around: response body streams, request body streams. Each hide returns what it replaced for
 * the matching restore; cases restore in a {@code finally}.
 */
final class PageHacks {
    private PageHacks() {
    }

    /** {@code Response.prototype.body} reads as {@code undefined}, as in browsers without response streams. */
    @JSBody(script = "var d = Object.getOwnPropertyDescriptor(Response.prototype, 'body');"
            + " Object.defineProperty(Response.prototype, 'body', {configurable: true,"
            + "   get: function() { return undefined; }}); return d;")
    static native JSObject hideResponseBodies();

    @JSBody(params = "d", script = "Object.defineProperty(Response.prototype, 'body', d);")
    static native void restoreResponseBodies(JSObject d);

    /** {@code Request} ignores every init member but {@code method}, so streams are not detected. */
    @JSBody(script = "var R = self.Request; self.Request = function(u, init) {"
            + " return new R(u, {method: init && init.method}); }; return R;")
    static native JSObject hideRequestStreams();

    @JSBody(params = "r", script = "self.Request = r;")
    static native void restoreRequest(JSObject r);
}
