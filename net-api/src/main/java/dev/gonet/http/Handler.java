package dev.gonet.http;

import java.io.IOException;

/**
 * Go's {@code http.Handler}: responds to one HTTP request.
 *
 * <p>{@link #serveHTTP} writes the response head and body through the {@link ResponseWriter}
 * and returns when the response is complete; the server then finishes it (framing, trailers,
 * flushing) and may reuse the connection. Neither the writer nor the request may be used after
 * returning, nor from another thread while the handler runs unless the handler waits for that
 * thread first.
 *
 * <p>The server runs a handler on the connection's own thread (a virtual thread on the JVM,
 * a green thread in the browser), so it may block. The request body may be read before or
 * while writing the response (this server drains what is left only after the handler returns).
 *
 * <p><b>Errors.</b> The method may throw {@link IOException} (a client that went away, a
 * malformed request body, a body over {@link MaxBytesReader}'s limit); anything else that is
 * checked must be wrapped. When a handler throws, the server logs it (not for a client that
 * went away or sent a bad body) and, if nothing was sent yet, answers as the error says (400 for
 * a malformed or truncated body, 408 when reading the body timed out, 413 over a
 * {@link MaxBytesReader} limit, 500 otherwise) with {@code Connection: close}; if the response had
 * started, the connection is cut so the client sees a truncated response rather than a
 * complete one. Either way the connection is closed, as Go does after a handler panics.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Responds to {@code r} through {@code w}.
     *
     * @param w the response writer
     * @param r the request
     * @throws IOException if writing the response fails; the server closes the connection
     */
    void serveHTTP(ResponseWriter w, Request r) throws IOException;
}
