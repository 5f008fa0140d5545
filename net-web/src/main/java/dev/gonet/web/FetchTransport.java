package dev.gonet.web;

import dev.gonet.http.CheckRedirect;
import dev.gonet.http.Client;
import dev.gonet.http.CookieJar;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.UserAgentRoundTripper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The browser's {@code http.DefaultTransport}: each request is one {@code fetch()}, so the
 * browser's connection pool, HTTP/2 and HTTP/3, cache, cookies and CORS apply. What
 * {@code Http.get}, a {@link Client} and {@code Client.send} do on the JVM they do here,
 * wherever the browser lets a page:
 *
 * <ul>
 *   <li><b>Request.</b> Method, URL (absolute, or relative to the page), header fields and body.
 *       Fields a page may not set (the Fetch standard's forbidden names, e.g. {@code Cookie},
 *       {@code Host}, {@code Referer}) fail the request with an error that names the alternative,
 *       rather than being dropped by the browser. A body is read whole and sent buffered, unless
 *       {@link FetchOptions#withStreamingUpload} asks to stream a body that is not in memory.</li>
 *   <li><b>Response.</b> Status, status text, the header fields the browser shows (same-origin:
 *       all but {@code Set-Cookie}; cross-origin: the CORS-safelisted ones and those in
 *       {@code Access-Control-Expose-Headers}; repeated fields joined with {@code ", "}), the final
 *       URL ({@code response.request().url()}) and {@link Response#redirected()}. The body streams
 *       through the response's {@code ReadableStream}: the first bytes are readable before the
 *       last arrive. A compressed body comes decoded, so the response is marked
 *       {@link Response#uncompressed()} without {@code Content-Encoding} and {@code Content-Length}.
 *       The protocol is not shown to pages: {@link Response#proto()} is empty.</li>
 *   <li><b>Cancelling.</b> One {@code AbortController} per request. The request's deadline (a
 *       client's timeout), the {@link #withResponseHeaderTimeout response-header timeout}, an
 *       {@link dev.gonet.http.AbortSignal} in the {@link FetchOptions}, and closing the body each
 *       abort the request and fail a pending body read at once: {@code context deadline exceeded},
 *       {@code net/http: timeout awaiting response headers}, {@code context canceled}, or
 *       {@code http: read on closed response body}.</li>
 *   <li><b>What a page cannot see.</b> The browser follows redirects and keeps cookies itself.
 *       A client's default {@link CheckRedirect} lets it follow (up to the browser's limit of
 *       20); {@link CheckRedirect#useLastResponse()} asks for {@code redirect: "manual"} (an opaque
 *       redirect: status 0); any other policy, and a cookie jar, fail with an error that says why.
 *       A network failure and a CORS refusal look the same to a page: both fail with a
 *       {@code NetException} that says so.</li>
 * </ul>
 *
 * <p>An immutable value; safe to share. Methods block the calling green thread only.
 */
public final class FetchTransport implements UserAgentRoundTripper {
    private final long responseHeaderTimeoutMillis;

    /** No response-header timeout: the request's deadline alone bounds the wait. */
    public FetchTransport() {
        this(0);
    }

    private FetchTransport(long responseHeaderTimeoutMillis) {
        this.responseHeaderTimeoutMillis = responseHeaderTimeoutMillis;
    }

    /**
     * How long to wait for the response head from the moment {@code fetch()} is called (the
     * browser does not say when the request finished sending); zero means no limit. On expiry the
     * request is aborted: {@code net/http: timeout awaiting response headers}.
     *
     * @param d the response header timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public FetchTransport withResponseHeaderTimeout(Duration d) {
        long ms = d == null || d.isNegative() || d.isZero() ? 0 : Math.max(1, d.toMillis());
        return new FetchTransport(ms);
    }

    /** {@return the limit for the response head to arrive, zero for none} */
    public Duration responseHeaderTimeout() {
        return Duration.ofMillis(responseHeaderTimeoutMillis);
    }

    /** {@return whether this browser can stream request bodies at all (the protocol may still refuse)} */
    public static boolean canStreamUploads() {
        return dev.gonet.web.jso.Fetch.supportsRequestStreams();
    }

    @Override
    public Response roundTrip(Request req, CheckRedirect checkRedirect, CookieJar jar) throws IOException {
        FetchCall call;
        try {
            call = FetchInit.prepare(req, checkRedirect, jar);
        } catch (IOException | RuntimeException e) {
            closeQuietly(req.body());
            throw e;
        }
        return call.send(responseHeaderTimeoutMillis);
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the caller's stream; nothing more to do
        }
    }

    @Override
    public String toString() {
        return "FetchTransport[responseHeaderTimeout=" + responseHeaderTimeout() + "]";
    }
}
