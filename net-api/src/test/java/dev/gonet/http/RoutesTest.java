package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Routes.Match;
import dev.gonet.http.Routes.Match.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go's server_test.go: TestFindHandler, TestEmptyServeMux, TestRegisterErr, TestExactMatch
 * and TestEscapedPathsAndPatterns, against {@link Routes}.
 */
class RoutesTest {
    /** A handler as the outcome Go's test prints: the handler's id or the redirect. */
    private static String outcome(Match<String> m) {
        return switch (m.kind()) {
            case FOUND -> m.handler();
            case REDIRECT -> "redirect " + m.redirect() + " 301";
            case METHOD_NOT_ALLOWED -> "405 " + m.allow();
            case NOT_FOUND -> "404";
        };
    }

    private record FindCase(String method, String path, String want) {
    }

    @Test
    void findHandler() {
        Routes<String> mux = new Routes<>();
        mux.register("/", "handler 1");
        mux.register("/foo/", "handler 2");
        mux.register("/foo", "handler 3");
        mux.register("/bar/", "handler 4");
        mux.register("//foo", "handler 5");
        FindCase[] rows = {
            new FindCase("GET", "/", "handler 1"),
            new FindCase("GET", "//", "redirect / 301"),
            new FindCase("GET", "/foo/../bar/./..//baz", "redirect /baz 301"),
            new FindCase("GET", "/foo", "handler 3"),
            new FindCase("GET", "/foo/x", "handler 2"),
            new FindCase("GET", "/bar/x", "handler 4"),
            new FindCase("GET", "/bar", "redirect /bar/ 301"),
            new FindCase("CONNECT", "/", "handler 1"),
            new FindCase("CONNECT", "//", "handler 1"),
            new FindCase("CONNECT", "//foo", "handler 5"),
            new FindCase("CONNECT", "/foo/../bar/./..//baz", "handler 2"),
            new FindCase("CONNECT", "/foo", "handler 3"),
            new FindCase("CONNECT", "/foo/x", "handler 2"),
            new FindCase("CONNECT", "/bar/x", "handler 4"),
            new FindCase("CONNECT", "/bar", "redirect /bar/ 301"),
        };
        Failures f = new Failures();
        for (FindCase row : rows) {
            f.row();
            // Go's test: r.Host is example.com, r.URL is just the path (no URL host).
            Match<String> m = mux.match(row.method(), "example.com", "", row.path());
            f.expect(row.method() + " " + q(row.path()), outcome(m), row.want());
        }
        f.done(15);
    }

    @Test
    void emptyMux() {
        Match<String> m = new Routes<String>().match("GET", "example.com", "/");
        Failures f = new Failures();
        f.row();
        f.expect("empty mux pattern", q(m.pattern()), q(""));
        f.expect("empty mux kind", m.kind(), Kind.NOT_FOUND);
        f.expect("empty mux status", m.status(), 404);
        f.done(1);
    }

    /** A registration that fails, and texts its error must contain (Go matches a regexp). */

    private record RegisterErrCase(String pattern, String handler, List<String> wants) {
    }

    @Test
    void registerErr() {
        Routes<String> mux = new Routes<>();
        mux.register("/a", "h");
        RegisterErrCase[] rows = {
            new RegisterErrCase("", "h", List.of("http: invalid pattern")),
            new RegisterErrCase("/", null, List.of("http: nil handler")),
            new RegisterErrCase(null, "h", List.of("http: invalid pattern")),
            new RegisterErrCase("/{x", "h", List.of("parsing \"/{x\": at offset 1: bad wildcard segment")),
            // Go: `conflicts with pattern.* \(registered at .*/server_test.go:\d+`; Java names
            // the calling frame instead of file:line.
            new RegisterErrCase("/a", "h", List.of("conflicts with pattern \"/a\" (registered at dev.gonet.http.RoutesTest.registerErr(RoutesTest.java:",
                    "pattern \"/a\" (registered at dev.gonet.http.RoutesTest.registerErr(RoutesTest.java:")),
        };
        Failures f = new Failures();
        for (RegisterErrCase row : rows) {
            f.row();
            String pattern = row.pattern();
            try {
                mux.register(pattern, row.handler());
                f.errorf("register(" + q(pattern) + ", " + row.handler() + ") = nil error");
            } catch (IllegalArgumentException e) {
                for (String want : row.wants()) {
                    if (!e.getMessage().contains(want)) {
                        f.errorf("register(" + q(pattern) + "): got " + q(e.getMessage()) + "\nwant containing " + q(want));
                    }
                }
            }
        }
        f.expect("patterns", mux.patterns(), List.of("/a"));
        f.done(5);
    }

    @Test
    void explicitLocation() {
        Routes<String> mux = new Routes<>();
        mux.register("/{y}", "h", "main.go:12");
        Failures f = new Failures();
        f.row();
        try {
            mux.register("/{x}", "h2", null);
            f.errorf("register(/{x}) after /{y} succeeded, want a conflict");
        } catch (IllegalArgumentException e) {
            f.expect("conflict", e.getMessage(), "pattern \"/{x}\" (registered at unknown location) conflicts with"
                    + " pattern \"/{y}\" (registered at main.go:12):\n/{x} matches the same requests as /{y}");
        }
        f.done(1);
    }

    private record ExactMatchCase(String pattern, String path, boolean want) {
    }

    @Test
    void exactMatch() {
        ExactMatchCase[] rows = {
            new ExactMatchCase("", "/a", false),
            new ExactMatchCase("/", "/a", false),
            new ExactMatchCase("/a", "/a", true),
            new ExactMatchCase("/a/{x...}", "/a/b", false),
            new ExactMatchCase("/a/{x}", "/a/b", true),
            new ExactMatchCase("/a/b/", "/a/b/", true),
            new ExactMatchCase("/a/b/{$}", "/a/b/", true),
            new ExactMatchCase("/a/", "/a/b/", false),
        };
        Failures f = new Failures();
        for (ExactMatchCase row : rows) {
            f.row();
            RoutingNode.Found<String> n = null;
            if (!row.pattern().isEmpty()) {
                RoutingNode<String> leaf = new RoutingNode<>();
                leaf.pattern = Pattern.parse(row.pattern());
                n = new RoutingNode.Found<>(leaf, List.of());
            }
            f.expect("exactMatch(" + q(row.pattern()) + ", " + row.path() + ")", Routes.exactMatch(n, row.path()),
                    row.want());
        }
        f.done(8);
    }

    /** A request path and the EscapedPath Go's url.ParseRequestURI gives it. */
    private record Target(String path, String escapedPath) {
    }

    /** A pattern and request targets it must match. */
    private record EscapedCase(String pattern, List<Target> targets) {
    }

    @Test
    void escapedPathsAndPatterns() {
        EscapedCase[] rows = {
            // this pattern matches a path that unescapes to "/a"
            new EscapedCase("/a", List.of(new Target("/a", "/a"), new Target("/%61", "/%61"))),
            // patterns are unescaped by segment
            new EscapedCase("/%62", List.of(new Target("/b", "/b"), new Target("/%62", "/%62"))),
            new EscapedCase("/%7B/%7D", List.of(new Target("/{/}", "/%7B/%7D"), new Target("/%7b/}", "/%7B/%7D"),
                    new Target("/{/%7d", "/%7B/%7D"), new Target("/%7B/%7D", "/%7B/%7D"))),
            // patterns that do not unescape are left unchanged
            new EscapedCase("/%x", List.of(new Target("/%25x", "/%25x"))),
        };
        Routes<String> mux = new Routes<>();
        for (EscapedCase row : rows) {
            mux.register(row.pattern(), row.pattern());
        }
        Failures f = new Failures();
        for (EscapedCase row : rows) {
            for (Target t : row.targets()) {
                f.row();
                Match<String> m = mux.match("", "", t.escapedPath());
                f.expect(t.path() + ": pattern", q(m.pattern()), q(row.pattern()));
            }
        }
        f.done(9);
    }

    @Test
    void nullArgumentsAreEmptyStrings() {
        Routes<String> mux = new Routes<>();
        mux.register("/", "root");
        Failures f = new Failures();
        f.row();
        // Go's zero Request: empty method, host and path; "" cleans to "/", so a redirect.
        f.expect("match(null, null, null, null)", mux.match(null, null, null, null).toString(),
                "REDIRECT / (pattern \"/\")");
        f.row();
        f.expect("match(null, null, \"/\")", mux.match(null, null, "/").toString(), "FOUND / {}");
        f.done(2);
    }
}
