package dev.gonet.web;

import dev.gonet.NetException;
import dev.gonet.http.AbortSignal;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.HttpError;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.spi.Cancel;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import dev.gonet.web.jso.AbortController;
import dev.gonet.web.jso.Fetch;
import dev.gonet.web.jso.FetchResponse;
import dev.gonet.web.jso.RequestInit;
import dev.gonet.web.jso.Promises;
import dev.gonet.web.jso.Settled;
import java.io.IOException;
import java.time.Instant;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One {@code fetch()}, from the call (its request checked and built by {@link FetchInit}) to the
 * end of the exchange, which lasts until the body ends, fails or is closed. One {@link AbortController}
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

    FetchCall(Request req, FetchOptions opts, String url, String scheme, RequestInit init, FetchUpload upload,
            int bodySize) {
        this.req = req;
        this.opts = opts;
        this.url = url;
        this.scheme = scheme;
        this.init = init;
        this.upload = upload;
        this.bodySize = bodySize;
    }

    /** Calls {@code fetch()} and waits for the response head (or the failure). */
    Response send(long headerTimeoutMillis) throws IOException {
        AbortSignal signal = opts.signal();
        Instant deadline = req.deadline();
        if (signal != null && signal.aborted()) {
            closeUpload();
            throw new HttpError(HttpSentinel.CANCELED, signal.reason(), null);
        }
        if (deadline != null && System.currentTimeMillis() >= deadline.toEpochMilli()) {
            closeUpload();
            throw HttpSentinel.DEADLINE_EXCEEDED.exception();
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
                return HttpSentinel.DEADLINE_EXCEEDED.exception();
            case HEADER_TIMEOUT:
                return HttpSentinel.RESPONSE_HEADER_TIMEOUT.exception();
            case SIGNAL:
                return new HttpError(HttpSentinel.CANCELED, opts.signal().reason(), null);
            case CLOSED:
                return HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
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
                    + "(its console says net::ERR_ALPN_NEGOTIATION_FAILED or ERR_H2_OR_QUIC_REQUIRED); serve this URL over HTTP/2 or HTTP/3, or send the body "
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


    /** A URL the browser reported, as gonet's {@link URL}; null if it does not parse. */
    static URL parseOrNull(String s) {
        try {
            return URL.parse(s);
        } catch (URLException e) {
            return null;
        }
    }
}
