package dev.gonet.demo.api;

import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;

/**
 * Answers that do not come: {@code /api/hang?ms=} sends nothing for {@code ms} (then 200
 * {@code late}), for header timeouts; {@code /api/stall?first=&ms=} sends the head and
 * {@code first} bytes, then nothing for {@code ms}, then ends the (chunked) body, for body
 * timeouts and closing a body mid-read. Waits are capped at {@value #MAX_MILLIS} ms.
 */
final class Waits {
    static final long MAX_MILLIS = 30_000;

    private Waits() {
    }

    static void hang(ResponseWriter w, Request r) throws IOException {
        long ms = millis(r);
        if (ms < 0) {
            Handlers.error(w, "want ms=0.." + MAX_MILLIS, Status.BAD_REQUEST);
            return;
        }
        sleep(ms);
        w.header().set("Cache-Control", "no-store");
        w.writeString("late");
    }

    static void stall(ResponseWriter w, Request r) throws IOException {
        long ms = millis(r);
        int first;
        try {
            first = Integer.parseInt(r.url().query().get("first"));
        } catch (NumberFormatException e) {
            first = -1;
        }
        if (ms < 0 || first < 0 || first > 1 << 20) {
            Handlers.error(w, "want ms=0.." + MAX_MILLIS + " and first=0..1048576", Status.BAD_REQUEST);
            return;
        }
        w.header().set("Content-Type", "application/octet-stream");
        w.header().set("Cache-Control", "no-store");
        w.writeHeader(Status.OK);
        Bytes.write(new Bytes.WriterStream(w), 0, first);
        new ResponseController(w).flush();
        sleep(ms);
    }

    private static long millis(Request r) {
        try {
            long ms = Long.parseLong(r.url().query().get("ms"));
            return ms < 0 || ms > MAX_MILLIS ? -1 : ms;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
