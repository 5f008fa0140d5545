package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /api/echo}: streams the request body back as it arrives (so memory stays one buffer
 * however large the body), after a head that says what came: {@code X-Echo-Method},
 * {@code X-Echo-Content-Type}, and {@code X-Echo-Length} when the request declared a length.
 */
final class Echo implements Handler {
    private static final int BUFFER = 32 * 1024;

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        w.header().set("X-Echo-Method", r.method());
        w.header().set("X-Echo-Content-Type", r.header().get("Content-Type"));
        if (r.contentLength() >= 0) {
            w.header().set("X-Echo-Length", Long.toString(r.contentLength()));
            w.header().set("Content-Length", Long.toString(r.contentLength()));
        }
        w.header().set("Content-Type", "application/octet-stream");
        w.writeHeader(200);
        byte[] buf = new byte[BUFFER];
        InputStream in = r.body();
        ResponseController rc = new ResponseController(w);
        int n;
        while ((n = in.read(buf)) >= 0) {
            w.write(buf, 0, n);
            rc.flush();
        }
    }
}
