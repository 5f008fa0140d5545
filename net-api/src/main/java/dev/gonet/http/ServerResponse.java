package dev.gonet.http;

import dev.gonet.http.internal.Framing;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.http.internal.Http1Writer;
import dev.gonet.http.internal.RequestHead;
import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ResponseWriter} the server gives a handler (Go's {@code response} and
 * {@code chunkWriter}). Body writes collect in a 2048-byte buffer; when it fills, or the
 * handler flushes or returns, the head is decided from what is known then ({@link #sendHead}):
 * a handler that returned with everything in the buffer gets a Content-Length, otherwise the
 * body is chunked (HTTP/1.1) or delimited by closing (HTTP/1.0).
 *
 * <p>Used by the handler's thread only, except {@link #writeContinue()} (see {@link ConnOutput}).
 */
final class ServerResponse implements ResponseWriter, Flusher, Hijacker, ResponseController.Deadlines,
        MaxBytesReader.TooLarge {
    /** Go's {@code bufferBeforeChunkingSize}. */
    static final int BUFFER_BEFORE_CHUNKING = 2048;

    private final ServerConn c;
    private final ConnOutput out;
    final Request req;
    final RequestBody body;
    private final BodyRateWatch rate;
    private final boolean isHEAD;
    private final boolean wants10KeepAlive;
    private final boolean wantsClose;
    private final Header handlerHeader = new Header();
    private boolean calledHeader;
    private Header sent; // the header as of writeHeader: later changes don't reach the wire
    private int status;
    private boolean wroteHeader;
    private boolean headSent;
    private boolean chunking;
    private long contentLength = -1;
    private long written;
    private boolean closeAfterReply;
    private boolean requestBodyLimitHit;
    private volatile boolean handlerDone;
    private boolean bodyDecided;
    private volatile boolean hijacked;
    private volatile boolean canWriteContinue;
    private volatile boolean wroteContinue;
    private List<String> trailers; // declared by the head's Trailer field; null until one is
    private final byte[] buf; // the connection's: responses on a connection never overlap
    private int bufLen;

    /**
     * @param readDeadline the connection's read deadline for this request (the server's read
     *                     timeout), or null: what body reads restore after their rate deadline
     */
    ServerResponse(ServerConn c, ConnOutput out, RequestHead head, InputStreamSource src, Instant readDeadline) {
        this.c = c;
        this.out = out;
        this.buf = c.bodyBuffer();
        this.isHEAD = head.method().equals("HEAD");
        this.wants10KeepAlive = head.protoMinor() == 0 && Framing.containsToken(head.header().values("Connection"),
                "keep-alive");
        this.wantsClose = head.close();
        Request r = new Request(head, null, c.remoteAddr());
        r.setTLS(c.tlsState());
        r.setServer(c.server());
        r.setMaxQueryParams(c.server().maxQueryParams());
        this.rate = new BodyRateWatch(c.conn(), c.server().minRequestBodyDataRate(), readDeadline);
        this.body = new RequestBody(src.body(head), this, r.trailer(), rate);
        r.setBody(body);
        this.req = r;
    }

    /** How the connection frames a request's body (the connection's {@link Http1Reader}). */
    interface InputStreamSource {
        java.io.InputStream body(RequestHead h);
    }

    // ---- ResponseWriter ----

    @Override
    public Header header() {
        calledHeader = true;
        return handlerHeader;
    }

    @Override
    public void writeHeader(int code) {
        if (hijacked) {
            c.logf("http: response.WriteHeader on hijacked connection");
            return;
        }
        if (wroteHeader) {
            c.logf("http: superfluous response.WriteHeader call");
            return;
        }
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("invalid WriteHeader code " + code);
        }
        if (code < 200 && code != Status.SWITCHING_PROTOCOLS) {
            writeInterim(code);
            return;
        }
        wroteHeader = true;
        status = code;
        sent = calledHeader ? handlerHeader.snapshot() : new Header(); // copied only if either changes
        String cl = sent.get("Content-Length");
        if (!cl.isEmpty()) {
            try {
                contentLength = Framing.parseContentLength(Ascii.trimString(cl), 400);
            } catch (ProtocolException e) {
                c.logf("http: invalid Content-Length of " + Ascii.quote(cl));
                handlerHeader.del("Content-Length");
                sent.del("Content-Length");
            }
        }
    }

    /** 1xx: written and flushed now, with the current header fields (RFC 8297 Early Hints). */
    private void writeInterim(int code) {
        if (code == Status.CONTINUE) {
            canWriteContinue = false;
        }
        if (!req.protoAtLeast(1, 1)) {
            return; // RFC 9110 §15.2: never send 1xx to an HTTP/1.0 client
        }
        StringBuilder b = new StringBuilder(Http1Writer.statusLine(1, code));
        dropped(handlerHeader.appendTo(b, List.of("Content-Length", "Transfer-Encoding")));
        try {
            out.write(b.append("\r\n").toString());
            out.flush();
        } catch (IOException e) {
            // sticky in out: the next write reports it
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (hijacked) {
            throw HttpSentinel.HIJACKED.exception();
        }
        if (handlerDone) {
            throw new IOException("http: write after the handler returned");
        }
        if (canWriteContinue) {
            synchronized (out) {
                canWriteContinue = false; // the response is under way: no 100 Continue any more
            }
        }
        if (!wroteHeader) {
            writeHeader(Status.OK);
        }
        if (len == 0) {
            return;
        }
        if (!bodyAllowed(status)) {
            throw HttpSentinel.BODY_NOT_ALLOWED.exception();
        }
        written += len;
        if (contentLength != -1 && written > contentLength) {
            throw HttpSentinel.CONTENT_LENGTH.exception();
        }
        while (len > buf.length - bufLen) {
            if (bufLen == 0) {
                sendBody(b, off, len); // bigger than the buffer: straight through
                return;
            }
            int n = buf.length - bufLen;
            System.arraycopy(b, off, buf, bufLen, n);
            bufLen += n;
            off += n;
            len -= n;
            flushBuffer();
        }
        System.arraycopy(b, off, buf, bufLen, len);
        bufLen += len;
    }

    // ---- Flusher, Hijacker, deadlines ----

    @Override
    public void flush() throws IOException {
        if (hijacked) {
            throw HttpSentinel.HIJACKED.exception();
        }
        if (!wroteHeader) {
            writeHeader(Status.OK);
        }
        flushBuffer();
        if (!headSent) {
            sendHead(buf, 0, 0);
        }
        out.flush();
    }

    @Override
    public Hijacked hijack() throws IOException {
        if (handlerDone) {
            throw new IllegalStateException("net/http: Hijack called after ServeHTTP finished");
        }
        if (hijacked) {
            throw HttpSentinel.HIJACKED.exception();
        }
        if (wroteHeader) {
            flushBuffer();
            if (!headSent) {
                sendHead(buf, 0, 0);
            }
        }
        synchronized (out) {
            canWriteContinue = false;
            out.flush();
            hijacked = true;
        }
        return c.hijack();
    }

    @Override
    public void setReadDeadline(Instant t) throws IOException {
        rate.setReadDeadline(t); // kept, so body reads under the data rate restore it
    }

    @Override
    public void setMinRequestBodyDataRate(MinDataRate r) {
        rate.setRate(r);
    }

    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        c.conn().setWriteDeadline(t);
    }

    /** Go's {@code requestTooLarge}: a {@link MaxBytesReader} hit its limit; close after replying. */
    @Override
    public void requestTooLarge() {
        closeAfterReply = true;
        requestBodyLimitHit = true;
        if (!wroteHeader) {
            handlerHeader.set("Connection", "close");
        }
    }

    // ---- 100 Continue ----

    void allowContinue() {
        canWriteContinue = true;
    }

    boolean wroteContinue() {
        return wroteContinue;
    }

    /** Sends {@code 100 Continue} once, before the first body read, unless the response began. */
    void writeContinue() {
        if (!canWriteContinue || hijacked) {
            return;
        }
        synchronized (out) {
            if (canWriteContinue) {
                canWriteContinue = false;
                wroteContinue = true;
                try {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n");
                    out.flush();
                } catch (IOException e) {
                    // sticky in out; the body read that follows fails on its own
                }
            }
        }
    }

    // ---- the wire ----

    private void flushBuffer() throws IOException {
        if (bufLen > 0) {
            int n = bufLen;
            bufLen = 0;
            sendBody(buf, 0, n);
        }
    }

    /** Go's {@code chunkWriter.Write}: the head first if needed, then the bytes, framed. */
    private void sendBody(byte[] p, int off, int len) throws IOException {
        if (!headSent) {
            sendHead(p, off, len);
        }
        if (isHEAD) {
            return;
        }
        if (chunking) {
            out.write(Integer.toHexString(len) + "\r\n");
            out.write(p, off, len);
            out.write(CRLF, 0, 2);
        } else {
            out.write(p, off, len);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    /** Go's {@code chunkWriter.writeHeader}: decides framing and connection reuse, writes the head. */
    private void sendHead(byte[] p, int off, int len) throws IOException {
        headSent = true;
        StringBuilder b = c.headBuilder();
        ResponseHeadPlan.render(this, sent, p, off, len, b);
        out.write(b);
    }

    /**
     * Reports field values the handler set that were not sent for holding control characters
     * (RFC 9110 §5.5; see {@link Header#wireValue}): a handler bug worth a log line. Only the
     * name is logged: values may be secrets.
     */
    void dropped(List<String> keys) {
        if (keys != null) {
            for (String k : keys) {
                c.logf("http: invalid header field value for " + Ascii.quote(k) + " not sent");
            }
        }
    }

    /** What the head decision needs from this response (see {@link ResponseHeadPlan}). */
    int status() {
        return status;
    }

    boolean isHEAD() {
        return isHEAD;
    }

    boolean handlerDone() {
        return handlerDone;
    }

    boolean wants10KeepAlive() {
        return wants10KeepAlive;
    }

    boolean wantsClose() {
        return wantsClose;
    }

    long contentLength() {
        return contentLength;
    }

    void setContentLength(long n) {
        contentLength = n;
    }

    void setChunking() {
        chunking = true;
    }

    boolean closeAfterReply() {
        return closeAfterReply;
    }

    void setCloseAfterReply() {
        closeAfterReply = true;
    }

    void declareTrailer(String k) {
        k = Header.canonicalKey(k);
        if (!k.equals("Transfer-Encoding") && !k.equals("Trailer") && !k.equals("Content-Length")) {
            if (trailers == null) {
                trailers = new ArrayList<>(1);
            }
            trailers.add(k);
        }
    }

    ServerConn conn() {
        return c;
    }

    /**
     * Go's unread-body handling from {@code writeHeader}: drain up to 256 KiB of what the
     * handler left so the connection can be reused; returns true when the body was too big
     * (the response then says {@code Connection: close}). Runs once, before the head when the
     * handler has returned, else after the response (so a handler may stream while reading).
     */
    boolean decideBody() {
        if (bodyDecided) {
            return false;
        }
        bodyDecided = true;
        if (req.contentLength() == 0 || closeAfterReply) {
            return false;
        }
        if (body.expectsContinue() && !wroteContinue) {
            return false; // the client may not send it at all; closeAfterReply is set already
        }
        if (body.isClosed()) {
            if (body.closedEarly()) {
                closeAfterReply = true;
            }
            return false;
        }
        switch (body.drain()) {
            case EOF:
                return false;
            case TOO_BIG:
                requestTooLarge();
                return true;
            default:
                closeAfterReply = true; // whatever follows on the wire is not a request
                return false;
        }
    }

    /** Go's {@code finishRequest}: the rest of the body, the last chunk and trailers, flush. */
    void finish() throws IOException {
        handlerDone = true;
        if (hijacked) {
            return;
        }
        try {
            if (!wroteHeader) {
                writeHeader(Status.OK);
            }
            flushBuffer();
            if (!headSent) {
                sendHead(buf, 0, 0);
            }
            if (chunking) {
                StringBuilder b = new StringBuilder("0\r\n");
                Header t = finalTrailers();
                if (t != null) {
                    dropped(t.appendTo(b, null));
                }
                out.write(b.append("\r\n").toString());
            }
            if (bodyDecided) {
                // Settled before the head (the handler had returned): close it before the
                // client can see the response, so a read through a leaked Request already fails.
                body.finish();
            }
            out.flush();
        } finally {
            if (out.error() == null) {
                decideBody(); // not on a broken connection: it will not be reused anyway
            }
            body.finish();
        }
    }

    /** Go's {@code finalTrailers}: {@code Trailer:}-prefixed keys and declared trailers, as set now. */
    private Header finalTrailers() {
        Header t = null;
        for (String k : handlerHeader.keys()) {
            if (k.startsWith(TRAILER_PREFIX)) {
                t = t == null ? new Header() : t;
                t.putRaw(k.substring(TRAILER_PREFIX.length()), handlerHeader.values(k).toArray(new String[0]));
            }
        }
        for (String k : trailers == null ? List.<String>of() : trailers) {
            t = t == null ? new Header() : t;
            for (String v : handlerHeader.values(k)) {
                t.add(k, v);
            }
        }
        return t;
    }

    /** Go's {@code shouldReuseConnection}. */
    boolean shouldReuseConnection() {
        if (closeAfterReply || hijacked) {
            return false;
        }
        if (!isHEAD && contentLength != -1 && bodyAllowed(status) && contentLength != written) {
            return false; // the handler wrote less than it declared: the client is out of sync
        }
        return out.error() == null && !body.closedEarly() && body.failure() == null;
    }

    boolean requestBodyLimitHit() {
        return requestBodyLimitHit;
    }

    boolean closedBodyEarly() {
        return body.closedEarly();
    }

    /** Whether any of the final response head has been written (buffered or sent). */
    boolean committed() {
        return headSent;
    }

    boolean hijacked() {
        return hijacked;
    }

    /** Go's {@code bodyAllowedForStatus}. */
    static boolean bodyAllowed(int status) {
        return !((status >= 100 && status <= 199) || status == 204 || status == 304);
    }
}
