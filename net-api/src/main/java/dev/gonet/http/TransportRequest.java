package dev.gonet.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * One attempt of a request through the {@link Transport} (Go's {@code transportRequest}): the
 * caller's request, the fields the transport adds without touching the caller's header, whether
 * it asked for gzip, and the body as this attempt sends it.
 */
final class TransportRequest {
    final Request req;
    final Header extra = new Header();
    final long outgoingLength;
    final InputStream body;
    boolean requestedGzip;
    /** The request's abort signal while this attempt runs, or null. */
    AbortWatch abort;
    /** The caller's body failed while being sent: reported as is, never retried. */
    volatile IOException bodyReadError;

    TransportRequest(Request req, long outgoingLength, InputStream body) {
        this.req = req;
        this.outgoingLength = outgoingLength;
        this.body = body;
    }

    /** The exchange is over: an abort must no longer close the connection. */
    void exchangeDone() {
        if (abort != null) {
            abort.done();
        }
    }

    /** {@code e}, or the abort signal's error when an abort closed the connection. */
    IOException orAborted(IOException e) {
        return abort != null && abort.fired() ? abort.error(e) : e;
    }
}
