package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import org.junit.jupiter.api.Test;

/**
 * The path helpers against Go: {@code cleanPath} (server_test.go TestCleanPath; {@code path.Clean}
 * itself is tested in {@code dev.gonet.internal.SlashPathTest}), {@code url.PathUnescape}, the path
 * escaping of {@code url.URL.String}, {@code stripHostPort} and the Location Go's Redirect
 * sets. Strings here are byte strings (one char per byte); expectations come from Go.
 */
class PathTextTest {
    private record CleanPathCase(String path, String want) {
    }

    private static final CleanPathCase[] CLEAN_PATH = {
        new CleanPathCase("//", "/"),
        new CleanPathCase("/x", "/x"),
        new CleanPathCase("//x", "/x"),
        new CleanPathCase("x//", "/x/"),
        new CleanPathCase("a//b/////c", "/a/b/c"),
        new CleanPathCase("/foo/../bar/./..//baz", "/baz"),
        // Beyond Go's table: empty, trailing slash kept, never above the root.
        new CleanPathCase("", "/"),
        new CleanPathCase("/", "/"),
        new CleanPathCase("/a/b/", "/a/b/"),
        new CleanPathCase("/a/b/..", "/a"),
        new CleanPathCase("/a/b/../", "/a/"),
        new CleanPathCase("/a/./", "/a/"),
        new CleanPathCase("/../../foo.txt", "/foo.txt"),
        new CleanPathCase("/a%2F../b", "/a%2F../b"), // an escaped slash separates nothing
        new CleanPathCase("*", "/*"),
    };

    @Test
    void cleanPath() {
        Failures f = new Failures();
        for (CleanPathCase row : CLEAN_PATH) {
            f.row();
            f.expect("cleanPath(" + q(row.path()) + ")", q(PathText.cleanPath(row.path())), q(row.want()));
        }
        f.done(15);
    }

    private record UnescapeCase(String in, String want) {
    }

    /** Input, Go's url.PathUnescape result (null: Go's error). */
    private static final UnescapeCase[] UNESCAPE = {
        new UnescapeCase("", ""),
        new UnescapeCase("abc", "abc"),
        new UnescapeCase("%41%42", "AB"),
        new UnescapeCase("%4a%4A", "JJ"),
        new UnescapeCase("a%2Fb", "a/b"),
        new UnescapeCase("%", null),
        new UnescapeCase("%4", null),
        new UnescapeCase("%zz", null),
        new UnescapeCase("a%2", null),
        new UnescapeCase("%%41", null),
        new UnescapeCase("+", "+"),
        new UnescapeCase("%2B", "+"),
        new UnescapeCase("%C3%A9", "\u00c3\u00a9"),
        new UnescapeCase("%ff", "\u00ff"),
        new UnescapeCase("%00", "\000"),
        new UnescapeCase("100%25", "100%"),
    };

    @Test
    void unescape() {
        Failures f = new Failures();
        for (UnescapeCase row : UNESCAPE) {
            f.row();
            String got = PathText.unescapeOrNull(row.in());
            f.expect("PathUnescape(" + q(row.in()) + ")", got == null ? "error" : q(got),
                    row.want() == null ? "error" : q(row.want()));
            // pattern.go's pathUnescape keeps the input when it does not unescape.
            f.expect("pathUnescape(" + q(row.in()) + ")", q(PathText.pathUnescape(row.in())),
                    q(row.want() == null ? row.in() : row.want()));
        }
        f.done(16);
    }

    private record EscapeCase(String path, String want) {
    }

    /** URL.Path, Go's url.URL{Path: p}.String(). */
    private static final EscapeCase[] ESCAPE = {
        new EscapeCase("/", "/"),
        new EscapeCase("/a b", "/a%20b"),
        new EscapeCase("/a?b", "/a%3Fb"),
        new EscapeCase("/a#b", "/a%23b"),
        new EscapeCase("/a%b", "/a%25b"),
        new EscapeCase("/\u00c3\u00a9", "/%C3%A9"),
        new EscapeCase("/\u00ff", "/%FF"),
        new EscapeCase("/a:b", "/a:b"),
        new EscapeCase("/a;b,c=d&e+f$g@h", "/a;b,c=d&e+f$g@h"),
        new EscapeCase("/~-._", "/~-._"),
        new EscapeCase("/!'()*", "/%21%27%28%29%2A"),
        new EscapeCase("/[]{}|\\^`\"<>", "/%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E"),
        new EscapeCase("/\000\037\177", "/%00%1F%7F"),
        new EscapeCase("*", "*"),
        new EscapeCase("a:b/c", "./a:b/c"),
        new EscapeCase("/x%2520y", "/x%252520y"),
    };

    @Test
    void urlStringOfPath() {
        Failures f = new Failures();
        for (EscapeCase row : ESCAPE) {
            f.row();
            f.expect("url.URL{Path: " + q(row.path()) + "}.String()", q(PathText.urlStringOfPath(row.path())), q(row.want()));
        }
        f.done(16);
    }

    private record StripCase(String host, String want) {
    }

    /** Host header, what Go's stripHostPort leaves. */
    private static final StripCase[] STRIP = {
        new StripCase("example.com", "example.com"),
        new StripCase("example.com:80", "example.com"),
        new StripCase("[::1]:80", "::1"),
        new StripCase("::1", "::1"),
        new StripCase("[::1]", "[::1]"),
        new StripCase("a:b:c", "a:b:c"),
        new StripCase("example.com:", "example.com"),
        new StripCase(":80", ""),
        new StripCase("[fe80::1%lo0]:8080", "fe80::1%lo0"),
        new StripCase("[::1]x:80", "[::1]x:80"),
        new StripCase("", ""),
    };

    @Test
    void stripHostPort() {
        Failures f = new Failures();
        for (StripCase row : STRIP) {
            f.row();
            f.expect("stripHostPort(" + q(row.host()) + ")", q(PathText.stripHostPort(row.host())), q(row.want()));
        }
        f.done(11);
    }

    private record LocationCase(String path, String query, String want) {
    }

    /** Redirect target, raw query, the Location Go's Redirect sets (from Go 1.22's mux). */
    private static final LocationCase[] LOCATION = {
        new LocationCase("//", "", "/"),
        new LocationCase("//", "a=1", "/?a=1"),
        new LocationCase("//", "a\001b", "//?a\001b"), // url.Parse rejects control bytes: nothing is cleaned
        new LocationCase("//", "q#%zz", "//?q#%zz"), // nor when the fragment does not unescape
        new LocationCase("//", "q#f", "/?q#f"),
        new LocationCase("//", "é=ü", "/?%c3%a9=%c3%bc"), // non-ASCII query bytes as lower-case %xx
        new LocationCase("/b/", "", "/b/"),
        new LocationCase("/b/", "x=é", "/b/?x=%c3%a9"),
        new LocationCase("/b/", "a\001b", "/b/?a\001b"),
        new LocationCase("/b/", "q#%zz", "/b/?q#%zz"),
        new LocationCase("/b/", "?", "/b/??"),
        new LocationCase("/b/c%2520d", "x=é", "/b/c%2520d?x=%c3%a9"),
        new LocationCase("/b/", null, "/b/"),
    };

    @Test
    void location() {
        Failures f = new Failures();
        for (LocationCase row : LOCATION) {
            f.row();
            f.expect("Redirect(" + q(row.path()) + ", query " + q(row.query()) + ") Location", q(RedirectText.location(row.path(), row.query())),
                    q(row.want()));
        }
        f.done(13);
    }
}
