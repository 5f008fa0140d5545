package dev.gonet.http;

import java.io.IOException;

/**
 * Go's {@code http.RoundTripper}: executes one HTTP exchange, request out, response head in,
 * without following redirects, handling cookies or interpreting the status.
 *
 * <p>Contract, as in Go: return a response for any status (a non-2xx status is not an error);
 * throw only when no response was obtained. The caller reads and closes the response body.
 * The request body is closed by the round tripper, even on errors. Implementations must be
 * safe for use by many threads at once, and should honour {@link Request#deadline()} (the
 * {@link Transport} fails with {@code context deadline exceeded} once it passes).
 */
@FunctionalInterface
public interface RoundTripper {

    /**
     * Sends one request and returns its response, as Go's {@code RoundTrip}: no redirects, no cookies, no
     *   retries; a response with any status is not an error.
     *
     * @param req the request
     * @return the response; close its body
     * @throws IOException if no response was had: the connection failed, timed out or was aborted
     */
    Response roundTrip(Request req) throws IOException;
}
