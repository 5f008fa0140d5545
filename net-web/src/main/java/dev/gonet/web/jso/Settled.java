package dev.gonet.web.jso;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The outcome of a promise as a value: {@code {ok: true, value}} or {@code {ok: false, error}},
 * made by {@link Promises#settle}.
 */
public interface Settled extends JSObject {
    @JSProperty
    boolean isOk();

    @JSProperty
    JSObject getValue();

    @JSProperty
    JSObject getError();
}
