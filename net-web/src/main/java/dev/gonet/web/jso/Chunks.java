package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/** Views between the {@code Uint8Array}s streams carry and the {@code Int8Array}s Java copies. */
public final class Chunks {
    private Chunks() {
    }

    /**
     * An {@code Int8Array} over the same bytes as the typed array or {@code ArrayBuffer}
     * {@code v}, without copying: {@code Int8Array.copyToJavaArray()} on a {@code Uint8Array}
     * itself would read bytes 128-255 as the wrong values in the JS bundle.
     */
    @JSBody(params = "v", script = "return v instanceof ArrayBuffer ? new Int8Array(v)"
            + " : new Int8Array(v.buffer, v.byteOffset, v.byteLength);")
    public static native Int8Array int8(JSObject v);
}
