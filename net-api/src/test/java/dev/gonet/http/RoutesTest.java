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

    @Test
    void findHandler() {
        Routes<String> mux = new Routes<>();
        mux.register("/", "handler 1");
        mux.register("/foo/", "handler 2");
        mux.register("/foo", "handler 3");
        mux.register("/bar/", "handler 4");
        mux.register("//foo", "handler 5");
        String[][] rows = {
            {"GET", "/", "handler 1"},
            {"GET", "//", "redirect / 301"},
            {"GET", "/foo/../bar/./..//baz", "redirect /baz 301"},
            {"GET", "/foo", "handler 3"},
            {"GET", "/foo/x", "handler 2"},
            {"GET", "/bar/x", "handler 4"},
            {"GET", "/bar", "redirect /bar/ 301"},
            {"CONNECT", "/", "handler 1"},
            {"CONNECT", "//", "handler 1"},
            {"CONNECT", "//foo", "handler 5"},
            {"CONNECT", "/foo/../bar/./..//baz", "handler 2"},
            {"CONNECT", "/foo", "handler 3"},
            {"CONNECT", "/foo/x", "handler 2"},
            {"CONNECT", "/bar/x", "handler 4"},
            {"CONNECT", "/bar", "redirect /bar/ 301"},
        };
        Failures f = new Failures();
        for (String[] row : rows) {
            f.row();
            // Go's test: r.Host is example.com, r.URL is just the path (no URL host).
            Match<String> m = mux.match(row[0], "example.com", "", row[1]);
            f.expect(row[0] + " " + q(row[1]), outcome(m), row[2]);
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

    @Test
    void registerErr() {
        Routes<String> mux = new Routes<>();
        mux.register("/a", "h");
        // pattern, handler, texts the error must contain (Go matches a regexp)
        Object[][] rows = {
            {"", "h", List.of("http: invalid pattern")},
            {"/", null, List.of("http: nil handler")},
            {null, "h", List.of("http: invalid pattern")},
            {"/{x", "h", List.of("parsing \"/{x\": at offset 1: bad wildcard segment")},
            // Go: `conflicts with pattern.* \(registered at .*/server_test.go:\d+`; Java names
            // the calling frame instead of file:line.
            {"/a", "h", List.of("conflicts with pattern \"/a\" (registered at dev.gonet.http.RoutesTest.registerErr(RoutesTest.java:",
                    "pattern \"/a\" (registered at dev.gonet.http.RoutesTest.registerErr(RoutesTest.java:")},
        };
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            String pattern = (String) row[0];
            try {
                mux.register(pattern, (String) row[1]);
                f.errorf("register(" + q(pattern) + ", " + row[1] + ") = nil error");
            } catch (IllegalArgumentException e) {
                @SuppressWarnings("unchecked")
                List<String> wants = (List<String>) row[2];
                for (String want : wants) {
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

    @Test
    void exactMatch() {
        String[][] rows = {
            {"", "/a", "false"},
            {"/", "/a", "false"},
            {"/a", "/a", "true"},
            {"/a/{x...}", "/a/b", "false"},
            {"/a/{x}", "/a/b", "true"},
            {"/a/b/", "/a/b/", "true"},
            {"/a/b/{$}", "/a/b/", "true"},
            {"/a/", "/a/b/", "false"},
        };
        Failures f = new Failures();
        for (String[] row : rows) {
            f.row();
            RoutingNode.Found<String> n = null;
            if (!row[0].isEmpty()) {
                RoutingNode<String> leaf = new RoutingNode<>();
                leaf.pattern = Pattern.parse(row[0]);
                n = new RoutingNode.Found<>(leaf, List.of());
            }
            f.expect("exactMatch(" + q(row[0]) + ", " + row[1] + ")", String.valueOf(Routes.exactMatch(n, row[1])), row[2]);
        }
        f.done(8);
    }

    @Test
    void escapedPathsAndPatterns() {
        // pattern, then request targets with the EscapedPath Go's url.ParseRequestURI gives them
        String[][] rows = {
            {"/a", "/a", "/a", "/%61", "/%61"}, // this pattern matches a path that unescapes to "/a"
            {"/%62", "/b", "/b", "/%62", "/%62"}, // patterns are unescaped by segment
            {"/%7B/%7D", "/{/}", "/%7B/%7D", "/%7b/}", "/%7B/%7D", "/{/%7d", "/%7B/%7D", "/%7B/%7D", "/%7B/%7D"},
            {"/%x", "/%25x", "/%25x"}, // patterns that do not unescape are left unchanged
        };
        Routes<String> mux = new Routes<>();
        for (String[] row : rows) {
            mux.register(row[0], row[0]);
        }
        Failures f = new Failures();
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i += 2) {
                f.row();
                Match<String> m = mux.match("", "", row[i + 1]);
                f.expect(row[i] + ": pattern", q(m.pattern()), q(row[0]));
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
