package dev.gonet.http.internal;

/**
 * How a message body is delimited on the wire (RFC 9112 §6.3), as decided from the head by
 * {@link Http1Reader}.
 */
public enum BodyFraming {
    /** No body: a request without Content-Length or chunked coding; HEAD, 1xx, 204 and 304 responses. */
    NONE,
    /** Exactly {@code Content-Length} bytes. */
    FIXED,
    /** {@code Transfer-Encoding: chunked}, ending with a zero-size chunk and optional trailers. */
    CHUNKED,
    /** A response body that runs until the server closes the connection. */
    CLOSE_DELIMITED
}
