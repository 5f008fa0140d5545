package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.Status;
import java.util.List;

/**
 * A parsed and validated status line and header section (Go's {@code http.ReadResponse}
 * result, before the body).
 *
 * @param proto         {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param protoMajor    1
 * @param protoMinor    1 or 0
 * @param statusCode    the three-digit code, 100 to 999
 * @param status        code and reason phrase as received, e.g. {@code 200 OK} (Go's {@code Status})
 * @param header        every received field, canonical keys, obsolete line folds unfolded
 * @param framing       how the body is delimited
 * @param contentLength the body length; -1 when unknown (chunked, close-delimited); for a
 *                      response to HEAD, the announced Content-Length or -1
 * @param close         whether the connection closes after this response
 * @param trailerKeys   the canonical names announced in {@code Trailer}, for a chunked body
 */
public record ResponseHead(String proto, int protoMajor, int protoMinor, int statusCode, String status,
        Header header, BodyFraming framing, long contentLength, boolean close, List<String> trailerKeys) {

    /** Whether this is a 1xx interim response that a final response will follow (not 101). */
    public boolean isInterim() {
        return statusCode >= 100 && statusCode < 200 && statusCode != Status.SWITCHING_PROTOCOLS;
    }
}
