package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;

/**
 * {@code /api/stream?bytes=N&delayMs=M&chunk=C}: {@code N} pattern bytes ({@link Bytes#at(long)})
 * with a {@code Content-Length}, sent in chunks of {@code C} bytes, each flushed, with a pause of
 * {@code M} ms between chunks: a body that arrives slowly enough for a progress bar and a cancel
 * button.
 *
 * <p>Bounds: {@code bytes} 0 to {@value #MAX_BYTES} (64 MiB); {@code chunk} 1 to
 * {@value #MAX_CHUNK} (default {@value #DEFAULT_CHUNK}); {@code delayMs} 0 to
 * {@value #MAX_DELAY_MILLIS} (default 0); and the pauses together at most
 * {@value #MAX_TOTAL_MILLIS} ms. Anything else is 400 before the head is sent. A client that goes
 * away ends the answer at the next write.
 */
final class Stream implements Handler {
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_CHUNK = 1 << 20;
    static final int DEFAULT_CHUNK = 16 * 1024;
    static final long MAX_DELAY_MILLIS = 1_000;
    static final long MAX_TOTAL_MILLIS = 60_000;

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        long bytes = number(r, "bytes", -1);
        long chunk = number(r, "chunk", DEFAULT_CHUNK);
        long delay = number(r, "delayMs", 0);
        if (bytes < 0 || bytes > MAX_BYTES || chunk < 1 || chunk > MAX_CHUNK || delay < 0 || delay > MAX_DELAY_MILLIS) {
            Handlers.error(w, "want bytes=0.." + MAX_BYTES + ", chunk=1.." + MAX_CHUNK + " (default " + DEFAULT_CHUNK
                    + "), delayMs=0.." + MAX_DELAY_MILLIS, Status.BAD_REQUEST);
            return;
        }
        long chunks = (bytes + chunk - 1) / chunk;
        if (chunks > 1 && (chunks - 1) * delay > MAX_TOTAL_MILLIS) {
            Handlers.error(w, "the pauses would take " + (chunks - 1) * delay + " ms; at most " + MAX_TOTAL_MILLIS
                    + " ms: fewer chunks or a shorter delayMs", Status.BAD_REQUEST);
            return;
        }
        w.header().set("Content-Type", "application/octet-stream");
        w.header().set("Cache-Control", "no-store");
        w.header().set("Content-Length", Long.toString(bytes));
        w.writeHeader(Status.OK);
        Bytes.WriterStream out = new Bytes.WriterStream(w);
        ResponseController rc = new ResponseController(w);
        rc.flush();
        for (long sent = 0; sent < bytes;) {
            if (sent > 0 && delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            long k = Math.min(chunk, bytes - sent);
            Bytes.write(out, sent, k);
            rc.flush();
            sent += k;
        }
    }

    /** The query parameter {@code name} as a number; {@code dflt} when absent, -1 when not a number. */
    private static long number(Request r, String name, long dflt) {
        String v = r.url().query().get(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
