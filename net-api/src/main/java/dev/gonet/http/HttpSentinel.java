package dev.gonet.http;

import dev.gonet.internal.Causes;

/**
 * Go's {@code net/http} error values ({@code http.ErrServerClosed}, {@code http.ErrHijacked},
 * {@code http.ErrUseLastResponse}, ...) and the {@code context} errors a request meets
 * ({@code context.DeadlineExceeded}, {@code context.Canceled}), as kinds that an
 * {@link HttpError} carries: the HTTP counterpart of {@link dev.gonet.Sentinel}.
 *
 * <p>Go code asks {@code errors.Is(err, http.ErrServerClosed)}; Java code asks
 * {@code HttpSentinel.SERVER_CLOSED.in(e)}, which looks through the whole cause chain, so it
 * works on the bare error, on a {@link ClientException} wrapping it, and on the few errors that
 * keep another Java type for compatibility and carry the kind as their cause
 * ({@link ShutdownTimeoutException}, a {@link ProtocolException} for {@link #LINE_TOO_LONG}, the
 * {@link UnsupportedOperationException} of {@link ResponseController}). Test for these kinds,
 * never for the text: the texts are Go's and stay so, but a message may grow context (a client
 * timeout appends {@code (Client.Timeout exceeded while awaiting headers)}).
 *
 * <p>Only the values gonet produces are here (not, for instance, {@code ErrAbortHandler}: a
 * handler that throws is answered and logged by the server, nothing to abort with). Kinds marked
 * "unexported in Go" are errors Go returns without exporting a variable for them; gonet names
 * them so that they are testable too.
 */
public enum HttpSentinel {
    /** Go's {@code ErrServerClosed}: {@link Server#serve} and friends after {@link Server#shutdown} or {@link Server#close()}. */
    SERVER_CLOSED("http: Server closed", false),
    /** Go's {@code ErrHijacked}: a {@link ResponseWriter} call after the connection was hijacked. */
    HIJACKED("http: connection has been hijacked", false),
    /** Go's {@code ErrBodyNotAllowed}: a body write for HEAD, 1xx, 204 or 304. */
    BODY_NOT_ALLOWED("http: request method or response status code does not allow body", false),
    /** Go's {@code ErrContentLength}: a handler wrote more than the {@code Content-Length} it declared. */
    CONTENT_LENGTH("http: wrote more than the declared Content-Length", false),
    /** Go's {@code ErrHandlerTimeout}: a write by a handler that {@link TimeoutHandler} gave up on. */
    HANDLER_TIMEOUT("http: Handler timeout", false),
    /** Go's {@code ErrBodyReadAfterClose}: reading a request body after it was closed. */
    BODY_READ_AFTER_CLOSE("http: invalid Read on closed Body", false),
    /** Go's {@code ErrLineTooLong}: a chunk-size line over 4 KiB (a {@link ProtocolException}'s cause). */
    LINE_TOO_LONG("header line too long", false),
    /** Go's {@code ErrNotSupported}: a {@link ResponseController} feature the writer lacks. */
    NOT_SUPPORTED("feature not supported", false),
    /**
     * Go's {@code ErrUseLastResponse}: thrown by a {@link CheckRedirect} policy, the client
     * returns the redirect response unfollowed ({@link CheckRedirect#useLastResponse()}).
     */
    USE_LAST_RESPONSE("net/http: use last response", false),
    /** Go's {@code ErrNoLocation}: {@link Response#location()} without a {@code Location} field. */
    NO_LOCATION("http: no Location header in response", false),
    /** Go's {@code ErrSchemeMismatch}: an {@code https} request answered in plain HTTP. */
    SCHEME_MISMATCH("http: server gave HTTP response to HTTPS client", false),
    /** Reading a response body after closing it (unexported in Go: {@code errReadOnClosedResBody}). */
    READ_ON_CLOSED_RESPONSE_BODY("http: read on closed response body", false),
    /**
     * The response head did not come within the transport's response header timeout (unexported
     * in Go: an {@code httpError} with this text).
     */
    RESPONSE_HEADER_TIMEOUT("net/http: timeout awaiting response headers", true),
    /** The TLS handshake outlasted the transport's limit (unexported in Go: {@code tlsHandshakeTimeoutError}). */
    TLS_HANDSHAKE_TIMEOUT("net/http: TLS handshake timeout", true),
    /**
     * Go's {@code context.DeadlineExceeded}: the request's deadline ({@link Request#deadline()},
     * a {@link Client} timeout) or {@link Server#shutdown}'s timeout passed.
     */
    DEADLINE_EXCEEDED("context deadline exceeded", true),
    /**
     * Go's {@code context.Canceled}: the request's {@link AbortSignal} aborted. The message is
     * the signal's reason, {@code context canceled} unless the caller gave another.
     */
    CANCELED("context canceled", false);

    private final String text;
    private final boolean timeout;

    HttpSentinel(String text, boolean timeout) {
        this.text = text;
        this.timeout = timeout;
    }

    /** {@return Go's {@code Error()} text of the value, e.g. {@code http: Server closed}} */
    public String text() {
        return text;
    }

    /** {@return whether errors of this kind report {@link dev.gonet.NetError#isTimeout()}} */
    public boolean isTimeout() {
        return timeout;
    }

    /** {@return a fresh error of this kind with the standard text} */
    public HttpError exception() {
        return new HttpError(this, text, null);
    }

    /**
     * {@return a fresh error of this kind with the standard text, caused by {@code cause} (may be null)}
     *
     * @param cause the cause, or {@code null}
     */
    public HttpError exception(Throwable cause) {
        return new HttpError(this, text, cause);
    }

    /**
     * {@return Go's {@code errors.Is}: whether {@code t} or any of its causes is of this kind (every error
     *   in the chain is asked, as Go does, not only the first with a kind)}
     *
     * @param t the error, may be {@code null}
     */
    public boolean in(Throwable t) {
        return Causes.first(t, e -> e instanceof HttpError h && h.kind() == this ? Boolean.TRUE : null) != null;
    }

    /**
     * {@return the first kind found in {@code t}'s cause chain, or {@code null}}
     *
     * @param t the error, may be {@code null}
     */
    public static HttpSentinel of(Throwable t) {
        return Causes.first(t, e -> e instanceof HttpError h ? h.kind() : null);
    }
}
