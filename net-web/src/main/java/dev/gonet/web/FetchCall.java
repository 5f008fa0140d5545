package dev.gonet.web;

import dev.gonet.NetException;
import dev.gonet.http.AbortSignal;
import dev.gonet.http.CheckRedirect;
import dev.gonet.http.CookieJar;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.HttpError;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.URL;
import dev.gonet.http.URLException;
import dev.gonet.http.Userinfo;
import dev.gonet.spi.Cancel;
import dev.gonet.web.jso.AbortController;
import dev.gonet.web.jso.Fetch;
import dev.gonet.web.jso.FetchResponse;
import dev.gonet.web.jso.Headers;
import dev.gonet.web.jso.RequestInit;
import dev.gonet.web.jso.Promises;
import dev.gonet.web.jso.Settled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * One {@code fetch()}: the checked request and its {@code RequestInit}, then the exchange's
 * lifetime, which lasts until the body ends, fails or is closed. One {@link AbortController}
 * stops it for every reason (deadline, header timeout, abort signal, body close); the first
 * reason is kept so the error says which. Browser-thread only: callbacks (timers, the abort
 * signal) only set the reason and call {@code abort()}, never block.
 */
final class FetchCall {
    enum Abort { NONE, DEADLINE, HEADER_TIMEOUT, SIGNAL, CLOSED }

    /** Chromium's whole message for a network failure or a CORS refusal, which it does not tell apart. */
    private static final String FAILED_TO_FETCH = "TypeError: Failed to fetch";

    private final Request req;
    private final FetchOptions opts;
    private final String url;
    private final String scheme;
    private final RequestInit init;
    private final FetchUpload upload;
    private final int bodySize;
    private AbortController controller;
    private Abort abort = Abort.NONE;
    private boolean finished;
    private Cancel deadlineTimer;
    private Cancel headerTimer;
    private Cancel signalSubscription;

    private FetchCall(Request req, FetchOptions opts, String url, String scheme, RequestInit init, FetchUpload upload,
            int bodySize) {
        this.req = req;
        this.opts = opts;
        this.url = url;
        this.scheme = scheme;
        this.init = init;
        this.upload = upload;
        this.bodySize = bodySize;
    }

    /**
     * Checks {@code req} against what a page may send and builds the fetch arguments; a buffered
     * body is read (and closed) here.
     */
    static FetchCall prepare(Request req, CheckRedirect checkRedirect, CookieJar jar) throws IOException {
        if (!Fetch.isSupported()) {
            throw new IOException("net/http: this browser has no fetch, Headers or AbortController");
        }
        URL u = req.url();
        if (u == null) {
            throw new IOException("http: nil Request.URL");
        }
        String scheme = u.scheme();
        if (u.isAbs() && !scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("unsupported protocol scheme \"" + scheme + "\"");
        }
        FetchRules.checkMethod(req.method());
        req.header().checkSendable();
        FetchRules.checkHeader(req.header());
        if (u.isAbs() && !req.host().isEmpty() && !req.host().equals(u.host())) {
            throw new IOException("net/http: the browser does not let a page set the Host header field "
                    + "(Request.setHost " + req.host() + "); it sends the URL's host");
        }
        if (!req.trailer().isEmpty()) {
            throw new IOException("net/http: the browser's fetch cannot send trailer fields " + req.trailer().keys());
        }
        if (jar != null) {
            throw new IOException("net/http: a Client cookie jar cannot work over fetch: the browser keeps cookies "
                    + "itself and hides Set-Cookie from pages; drop Client.withJar and choose which of the "
                    + "browser's cookies go along with FetchOptions credentials (OMIT, SAME_ORIGIN, INCLUDE)");
        }
        FetchOptions o = req.fetchOptions().withGoHeaders(req.header());
        if (o.redirect() == null && checkRedirect == CheckRedirect.USE_LAST_RESPONSE) {
            o = o.withRedirect(FetchOptions.Redirect.MANUAL);
        } else if (o.redirect() == null && checkRedirect != null && checkRedirect != CheckRedirect.DEFAULT) {
            throw new IOException("net/http: the browser follows redirects itself and does not show them to a "
                    + "page, so a Client's CheckRedirect cannot see each hop; keep CheckRedirect.DEFAULT (the "
                    + "browser follows, at most 20), use CheckRedirect.useLastResponse() (an opaque redirect, "
                    + "status 0), or FetchOptions.withRedirect(ERROR) to fail on any redirect");
        }

        Headers headers = new Headers();
        for (String k : req.header().keys()) {
            if (FetchOptions.isGoOptionField(k)) {
                continue; // Go's options ride in the header; they are never sent
            }
            for (String v : req.header().values(k)) {
                headers.append(k, v);
            }
        }
        String target = u.toString();
        Userinfo user = u.user();
        if (user != null) {
            // fetch refuses URLs with credentials: send them as Basic auth, as a Client would
            target = u.copy().setUser(null).toString();
            if (!req.header().has("Authorization")) {
                String pair = user.username() + ":" + (user.password() == null ? "" : user.password());
                headers.append("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
        }

        RequestInit init = Fetch.init();
        init.setMethod(req.method());
        init.setHeaders(headers);
        options(init, o);
        FetchUpload upload = null;
        int size = 0;
        InputStream body = req.body();
        boolean bodyless = req.method().equals("GET") || req.method().equals("HEAD");
        if (body == Request.NO_BODY || req.contentLength() == 0) {
            body.close();
        } else if (o.streamsUpload() && req.getBody() == null) {
            if (bodyless) {
                throw new IOException("net/http: the browser's fetch cannot send a body with " + req.method());
            }
            if (!Fetch.supportsRequestStreams()) {
                throw new IOException("net/http: this browser cannot stream request bodies (FetchOptions "
                        + "streamingUpload); send the body buffered: withStreamingUpload(false)");
            }
            upload = new FetchUpload(body);
            init.setBody(upload.stream());
            init.setDuplex("half");
        } else {
            byte[] all;
            try {
                all = body.readAllBytes();
            } finally {
                body.close();
            }
            if (all.length > 0) {
                if (bodyless) {
                    throw new IOException("net/http: the browser's fetch cannot send a body with " + req.method());
                }
                init.setBody(Int8Array.copyFromJavaArray(all));
                size = all.length;
            }
        }
        return new FetchCall(req, o, target, u.isAbs() ? scheme : pageScheme(), init, upload, size);
    }

    private static void options(RequestInit init, FetchOptions o) {
        if (o.mode() != null) {
            init.setMode(o.mode().token());
        }
        if (o.credentials() != null) {
            init.setCredentials(o.credentials().token());
        }
        if (o.cache() != null) {
            init.setCache(o.cache().token());
        }
        if (o.redirect() != null) {
            init.setRedirect(o.redirect().token());
        }
        if (o.referrer() != null) {
            init.setReferrer(o.referrer());
        }
        if (o.referrerPolicy() != null) {
            init.setReferrerPolicy(o.referrerPolicy().token());
        }
        if (o.integrity() != null) {
            init.setIntegrity(o.integrity());
        }
        if (o.keepalive() != null) {
            init.setKeepalive(o.keepalive());
        }
        if (o.priority() != null) {
            init.setPriority(o.priority().token());
        }
    }

    /** Calls {@code fetch()} and waits for the response head (or the failure). */
    Response send(long headerTimeoutMillis) throws IOException {
        AbortSignal signal = opts.signal();
        Instant deadline = req.deadline();
        if (signal != null && signal.aborted()) {
            closeUpload();
            throw HttpError.canceled(signal.reason());
        }
        if (deadline != null && System.currentTimeMillis() >= deadline.toEpochMilli()) {
            closeUpload();
            throw HttpError.deadlineExceeded(null);
        }
        controller = new AbortController();
        init.setSignal(controller.getSignal());
        if (signal != null) {
            signalSubscription = signal.onAbort(() -> abort(Abort.SIGNAL));
        }
        if (deadline != null) {
            deadlineTimer = Timers.schedule(deadline.toEpochMilli() - System.currentTimeMillis(),
                    () -> abort(Abort.DEADLINE));
        }
        if (headerTimeoutMillis > 0) {
            headerTimer = Timers.schedule(headerTimeoutMillis, () -> abort(Abort.HEADER_TIMEOUT));
        }
        Settled r;
        try {
            r = Promises.await(Fetch.fetch(url, init));
        } catch (RuntimeException e) {
            finish();
            throw new IOException("net/http: fetch() threw: " + e.getMessage(), e);
        }
        if (headerTimer != null) {
            headerTimer.cancel();
        }
        if (!r.isOk()) {
            IOException e = failure(r.getError(), false);
            finish();
            throw e;
        }
        return FetchResponses.response(this, (FetchResponse) r.getValue());
    }

    /** Aborts the fetch for {@code why}, unless the exchange is over; the first reason sticks. */
    void abort(Abort why) {
        if (finished || controller == null) {
            return;
        }
        if (abort == Abort.NONE) {
            abort = why;
        }
        controller.abort();
    }

    /** The exchange is over: timers and the signal no longer concern it. Idempotent. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
        }
        if (headerTimer != null) {
            headerTimer.cancel();
        }
        if (signalSubscription != null) {
            signalSubscription.cancel();
        }
        closeUpload();
    }

    private void closeUpload() {
        if (upload != null) {
            upload.close();
        }
    }

    /** Whether the request's deadline has passed. */
    boolean deadlinePassed() {
        Instant d = req.deadline();
        return d != null && System.currentTimeMillis() >= d.toEpochMilli();
    }

    /** The error for a rejection {@code e}: the abort's reason first, then what the browser said. */
    IOException failure(JSObject e, boolean readingBody) {
        switch (abort) {
            case DEADLINE:
                return HttpError.deadlineExceeded(null);
            case HEADER_TIMEOUT:
                return HttpError.headerTimeout(null);
            case SIGNAL:
                return HttpError.canceled(opts.signal().reason());
            case CLOSED:
                return new IOException("http: read on closed response body");
            default:
                break;
        }
        String what = Promises.describe(e);
        if (readingBody) {
            return new IOException("net/http: the browser's fetch failed while reading the body: " + what);
        }
        if (upload != null && upload.failure() != null) {
            return upload.failure(); // the caller's body failed: reported as is, as Go does
        }
        if (upload != null) {
            return new IOException("net/http: fetch() refused the streamed request body (" + what + "): Chromium "
                    + "streams request bodies only over HTTP/2 or later and refuses them over HTTP/1.1 "
                    + "(net::ERR_H2_OR_QUIC_REQUIRED); serve this URL over HTTP/2 or HTTP/3, or send the body "
                    + "buffered (FetchOptions.withStreamingUpload(false))");
        }
        if (!what.equals(FAILED_TO_FETCH)) {
            return new IOException("net/http: fetch() refused the request: " + what);
        }
        return new NetException("fetch", scheme, null, new WebAddr(scheme, hostOf(url)),
                new IOException(what + " (" + causes() + ")"));
    }

    /** What a bare "Failed to fetch" may mean for this request. */
    private String causes() {
        StringBuilder b = new StringBuilder("a network error or a CORS refusal: the browser does not tell a page "
                + "which, its console does");
        if (opts.integrity() != null) {
            b.append("; or the body did not match FetchOptions integrity");
        }
        if (opts.redirect() == FetchOptions.Redirect.ERROR) {
            b.append("; or a redirect, which FetchOptions redirect ERROR refuses");
        }
        if (opts.mode() == FetchOptions.Mode.SAME_ORIGIN) {
            b.append("; or a cross-origin URL, which mode SAME_ORIGIN refuses");
        }
        if (Boolean.TRUE.equals(opts.keepalive()) && bodySize > 64 * 1024) {
            b.append("; or a keepalive body over 64 KiB");
        }
        if (opts.cache() == FetchOptions.Cache.ONLY_IF_CACHED) {
            b.append("; or nothing cached for ONLY_IF_CACHED");
        }
        return b.toString();
    }

    Request request() {
        return req;
    }

    String url() {
        return url;
    }

    /** The host (and port) {@code url} is for, resolved against the page for a relative URL. */
    @JSBody(params = "u", script = "try { return new URL(u, self.location.href).host; } catch (e) { return ''; }")
    private static native String hostOf(String u);

    /** The page's own scheme, for errors about a relative URL. */
    @JSBody(script = "try { return self.location.protocol.replace(':', ''); } catch (e) { return 'http'; }")
    private static native String pageScheme();

    /** A URL the browser reported, as gonet's {@link URL}; null if it does not parse. */
    static URL parseOrNull(String s) {
        try {
            return URL.parse(s);
        } catch (URLException e) {
            return null;
        }
    }
}
