package dev.gonet.http;

import dev.gonet.http.Routes.Match;
import java.io.IOException;

/**
 * Go 1.22's {@code http.ServeMux}: routes each request to the handler of the most specific
 * matching pattern ({@code "GET /items/{id}"}, {@code "/static/"}, {@code "POST example.com/x"},
 * {@code "/files/{path...}"}, {@code "/{$}"}).
 *
 * <p>As in Go: a pattern with GET also serves HEAD; a path matched only under other methods is
 * answered 405 with {@code Allow}; unclean paths ({@code //}, {@code .}, {@code ..}) are
 * redirected (301) to the cleaned one, and {@code /dir} to {@code /dir/} when only the latter is
 * registered; {@code *} targets get 400; no match is 404. Registering a pattern that conflicts
 * with another (same requests, neither more specific) throws {@link IllegalArgumentException}
 * with Go's message naming both registration sites. Wildcard values are available from
 * {@link Request#pathValue(String)}, the matched pattern from {@link Request#pattern()}.
 *
 * <p>Thread-safe: handlers may be registered while serving.
 */
public final class ServeMux implements Handler {
    private final Routes<Handler> routes = new Routes<>();

    /** An empty mux, Go's {@code http.NewServeMux()}: every request gets 404 until a pattern is registered. */
    public ServeMux() {
    }

    /**
     * What {@link #handler(Request)} found: the handler to run and the pattern it is registered with.
     *
     * @param handler the handler
     * @param pattern the pattern, Go 1.22's syntax: {@code [METHOD ][HOST]/[PATH]}, e.g. {@code GET
     *        /items/{id}}
     */
    public record Found(Handler handler, String pattern) {
    }

    /**
     * Go's {@code Handle}: registers {@code handler} for {@code pattern}.
     *
     * @param pattern the pattern, Go 1.22's syntax: {@code [METHOD ][HOST]/[PATH]}, e.g. {@code GET
     *        /items/{id}}
     * @param handler the handler
     * @throws IllegalArgumentException for an invalid pattern, a null handler, or a conflict,
     *                                  with Go's panic text
     *
     */
    public void handle(String pattern, Handler handler) {
        routes.register(pattern, handler);
    }

    /**
     * Go's {@code HandleFunc}.
     *
     * @param pattern the pattern, Go 1.22's syntax: {@code [METHOD ][HOST]/[PATH]}, e.g. {@code GET
     *        /items/{id}}
     * @param handler the handler
     */
    public void handleFunc(String pattern, HandlerFunc handler) {
        routes.register(pattern, handler);
    }

    /**
     * {@return Go's {@code Handler}: the handler {@link #serveHTTP} would run for {@code r} and its
     *   pattern; for a redirect, 405 or 404, a handler writing that answer (pattern as Go gives it, often
     *   "")} Does not change {@code r}.
     *
     * @param r the request
     */
    public Found handler(Request r) {
        Match<Handler> m = match(r);
        return switch (m.kind()) {
            case FOUND -> new Found(m.handler(), m.pattern());
            case REDIRECT -> new Found(redirectTo(m), m.pattern());
            case METHOD_NOT_ALLOWED -> new Found(notAllowed(m.allow()), "");
            case NOT_FOUND -> new Found(Handlers.notFoundHandler(), "");
        };
    }

    /** Dispatches {@code r}, setting its pattern and path values first. */
    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        if (r.requestURI().equals("*")) {
            if (r.protoAtLeast(1, 1)) {
                w.header().set("Connection", "close");
            }
            w.writeHeader(Status.BAD_REQUEST);
            return;
        }
        Match<Handler> m = match(r);
        switch (m.kind()) {
            case FOUND -> {
                r.setPattern(m.pattern());
                r.setPathValues(m.pathValues());
                m.handler().serveHTTP(w, r);
            }
            case REDIRECT -> redirectTo(m).serveHTTP(w, r);
            case METHOD_NOT_ALLOWED -> notAllowed(m.allow()).serveHTTP(w, r);
            case NOT_FOUND -> Handlers.notFound(w, r);
        }
    }

    private Match<Handler> match(Request r) {
        return routes.match(r.method(), r.host(), r.url().host(), r.url().escapedPath());
    }

    /** Go's {@code RedirectHandler(u.String(), 301)}, the query kept. */
    private static Handler redirectTo(Match<Handler> m) {
        return (w, r) -> {
            String q = r.url().rawQuery();
            Handlers.redirect(w, r, m.redirect() + (q.isEmpty() ? "" : "?" + q), Status.MOVED_PERMANENTLY);
        };
    }

    private static Handler notAllowed(String allow) {
        return (w, r) -> {
            w.header().set("Allow", allow);
            Handlers.error(w, Status.statusText(Status.METHOD_NOT_ALLOWED), Status.METHOD_NOT_ALLOWED);
        };
    }
}
