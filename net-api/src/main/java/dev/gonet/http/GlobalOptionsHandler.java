package dev.gonet.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Go's {@code globalOptionsHandler}: the server's answer to {@code OPTIONS *} (RFC 9110 §9.3.7,
 * a question about the server itself, not about any resource): 200 with
 * {@code Content-Length: 0}. A body, reserved by the RFC for future use, is read and dropped up
 * to 4 KiB; more is treated as an attack (a {@link MaxBytesReader}), so the connection closes
 * after the answer. {@link Server#withDisableGeneralOptionsHandler} hands such requests to the
 * server's handler instead.
 */
final class GlobalOptionsHandler implements Handler {
    static final GlobalOptionsHandler INSTANCE = new GlobalOptionsHandler();
    /** How much of an {@code OPTIONS *} body is read, as Go's. */
    static final int MAX_BODY = 4 << 10;

    private GlobalOptionsHandler() {
    }

    /** Go's {@code serverHandler} test: {@code OPTIONS} with the asterisk-form target. */
    static boolean applies(Request r) {
        return r.method().equals("OPTIONS") && r.requestURI().equals("*");
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) {
        w.header().set("Content-Length", "0");
        if (r.contentLength() != 0) {
            // Not closed: closing would drain the rest, which is what the limit is there to avoid.
            InputStream in = new MaxBytesReader(w, r.body(), MAX_BODY);
            byte[] sink = new byte[1024];
            try {
                while (in.read(sink, 0, sink.length) >= 0) {
                    // dropped
                }
            } catch (IOException e) {
                // Go ignores it too: over the limit the connection closes, a broken body ends it
            }
        }
    }
}
