package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Go's routing_tree_test.go: TestRoutingFirstSegment, TestRoutingAddPattern,
 * TestRoutingNodeMatch (with the Go 1.23 row for a literal "*" path segment) and
 * TestMatchingMethods.
 */
class RoutingNodeTest {
    private static RoutingNode<String> buildTree(String... patterns) {
        RoutingNode<String> root = new RoutingNode<>();
        for (String p : patterns) {
            root.addPattern(Pattern.parse(p), p);
        }
        return root;
    }

    /** A path and the segments firstSegment takes off it, one after another. */
    private record FirstSegmentCase(String path, List<String> segments) {
    }

    private static final FirstSegmentCase[] FIRST_SEGMENT = {
        new FirstSegmentCase("/a/b/c", List.of("a", "b", "c")),
        new FirstSegmentCase("/a/b/", List.of("a", "b", "/")),
        new FirstSegmentCase("/", List.of("/")),
        new FirstSegmentCase("/a/%62/c", List.of("a", "b", "c")),
        new FirstSegmentCase("/a%2Fb%2fc", List.of("a/b/c")),
        // Beyond Go's table: empty segments, bad escapes stay, "%2F" alone becomes "/".
        new FirstSegmentCase("//a", List.of("", "a")),
        new FirstSegmentCase("/%zz/%", List.of("%zz", "%")),
        new FirstSegmentCase("/%2F", List.of("/")),
        new FirstSegmentCase("/a//", List.of("a", "", "/")),
    };

    @Test
    void firstSegment() {
        Failures f = new Failures();
        for (FirstSegmentCase row : FIRST_SEGMENT) {
            f.row();
            List<String> got = new ArrayList<>();
            String rest = row.path();
            while (!rest.isEmpty()) {
                RoutingNode.Split s = RoutingNode.firstSegment(rest);
                got.add(s.seg());
                rest = s.rest();
            }
            f.expect("firstSegment(" + q(row.path()) + ")", got, row.segments());
        }
        f.done(9);
    }

    private static RoutingNode<String> testTree() {
        return buildTree("/a", "/a/b", "/a/{x}", "/g/h/i", "/g/{x}/j", "/a/b/{x...}", "/a/b/{y}", "/a/b/{$}");
    }

    @Test
    void addPattern() {
        // Go 1.23's layout: the multi wildcard child prints as MULTI, not as a "*" key.
        String want = """
                "":
                    "":
                        "a":
                            "/a"
                            "":
                                "/a/{x}"
                            "b":
                                "/a/b"
                                "":
                                    "/a/b/{y}"
                                "/":
                                    "/a/b/{$}"
                                MULTI:
                                    "/a/b/{x...}"
                        "g":
                            "":
                                "j":
                                    "/g/{x}/j"
                            "h":
                                "i":
                                    "/g/h/i"
                """;
        StringBuilder b = new StringBuilder();
        testTree().print(b, 0);
        Failures f = new Failures();
        f.row();
        if (!b.toString().equals(want)) {
            f.errorf("got\n" + b + "\nwant\n" + want);
        }
        f.done(1);
    }

    /** method, host, path, wanted pattern ("" for no match), wanted matches. */
    private record Case(String method, String host, String path, String wantPat, List<String> wantMatches) {
    }

    private static Case c(String method, String host, String path, String wantPat, String... matches) {
        return new Case(method, host, path, wantPat, List.of(matches));
    }

    private static void check(Failures f, RoutingNode<String> tree, Case... cases) {
        for (Case t : cases) {
            f.row();
            RoutingNode.Found<String> found = tree.match(t.host, t.method, t.path);
            String got = found == null ? "" : found.node().pattern.str;
            List<String> matches = found == null ? List.of() : found.matches();
            String call = "match(" + q(t.host) + ", " + q(t.method) + ", " + q(t.path) + ")";
            f.expect(call + " pattern", q(got), q(t.wantPat));
            f.expect(call + " matches", matches, t.wantMatches);
        }
    }

    @Test
    void nodeMatch() {
        Failures f = new Failures();
        check(f, testTree(),
                c("GET", "", "/a", "/a"),
                c("Get", "", "/b", ""),
                c("Get", "", "/a/b", "/a/b"),
                c("Get", "", "/a/c", "/a/{x}", "c"),
                c("Get", "", "/a/b/", "/a/b/{$}"),
                c("Get", "", "/a/b/c", "/a/b/{y}", "c"),
                c("Get", "", "/a/b/c/d", "/a/b/{x...}", "c/d"),
                c("Get", "", "/g/h/i", "/g/h/i"),
                c("Get", "", "/g/h/j", "/g/{x}/j", "h"));

        RoutingNode<String> tree = buildTree("/item/", "POST /item/{user}", "GET /item/{user}", "/item/{user}",
                "/item/{user}/{id}", "/item/{user}/new", "/item/{$}", "POST alt.com/item/{user}",
                "GET /headwins", "HEAD /headwins", "/path/{p...}");
        check(f, tree,
                c("GET", "", "/item/jba", "GET /item/{user}", "jba"),
                c("POST", "", "/item/jba", "POST /item/{user}", "jba"),
                c("HEAD", "", "/item/jba", "GET /item/{user}", "jba"),
                c("get", "", "/item/jba", "/item/{user}", "jba"), // method matches are case-sensitive
                c("POST", "", "/item/jba/17", "/item/{user}/{id}", "jba", "17"),
                c("GET", "", "/item/jba/new", "/item/{user}/new", "jba"),
                c("GET", "", "/item/", "/item/{$}"),
                c("GET", "", "/item/jba/17/line2", "/item/"),
                c("POST", "alt.com", "/item/jba", "POST alt.com/item/{user}", "jba"),
                c("GET", "alt.com", "/item/jba", "GET /item/{user}", "jba"),
                c("GET", "", "/item", ""), // does not match
                c("GET", "", "/headwins", "GET /headwins"),
                c("HEAD", "", "/headwins", "HEAD /headwins"), // HEAD is more specific than GET
                c("GET", "", "/path/to/file", "/path/{p...}", "to/file"),
                c("GET", "", "/path/*", "/path/{p...}", "*")); // Go issue 67067

        // A pattern ending in {$} should only match URLs with a trailing slash.
        String pat1 = "/a/b/{$}";
        check(f, buildTree(pat1),
                c("GET", "", "/a/b", ""),
                c("GET", "", "/a/b/", pat1),
                c("GET", "", "/a/b/c", ""),
                c("GET", "", "/a/b/c/d", ""));

        // A pattern ending in a single wildcard should not match a trailing slash URL.
        String pat2 = "/a/b/{w}";
        check(f, buildTree(pat2),
                c("GET", "", "/a/b", ""),
                c("GET", "", "/a/b/", ""),
                c("GET", "", "/a/b/c", pat2, "c"),
                c("GET", "", "/a/b/c/d", ""));

        // A pattern ending in a multi wildcard should match both URLs.
        String pat3 = "/a/b/{w...}";
        check(f, buildTree(pat3),
                c("GET", "", "/a/b", ""),
                c("GET", "", "/a/b/", pat3, ""),
                c("GET", "", "/a/b/c", pat3, "c"),
                c("GET", "", "/a/b/c/d", pat3, "c/d"));

        // All three of the above should work together.
        check(f, buildTree(pat1, pat2, pat3),
                c("GET", "", "/a/b", ""),
                c("GET", "", "/a/b/", pat1),
                c("GET", "", "/a/b/c", pat2, "c"),
                c("GET", "", "/a/b/c/d", pat3, "c/d"));

        // Beyond Go's table: single values are unescaped per segment; "%2F" is data, not a separator;
        // a literal "*" is an ordinary segment; "/%2F" reaches the {$} child as "/" does.
        check(f, buildTree("/x/{a}/{b...}", "/lit/*", "/{$}"),
                c("GET", "", "/x/a%2Fb/c%20d/e", "/x/{a}/{b...}", "a/b", "c d/e"),
                // The remainder is unescaped whole: one bad escape leaves all of it escaped.
                c("GET", "", "/x/a/c%20d/%zz", "/x/{a}/{b...}", "a", "c%20d/%zz"),
                c("GET", "", "/lit/*", "/lit/*"),
                c("GET", "", "/lit/x", ""),
                c("GET", "", "/%2F", "/{$}"));
        f.done(45);
    }

    private record MatchingMethodsCase(String name, RoutingNode<String> tree, String host, String path, String want) {
    }

    @Test
    void matchingMethods() {
        RoutingNode<String> hostTree = buildTree("GET a.com/", "PUT b.com/", "POST /foo/{x}");
        MatchingMethodsCase[] rows = {
            new MatchingMethodsCase("post", buildTree("POST /"), "", "/foo", "POST"),
            new MatchingMethodsCase("get", buildTree("GET /"), "", "/foo", "GET,HEAD"),
            new MatchingMethodsCase("host", hostTree, "", "/foo", ""),
            new MatchingMethodsCase("host", hostTree, "", "/foo/bar", "POST"),
            new MatchingMethodsCase("host2", hostTree, "a.com", "/foo/bar", "GET,HEAD,POST"),
            new MatchingMethodsCase("host3", hostTree, "b.com", "/bar", "PUT"),
            // This case shouldn't come up because we only call matchingMethods
            // when there was no match, but we include it for completeness.
            new MatchingMethodsCase("empty", buildTree("/"), "", "/", ""),
        };
        Failures f = new Failures();
        for (MatchingMethodsCase row : rows) {
            f.row();
            RoutingNode<String> tree = row.tree();
            TreeSet<String> ms = new TreeSet<>();
            tree.matchingMethods(row.host(), row.path(), ms);
            f.expect(row.name() + ": matchingMethods(" + q(row.host()) + ", " + q(row.path()) + ")",
                    String.join(",", ms), row.want());
        }
        f.done(7);
    }

    @Test
    void reusedLeafIsGosPanic() {
        // "/a//b" has an empty literal segment, which shares the wildcard's child in Go's tree,
        // so it lands on the leaf of "/a/{x}/b" although the two do not conflict.
        Failures f = new Failures();
        f.row();
        RoutingNode<String> tree = buildTree("/a/{x}/b");
        try {
            tree.addPattern(Pattern.parse("/a//b"), "h");
            f.errorf("addPattern(/a//b) after /a/{x}/b succeeded, want Go's panic");
        } catch (IllegalStateException e) {
            f.expect("addPattern(/a//b) after /a/{x}/b", e.getMessage(), "non-nil leaf fields");
        }
        f.done(1);
    }
}
