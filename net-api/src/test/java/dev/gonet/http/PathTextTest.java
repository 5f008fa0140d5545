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
    private static final String[][] CLEAN_PATH = {
        {"//", "/"},
        {"/x", "/x"},
        {"//x", "/x"},
        {"x//", "/x/"},
        {"a//b/////c", "/a/b/c"},
        {"/foo/../bar/./..//baz", "/baz"},
        // Beyond Go's table: empty, trailing slash kept, never above the root.
        {"", "/"},
        {"/", "/"},
        {"/a/b/", "/a/b/"},
        {"/a/b/..", "/a"},
        {"/a/b/../", "/a/"},
        {"/a/./", "/a/"},
        {"/../../foo.txt", "/foo.txt"},
        {"/a%2F../b", "/a%2F../b"}, // an escaped slash separates nothing
        {"*", "/*"},
    };

    @Test
    void cleanPath() {
        Failures f = new Failures();
        for (String[] row : CLEAN_PATH) {
            f.row();
            f.expect("cleanPath(" + q(row[0]) + ")", q(PathText.cleanPath(row[0])), q(row[1]));
        }
        f.done(15);
    }

    /** Input, Go's url.PathUnescape result (null: Go's error). */
    private static final String[][] UNESCAPE = {
        {"", ""},
        {"abc", "abc"},
        {"%41%42", "AB"},
        {"%4a%4A", "JJ"},
        {"a%2Fb", "a/b"},
        {"%", null},
        {"%4", null},
        {"%zz", null},
        {"a%2", null},
        {"%%41", null},
        {"+", "+"},
        {"%2B", "+"},
        {"%C3%A9", "\u00c3\u00a9"},
        {"%ff", "\u00ff"},
        {"%00", "\000"},
        {"100%25", "100%"},
    };

    @Test
    void unescape() {
        Failures f = new Failures();
        for (String[] row : UNESCAPE) {
            f.row();
            String got = PathText.unescapeOrNull(row[0]);
            f.expect("PathUnescape(" + q(row[0]) + ")", got == null ? "error" : q(got), row[1] == null ? "error" : q(row[1]));
            // pattern.go's pathUnescape keeps the input when it does not unescape.
            f.expect("pathUnescape(" + q(row[0]) + ")", q(PathText.pathUnescape(row[0])), q(row[1] == null ? row[0] : row[1]));
        }
        f.done(16);
    }

    /** URL.Path, Go's url.URL{Path: p}.String(). */
    private static final String[][] ESCAPE = {
        {"/", "/"},
        {"/a b", "/a%20b"},
        {"/a?b", "/a%3Fb"},
        {"/a#b", "/a%23b"},
        {"/a%b", "/a%25b"},
        {"/\u00c3\u00a9", "/%C3%A9"},
        {"/\u00ff", "/%FF"},
        {"/a:b", "/a:b"},
        {"/a;b,c=d&e+f$g@h", "/a;b,c=d&e+f$g@h"},
        {"/~-._", "/~-._"},
        {"/!'()*", "/%21%27%28%29%2A"},
        {"/[]{}|\\^`\"<>", "/%5B%5D%7B%7D%7C%5C%5E%60%22%3C%3E"},
        {"/\000\037\177", "/%00%1F%7F"},
        {"*", "*"},
        {"a:b/c", "./a:b/c"},
        {"/x%2520y", "/x%252520y"},
    };

    @Test
    void urlStringOfPath() {
        Failures f = new Failures();
        for (String[] row : ESCAPE) {
            f.row();
            f.expect("url.URL{Path: " + q(row[0]) + "}.String()", q(PathText.urlStringOfPath(row[0])), q(row[1]));
        }
        f.done(16);
    }

    /** Host header, what Go's stripHostPort leaves. */
    private static final String[][] STRIP = {
        {"example.com", "example.com"},
        {"example.com:80", "example.com"},
        {"[::1]:80", "::1"},
        {"::1", "::1"},
        {"[::1]", "[::1]"},
        {"a:b:c", "a:b:c"},
        {"example.com:", "example.com"},
        {":80", ""},
        {"[fe80::1%lo0]:8080", "fe80::1%lo0"},
        {"[::1]x:80", "[::1]x:80"},
        {"", ""},
    };

    @Test
    void stripHostPort() {
        Failures f = new Failures();
        for (String[] row : STRIP) {
            f.row();
            f.expect("stripHostPort(" + q(row[0]) + ")", q(PathText.stripHostPort(row[0])), q(row[1]));
        }
        f.done(11);
    }

    /** Redirect target, raw query, the Location Go's Redirect sets (from Go 1.22's mux). */
    private static final String[][] LOCATION = {
        {"//", "", "/"},
        {"//", "a=1", "/?a=1"},
        {"//", "a\001b", "//?a\001b"}, // url.Parse rejects control bytes: nothing is cleaned
        {"//", "q#%zz", "//?q#%zz"}, // nor when the fragment does not unescape
        {"//", "q#f", "/?q#f"},
        {"//", "é=ü", "/?%c3%a9=%c3%bc"}, // non-ASCII query bytes as lower-case %xx
        {"/b/", "", "/b/"},
        {"/b/", "x=é", "/b/?x=%c3%a9"},
        {"/b/", "a\001b", "/b/?a\001b"},
        {"/b/", "q#%zz", "/b/?q#%zz"},
        {"/b/", "?", "/b/??"},
        {"/b/c%2520d", "x=é", "/b/c%2520d?x=%c3%a9"},
        {"/b/", null, "/b/"},
    };

    @Test
    void location() {
        Failures f = new Failures();
        for (String[] row : LOCATION) {
            f.row();
            f.expect("Redirect(" + q(row[0]) + ", query " + q(row[1]) + ") Location", q(RedirectText.location(row[0], row[1])),
                    q(row[2]));
        }
        f.done(13);
    }
}
