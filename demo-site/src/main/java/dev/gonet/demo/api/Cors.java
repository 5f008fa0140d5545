package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;

/**
 * CORS for one endpoint, opt-in per request with {@code cors=1} in the query: the caller's
 * {@code Origin} is allowed with credentials, the API's own header fields are exposed, and
 * preflights ({@code OPTIONS} with {@code Access-Control-Request-Method}) are answered here.
 */
final class Cors implements Handler {
    static final String EXPOSED = "X-Echo-Method, X-Echo-Length, X-Echo-Content-Type, Content-Length, X-Api";

    private final Handler next;

    Cors(Handler next) {
        this.next = next;
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        String origin = r.header().get("Origin");
        if (!"1".equals(r.url().query().get("cors")) || origin.isEmpty()) {
            next.serveHTTP(w, r);
            return;
        }
        w.header().set("Access-Control-Allow-Origin", origin);
        w.header().set("Access-Control-Allow-Credentials", "true");
        w.header().add("Vary", "Origin");
        if (r.method().equals("OPTIONS") && !r.header().get("Access-Control-Request-Method").isEmpty()) {
            w.header().set("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE");
            String asked = r.header().get("Access-Control-Request-Headers");
            if (!asked.isEmpty()) {
                w.header().set("Access-Control-Allow-Headers", asked);
            }
            w.header().set("Access-Control-Max-Age", "600");
            w.writeHeader(204);
            return;
        }
        w.header().set("Access-Control-Expose-Headers", EXPOSED);
        next.serveHTTP(w, r);
    }
}
