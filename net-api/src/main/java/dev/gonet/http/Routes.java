package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The routing core of Go 1.22's {@code ServeMux}: a registry of patterns and handlers that
 * answers, for a request's method, host and path, which handler runs, with which path values,
 * or that the request is redirected (301), not allowed (405, with the {@code Allow} list) or
 * not found (404). Knows nothing of requests or responses, so any ServeMux can sit on top.
 *
 * <p>Pattern syntax, precedence, conflicts, path cleaning, trailing-slash redirects and error
 * texts are Go's, from go1.22 plus two later router fixes: no trailing-slash redirect for a
 * path that already ends in '/' (Go issue 65624, in go1.22.1), and a literal "*" segment is
 * not taken for a multi wildcard (Go issue 67067, which made go1.22 panic).
 *
 * <p>Go names the registering source line in conflict messages; here it is the first stack
 * frame outside Routes and ServeMux ({@code com.example.App.main(App.java:12)}), or
 * {@code unknown location} where no stack trace is available, as Go says when it has none.
 *
 * <p>Thread-safe: registration and matching synchronize on this object.
 *
 * @param <T> the handler type
 *
 */
public final class Routes<T> {
    private final RoutingNode<T> tree = new RoutingNode<>();
    private final RoutingIndex index = new RoutingIndex();
    private final List<Pattern> patterns = new ArrayList<>();

    /** An empty routing table. */
    public Routes() {
    }

    /**
     * Registers {@code handler} for {@code pattern}, as Go's {@code ServeMux.Handle}. Throws
     * {@link IllegalArgumentException} with Go's panic text: {@code http: invalid pattern},
     * {@code http: nil handler}, {@code parsing "/a/{x": at offset 3: bad wildcard segment
     * (must end with '}')}, or {@code pattern "/a" (registered at ...) conflicts with pattern
     * "/a" (registered at ...):\n/a matches the same requests as /a}.
     *
     * @param pattern the pattern, Go 1.22's syntax: {@code [METHOD ][HOST]/[PATH]}, e.g. {@code GET
     *        /items/{id}}
     * @param handler the handler
     */
    public void register(String pattern, T handler) {
        register(pattern, handler, CallerLocation.find());
    }

    /**
     * As {@link #register(String, Object)}, naming the registration site explicitly.
     *
     * @param pattern the pattern, Go 1.22's syntax: {@code [METHOD ][HOST]/[PATH]}, e.g. {@code GET
     *        /items/{id}}
     * @param handler the handler
     * @param location the location
     */
    public synchronized void register(String pattern, T handler, String location) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("http: invalid pattern");
        }
        if (handler == null) {
            throw new IllegalArgumentException("http: nil handler");
        }
        Pattern pat;
        try {
            pat = Pattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parsing " + Ascii.quote(pattern) + ": " + e.getMessage());
        }
        pat.loc = location == null ? "unknown location" : location;
        String conflict = index.possiblyConflictingPatterns(pat, pat2 -> {
            if (!pat.conflictsWith(pat2)) {
                return null;
            }
            return "pattern " + Ascii.quote(pat.str) + " (registered at " + pat.loc
                    + ") conflicts with pattern " + Ascii.quote(pat2.str) + " (registered at "
                    + pat2.loc + "):\n" + Conflicts.describe(pat, pat2);
        });
        if (conflict != null) {
            throw new IllegalArgumentException(conflict);
        }
        try {
            tree.addPattern(pat, handler);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage()); // Go's "non-nil leaf fields" panic
        }
        index.addPattern(pat);
        patterns.add(pat);
    }

    /** {@return the registered patterns, in registration order} */
    public synchronized List<String> patterns() {
        List<String> out = new ArrayList<>(patterns.size());
        for (Pattern p : patterns) {
            out.add(p.str);
        }
        return out;
    }

    /**
     * Routes a request given its method, {@code Host} header (a port is ignored) and escaped
     * path, as Go's {@code URL.EscapedPath()} gives it (no query). For CONNECT, {@code host}
     * also stands for the URL's host, as in an authority-form request target.
     *
     * @param method the method, e.g. {@code GET}
     * @param host the host name or IP literal
     * @param path the path
     * @return what matched
     */
    public Match<T> match(String method, String host, String path) {
        return match(method, host, host, path);
    }

    /**
     * Go's {@code ServeMux.findHandler}: {@code host} is {@code r.Host}, {@code urlHost} is
     * {@code r.URL.Host} (consulted for CONNECT only) and {@code escapedPath} is
     * {@code r.URL.EscapedPath()}; {@code r.URL.Path}, needed for trailing-slash redirects, is
     * its unescaping, as it always is in Go. Null stands for "".
     *
     * @param method the method, e.g. {@code GET}
     * @param host the host name or IP literal
     * @param urlHost the url host
     * @param escapedPath the escaped path
     * @return what matched
     */
    public synchronized Match<T> match(String method, String host, String urlHost, String escapedPath) {
        String m = GoText.bytes(method);
        String escaped = GoText.bytes(escapedPath);
        String uPath = PathText.unescapeOrNull(escaped);
        if (uPath == null) {
            uPath = escaped; // not an EscapedPath() result; Go never gets here
        }
        RoutingNode.Found<T> found;
        String hostFor405;
        String routed;
        if (m.equals("CONNECT")) {
            // CONNECT paths are not cleaned, but the /tree -> /tree/ redirect still applies,
            // checked against the URL's host; the match proper uses r.Host, port and all.
            hostFor405 = GoText.bytes(urlHost);
            routed = escaped;
            String to = trailingSlashTarget(tree.match(hostFor405, m, routed), hostFor405, m, routed, uPath);
            if (to != null) {
                return Match.redirect(PathText.urlStringOfPath(to), GoText.text(to));
            }
            found = tree.match(GoText.bytes(host), m, routed);
        } else {
            hostFor405 = stripHostPort(GoText.bytes(host));
            routed = PathText.cleanPath(escaped);
            found = tree.match(hostFor405, m, routed);
            String to = trailingSlashTarget(found, hostFor405, m, routed, uPath);
            if (to != null) {
                return Match.redirect(PathText.urlStringOfPath(to), GoText.text(to));
            }
            if (!routed.equals(escaped)) {
                // Go puts the cleaned *escaped* path in URL.Path, so String() escapes it again
                // ("/a%20b/." redirects to "/a%2520b"). The pattern is the one that would match.
                return Match.redirect(PathText.urlStringOfPath(routed), found == null ? "" : found.node().pattern.str);
            }
        }
        if (found == null) {
            TreeSet<String> allowed = new TreeSet<>();
            tree.matchingMethods(hostFor405, routed, allowed);
            // A trailing-slash redirect would be tried too, so its methods count as well.
            tree.matchingMethods(hostFor405, routed + "/", allowed);
            if (!allowed.isEmpty()) {
                return Match.methodNotAllowed(GoText.text(String.join(", ", allowed)));
            }
            return Match.notFound();
        }
        return Match.found(found.node().handler, found.node().pattern, found.matches());
    }

    // The last host stripPort was asked about and its answer (guarded by this): requests on a
    // keep-alive connection, and mostly across connections, name the same host.
    private String lastHost = "";
    private String lastStripped = "";

    private String stripHostPort(String host) {
        if (!host.equals(lastHost)) {
            lastStripped = PathText.stripHostPort(host);
            lastHost = host;
        }
        return lastStripped;
    }

    /**
     * Go's {@code matchOrRedirect} redirect half: when {@code n}, the match for path, is not
     * exact and the path does not end in '/', but path + "/" matches exactly, the target
     * {@code cleanPath(URL.Path) + "/"} (an unescaped byte string); otherwise null.
     */
    private String trailingSlashTarget(RoutingNode.Found<T> n, String host, String method, String path, String urlPath) {
        if (exactMatch(n, path) || path.endsWith("/")) {
            return null;
        }
        String withSlash = path + "/";
        if (exactMatch(tree.match(host, method, withSlash), withSlash)) {
            return PathText.cleanPath(urlPath) + "/";
        }
        return null;
    }

    /**
     * Whether the match is exact: no multi wildcard, or one that matched the empty string
     * (as "/a/" or "/a/{x...}" for "/a/", but not "/a/" for "/a/b/").
     */
    static boolean exactMatch(RoutingNode.Found<?> f, String path) {
        if (f == null) {
            return false;
        }
        if (!f.node().pattern.lastSegment().multi()) {
            return true;
        }
        if (!path.isEmpty() && path.charAt(path.length() - 1) != '/') {
            return false; // the multi matched something non-empty
        }
        // Exact when the pattern has as many segments as the path has slashes.
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return f.node().pattern.segments.size() == slashes;
    }

    /**
     * What {@link #match} decided. {@link #pattern()} is what Go's {@code ServeMux.Handler}
     * returns beside the handler: the matched pattern; for a redirect, the pattern that will
     * match after it (a trailing-slash redirect gives the new path, a cleaning redirect the
     * pattern the cleaned path matches, or ""); "" for 404 and 405.
     *
     * @param <T> the handler type
     */
    public static final class Match<T> {
        /** The four outcomes of Go's findHandler. */
        public enum Kind {
            /** A pattern matched: run {@link #handler()}. */
            FOUND,
            /** Answer 301 with {@link #location(String)}. */
            REDIRECT,
            /** Answer 405 with {@code Allow: }{@link #allow()}. */
            METHOD_NOT_ALLOWED,
            /** Answer 404. */
            NOT_FOUND
        }

        private final Kind kind;
        private final T handler;
        private final String pattern;
        private final Map<String, String> values;
        private final String redirect;
        private final String allow;

        private Match(Kind kind, T handler, String pattern, Map<String, String> values, String redirect, String allow) {
            this.kind = kind;
            this.handler = handler;
            this.pattern = pattern;
            this.values = values;
            this.redirect = redirect;
            this.allow = allow;
        }

        static <T> Match<T> found(T handler, Pattern p, List<String> matches) {
            // Go's PathValue maps the i-th named wildcard to matches[i]. Where Go's matches come
            // up short (an empty CONNECT path segment, Go issue 81222) Go panics; the name is
            // simply absent here.
            Map<String, String> values = null; // made for the first named wildcard: most patterns have none
            int i = 0;
            for (int k = 0; k < p.segments.size(); k++) {
                Pattern.Segment seg = p.segments.get(k);
                if (seg.wild() && !seg.s().isEmpty()) {
                    if (i < matches.size()) {
                        if (values == null) {
                            values = new LinkedHashMap<>();
                        }
                        values.put(GoText.text(seg.s()), GoText.text(matches.get(i)));
                    }
                    i++;
                }
            }
            return new Match<>(Kind.FOUND, handler, p.str, values == null ? Map.of() : Collections.unmodifiableMap(values),
                    "", "");
        }

        static <T> Match<T> redirect(String url, String pattern) {
            return new Match<>(Kind.REDIRECT, null, pattern, Map.of(), url, "");
        }

        static <T> Match<T> methodNotAllowed(String allow) {
            return new Match<>(Kind.METHOD_NOT_ALLOWED, null, "", Map.of(), "", allow);
        }

        static <T> Match<T> notFound() {
            return new Match<>(Kind.NOT_FOUND, null, "", Map.of(), "", "");
        }

        /** {@return what the routing found} */
        public Kind kind() {
            return kind;
        }

        /** {@return the status Go answers with: 301, 405 or 404; 0 for FOUND (the handler decides)} */
        public int status() {
            return switch (kind) {
                case FOUND -> 0;
                case REDIRECT -> 301;
                case METHOD_NOT_ALLOWED -> 405;
                case NOT_FOUND -> 404;
            };
        }

        /** {@return the registered handler when FOUND, else null} */
        public T handler() {
            return handler;
        }

        /** {@return the pattern that matched, empty when none did} */
        public String pattern() {
            return pattern;
        }

        /**
         * Wildcard name to value, in pattern order, unescaped as Go's PathValue; empty unless FOUND.
         *
         * @return wildcard names to values, in pattern order
         */
        public Map<String, String> pathValues() {
            return values;
        }

        /**
         * {@return Go's {@code Request.PathValue}: the value, or "" when the pattern has no such wildcard}
         *
         * @param name the name
         */
        public String pathValue(String name) {
            String v = values.get(name);
            return v == null ? "" : v;
        }

        /**
         * {@return the URL Go's ServeMux redirects to, without the query: the escaped path alone ({@code
         *   url.URL{Path: p}.String()}); "" unless REDIRECT}
         */
        public String redirect() {
            return redirect;
        }

        /**
         * {@return the {@code Allow} header value, e.g. {@code "GET, HEAD"}; "" unless METHOD_NOT_ALLOWED}
         */
        public String allow() {
            return allow;
        }

        /**
         * {@return the {@code Location} header Go's redirect handler sets for a request whose raw query is
         *   {@code rawQuery} (null or "" for none): what Go's {@code Redirect} makes of {@link
         *   #redirect()} + "?" + query, the path re-cleaned with its trailing slash kept and non-ASCII
         *   bytes written as lower-case %xx}
         *
         * @param rawQuery the raw query
         */
        public String location(String rawQuery) {
            return RedirectText.location(redirect, rawQuery);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case FOUND -> "FOUND " + pattern + " " + values;
                case REDIRECT -> "REDIRECT " + redirect + " (pattern " + Ascii.quote(pattern) + ")";
                case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED Allow: " + allow;
                case NOT_FOUND -> "NOT_FOUND";
            };
        }
    }
}
