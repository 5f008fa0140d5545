package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/inspect}: what the server received, as text a test can read line by line:
 * {@code METHOD request-uri}, then {@code Name: value} per header field value (names sorted,
 * {@code Host} included), then {@code body-length: N}. The body is counted, not kept.
 */
final class Inspect implements Handler {
    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(r.method()).append(' ').append(r.requestURI()).append('\n');
        b.append("Host: ").append(r.host()).append('\n');
        List<String> keys = new ArrayList<>(r.header().keys());
        keys.sort(null);
        for (String k : keys) {
            for (String v : r.header().values(k)) {
                b.append(k).append(": ").append(v).append('\n');
            }
        }
        long n = 0;
        byte[] buf = new byte[16 * 1024];
        InputStream in = r.body();
        int k;
        while ((k = in.read(buf)) >= 0) {
            n += k;
        }
        b.append("body-length: ").append(n).append('\n');
        w.header().set("Content-Type", "text/plain; charset=utf-8");
        w.header().set("Cache-Control", "no-store");
        w.writeString(b.toString());
    }
}
