package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import java.io.IOException;

/**
 * {@code /api/redirect/{n}?code=302}: redirects to {@code /api/redirect/{n-1}} (same query),
 * so a client meets {@code n} redirects, then answers 200 with {@code redirected} as the body.
 * {@code code} is 301, 302, 303, 307 or 308; {@code n} at most {@value #MAX_HOPS}.
 */
final class Redirects implements Handler {
    static final int MAX_HOPS = 50;

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        int n;
        int code;
        try {
            n = Integer.parseInt(r.pathValue("n"));
            String c = r.url().query().get("code");
            code = c.isEmpty() ? Status.FOUND : Integer.parseInt(c);
        } catch (NumberFormatException e) {
            n = -1;
            code = -1;
        }
        if (n < 0 || n > MAX_HOPS || !(code == 301 || code == 302 || code == 303 || code == 307 || code == 308)) {
            Handlers.error(w, "want /api/redirect/{0.." + MAX_HOPS + "}?code=301|302|303|307|308",
                    Status.BAD_REQUEST);
            return;
        }
        if (n == 0) {
            w.header().set("Content-Type", "text/plain; charset=utf-8");
            w.writeString("redirected");
            return;
        }
        String q = r.url().rawQuery();
        Handlers.redirect(w, r, "/api/redirect/" + (n - 1) + (q.isEmpty() ? "" : "?" + q), code);
    }
}
