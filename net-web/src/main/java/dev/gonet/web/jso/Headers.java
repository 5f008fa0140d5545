package dev.gonet.web.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/** The fetch {@code Headers} object. */
@JSClass
public class Headers implements JSObject {
    public Headers() {
    }

    public native void append(String name, String value);

    /**
     * Every field as {@code [name0, value0, name1, value1, ...]}, names in lower case, in the
     * browser's (sorted) order; repeated fields come joined with {@code ", "}, and
     * {@code Set-Cookie} never appears.
     */
    @JSBody(params = "h", script = "var a = []; h.forEach(function(v, k) { a.push(k, v); }); return a;")
    public static native JSArrayReader<JSString> flatten(Headers h);
}
