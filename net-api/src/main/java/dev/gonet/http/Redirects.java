package dev.gonet.http;

import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link Client#send} call: the request, its redirect hops, and the error wrapping (Go's
 * {@code Client.do}, {@code redirectBehavior}, {@code makeHeadersCopier},
 * {@code refererForURL}, {@code shouldCopyHeaderOnRedirect}).
 */
final class Redirects {
    private final Client client;
    private final Instant deadline;
    private final List<Request> reqs = new ArrayList<>();
    private Request req;
    private Response resp;
    // the header copier's state: the first request's fields, and its explicit cookies
    private final Header ireqHeader;
    private Map<String, List<Cookie>> icookies;
    private Request preq;

    Redirects(Client client, Request req, Instant deadline) {
        this.client = client;
        this.req = req;
        this.deadline = deadline;
        this.ireqHeader = req.header().clone();
        if (client.jar() != null && !req.header().get("Cookie").isEmpty()) {
            icookies = new LinkedHashMap<>();
            for (Cookie c : req.cookies()) {
                icookies.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            }
        }
        this.preq = req;
    }

    Response run() throws IOException {
        String redirectMethod = "";
        boolean includeBody = false;
        while (true) {
            if (!reqs.isEmpty()) {
                Request next = nextHop(redirectMethod, includeBody);
                if (next == null) {
                    // a 3xx without Location is the answer (Go's issues 17773, 49281)
                    return resp.setRedirected(reqs.size() > 1);
                }
                IOException refused = null;
                try {
                    client.checkRedirect().check(next, Client.unmodifiable(reqs));
                } catch (IOException e) {
                    if (HttpSentinel.USE_LAST_RESPONSE.in(e)) {
                        return resp.setRedirected(reqs.size() > 1);
                    }
                    refused = e;
                }
                Client.drainAndClose(resp);
                if (refused != null) {
                    throw new ClientException(ClientException.op(reqs.get(0).method()), resp.header().get("Location"),
                            refused).withResponse(resp);
                }
                req = next;
            }
            reqs.add(req);
            try {
                resp = client.sendOne(req, deadline);
            } catch (IOException e) {
                IOException err = e;
                if (clientTimedOut(e, req)) {
                    err = new HttpError(HttpSentinel.DEADLINE_EXCEEDED,
                            e.getMessage() + " (Client.Timeout exceeded while awaiting headers)", e);
                }
                throw uerr(err, req);
            }
            int code = resp.statusCode();
            boolean follow = false;
            if (code == 301 || code == 302 || code == 303) {
                follow = true;
                includeBody = false;
                // RFC 7231 would allow other methods; Go (Issue 18570) and browsers use GET
                redirectMethod = req.method().equals("GET") || req.method().equals("HEAD") ? req.method() : "GET";
            } else if (code == 307 || code == 308) {
                Request ireq = reqs.get(0);
                redirectMethod = req.method();
                includeBody = true;
                // Without GetBody the body cannot be sent again: the 307/308 itself is the answer.
                follow = ireq.getBody() != null || ireq.outgoingLength() == 0;
            }
            if (!follow) {
                return resp.setRedirected(resp.redirected() || reqs.size() > 1);
            }
        }
    }

    /**
     * Go's {@code didTimeout}: the client's deadline has passed, or the transport reported the
     * deadline it was given and that was the client's (not an earlier one of the request's own).
     */
    private boolean clientTimedOut(IOException e, Request r) {
        if (deadline == null) {
            return false;
        }
        boolean clientsDeadline = r.deadline() == null || !r.deadline().isBefore(deadline);
        return HttpError.passed(deadline) || (clientsDeadline && HttpError.isBareDeadlineExceeded(e));
    }

    /** The request for the next hop, or null when the response has no Location. */
    private Request nextHop(String method, boolean includeBody) throws IOException {
        String loc = resp.header().get("Location");
        if (loc.isEmpty()) {
            return null;
        }
        URL u;
        try {
            u = req.url().parseRef(loc);
        } catch (URLException e) {
            Client.drainAndClose(resp);
            throw uerr(new IOException("failed to parse Location header " + Ascii.quote(loc) + ": " + e.getMessage()),
                    req);
        }
        String host = "";
        if (!req.host().isEmpty() && !req.host().equals(req.url().host())) {
            // A custom Host survives a relative redirect (Go's Issue 22233).
            try {
                if (!URL.parse(loc).isAbs()) {
                    host = req.host();
                }
            } catch (URLException e) {
                // parseRef succeeded, so this cannot fail; keep the URL's host
            }
        }
        Request ireq = reqs.get(0);
        Request next = new Request(method, u, (java.io.InputStream) null);
        next.setHost(host);
        next.setResponse(resp);
        next.setDeadline(ireq.deadline());
        next.setFetchOptions(ireq.fetchOptions());
        if (includeBody && ireq.getBody() != null) {
            next.setBody(ireq.getBody().get());
            next.setContentLength(ireq.contentLength());
            next.setGetBody(ireq.getBody());
        }
        copyHeaders(next);
        String ref = referer(reqs.get(reqs.size() - 1).url(), next.url());
        if (!ref.isEmpty()) {
            next.header().set("Referer", ref);
        }
        return next;
    }

    /** Go's {@code makeHeadersCopier} closure. */
    private void copyHeaders(Request next) {
        if (icookies != null) {
            boolean changed = false;
            for (Cookie c : next.response().cookies()) {
                if (icookies.remove(c.name()) != null) {
                    changed = true; // a cookie the server set overrides the one the caller gave
                }
            }
            if (changed) {
                ireqHeader.del("Cookie");
                List<String> ss = new ArrayList<>();
                for (List<Cookie> cs : icookies.values()) {
                    for (Cookie c : cs) {
                        ss.add(c.name() + "=" + c.value());
                    }
                }
                ss.sort(Ascii::compareGo);
                ireqHeader.set("Cookie", String.join("; ", ss));
            }
        }
        for (String k : ireqHeader.keys()) {
            if (shouldCopyOnRedirect(k, preq.url(), next.url())) {
                next.header().putRaw(k, ireqHeader.values(k).toArray(new String[0]));
            }
        }
        preq = next;
    }

    /** Go 1.19's {@code shouldCopyHeaderOnRedirect}: credentials only to the same host:port or its subdomains. */
    static boolean shouldCopyOnRedirect(String key, URL initial, URL dest) {
        switch (Header.canonicalKey(key)) {
            case "Authorization", "Www-Authenticate", "Cookie", "Cookie2" -> {
                String ihost = ProxyConfig.canonicalAddr(initial);
                String dhost = ProxyConfig.canonicalAddr(dest);
                return dhost.equals(ihost) || (dhost.endsWith(ihost) && dhost.length() > ihost.length()
                        && dhost.charAt(dhost.length() - ihost.length() - 1) == '.');
            }
            default -> {
                return true;
            }
        }
    }

    /** Go's {@code refererForURL}: the previous URL without user info; nothing from https to http. */
    static String referer(URL last, URL next) {
        if (last.scheme().equals("https") && next.scheme().equals("http")) {
            return "";
        }
        String r = last.toString();
        if (last.user() != null) {
            String auth = last.user().toString() + "@";
            int i = r.indexOf(auth);
            if (i >= 0) {
                r = r.substring(0, i) + r.substring(i + auth.length());
            }
        }
        return r;
    }

    private ClientException uerr(IOException e, Request r) {
        return new ClientException(ClientException.op(reqs.isEmpty() ? r.method() : reqs.get(0).method()),
                stripPassword(r.url()), e);
    }

    /** Go's {@code stripPassword}: {@code user:***@} in place of the password (the user name unescaped, as Go). */
    static String stripPassword(URL u) {
        String s = u.toString();
        if (u.user() == null || !u.user().passwordSet()) {
            return s;
        }
        String auth = u.user().toString() + "@";
        int i = s.indexOf(auth);
        return i < 0 ? s : s.substring(0, i) + u.user().username() + ":***@" + s.substring(i + auth.length());
    }
}
