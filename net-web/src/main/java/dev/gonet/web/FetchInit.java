package dev.gonet.web;

import dev.gonet.http.CheckRedirect;
import dev.gonet.http.CookieJar;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Request;
import dev.gonet.url.URL;
import dev.gonet.url.Userinfo;
import dev.gonet.web.jso.Fetch;
import dev.gonet.web.jso.Headers;
import dev.gonet.web.jso.RequestInit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A {@link Request} as the arguments of {@code fetch(url, init)}: checked against what a page
 * may send ({@link FetchRules}), what a client asked for that fetch cannot do refused with the
 * alternative, options merged with Go's {@code js.fetch:} fields, and the body read whole (or set
 * up to stream, {@link FetchUpload}).
 */
final class FetchInit {
    private FetchInit() {
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

    /** The page's own scheme, for errors about a relative URL. */
    @JSBody(script = "try { return self.location.protocol.replace(':', ''); } catch (e) { return 'http'; }")
    private static native String pageScheme();
}
