package dev.gonet.web.jso;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The {@code RequestInit} dictionary of {@code fetch(url, init)}; unset members keep their defaults. */
public interface RequestInit extends JSObject {
    @JSProperty
    void setMethod(String method);

    @JSProperty
    void setHeaders(Headers headers);

    /** An {@code ArrayBufferView} or a {@code ReadableStream}. */
    @JSProperty
    void setBody(JSObject body);

    @JSProperty
    void setSignal(JSObject signal);

    @JSProperty
    void setMode(String mode);

    @JSProperty
    void setCredentials(String credentials);

    @JSProperty
    void setCache(String cache);

    @JSProperty
    void setRedirect(String redirect);

    @JSProperty
    void setReferrer(String referrer);

    @JSProperty
    void setReferrerPolicy(String referrerPolicy);

    @JSProperty
    void setIntegrity(String integrity);

    @JSProperty
    void setKeepalive(boolean keepalive);

    @JSProperty
    void setPriority(String priority);

    /** {@code "half"}: required with a streaming body. */
    @JSProperty
    void setDuplex(String duplex);
}
