package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.url.URL;
import java.util.List;

/**
 * A parsed and validated request line and header section (Go's {@code http.ReadRequest}
 * result, before the body).
 *
 * @param method       the method token, e.g. {@code GET}
 * @param requestURI   the request-target exactly as received (Go's {@code RequestURI})
 * @param url          the parsed target; for CONNECT's authority-form only {@code host} is set
 * @param proto        {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param protoMajor   1
 * @param protoMinor   1 or 0
 * @param header       every received field, canonical keys, duplicate identical
 *                     Content-Length values collapsed; Host and Transfer-Encoding are kept
 *                     (a server that follows Go removes them from the handler's view)
 * @param host         the target's host for absolute-form, otherwise the Host field
 * @param framing      how the body is delimited: NONE, FIXED or CHUNKED
 * @param contentLength the body length; -1 when chunked, 0 when there is no body
 * @param close        whether the connection closes after this exchange (HTTP/1.0 without
 *                     keep-alive, or {@code Connection: close})
 * @param trailerKeys  the canonical names announced in {@code Trailer}, for a chunked body
 */
public record RequestHead(String method, String requestURI, URL url, String proto, int protoMajor,
        int protoMinor, Header header, String host, BodyFraming framing, long contentLength, boolean close,
        List<String> trailerKeys) {

    /** Go's {@code ProtoAtLeast}. */
    public boolean protoAtLeast(int major, int minor) {
        return protoMajor > major || (protoMajor == major && protoMinor >= minor);
    }
}
