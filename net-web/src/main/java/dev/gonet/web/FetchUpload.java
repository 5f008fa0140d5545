package dev.gonet.web;

import dev.gonet.web.jso.UploadStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.streams.ReadableStream;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A streamed request body: a {@code ReadableStream} whose every pull reads the next chunk of the
 * caller's {@code InputStream} on a green thread, so the browser takes bytes only as fast as it
 * sends them. The stream is closed at the body's end, errored if reading it fails (that error is
 * what the request then fails with), and the caller's stream is closed either way.
 */
final class FetchUpload {
    /** Bytes per pull. */
    static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private IOException failure;
    private boolean closed;

    FetchUpload(InputStream in) {
        this.in = in;
    }

    ReadableStream stream() {
        return UploadStream.create(this::pull, this::close);
    }

    private JSPromise<JSObject> pull(UploadStream.Controller c) {
        return JSPromise.callAsync(() -> {
            byte[] buf = new byte[CHUNK];
            try {
                int n;
                do {
                    n = closed ? -1 : in.read(buf);
                } while (n == 0);
                if (n < 0) {
                    close();
                    c.close();
                } else {
                    c.enqueue(UploadStream.uint8(Int8Array.copyFromJavaArray(Arrays.copyOf(buf, n))));
                }
            } catch (IOException e) {
                failure = e;
                close();
                c.error(UploadStream.error(e.getMessage()));
            }
            return null;
        });
    }

    /** The caller's body failed while being streamed, or null. */
    IOException failure() {
        return failure;
    }

    /** Closes the caller's stream once (the request is over or the browser cancelled). */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        FetchTransport.closeQuietly(in);
    }
}
