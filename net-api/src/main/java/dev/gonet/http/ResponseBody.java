package dev.gonet.http;

import dev.gonet.http.internal.BodyFraming;
import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.http.internal.FixedLengthInputStream;
import dev.gonet.http.internal.ResponseHead;
import dev.gonet.internal.Ascii;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A response body as the {@link Transport} hands it out (Go's {@code bodyEOFSignal}): it
 * notices the end of the body and only then gives the connection back to the pool, before
 * returning -1 (so the caller's next request can reuse it). Closing it before the end closes
 * the connection. A read failure closes the connection and sticks; once the request's deadline
 * has passed it reads as {@code context deadline exceeded}.
 *
 * <p>One reader at a time; {@link #close()} may come from another thread and then fails a
 * blocked read.
 */
final class ResponseBody extends InputStream {
    private final ClientExchange ex;
    private final PersistConn pc;
    private final TransportRequest tr;
    private final Response resp;
    private final InputStream raw;
    private final boolean alive;
    private boolean eof;
    private boolean closed;
    private IOException err;
    private volatile IOException rawError;

    private ResponseBody(ClientExchange ex, PersistConn pc, TransportRequest tr, Response resp, InputStream raw,
            boolean alive) {
        this.ex = ex;
        this.pc = pc;
        this.tr = tr;
        this.resp = resp;
        this.raw = raw;
        this.alive = alive;
    }

    /** The {@link Response} for head {@code h}, its body wired to the connection's fate. */
    static Response build(ClientExchange ex, PersistConn pc, TransportRequest tr, ResponseHead h) throws IOException {
        Request req = tr.req;
        Header header = h.header();
        Header trailer = new Header();
        boolean chunked = h.framing() == BodyFraming.CHUNKED;
        if (chunked) {
            header.del("Transfer-Encoding");
            if (header.has("Trailer")) {
                header.del("Trailer");
                for (String k : h.trailerKeys()) {
                    trailer.putRaw(k);
                }
            }
        }
        Response r = new Response(h.statusCode(), header, null).setStatus(h.status())
                .setProto(h.proto(), h.protoMajor(), h.protoMinor()).setContentLength(h.contentLength())
                .setClose(h.close()).setTransferEncoding(chunked ? List.of("chunked") : List.of()).setTrailer(trailer);
        r.setTLS(pc.tlsState);
        if (h.statusCode() == Status.SWITCHING_PROTOCOLS) {
            // The connection now belongs to the caller (Go's readWriteCloserBody).
            tr.exchangeDone();
            pc.conn.setDeadline(null);
            pc.handOver();
            return r.setConn(pc.conn).setBody(new Switched(pc));
        }
        boolean alive = !h.close() && !req.wantsClose() && h.statusCode() > 199;
        if (h.framing() == BodyFraming.NONE) {
            tr.exchangeDone();
            pc.finish(alive && ex.wroteRequest());
            return r.setBody(Request.NO_BODY);
        }
        ResponseBody body = new ResponseBody(ex, pc, tr, r, pc.reader.body(h), alive);
        r.setBody(body);
        if (tr.requestedGzip && Ascii.equalFold(header.get("Content-Encoding"), "gzip")) {
            header.del("Content-Encoding");
            header.del("Content-Length");
            r.setBody(new GzipBody(body)).setContentLength(-1).setUncompressed(true);
        }
        return r;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        synchronized (this) {
            if (closed) {
                throw HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
            }
            if (err != null) {
                throw err;
            }
            if (eof) {
                return -1;
            }
        }
        int n;
        try {
            n = raw.read(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
        if (n < 0 || (raw instanceof FixedLengthInputStream f && f.remaining() == 0)) {
            // A fixed-length body ends with its last byte, as Go's does: no extra read needed.
            reachedEnd();
        }
        return n;
    }

    private IOException fail(IOException e) {
        IOException mapped = e;
        java.time.Instant d = ex.deadline();
        boolean timeout = e instanceof dev.gonet.NetError ne && ne.isTimeout();
        if ((timeout && d != null) || HttpError.passed(d)) {
            mapped = HttpSentinel.DEADLINE_EXCEEDED.exception(e); // the request's deadline is the only one on the body
        }
        mapped = tr.orAborted(mapped);
        synchronized (this) {
            if (closed) {
                mapped = HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
            } else if (err == null) {
                err = mapped;
            }
        }
        rawError = mapped;
        tr.exchangeDone();
        pc.close();
        return mapped;
    }

    private void reachedEnd() {
        synchronized (this) {
            if (eof) {
                return;
            }
            eof = true;
        }
        tr.exchangeDone();
        if (raw instanceof ChunkedInputStream c) {
            Header got = c.trailer();
            for (String k : got.keys()) {
                resp.trailer().putRaw(k, got.values(k).toArray(new String[0]));
            }
        }
        pc.finish(alive && ex.wroteRequest());
    }

    /** The last error this body threw, so a decoder above it can pass it on unchanged. */
    IOException lastError() {
        return rawError;
    }

    @Override
    public int available() throws IOException {
        synchronized (this) {
            if (closed || eof || err != null) {
                return 0;
            }
        }
        return raw.available();
    }

    @Override
    public void close() {
        boolean early;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            early = !eof && err == null;
        }
        tr.exchangeDone();
        if (early) {
            pc.close(); // unread bytes would corrupt the next exchange; Go closes too
        }
    }

    /** The body of a 101 response: buffered bytes, then the connection; closing closes the connection. */
    private static final class Switched extends InputStream {
        private final PersistConn pc;

        Switched(PersistConn pc) {
            this.pc = pc;
        }

        @Override
        public int read() throws IOException {
            return pc.reader.source().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return pc.reader.source().read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return pc.reader.source().available();
        }

        @Override
        public void close() throws IOException {
            pc.conn.close();
        }
    }
}
