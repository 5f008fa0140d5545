package dev.gonet.http;

import dev.gonet.NetError;
import dev.gonet.internal.Ascii;
import java.io.IOException;

/**
 * A message that breaks HTTP/1.1 framing or syntax (RFC 9112), as found by the wire codec
 * ({@code dev.gonet.http.internal}): a server reading a request head, a client reading a response
 * head, or either reading a chunked or fixed-length body. A handler's {@link Request#body()} read
 * and a client's {@link Client#send} can throw it, which is why it is public here while the codec
 * is not.
 *
 * <p>{@link #status()} is what a server answers before closing the connection: 400 for
 * malformed or ambiguous (smuggling-shaped) requests, 431 for a head over the size limit, 501
 * for a transfer coding other than {@code chunked}, 505 for an HTTP version other than 1.0 and
 * 1.1. Errors in a response head carry 502, what a proxy relaying it would answer.
 *
 * <p>{@link #reason()} is a fixed, Go-like text ({@code missing required Host header},
 * {@code bad Content-Length}, {@code unsupported transfer encoding}, ...) that callers and tests
 * can match; {@link #detail()} is the offending input, possibly shortened, and appears quoted in
 * the message as in Go's {@code badStringError}: {@code bad Content-Length "+5"}. The
 * connection must not be reused after one of these: the framing of what follows is unknown.
 */
public final class ProtocolException extends IOException implements NetError {
    /** Longest {@link #detail()} kept: error texts must stay small even for a 1 MiB header line. */
    public static final int MAX_DETAIL = 128;

    /** What {@link #status()} returns. */
    private final int status;
    /** What {@link #reason()} returns. */
    private final String reason;
    /** What {@link #detail()} returns. */
    private final String detail;

    /**
     * A request answered with {@code status} and {@code reason}; {@code detail} says more in logs.
     *
     * @param status the status code
     * @param reason the reason text
     * @param detail the detail
     */
    public ProtocolException(int status, String reason, String detail) {
        super(detail == null || detail.isEmpty() ? reason : reason + " " + Ascii.quote(shorten(detail)));
        this.status = status;
        this.reason = reason;
        this.detail = detail == null ? "" : shorten(detail);
    }

    /**
     * A request answered with {@code status} and {@code reason}, with no detail.
     *
     * @param status the status code
     * @param reason the reason text
     */
    public ProtocolException(int status, String reason) {
        this(status, reason, "");
    }

    private static String shorten(String s) {
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL) + "...";
    }

    /** {@return the status a server answers with: 400, 431, 501 or 505 (502 for a bad response)} */
    public int status() {
        return status;
    }

    /** {@return the fixed reason text, e.g. {@code too many Host headers}} */
    public String reason() {
        return reason;
    }

    /** {@return the offending input (at most 128 chars and an ellipsis), or {@code ""}} */
    public String detail() {
        return detail;
    }

    @Override
    public boolean isTimeout() {
        return false;
    }
}
