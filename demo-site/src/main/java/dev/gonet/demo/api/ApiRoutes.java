package dev.gonet.demo.api;

import dev.gonet.http.Handler;
import dev.gonet.http.ServeMux;

/**
 * Registers the {@code /api/} endpoints. Every one answers CORS requests from any origin when
 * the query has {@code cors=1} ({@link Cors}); without it, a cross-origin page is refused by its
 * browser, which the CORS-failure tests rely on.
 *
 * <ul>
 *   <li>{@code /api/echo} (any method): the request body back, streamed; {@code X-Echo-Method},
 *       {@code X-Echo-Length} (trailer-free count is in the body) and {@code X-Echo-Content-Type}
 *       describe the request ({@link Echo});</li>
 *   <li>{@code /api/inspect} (any method): the request as text, one header field per line
 *       ({@link Inspect});</li>
 *   <li>{@code /api/status/{code}}: that status;</li>
 *   <li>{@code /api/redirect/{n}?code=302}: a chain of {@code n} redirects, then 200
 *       ({@link Redirects});</li>
 *   <li>{@code /api/bytes?n=&chunked=1&gzip=1}: {@code n} bytes of {@link Bytes#at(long)}
 *       ({@link Bytes});</li>
 *   <li>{@code /api/gate/{id}?first=&rest=}: {@code first} bytes, then the rest once
 *       {@code /api/gate/{id}/open} was requested ({@link Gates});</li>
 *   <li>{@code /api/hang?ms=}: no answer for {@code ms}; {@code /api/stall?first=&ms=}: the head
 *       and {@code first} bytes, then nothing for {@code ms} ({@link Waits});</li>
 *   <li>{@code /api/stream?bytes=&delayMs=&chunk=}: {@code bytes} bytes with a length, in
 *       flushed chunks with a pause between them, for progress bars and cancels
 *       ({@link Stream}: at most 64 MiB and 60 s of pauses);</li>
 *   <li>{@code /api/text?s=}: {@code s} as the body; {@code /api/cookie?v=}: sets cookie
 *       {@code gonet=v};</li>
 *   <li>{@code /api/services}: the demo server's TCP echo address, relay, DoH path and zone, as
 *       JSON for the pages ({@link Services}).</li>
 * </ul>
 */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** The endpoints; {@code /api/services} says there is no TCP echo. */
    public static void register(ServeMux mux) {
        register(mux, null, "gonet.test");
    }

    /**
     * The endpoints, {@code /api/services} naming {@code tcpEcho} ({@code 127.0.0.1:PORT}, or
     * null for none) and the DoH {@code zone}.
     */
    public static void register(ServeMux mux, String tcpEcho, String zone) {
        Gates gates = new Gates();
        route(mux, "/api/echo", new Echo());
        route(mux, "/api/inspect", new Inspect());
        route(mux, "/api/status/{code}", Small::status);
        route(mux, "/api/redirect/{n}", new Redirects());
        route(mux, "/api/bytes", new Bytes());
        route(mux, "/api/gate/{id}", gates::serveGated);
        route(mux, "/api/gate/{id}/open", gates::open);
        route(mux, "/api/hang", Waits::hang);
        route(mux, "/api/stall", Waits::stall);
        route(mux, "/api/text", Small::text);
        route(mux, "/api/cookie", Small::cookie);
        route(mux, "/api/stream", new Stream());
        route(mux, "/api/services", new Services(tcpEcho, zone)::serve);
    }

    /**
     * Every method the API takes: a pattern with a method, so that it is more specific than the
     * site's {@code GET /} for GET, and does not conflict with it (Go 1.22 rules).
     */
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

    private static void route(ServeMux mux, String path, Handler h) {
        Handler cors = new Cors(h);
        for (String m : METHODS) {
            mux.handle(m + " " + path, cors);
        }
    }
}
