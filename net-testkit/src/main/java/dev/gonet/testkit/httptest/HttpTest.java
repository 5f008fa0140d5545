package dev.gonet.testkit.httptest;

import dev.gonet.http.Request;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLS;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.InputStream;
import java.util.List;

/**
 * Go's {@code net/http/httptest} request helper: a {@link Request} as a server would hand it to
 * a handler, for calling {@code handler.serveHTTP(recorder, request)} directly in a test, with a
 * {@link ResponseRecorder} to see the answer.
 *
 * <p>{@link Request}'s own constructors are Go's {@code http.NewRequest}, a client's request:
 * no remote address, no request URI, and no host for a bare path. {@link #newRequest} fills
 * those as Go's {@code httptest.NewRequest} does, with fixed documentation values, so that
 * handlers that read them see what a server would give them.
 */
public final class HttpTest {
    private HttpTest() {
    }

    /**
     * The {@code RemoteAddr} Go's {@code httptest.NewRequest} gives every request: an address in
     * RFC 5737's TEST-NET-1, which no real client has.
     */
    public static final String REMOTE_ADDR = "192.0.2.1:1234";

    /** The host of a request whose target names none, as in Go's {@code httptest.NewRequest}. */
    public static final String HOST = "example.com";

    /**
     * {@return Go's {@code httptest.NewRequest}: an incoming server request for {@code target}, an
     *   absolute path ({@code /items/7?x=1}) or an absolute URL ({@code https://h.example/p}), as Go's
     *   {@code http.ReadRequest} parses a request line ({@code url.ParseRequestURI}; for CONNECT, {@code
     *   host:port})} An empty method is {@code GET}.  <p>The request is HTTP/1.1, {@link
     *   Request#requestURI()} is {@code target}, {@link Request#remoteAddr()} is {@link #REMOTE_ADDR},
     *   {@link Request#host()} is the target's host or else {@link #HOST}, and a target starting with
     *   {@code https://} gets a completed TLS 1.2 {@link Request#tls() connection state} naming that host.
     *   A null body is an empty one; a {@link java.io.ByteArrayInputStream} body has its length as {@link
     *   Request#contentLength()}, any other -1.
     *
     * @param method the method, e.g. {@code GET}
     * @param target the request target: a path, or an absolute URL
     * @param body the request body, or {@code null} for none
     * @throws IllegalArgumentException {@code invalid NewRequest arguments; <Go's error>} when
     *                                  the method is not a token or the target does not parse
     *                                  (Go panics with that text)
     *
     */
    public static Request newRequest(String method, String target, InputStream body) {
        String m = method == null || method.isEmpty() ? "GET" : method;
        URL u;
        try {
            // Go's ReadRequest: CONNECT's authority form is parsed as the host of an http URL
            boolean justAuthority = m.equals("CONNECT") && !target.startsWith("/");
            u = URL.parseRequestURI(justAuthority ? "http://" + target : target);
            if (justAuthority) {
                u.setScheme("");
            }
        } catch (URLException e) {
            throw new IllegalArgumentException("invalid NewRequest arguments; " + e.getMessage(), e);
        }
        Request r;
        try {
            r = new Request(m, u, body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid NewRequest arguments; " + e.getMessage(), e);
        }
        r.setRequestURI(target).setRemoteAddr(REMOTE_ADDR).setGetBody(null);
        if (r.host().isEmpty()) {
            r.setHost(HOST);
        }
        if (target.startsWith("https://")) {
            r.setTLS(new ConnectionState(TLS.VERSION_TLS12, true, false, "", "", r.host(), List.of()));
        }
        return r;
    }
}
