package dev.gonet.http;

import dev.gonet.internal.Ascii;
import dev.gonet.url.Userinfo;
import dev.gonet.url.Values;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Go's {@code http.Client}: sends requests through a {@link RoundTripper} (by default the shared
 * {@link Http#defaultTransport()}), following redirects, keeping cookies in a {@link CookieJar}
 * and bounding each call by a timeout.
 *
 * <p>An immutable value: {@code with...} returns a changed copy, and one client may be used by
 * any number of threads (connections are pooled by its transport). Go's {@code Do} is
 * {@link #send} ({@code do} is a Java keyword).
 *
 * <p><b>Redirects</b>, as Go: 301, 302 and 303 are followed with GET and no body (HEAD stays
 * HEAD); 307 and 308 keep the method and resend the body from {@link Request#getBody()} (without
 * one, the redirect response itself is returned). The original header fields are copied to each
 * hop, except {@code Authorization}, {@code WWW-Authenticate}, {@code Cookie} and
 * {@code Cookie2} when the hop leaves the original host (and its subdomains) or port; a
 * {@code Referer} is added unless going from https to http. The {@link CheckRedirect} policy
 * (default: at most 10) decides each hop.
 *
 * <p><b>Timeout</b> (Go's {@code Client.Timeout}): one limit for the whole call, connecting,
 * redirects and reading the response body included. Once it passes, the call fails with
 * {@code ... (Client.Timeout exceeded while awaiting headers)}, or a body read with
 * {@code ... (Client.Timeout or context cancellation while reading body)}; both report
 * {@link dev.gonet.NetError#isTimeout()}. It works through {@link Request#deadline()}, which the
 * {@link Transport} honours; a custom {@link RoundTripper} must do the same.
 *
 * <p><b>Errors</b> are {@link ClientException}s, Go's {@code url.Error}:
 * {@code Get "http://127.0.0.1:1/": dial tcp 127.0.0.1:1: connect: connection refused}. A
 * non-2xx status is not an error. The caller reads and closes every response body.
 */
public final class Client {
    /** Go's {@code maxBodySlurpSize}: how much of a redirect's body is read so its connection can be reused. */
    private static final int MAX_BODY_SLURP = 2 << 10;

    private final RoundTripper transport;
    private final Duration timeout;
    private final CheckRedirect checkRedirect;
    private final CookieJar jar;
    private final FetchOptions fetchOptions;

    /** Go's zero {@code Client}: the default transport, no timeout, no jar, at most 10 redirects. */
    public Client() {
        this(null, Duration.ZERO, null, null, FetchOptions.DEFAULT);
    }

    /**
     * A client sending through {@code transport}.
     *
     * @param transport the transport
     */
    public Client(RoundTripper transport) {
        this(transport, Duration.ZERO, null, null, FetchOptions.DEFAULT);
    }

    private Client(RoundTripper transport, Duration timeout, CheckRedirect checkRedirect, CookieJar jar,
            FetchOptions fetchOptions) {
        this.transport = transport;
        this.timeout = timeout == null || timeout.isNegative() ? Duration.ZERO : timeout;
        this.checkRedirect = checkRedirect;
        this.jar = jar;
        this.fetchOptions = fetchOptions == null ? FetchOptions.DEFAULT : fetchOptions;
    }

    /**
     * The round tripper; null means {@link Http#defaultTransport()}.
     *
     * @param t the transport
     * @return a copy with this setting; the receiver is unchanged
     */
    public Client withTransport(RoundTripper t) {
        return new Client(t, timeout, checkRedirect, jar, fetchOptions);
    }

    /**
     * The limit for each whole call; zero means none.
     *
     * @param d the timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Client withTimeout(Duration d) {
        return new Client(transport, d, checkRedirect, jar, fetchOptions);
    }

    /**
     * The redirect policy; null means {@link CheckRedirect#DEFAULT}.
     *
     * @param c the redirect policy
     * @return a copy with this setting; the receiver is unchanged
     */
    public Client withCheckRedirect(CheckRedirect c) {
        return new Client(transport, timeout, c, jar, fetchOptions);
    }

    /**
     * The cookie jar; null means none (cookies are neither sent nor kept).
     *
     * @param j the cookie jar, or {@code null} for none
     * @return a copy with this setting; the receiver is unchanged
     */
    public Client withJar(CookieJar j) {
        return new Client(transport, timeout, checkRedirect, j, fetchOptions);
    }

    /**
     * Default {@link FetchOptions} for every request this client sends; a request's own options
     * win field by field. Null means none.
     *
     * @param o the fetch options, or {@code null} for none
     * @return a copy with this setting; the receiver is unchanged
     */
    public Client withFetchOptions(FetchOptions o) {
        return new Client(transport, timeout, checkRedirect, jar, o);
    }

    /** {@return the fetch options every request starts from, in the browser} */
    public FetchOptions fetchOptions() {
        return fetchOptions;
    }

    /** {@return the transport, Go's {@code Transport}; null for {@link Http#defaultTransport()}} */
    public RoundTripper transport() {
        return transport != null ? transport : Http.defaultTransport();
    }

    /** {@return Go's {@code Timeout}: the limit for a whole request, zero for none} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return Go's {@code CheckRedirect}: the redirect policy; null for {@link CheckRedirect#DEFAULT}} */
    public CheckRedirect checkRedirect() {
        return checkRedirect != null ? checkRedirect : CheckRedirect.DEFAULT;
    }

    /** {@return Go's {@code Jar}: the cookie jar, null for none} */
    public CookieJar jar() {
        return jar;
    }

    /**
     * {@return Go's {@code Client.Get}} The URL error of a bad {@code url} is thrown as is.
     *
     * @param url the URL
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public Response get(String url) throws IOException {
        return send(new Request("GET", url, (InputStream) null));
    }

    /**
     * {@return Go's {@code Client.Head}}
     *
     * @param url the URL
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public Response head(String url) throws IOException {
        return send(new Request("HEAD", url, (InputStream) null));
    }

    /**
     * Go's {@code Client.Post}: {@code body} (closed when sent) with {@code Content-Type: contentType}.
     *
     * @param url the URL
     * @param contentType the {@code Content-Type} of the body
     * @param body the body, or {@code null} for none
     * @return the response; close its body
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public Response post(String url, String contentType, InputStream body) throws IOException {
        Request req = new Request("POST", url, body);
        req.header().set("Content-Type", contentType);
        return send(req);
    }

    /**
     * {@link #post(String, String, InputStream)} with an in-memory body (its length is sent; 307/308 can resend it).
     *
     * @param url the URL
     * @param contentType the {@code Content-Type} of the body
     * @param body the body, or {@code null} for none
     * @return the response; close its body
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public Response post(String url, String contentType, byte[] body) throws IOException {
        Request req = new Request("POST", url, body == null ? null : new java.io.ByteArrayInputStream(body));
        req.header().set("Content-Type", contentType);
        return send(req);
    }

    /**
     * {@return Go's {@code Client.PostForm}: {@code data} URL-encoded, {@code
     *   application/x-www-form-urlencoded}}
     *
     * @param url the URL
     * @param data the form values
     * @throws IOException if the request fails (a {@code ClientException}); an HTTP error status is not a
     *        failure
     */
    public Response postForm(String url, Values data) throws IOException {
        return post(url, "application/x-www-form-urlencoded", Ascii.bytes(data.encode()));
    }

    /** Go's {@code CloseIdleConnections}: closes the idle connections of a {@link Transport}. */
    public void closeIdleConnections() {
        if (transport() instanceof Transport t) {
            t.closeIdleConnections();
        }
    }

    /**
     * {@return Go's {@code Client.Do}: sends {@code req}, follows redirects, and returns the final
     *   response; see the class comment} The request body is closed, even on errors.
     *
     * @param req the request
     * @throws ClientException for every failure; when the redirect policy refused a hop, its
     *                         {@link ClientException#response()} is the last response (body closed)
     *
     */
    public Response send(Request req) throws IOException {
        if (req.url() == null) {
            ClientExchange.closeQuietly(req.body());
            throw new ClientException(ClientException.op(req.method()), "", new IOException("http: nil Request.URL"));
        }
        Instant deadline = timeout.isZero() ? null : Instant.now().plus(timeout);
        return new Redirects(this, req, deadline).run();
    }

    /**
     * One hop: cookies from the jar, Basic auth from the URL, the deadline; the transport; the
     * response's cookies into the jar (Go's {@code Client.send} and {@code send}).
     */
    Response sendOne(Request req, Instant deadline) throws IOException {
        RoundTripper t = transport();
        UserAgentRoundTripper ua = t instanceof UserAgentRoundTripper u ? u : null;
        if (jar != null && ua == null) {
            for (Cookie c : jar.cookies(req.url())) {
                req.addCookie(c);
            }
        }
        if (!req.requestURI().isEmpty()) {
            ClientExchange.closeQuietly(req.body());
            throw new IOException("http: Request.RequestURI can't be set in client requests");
        }
        Request r = req;
        Userinfo u = req.url().user();
        if (u != null && req.header().get("Authorization").isEmpty()) {
            r = fork(req, true);
            r.setBasicAuth(u.username(), u.password());
        }
        if (deadline != null && (req.deadline() == null || deadline.isBefore(req.deadline()))) {
            if (r == req) {
                r = fork(req, false);
            }
            r.setDeadline(deadline);
        }
        FetchOptions merged = req.fetchOptions().over(fetchOptions);
        if (!merged.equals(req.fetchOptions())) {
            if (r == req) {
                r = fork(req, false);
            }
            r.setFetchOptions(merged);
        }
        Response resp = ua != null ? ua.roundTrip(r, checkRedirect(), jar) : t.roundTrip(r);
        if (resp == null) {
            throw new IOException("http: RoundTripper implementation (" + t.getClass().getName()
                    + ") returned a nil *Response with a nil error");
        }
        if (deadline != null) {
            boolean clientsDeadline = req.deadline() == null || !req.deadline().isBefore(deadline);
            resp.setBody(new TimeoutBody(resp.body(), deadline, clientsDeadline));
        }
        if (jar != null && ua == null) {
            List<Cookie> rc = resp.cookies();
            if (!rc.isEmpty()) {
                jar.setCookies(req.url(), rc);
            }
        }
        return resp;
    }

    /** Go's {@code forkReq}: a shallow copy, with its own header when it will be changed. */
    private static Request fork(Request req, boolean ownHeader) {
        Request r = req.shallowCopy();
        if (ownHeader) {
            r.setHeader(req.header().clone());
        }
        return r;
    }

    static List<Request> unmodifiable(List<Request> l) {
        return Collections.unmodifiableList(new ArrayList<>(l));
    }

    /** Reads up to 2 KiB of a redirect response's body, then closes it (Go's slurp before following). */
    static void drainAndClose(Response resp) {
        InputStream b = resp.body();
        try {
            if (resp.contentLength() == -1 || resp.contentLength() <= MAX_BODY_SLURP) {
                byte[] buf = new byte[512];
                for (int total = 0, n; total < MAX_BODY_SLURP
                        && (n = b.read(buf, 0, Math.min(buf.length, MAX_BODY_SLURP - total))) >= 0;) {
                    total += n;
                }
            }
        } catch (IOException e) {
            // the transport will not reuse the connection; nothing else to do
        }
        ClientExchange.closeQuietly(b);
    }

    /** Go's {@code cancelTimerBody}: a body read failing after the client's deadline says so. */
    private static final class TimeoutBody extends InputStream {
        private final InputStream in;
        private final Instant deadline;
        private final boolean clientsDeadline;

        TimeoutBody(InputStream in, Instant deadline, boolean clientsDeadline) {
            this.in = in;
            this.deadline = deadline;
            this.clientsDeadline = clientsDeadline;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw map(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw map(e);
            }
        }

        private IOException map(IOException e) {
            if (!HttpError.passed(deadline) && !(clientsDeadline && HttpError.isBareDeadlineExceeded(e))) {
                return e;
            }
            return new HttpError(HttpSentinel.DEADLINE_EXCEEDED,
                    e.getMessage() + " (Client.Timeout or context cancellation while reading body)", e);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
