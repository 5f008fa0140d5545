package dev.gonet.web.jso;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The DOM {@code AbortController}; its {@code signal} goes into {@link RequestInit#setSignal}. */
@JSClass
public class AbortController implements JSObject {
    public AbortController() {
    }

    @JSProperty
    public native JSObject getSignal();

    /** Aborts with an {@code AbortError}: the fetch, and every pending read of its body, reject. */
    public native void abort();
}
