package dev.gonet.demo.api;

import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code /api/gate/{id}?first=F&rest=R}: sends the head ({@code Content-Length: F+R}) and the
 * first {@code F} pattern bytes at once, then holds the rest until {@code /api/gate/{id}/open}
 * is requested (or {@value #WAIT_MILLIS} ms pass). A client that reads the first bytes before
 * opening the gate proves its body streams. At most {@value #MAX_GATES} gates wait at once.
 */
final class Gates {
    static final long WAIT_MILLIS = 10_000;
    static final int MAX_GATES = 256;
    private static final long MAX_BYTES = 64L << 20;

    private final Set<String> waiting = new HashSet<>(); // guarded by this
    private final Set<String> opened = new HashSet<>(); // guarded by this

    void serveGated(ResponseWriter w, Request r) throws IOException {
        String id = r.pathValue("id");
        long first;
        long rest;
        try {
            first = Long.parseLong(r.url().query().get("first"));
            rest = Long.parseLong(r.url().query().get("rest"));
        } catch (NumberFormatException e) {
            first = -1;
            rest = -1;
        }
        if (first < 0 || rest < 0 || first + rest > MAX_BYTES || id.length() > 100) {
            Handlers.error(w, "want first=, rest= (at most " + MAX_BYTES + " in all) and an id of 1-100 chars",
                    Status.BAD_REQUEST);
            return;
        }
        synchronized (this) {
            if (waiting.size() >= MAX_GATES || !waiting.add(id)) {
                Handlers.error(w, "too many gates, or this id is waiting already", Status.CONFLICT);
                return;
            }
        }
        try {
            w.header().set("Content-Type", "application/octet-stream");
            w.header().set("Cache-Control", "no-store");
            w.header().set("Content-Length", Long.toString(first + rest));
            w.writeHeader(Status.OK);
            Bytes.write(new Bytes.WriterStream(w), 0, first);
            new ResponseController(w).flush();
            awaitOpen(id);
            Bytes.write(new Bytes.WriterStream(w), first, rest);
        } finally {
            synchronized (this) {
                waiting.remove(id);
                opened.remove(id);
            }
        }
    }

    private synchronized void awaitOpen(String id) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        long left;
        while (!opened.contains(id) && (left = until - System.currentTimeMillis()) > 0) {
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@code /api/gate/{id}/open}: 204 once the gate's waiting request was let go; 404 if none waits. */
    void open(ResponseWriter w, Request r) throws IOException {
        String id = r.pathValue("id");
        synchronized (this) {
            if (!waiting.contains(id)) {
                Handlers.error(w, "no request waits at gate " + id, Status.NOT_FOUND);
                return;
            }
            opened.add(id);
            notifyAll();
        }
        w.header().set("Cache-Control", "no-store");
        w.writeHeader(Status.NO_CONTENT);
    }
}
