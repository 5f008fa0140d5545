package dev.gonet.web;

import dev.gonet.http.HttpSentinel;
import dev.gonet.web.jso.Chunks;
import dev.gonet.web.jso.Promises;
import dev.gonet.web.jso.Settled;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.streams.ReadableStreamDefaultReader;
import org.teavm.jso.streams.ReadableStreamReadResult;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * A fetch response body as an {@code InputStream}: chunk by chunk from the body's
 * {@code ReadableStream} reader (the first bytes are readable before the last arrive), or, where
 * a browser has no response streams, the whole {@code arrayBuffer()} at the first read.
 *
 * <p>A read waits on its green thread only; {@link #close()} from another thread (or a deadline,
 * or the request's abort signal) aborts the fetch, which rejects the pending read at once, and
 * the read fails with the reason: {@code http: read on closed response body},
 * {@code context deadline exceeded}, {@code context canceled}. Errors stick. One reader at a time.
 */
final class FetchBody extends InputStream {
    private final FetchCall call;
    private final ReadableStreamDefaultReader reader;
    private JSPromise<ArrayBuffer> whole;
    private byte[] chunk;
    private int pos;
    private boolean eof;
    private boolean closed;
    private IOException err;

    private FetchBody(FetchCall call, ReadableStreamDefaultReader reader, JSPromise<ArrayBuffer> whole) {
        this.call = call;
        this.reader = reader;
        this.whole = whole;
    }

    static FetchBody stream(FetchCall call, ReadableStreamDefaultReader reader) {
        return new FetchBody(call, reader, null);
    }

    static FetchBody whole(FetchCall call, JSPromise<ArrayBuffer> buffer) {
        return new FetchBody(call, null, buffer);
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
        Objects.checkFromIndexSize(off, len, b.length);
        while (true) {
            if (closed) {
                throw HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.exception();
            }
            if (err != null) {
                throw err;
            }
            if (chunk != null && pos < chunk.length) {
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }
            if (eof) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            next();
        }
    }

    /** Waits for the next chunk; at the end sets {@link #eof}; on failure sets {@link #err}. */
    private void next() {
        if (call.deadlinePassed()) {
            call.abort(FetchCall.Abort.DEADLINE); // the timer may not have run yet
        }
        JSPromise<?> p = reader != null ? reader.read() : whole;
        Settled s = Promises.await(p);
        if (closed) {
            return; // read() reports it
        }
        if (!s.isOk()) {
            err = call.failure(s.getError(), true);
            call.finish();
            return;
        }
        JSObject value;
        if (reader != null) {
            ReadableStreamReadResult r = (ReadableStreamReadResult) s.getValue();
            if (r.isDone()) {
                end();
                return;
            }
            value = r.getValue();
        } else {
            value = s.getValue();
            whole = null;
            eof = true; // after this one chunk
            call.finish();
        }
        chunk = Chunks.int8(value).copyToJavaArray();
        pos = 0;
    }

    private void end() {
        eof = true;
        chunk = null;
        call.finish();
    }

    @Override
    public int available() {
        return closed || chunk == null ? 0 : chunk.length - pos;
    }

    /** Stops the body: a fetch still running is aborted, a pending read fails. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        chunk = null;
        if (!eof && err == null) {
            call.abort(FetchCall.Abort.CLOSED);
        }
        call.finish();
    }
}
