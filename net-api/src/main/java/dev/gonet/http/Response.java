package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.tls.ConnectionState;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Go's {@code http.Response}: what a {@link RoundTripper} (a {@link Transport}, or a
 * {@link Client} after redirects) returns for a request.
 *
 * <p><b>The body.</b> {@link #body()} is never null; it is empty for HEAD, 1xx, 204 and 304. The
 * caller must read it to its end (-1) and close it: only then does the {@link Transport} put the
 * connection back in its pool. Closing a body that has not reached its end closes the
 * connection instead (as Go's transport does). Reading it may throw what the connection throws;
 * once the request's {@link Request#deadline() deadline} (a {@link Client}'s timeout) has
 * passed, reads fail with a timeout ({@link dev.gonet.NetError#isTimeout()}). The body is for
 * one thread at a time.
 *
 * <p>The other fields are a plain mutable value like Go's struct, so a custom
 * {@link RoundTripper} or a test can build one with {@link #Response(int, Header, InputStream)}
 * and the setters. As for {@link Request}: accessors carry Go's field names, and every setter
 * is {@code setX(v)} and returns this response, so setters chain.
 */
public final class Response {
    private String status;
    private int statusCode;
    private String proto = "HTTP/1.1";
    private int protoMajor = 1;
    private int protoMinor = 1;
    private final Header header;
    private InputStream body;
    private long contentLength = -1;
    private List<String> transferEncoding = List.of();
    private boolean close;
    private boolean uncompressed;
    private boolean redirected;
    private Header trailer = new Header();
    private Request request;
    private Conn conn;
    private ConnectionState tls;

    /**
     * A response with status {@code statusCode} (the text is Go's {@code StatusText}), the
     * given header (null = empty) and body (null = empty), length unknown (-1).
     *
     * @param statusCode the status code
     * @param header the header fields
     * @param body the body, or {@code null} for none
     */
    public Response(int statusCode, Header header, InputStream body) {
        this.statusCode = statusCode;
        String text = Status.statusText(statusCode);
        this.status = text.isEmpty() ? Integer.toString(statusCode) : statusCode + " " + text;
        this.header = header == null ? new Header() : header;
        this.body = body == null ? Request.NO_BODY : body;
    }

    /** {@return the status line's code and reason as received, e.g. {@code 200 OK} (Go's {@code Status})} */
    public String status() {
        return status;
    }

    /**
     * Go's {@code Status = s}: the status line's code and reason, e.g. {@code 200 OK}.
     *
     * @param s the status
     * @return this response, for chaining
     */
    public Response setStatus(String s) {
        status = s;
        return this;
    }

    /** {@return the status code, e.g. 200 (Go's {@code StatusCode})} */
    public int statusCode() {
        return statusCode;
    }

    /**
     * {@code HTTP/1.1} or {@code HTTP/1.0}.
     *
     * @return {@code HTTP/1.1} or {@code HTTP/1.0}
     */
    public String proto() {
        return proto;
    }

    /** {@return the major protocol version, 1 (Go's {@code ProtoMajor})} */
    public int protoMajor() {
        return protoMajor;
    }

    /** {@return the minor protocol version, 1 or 0 (Go's {@code ProtoMinor})} */
    public int protoMinor() {
        return protoMinor;
    }

    /**
     * Sets {@link #proto()} and its numbers, e.g. {@code ("HTTP/1.0", 1, 0)}.
     *
     * @param p the text
     * @param major the major version
     * @param minor the minor version
     * @return this response, for chaining
     */
    public Response setProto(String p, int major, int minor) {
        proto = p;
        protoMajor = major;
        protoMinor = minor;
        return this;
    }

    /**
     * {@return Go's {@code ProtoAtLeast}}
     *
     * @param major the major version
     * @param minor the minor version
     */
    public boolean protoAtLeast(int major, int minor) {
        return protoMajor > major || (protoMajor == major && protoMinor >= minor);
    }

    /**
     * {@return the header fields, canonical keys; without {@code Content-Encoding} and {@code
     *   Content-Length} when {@link #uncompressed()}}
     */
    public Header header() {
        return header;
    }

    /** {@return the body; see the class comment for reading and closing it} */
    public InputStream body() {
        return body;
    }

    /**
     * Go's {@code Body = b}: replaces the body; null means an empty one.
     *
     * @param b the body
     * @return this response, for chaining
     */
    public Response setBody(InputStream b) {
        body = b == null ? Request.NO_BODY : b;
        return this;
    }

    /**
     * {@return the body length: the Content-Length, -1 when unknown (chunked, close-delimited, or
     *   decompressed); for HEAD, the length the server announced, or -1}
     */
    public long contentLength() {
        return contentLength;
    }

    /**
     * Go's {@code ContentLength = n}; -1 = unknown.
     *
     * @param n the content length
     * @return this response, for chaining
     */
    public Response setContentLength(long n) {
        contentLength = n;
        return this;
    }

    /**
     * {@code [chunked]} for a chunked body, else empty (Go's {@code TransferEncoding}).
     *
     * @return {@code [chunked]} or empty
     */
    public List<String> transferEncoding() {
        return transferEncoding;
    }

    /**
     * Go's {@code TransferEncoding = te}, copied.
     *
     * @param te the transfer codings
     * @return this response, for chaining
     */
    public Response setTransferEncoding(List<String> te) {
        transferEncoding = List.copyOf(te);
        return this;
    }

    /** {@return whether the server asked to close the connection after this response (Go's {@code Close})} */
    public boolean wantsClose() {
        return close;
    }

    /**
     * Go's {@code Close = v}.
     *
     * @param v the new {@code Close} value
     * @return this response, for chaining
     */
    public Response setClose(boolean v) {
        close = v;
        return this;
    }

    /**
     * {@return whether the transport asked for gzip and decompressed the body itself (Go's {@code
     *   Uncompressed}); then Content-Encoding and Content-Length are gone from the header}
     */
    public boolean uncompressed() {
        return uncompressed;
    }

    /**
     * Go's {@code Uncompressed = v}.
     *
     * @param v the new {@code Uncompressed} value
     * @return this response, for chaining
     */
    public Response setUncompressed(boolean v) {
        uncompressed = v;
        return this;
    }

    /**
     * {@return whether this is the answer to a request that was redirected on the way (the fetch {@code
     *   Response.redirected}): the {@link Client} followed at least one redirect, or the browser did}
     *   {@link #request()} then holds the final URL.
     */
    public boolean redirected() {
        return redirected;
    }

    /**
     * Sets {@link #redirected()}.
     *
     * @param v the new {@code Redirected} value
     * @return this response, for chaining
     */
    public Response setRedirected(boolean v) {
        redirected = v;
        return this;
    }

    /**
     * {@return the trailer fields: the names announced in {@code Trailer} (without values) until the body
     *   has been read to its end, then the fields the server sent after a chunked body}
     */
    public Header trailer() {
        return trailer;
    }

    /**
     * Go's {@code Trailer = t}; null means an empty header.
     *
     * @param t the trailer fields
     * @return this response, for chaining
     */
    public Response setTrailer(Header t) {
        trailer = t == null ? new Header() : t;
        return this;
    }

    /** {@return the request this responds to; for a {@link Client}, the last one of a redirect chain} */
    public Request request() {
        return request;
    }

    /**
     * Go's {@code Request = r}.
     *
     * @param r the request
     * @return this response, for chaining
     */
    public Response setRequest(Request r) {
        request = r;
        return this;
    }

    /**
     * For {@code 101 Switching Protocols}: the connection, now the caller's (write to it
     * directly; read through {@link #body()}, which returns bytes the transport had already
     * buffered first). Null for every other response.
     *
     * @return the connection, or {@code null} for any other status
     */
    public Conn conn() {
        return conn;
    }

    Response setConn(Conn c) {
        conn = c;
        return this;
    }

    /** {@return the TLS connection state of an {@code https} response, or null (Go's {@code TLS})} */
    public ConnectionState tls() {
        return tls;
    }

    /**
     * Go's {@code TLS = state}; null over plain HTTP.
     *
     * @param state the TLS
     * @return this response, for chaining
     */
    public Response setTLS(ConnectionState state) {
        tls = state;
        return this;
    }

    /**
     * {@return Go's {@code Response.Cookies}: the cookies of every {@code Set-Cookie} field (Go's {@code
     *   readSetCookies} rules)}
     */
    public List<Cookie> cookies() {
        return SetCookies.parse(header);
    }

    /**
     * {@return Go's {@code Response.Location}: the {@code Location} field resolved against the request's
     *   URL}
     *
     * @throws IOException {@code http: no Location header in response} when there is none, or
     *                     the URL error when it does not parse
     *
     */
    public URL location() throws IOException {
        String loc = header.get("Location");
        if (loc.isEmpty()) {
            throw HttpSentinel.NO_LOCATION.exception();
        }
        if (request != null && request.url() != null) {
            return request.url().parseRef(loc);
        }
        return URL.parse(loc);
    }

    @Override
    public String toString() {
        return proto + " " + status;
    }
}
