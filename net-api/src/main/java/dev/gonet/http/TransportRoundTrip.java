package dev.gonet.http;

import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * {@link Transport#roundTrip}: validation, the proxy decision, getting a connection, the
 * exchange, and Go's retry of a request that met a stale pooled connection ({@code roundTrip},
 * {@code shouldRetryRequest}, {@code isReplayable}, {@code rewindBody}).
 */
final class TransportRoundTrip {
    private TransportRoundTrip() {
    }

    static Response run(Transport t, ConnPool pool, Request req) throws IOException {
        validate(req);
        Request orig = req;
        Header sent = FetchOptions.withoutGoOptionFields(req.header());
        if (sent != req.header()) {
            req = req.shallowCopy().setHeader(sent); // Go's wasm options are not header fields
        }
        AbortSignal signal = req.fetchOptions().signal();
        Rewind body = new Rewind(req);
        while (true) {
            Instant d = req.deadline();
            if (HttpError.passed(d)) {
                body.close();
                throw HttpSentinel.DEADLINE_EXCEEDED.exception();
            }
            if (signal != null && signal.aborted()) {
                body.close();
                throw signal.error(null);
            }
            TransportRequest tr;
            PersistConn pc;
            try {
                tr = body.attempt(t);
                ConnectMethod cm = connectMethod(t, req);
                pc = Dial.getConn(t, pool, cm, d);
            } catch (IOException e) {
                body.close();
                throw e;
            }
            tr.abort = AbortWatch.start(signal, pc);
            try {
                return new ClientExchange(pc, tr).run().setRequest(orig);
            } catch (RoundTripFailure f) {
                tr.exchangeDone();
                if (tr.abort != null && tr.abort.fired()) {
                    body.close();
                    throw tr.abort.error(f);
                }
                if (!shouldRetry(pc, req, f)) {
                    body.close();
                    throw f.unwrap();
                }
                body.rewind(); // throws Go's "cannot rewind body" when it must and cannot
            } catch (IOException e) {
                tr.exchangeDone();
                pc.close();
                body.close();
                throw tr.orAborted(e);
            } catch (RuntimeException e) {
                tr.exchangeDone();
                pc.close();
                body.close();
                throw e;
            }
        }
    }

    private static void validate(Request req) throws IOException {
        URL u = req.url();
        if (u == null) {
            ClientExchange.closeQuietly(req.body());
            throw new IOException("http: nil Request.URL");
        }
        String scheme = u.scheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            ClientExchange.closeQuietly(req.body());
            throw new IOException("unsupported protocol scheme " + Ascii.quote(scheme));
        }
        try {
            req.header().checkSendable();
            req.trailer().checkSendable(); // Go sends trailer values as they are; we refuse the same as in the head
        } catch (IOException e) {
            ClientExchange.closeQuietly(req.body());
            throw e;
        }
        if (u.host().isEmpty()) {
            ClientExchange.closeQuietly(req.body());
            throw new IOException("http: no Host in request URL");
        }
    }

    private static ConnectMethod connectMethod(Transport t, Request req) throws IOException {
        URL proxy = t.proxy() == null ? null : t.proxy().proxyFor(req);
        return new ConnectMethod(proxy, req.url().scheme(), ProxyConfig.canonicalAddr(req.url()));
    }

    /** Go's {@code shouldRetryRequest}. */
    private static boolean shouldRetry(PersistConn pc, Request req, RoundTripFailure f) {
        if (!pc.isReused()) {
            return false; // a fresh connection that fails would fail again: the server means it
        }
        if (f.kind == RoundTripFailure.NOTHING_WRITTEN) {
            return req.outgoingLength() == 0 || req.getBody() != null;
        }
        return isReplayable(req) && f.kind == RoundTripFailure.READ_FROM_SERVER;
    }

    /** Go's {@code isReplayable}. */
    static boolean isReplayable(Request r) {
        if (r.body() != Request.NO_BODY && r.outgoingLength() != 0 && r.getBody() == null) {
            return false;
        }
        return switch (r.method()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
            default -> r.header().has("Idempotency-Key") || r.header().has("X-Idempotency-Key");
        };
    }

    /**
     * The request body across attempts (Go's {@code readTrackingBody} and {@code rewindBody}):
     * untouched, it is sent as is on the next attempt; read or closed, it must come again from
     * {@link Request#getBody()}.
     */
    private static final class Rewind {
        private final Request req;
        private InputStream current;
        private boolean touched;

        Rewind(Request req) {
            this.req = req;
            this.current = req.body();
        }

        TransportRequest attempt(Transport t) throws IOException {
            long length = req.outgoingLength();
            InputStream body = current;
            if (length < 0 && RequestWriter.usuallyLacksBody(req.method())) {
                // Go probes such bodies: one that is empty at once is sent as no body at all.
                int first = body.read();
                touched = true;
                if (first < 0) {
                    length = 0;
                } else {
                    body = new PrefixedInputStream(first, body);
                }
            }
            if (length != 0) {
                touched = true; // it will be read by the writer; assume the worst
            }
            TransportRequest tr = new TransportRequest(req, length, body);
            if (!t.disableCompression() && req.header().get("Accept-Encoding").isEmpty()
                    && req.header().get("Range").isEmpty() && !req.method().equals("HEAD")) {
                // Only gzip: deflate is ambiguous. Not for HEAD (an nginx bug), not for ranges.
                tr.requestedGzip = true;
                tr.extra.set("Accept-Encoding", "gzip");
            }
            if (t.disableKeepAlives() && !req.wantsClose() && !ClientExchange.isProtocolSwitch(req.header())) {
                tr.extra.set("Connection", "close");
            }
            return tr;
        }

        void rewind() throws IOException {
            if (!touched || current == Request.NO_BODY) {
                return;
            }
            ClientExchange.closeQuietly(current);
            Request.GetBody g = req.getBody();
            if (g == null) {
                throw new IOException("net/http: cannot rewind body after connection loss");
            }
            current = g.get();
            touched = false;
        }

        void close() {
            ClientExchange.closeQuietly(current);
        }
    }
}
