package dev.gonet.http;

import dev.gonet.http.internal.BodyFraming;
import dev.gonet.http.internal.FixedLengthInputStream;
import dev.gonet.http.internal.RequestHead;
import dev.gonet.internal.Ascii;
import dev.gonet.tls.ConnectionState;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import dev.gonet.url.Values;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's {@code http.Request} as a server hands it to a {@link Handler}: method, target, header,
 * body, and what routing found.
 *
 * <p>The server removes {@code Host} (see {@link #host()}), {@code Transfer-Encoding} (see
 * {@link #transferEncoding()}) and {@code Trailer} (see {@link #trailer()}) from
 * {@link #header()}, as Go does. {@link #body()} is never null: it is empty when the request
 * has none, and reading it past its end returns -1. A chunked body's trailer fields appear in
 * {@link #trailer()} once the body has been read to its end.
 *
 * <p><b>Client use.</b> The same type is what a {@link Client} or {@link RoundTripper} sends
 * (Go's request serves both sides): build it with a constructor, set header fields, and
 * optionally {@link #setHost}, {@link #setClose}, {@link #setDeadline} (Go's context deadline),
 * {@link #setContentLength} and {@link #setGetBody} (needed to resend the body after a 307/308
 * redirect or a retry). A {@link ByteArrayInputStream} or {@code byte[]} body gets its length
 * and a {@code GetBody} automatically, as Go's {@code NewRequest} does for in-memory readers.
 * The transport closes the body once sent, even on errors.
 *
 * <p>Like Go's, a request is a mutable value for one handler invocation or one client call; it
 * is not safe for concurrent mutation. Accessors carry Go's field names ({@link #method()},
 * {@link #header()}, ...); every setter is {@code setX(v)} and returns this request, so setters
 * chain. {@link #shallowCopy()} is Go's {@code r2 := *r}: middleware such as
 * {@link Handlers#stripPrefix} changes the copy ({@code r.shallowCopy().setURL(u)}) and leaves
 * the caller's request alone.
 *
 * <p>A constructed request is a client's (Go's {@code NewRequest}): {@link #remoteAddr()} and
 * {@link #requestURI()} are empty, and {@link #host()} is the URL's host, so empty for a bare
 * path. A server fills all three for the requests it reads. A handler test that wants a
 * request as a server would hand it over uses net-testkit's
 * {@code dev.gonet.testkit.httptest.HttpTest.newRequest} (Go's {@code httptest.NewRequest}).
 */
public final class Request {
    /** Go's {@code maxFormSize}: a urlencoded body larger than this fails parsing. */
    static final long MAX_FORM_SIZE = 10 << 20;

    /** Go's {@code http.NoBody}: the body of a request that has none. Never fails, closing does nothing. */
    public static final InputStream NO_BODY = new InputStream() {
        @Override
        public int read() {
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return len == 0 ? 0 : -1;
        }
    };

    /** Go's {@code Request.GetBody}: returns a fresh copy of the body, for redirects and retries. */
    @FunctionalInterface
    public interface GetBody {
        /**
         * {@return a fresh copy of the request body, from its start}
         *
         * @throws IOException if the body cannot be reopened
         */
        InputStream get() throws IOException;
    }

    private final String method;
    private URL url;
    private final String proto;
    private final int protoMajor;
    private final int protoMinor;
    private Header header;
    private InputStream body;
    private long contentLength;
    private final List<String> transferEncoding;
    private boolean close;
    private String host;
    private final Header trailer;
    private String remoteAddr;
    private ConnectionState tls;
    private Server server;
    private String requestURI;
    private GetBody getBody;
    private Instant deadline;
    private FetchOptions fetchOptions = FetchOptions.DEFAULT;
    private Response response;
    private String pattern = "";
    private Map<String, String> pathValues;
    private Values form;
    private Values postForm;
    private int maxQueryParams = Values.DEFAULT_MAX_PARAMS;
    // Shared with shallow copies, so the server knows a form error when a handler behind
    // middleware lets it escape.
    private final AtomicReference<IOException> formFailure;

    /**
     * A request for a client (Go's {@code http.NewRequest}): {@code target} is an absolute URL,
     * or a path that a page's {@code fetch} resolves against the page. {@link #host()} is the
     * URL's host ({@code ""} for a path); {@link #remoteAddr()} and {@link #requestURI()} are
     * {@code ""}, as a client's request must have them. An empty method is {@code GET}. A null
     * body is {@link #NO_BODY}; a {@link ByteArrayInputStream} is read into memory so that its
     * length is known and {@link #getBody()} can replay it; any other stream has an unknown
     * length (-1), which a client sends chunked.
     *
     * <p>For a handler test, net-testkit's {@code HttpTest.newRequest} (Go's
     * {@code httptest.NewRequest}) gives the request a server would hand over instead.
     *
     * @param method the method, e.g. {@code GET}
     * @param target the target name
     * @param body the body, or {@code null} for none
     * @throws URLException if {@code target} does not parse
     * @throws IllegalArgumentException if {@code method} is not a token
     *
     */
    public Request(String method, String target, InputStream body) throws URLException {
        this(method, URL.parse(target), body);
    }

    /**
     * As {@link #Request(String, String, InputStream)} with a parsed URL (Go's {@code NewRequest}
     * with a {@code *url.URL}, which Go's client builds redirects from).
     *
     * @param method the method, e.g. {@code GET}
     * @param url the URL
     * @param body the body, or {@code null} for none
     * @throws IllegalArgumentException if {@code method} is not a token
     *
     */
    public Request(String method, URL url, InputStream body) {
        if (method.isEmpty()) {
            method = "GET";
        }
        if (!Ascii.isToken(method)) {
            throw new IllegalArgumentException("net/http: invalid method " + Ascii.quote(method));
        }
        this.method = method;
        this.url = url;
        this.proto = "HTTP/1.1";
        this.protoMajor = 1;
        this.protoMinor = 1;
        this.header = new Header();
        this.transferEncoding = List.of();
        this.close = false;
        this.host = url.host();
        this.trailer = new Header();
        this.remoteAddr = "";
        this.formFailure = new AtomicReference<>();
        this.requestURI = "";
        setBodyAndLength(body);
    }

    /** Go's {@code NewRequest} body rules: in-memory bodies get a length and a replay function. */
    private void setBodyAndLength(InputStream b) {
        if (b == null || b == NO_BODY) {
            this.body = NO_BODY;
            this.contentLength = 0;
            return;
        }
        if (b instanceof ByteArrayInputStream in) {
            byte[] snapshot = in.readAllBytes();
            this.contentLength = snapshot.length;
            if (snapshot.length == 0) {
                // Go: an empty in-memory reader becomes NoBody, so nothing is framed at all
                this.body = NO_BODY;
                this.getBody = () -> NO_BODY;
                return;
            }
            this.body = new ByteArrayInputStream(snapshot);
            this.getBody = () -> new ByteArrayInputStream(snapshot);
            return;
        }
        this.body = b;
        this.contentLength = -1;
    }

    /** What the server builds from a parsed head; {@code body} is the framed request body. */
    Request(RequestHead h, InputStream body, String remoteAddr) {
        this.method = h.method();
        this.url = h.url();
        this.proto = h.proto();
        this.protoMajor = h.protoMajor();
        this.protoMinor = h.protoMinor();
        this.header = h.header();
        this.body = body;
        this.contentLength = h.contentLength();
        boolean chunked = h.framing() == BodyFraming.CHUNKED;
        this.transferEncoding = chunked ? List.of("chunked") : List.of();
        this.close = h.close();
        this.host = h.host();
        this.trailer = new Header();
        if (chunked) {
            for (String k : h.trailerKeys()) {
                trailer.putRaw(k);
            }
            header.del("Trailer");
        }
        header.del("Host");
        header.del("Transfer-Encoding");
        this.remoteAddr = remoteAddr;
        this.requestURI = h.requestURI();
        this.formFailure = new AtomicReference<>();
    }

    private Request(Request r) {
        this.method = r.method;
        this.url = r.url;
        this.proto = r.proto;
        this.protoMajor = r.protoMajor;
        this.protoMinor = r.protoMinor;
        this.header = r.header;
        this.body = r.body;
        this.contentLength = r.contentLength;
        this.transferEncoding = r.transferEncoding;
        this.close = r.close;
        this.host = r.host;
        this.trailer = r.trailer;
        this.remoteAddr = r.remoteAddr;
        this.requestURI = r.requestURI;
        this.pattern = r.pattern;
        this.pathValues = r.pathValues == null ? null : new LinkedHashMap<>(r.pathValues);
        this.form = r.form;
        this.postForm = r.postForm;
        this.maxQueryParams = r.maxQueryParams;
        this.formFailure = r.formFailure;
        this.tls = r.tls;
        this.server = r.server;
        this.getBody = r.getBody;
        this.deadline = r.deadline;
        this.fetchOptions = r.fetchOptions;
        this.response = r.response;
    }

    /**
     * {@return Go's {@code r2 := *r}: a copy that shares this request's URL, header, body and trailer
     *   objects, as the copies Go's middleware and client make do} Setting a field of the copy ({@link
     *   #setURL}, {@link #setHost}, ...) leaves this request as it was; changing a shared object (e.g.
     *   {@code copy.header().set(...)}) changes both. Path values are copied.
     */
    public Request shallowCopy() {
        return new Request(this);
    }

    /** {@return the method, e.g. {@code GET}} */
    public String method() {
        return method;
    }

    /** {@return the parsed request target; for CONNECT only its host is set} */
    public URL url() {
        return url;
    }

    /**
     * Go's {@code URL = u}: replaces the URL (not {@link #host()}, which Go keeps apart).
     * Middleware that rewrites the URL does it on a {@link #shallowCopy()}.
     *
     * @param u the URL
     * @return this request, for chaining
     */
    public Request setURL(URL u) {
        this.url = java.util.Objects.requireNonNull(u, "url");
        return this;
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
     * {@return Go's {@code ProtoAtLeast}}
     *
     * @param major the major version
     * @param minor the minor version
     */
    public boolean protoAtLeast(int major, int minor) {
        return protoMajor > major || (protoMajor == major && protoMinor >= minor);
    }

    /** {@return the request header fields, canonical keys, without Host, Transfer-Encoding and Trailer} */
    public Header header() {
        return header;
    }

    /** Go's {@code Header = h}, for the copies the client makes before it changes their fields. */
    Request setHeader(Header h) {
        this.header = h;
        return this;
    }

    /** {@return the body; empty (not null) when there is none} */
    public InputStream body() {
        return body;
    }

    /**
     * Replaces the body, e.g. with a {@link MaxBytesReader} around it (Go: {@code r.Body = ...});
     * null means {@link #NO_BODY}. The content length is left as it is.
     *
     * @param body the body, or {@code null} for none
     * @return this request, for chaining
     */
    public Request setBody(InputStream body) {
        this.body = body == null ? NO_BODY : body;
        return this;
    }

    /** {@return the body length; -1 when unknown (chunked), 0 when there is no body} */
    public long contentLength() {
        return contentLength;
    }

    /**
     * Go's {@code ContentLength = n}: what a client announces; -1 = unknown (sent chunked).
     *
     * @param n the content length
     * @return this request, for chaining
     */
    public Request setContentLength(long n) {
        this.contentLength = n;
        return this;
    }

    /** {@return Go's {@code GetBody}, or null: how a client gets the body again for a redirect or retry} */
    public GetBody getBody() {
        return getBody;
    }

    /**
     * Sets {@link #getBody()}.
     *
     * @param g the function that reopens the body
     * @return this request, for chaining
     */
    public Request setGetBody(GetBody g) {
        this.getBody = g;
        return this;
    }

    /**
     * {@return when the whole exchange must be over, or null (Go's context deadline): the transport fails
     *   with {@code context deadline exceeded} once it passes, also while the response body is read}
     */
    public Instant deadline() {
        return deadline;
    }

    /**
     * Sets {@link #deadline()}.
     *
     * @param t the time, or {@code null} for none
     * @return this request, for chaining
     */
    public Request setDeadline(Instant t) {
        this.deadline = t;
        return this;
    }

    /**
     * {@return the browser fetch options of this request ({@link FetchOptions#DEFAULT} when none were
     *   set); a {@link Client}'s defaults fill the fields left unset}
     */
    public FetchOptions fetchOptions() {
        return fetchOptions;
    }

    /**
     * Sets {@link #fetchOptions()}; null means {@link FetchOptions#DEFAULT}.
     *
     * @param o the fetch options, or {@code null} for none
     * @return this request, for chaining
     */
    public Request setFetchOptions(FetchOptions o) {
        this.fetchOptions = o == null ? FetchOptions.DEFAULT : o;
        return this;
    }

    /**
     * For a request a {@link Client} made to follow a redirect: the response that caused it
     * (Go's {@code Request.Response}); null otherwise.
     *
     * @return the redirect response, or {@code null}
     */
    public Response response() {
        return response;
    }

    Request setResponse(Response r) {
        this.response = r;
        return this;
    }

    /**
     * Go's {@code outgoingLength}: 0 without a body, the length when known, -1 when unknown.
     */
    long outgoingLength() {
        if (body == NO_BODY || (body instanceof FixedLengthInputStream f && f.remaining() == 0 && contentLength == 0)) {
            return 0;
        }
        return contentLength > 0 ? contentLength : -1;
    }

    /**
     * {@code [chunked]} for a chunked body, else empty (Go's {@code TransferEncoding}).
     *
     * @return {@code [chunked]} or empty
     */
    public List<String> transferEncoding() {
        return transferEncoding;
    }

    /** {@return whether the client asked to close the connection after this exchange (Go's {@code Close})} */
    public boolean wantsClose() {
        return close;
    }

    /**
     * Go's {@code Close = v}: a client sends {@code Connection: close} and does not reuse the
     * connection.
     *
     * @param v the new {@code Close} value
     * @return this request, for chaining
     */
    public Request setClose(boolean v) {
        this.close = v;
        return this;
    }

    /**
     * {@return the host the request is for: the Host field, or the absolute target's host (Go's {@code
     *   Host})}
     */
    public String host() {
        return host;
    }

    /**
     * Go's {@code Host = h}: the Host field a client sends instead of the URL's host; "" = the
     * URL's.
     *
     * @param h the host
     * @return this request, for chaining
     */
    public Request setHost(String h) {
        this.host = h == null ? "" : h;
        return this;
    }

    /**
     * {@return the client's address as text, e.g. {@code 127.0.0.1:50412} (Go's {@code RemoteAddr}), as
     *   the server that read the request saw it; {@code ""} for a request built with a constructor}
     */
    public String remoteAddr() {
        return remoteAddr;
    }

    /**
     * Go's {@code RemoteAddr = a}: for handler tests and for middleware that knows the real
     * client behind a proxy; a client ignores it. Null means {@code ""}.
     *
     * @param a the address
     * @return this request, for chaining
     */
    public Request setRemoteAddr(String a) {
        this.remoteAddr = a == null ? "" : a;
        return this;
    }

    /**
     * {@return Go's {@code Request.TLS}: the connection's TLS state on a server, or {@code null} over
     *   plain HTTP}
     */
    public ConnectionState tls() {
        return tls;
    }

    /**
     * Go's {@code TLS = state}: what the server sets for a request read over TLS; a handler test
     * sets it to exercise an {@code https} path. Null means plain HTTP. A client ignores it.
     *
     * @param state the TLS
     * @return this request, for chaining
     */
    public Request setTLS(ConnectionState state) {
        this.tls = state;
        return this;
    }

    /**
     * {@return the {@link Server} that read this request (Go's {@code ServerContextKey} value), or {@code
     *   null} for a request not read by a server (a client's request, or one built in a test)} Handlers
     *   that take connections over use it to take part in the server's lifecycle, e.g. {@link
     *   Server#onShutdown} to close WebSockets with 1001 when the server stops.
     */
    public Server server() {
        return server;
    }

    Request setServer(Server s) {
        this.server = s;
        return this;
    }

    /**
     * {@return the request target exactly as the client sent it (Go's {@code RequestURI}); {@code ""} for
     *   a request built with a constructor, which is what a client must send}
     */
    public String requestURI() {
        return requestURI;
    }

    /**
     * Go's {@code RequestURI = s}: for handler tests. A {@link Client} refuses a request whose
     * request URI is set ({@code http: Request.RequestURI can't be set in client requests}), as Go's
     * does. Null means {@code ""}.
     *
     * @param s the request URI
     * @return this request, for chaining
     */
    public Request setRequestURI(String s) {
        this.requestURI = s == null ? "" : s;
        return this;
    }

    /**
     * {@return the trailer fields: the names the client announced in {@code Trailer} (with no values)
     *   until the body has been read to its end, then the fields the client sent}
     */
    public Header trailer() {
        return trailer;
    }

    /** {@return Go's {@code UserAgent()}} */
    public String userAgent() {
        return header.get("User-Agent");
    }

    /** {@return Go's {@code Referer()}} */
    public String referer() {
        return header.get("Referer");
    }

    // ---- routing ----

    /**
     * {@return the {@link ServeMux} pattern that matched, e.g. {@code GET /items/{id}}; "" if none (Go's
     *   {@code Pattern})}
     */
    public String pattern() {
        return pattern;
    }

    Request setPattern(String p) {
        pattern = p == null ? "" : p;
        return this;
    }

    /**
     * {@return the value of wildcard {@code name} in the matched pattern, unescaped; "" if there is none}
     *
     * @param name the name
     */
    public String pathValue(String name) {
        if (pathValues == null) {
            return "";
        }
        String v = pathValues.get(name);
        return v == null ? "" : v;
    }

    /**
     * Sets what {@link #pathValue} returns for {@code name} (Go's {@code SetPathValue}).
     *
     * @param name the name
     * @param value the value
     * @return this request, for chaining
     */
    public Request setPathValue(String name, String value) {
        if (pathValues == null) {
            pathValues = new LinkedHashMap<>();
        }
        pathValues.put(name, value);
        return this;
    }

    Request setPathValues(Map<String, String> values) {
        pathValues = values.isEmpty() ? null : new LinkedHashMap<>(values);
        return this;
    }

    // ---- forms ----

    /**
     * Go's {@code ParseForm}: fills {@link #form()} from the query and, for POST, PUT and PATCH
     * with {@code Content-Type: application/x-www-form-urlencoded}, from the body (at most
     * 10 MiB: {@code http: POST too large}); body values come first. Query and body may each
     * have at most {@link #maxQueryParams()} parameters (Go's CVE-2025-61726 cap, 10 000 by
     * default): over it, that part contributes nothing and the error is
     * {@link Values#TOO_MANY_PARAMS} ({@link URLException#isTooManyParams()}). Each part is
     * parsed once; calling it again does nothing. Values that parsed are kept even when it
     * throws (the body's error first, as in Go).
     *
     * <p>On a server, an error from here that the handler lets escape is answered
     * {@code 400 Bad Request: <Go's text>} (if nothing was sent yet), not 500.
     *
     * @throws IOException if the body cannot be read or the form is malformed
     */
    public void parseForm() throws IOException {
        IOException err = null;
        if (postForm == null) {
            postForm = new Values();
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                try {
                    parsePostForm();
                } catch (IOException e) {
                    err = e;
                }
            }
        }
        if (form == null) {
            Values f = new Values();
            for (String k : postForm.keys()) {
                for (String v : postForm.values(k)) {
                    f.add(k, v);
                }
            }
            Values.Parsed q = Values.parse(url.rawQuery(), maxQueryParams);
            for (String k : q.values().keys()) {
                for (String v : q.values().values(k)) {
                    f.add(k, v);
                }
            }
            form = f;
            if (err == null) {
                err = q.err();
            }
        }
        if (err != null) {
            formFailure.set(err);
            throw err;
        }
    }

    private void parsePostForm() throws IOException {
        String ct = header.get("Content-Type");
        if (ct.isEmpty()) {
            ct = "application/octet-stream"; // RFC 7231: treat as octet-stream
        }
        int semi = ct.indexOf(';');
        String mediaType = Ascii.toLower(Ascii.trimString(semi < 0 ? ct : ct.substring(0, semi)));
        if (!mediaType.equals("application/x-www-form-urlencoded")) {
            return; // multipart is not parsed here (Go's ParseMultipartForm); other types carry no form
        }
        long max = MAX_FORM_SIZE;
        if (body instanceof MaxBytesReader m) {
            max = Math.min(max, m.limit()); // its own error is the better one, as in Go
        }
        // Grown as bytes arrive (as Go's io.ReadAll), not sized from Content-Length: a client
        // announcing 10 MiB and sending nothing holds no 10 MiB buffer.
        byte[] b = new byte[(int) Math.min(max + 1, 8192)];
        int len = 0;
        for (int n; (n = body.read(b, len, b.length - len)) > 0;) {
            len += n;
            if (len > max) {
                throw new IOException("http: POST too large");
            }
            if (len == b.length) {
                b = Arrays.copyOf(b, (int) Math.min(max + 1, 2L * b.length));
            }
        }
        Values.Parsed p = Values.parse(Ascii.string(b, 0, len), maxQueryParams);
        postForm = p.values();
        if (p.err() != null) {
            throw p.err();
        }
    }

    /**
     * {@return the most parameters {@link #parseForm()} accepts in the query and in the body, each ({@link
     *   Values#DEFAULT_MAX_PARAMS} unless the server or {@link #setMaxQueryParams} set another); zero or
     *   less means no cap}
     */
    public int maxQueryParams() {
        return maxQueryParams;
    }

    /**
     * Sets {@link #maxQueryParams()} for this request, before {@link #parseForm()} (a handler that
     * expects huge forms raises it; {@link Server#withMaxQueryParams} sets it for every request).
     *
     * @param n the max query params
     * @return this request, for chaining
     */
    public Request setMaxQueryParams(int n) {
        this.maxQueryParams = n;
        return this;
    }

    /** Whether {@code t} is what {@link #parseForm()} threw for this request or a copy of it. */
    boolean isFormFailure(Throwable t) {
        return t != null && formFailure.get() == t;
    }

    /**
     * {@return Go's {@code Form}: query and urlencoded body values after {@link #parseForm()}; null
     *   before}
     */
    public Values form() {
        return form;
    }

    /** {@return Go's {@code PostForm}: the urlencoded body values after {@link #parseForm()}; null before} */
    public Values postForm() {
        return postForm;
    }

    /**
     * {@return Go's {@code FormValue}: the first value for {@code key}, body before query; parses if
     *   needed, errors ignored}
     *
     * @param key the parameter name
     */
    public String formValue(String key) {
        if (form == null) {
            try {
                parseForm();
            } catch (IOException ignored) {
                // Go ignores the error here too; what parsed is used
            }
        }
        return form == null ? "" : form.get(key);
    }

    /**
     * {@return Go's {@code PostFormValue}: the first body value for {@code key}}
     *
     * @param key the parameter name
     */
    public String postFormValue(String key) {
        if (postForm == null) {
            try {
                parseForm();
            } catch (IOException ignored) {
                // as formValue
            }
        }
        return postForm == null ? "" : postForm.get(key);
    }

    // ---- cookies ----

    /**
     * {@return Go's {@code Cookies()}: the name/value pairs of every {@code Cookie} field, in order; pairs
     *   with an invalid name or value are skipped, quotes around a value removed}
     */
    public List<Cookie> cookies() {
        return readCookies(null);
    }

    /**
     * Go's {@code AddCookie}: appends {@code name=value} (sanitized as {@link Cookie#toString}
     * does, no attributes) to the {@code Cookie} field, joined with {@code "; "}.
     *
     * @param c the cookie
     */
    public void addCookie(Cookie c) {
        String s = c.pair();
        if (s.isEmpty()) {
            return;
        }
        String old = header.get("Cookie");
        header.set("Cookie", old.isEmpty() ? s : old + "; " + s);
    }

    /**
     * Go's {@code SetBasicAuth}: {@code Authorization: Basic base64(user:password)}.
     *
     * @param user the user
     * @param password the password
     * @return this request, for chaining
     */
    public Request setBasicAuth(String user, String password) {
        header.set("Authorization", "Basic " + basicAuth(user, password));
        return this;
    }

    static String basicAuth(String user, String password) {
        return Base64.getEncoder().encodeToString(Ascii.bytes(user + ":" + password));
    }

    /**
     * {@return Go's {@code Cookie(name)}: the first cookie called {@code name}, or null (Go's
     *   ErrNoCookie)}
     *
     * @param name the name
     */
    public Cookie cookie(String name) {
        if (name.isEmpty()) {
            return null;
        }
        List<Cookie> l = readCookies(name);
        return l.isEmpty() ? null : l.get(0);
    }

    private List<Cookie> readCookies(String filter) {
        List<Cookie> out = new ArrayList<>();
        for (String line : header.values("Cookie")) {
            int start = 0;
            while (start <= line.length()) {
                int semi = line.indexOf(';', start);
                String part = Ascii.trimString(line.substring(start, semi < 0 ? line.length() : semi));
                start = semi < 0 ? line.length() + 1 : semi + 1;
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq);
                String val = eq < 0 ? "" : part.substring(eq + 1);
                if (name.isEmpty() || !Ascii.isToken(name) || (filter != null && !filter.equals(name))) {
                    continue;
                }
                val = Cookie.parseValue(val, true);
                if (val != null) {
                    out.add(new Cookie(name, val));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return method + " " + (requestURI.isEmpty() ? url.toString() : requestURI) + " " + proto;
    }
}
