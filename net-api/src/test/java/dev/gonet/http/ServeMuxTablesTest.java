package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Routes.Match;
import dev.gonet.http.Routes.Match.Kind;
import org.junit.jupiter.api.Test;

/**
 * Go's ServeMux behaviour tables from serve_test.go and request_test.go, run against
 * {@link Routes}. Handlers are strings naming what Go's handler would answer; requests that
 * Go's tests send through a client are given as the request target the server sees.
 */
class ServeMuxTablesTest {
    /** The status a Go server answers with; FOUND handlers here are named by their status. */
    private static int status(Match<String> m) {
        return m.kind() == Kind.FOUND ? Integer.parseInt(m.handler()) : m.status();
    }

    private static Routes<String> serveMuxRegister() {
        Routes<String> mux = new Routes<>();
        mux.register("/dir/", "200");
        mux.register("/search", "201");
        mux.register("codesearch.google.com/search", "202");
        mux.register("codesearch.google.com/", "203");
        mux.register("example.com/", "checkQueryString");
        return mux;
    }

    @Test
    void serveMuxHandler() {
        Object[][] rows = {
            {"GET", "google.com", "/", 404, ""},
            {"GET", "google.com", "/dir", 301, "/dir/"},
            {"GET", "google.com", "/dir/", 200, "/dir/"},
            {"GET", "google.com", "/dir/file", 200, "/dir/"},
            {"GET", "google.com", "/search", 201, "/search"},
            {"GET", "google.com", "/search/", 404, ""},
            {"GET", "google.com", "/search/foo", 404, ""},
            {"GET", "codesearch.google.com", "/search", 202, "codesearch.google.com/search"},
            {"GET", "codesearch.google.com", "/search/", 203, "codesearch.google.com/"},
            {"GET", "codesearch.google.com", "/search/foo", 203, "codesearch.google.com/"},
            {"GET", "codesearch.google.com", "/", 203, "codesearch.google.com/"},
            {"GET", "codesearch.google.com:443", "/", 203, "codesearch.google.com/"},
            {"GET", "images.google.com", "/search", 201, "/search"},
            {"GET", "images.google.com", "/search/", 404, ""},
            {"GET", "images.google.com", "/search/foo", 404, ""},
            {"GET", "google.com", "/../search", 301, "/search"},
            {"GET", "google.com", "/dir/..", 301, ""},
            {"GET", "google.com", "/dir/..", 301, ""},
            {"GET", "google.com", "/dir/./file", 301, "/dir/"},
            // The /foo -> /foo/ redirect applies to CONNECT requests
            // but the path canonicalization does not.
            {"CONNECT", "google.com", "/dir", 301, "/dir/"},
            {"CONNECT", "google.com", "/../search", 404, ""},
            {"CONNECT", "google.com", "/dir/..", 200, "/dir/"},
            {"CONNECT", "google.com", "/dir/..", 200, "/dir/"},
            {"CONNECT", "google.com", "/dir/./file", 200, "/dir/"},
        };
        Routes<String> mux = serveMuxRegister();
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            // Go's test sets r.Host and a URL holding only the path.
            Match<String> m = mux.match((String) row[0], (String) row[1], "", (String) row[2]);
            f.expect(row[0] + " " + row[1] + " " + row[2], status(m) + ", " + q(m.pattern()),
                    row[3] + ", " + q((String) row[4]));
        }
        f.done(24);
    }

    @Test
    void serveMuxHandlerRedirectsKeepQuery() {
        // method, host, request target, final status, whether one redirect is expected
        Object[][] rows = {
            {"GET", "google.com", "/", 404, false},
            {"GET", "example.com", "/test/?example.com/test/", 200, false},
            {"GET", "example.com", "test/?example.com/test/", 200, true},
        };
        Routes<String> mux = serveMuxRegister();
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            String host = (String) row[1];
            WireClient.Result r = WireClient.send(mux, (String) row[0], host, (String) row[2], 1);
            int code;
            if (r.match().kind() == Kind.FOUND && r.match().handler().equals("checkQueryString")) {
                // Go's checkQueryStringHandler: 200 when the query repeats host and path.
                code = ("http://" + r.rawQuery()).equals("http://" + host + r.path()) ? 200 : 500;
            } else {
                code = status(r.match());
            }
            f.expect(row[0] + " " + host + " " + row[2] + " status", code, row[3]);
            f.expect(row[0] + " " + host + " " + row[2] + " redirected", r.redirects() == 1, row[4]);
        }
        f.done(3);
    }

    @Test
    void hostHandlers() {
        Routes<String> mux = new Routes<>();
        mux.register("/", "Default");
        mux.register("/someDir/", "someDir");
        mux.register("/#/", "hash");
        mux.register("someHost.com/someDir/", "someHost.com/someDir");
        // host, target, the handler's Result header or the redirect's Location
        String[][] rows = {
            {"localhost", "/someDir/apage", "someDir"},
            {"localhost", "/%23/apage", "hash"},
            {"localhost", "/otherDir/apage", "Default"},
            {"someHost.com", "/someDir/apage", "someHost.com/someDir"},
            {"otherHost.com", "/someDir/apage", "someDir"},
            {"otherHost.com", "/aDir/apage", "Default"},
            // redirections for trees
            {"localhost", "/someDir", "/someDir/"},
            {"localhost", "/%23", "/%23/"},
            {"someHost.com", "/someDir", "/someDir/"},
        };
        Failures f = new Failures();
        for (String[] row : rows) {
            f.row();
            Match<String> m = mux.match("GET", row[0], row[1]);
            String got = m.kind() == Kind.FOUND ? m.handler() : m.kind() == Kind.REDIRECT ? m.location("") : m.toString();
            f.expect("Get(http://" + row[0] + row[1] + ")", got, row[2]);
        }
        f.done(9);
    }

    @Test
    void redirectLeadingSlashes() {
        Failures f = new Failures();
        for (String path : new String[] {"//foo.txt", "///foo.txt", "/../../foo.txt"}) {
            f.row();
            Match<String> m = new Routes<String>().match("GET", "test", path);
            f.expect("GET " + path + " status", m.status(), 301);
            f.expect("GET " + path + " Location", m.location(""), "/foo.txt");
        }
        f.done(3);
    }

    @Test
    void slashRedirectKeepsQueryString() {
        Routes<String> mux = new Routes<>();
        mux.register("/testOne", "writeBackQuery");
        mux.register("/testTwo/", "writeBackQuery");
        mux.register("/testThree", "writeBackQuery");
        mux.register("/testThree/", "writeBackQuery:bar");
        // target, method, body the client finally reads
        String[][] rows = {
            {"/testOne?this=that", "GET", "this=that"},
            {"/testTwo?foo=bar", "GET", "foo=bar"},
            {"/testTwo?a=1&b=2&a=3", "GET", "a=1&b=2&a=3"},
            {"/testTwo?", "GET", ""},
            {"/testThree?foo", "GET", "foo"},
            {"/testThree/?foo", "GET", "foo:bar"},
            {"/testThree?foo", "CONNECT", "foo"},
            {"/testThree/?foo", "CONNECT", "foo:bar"},
            // canonicalization or not
            {"/testOne/foo/..?foo", "GET", "foo"},
            {"/testOne/foo/..?foo", "CONNECT", "404 page not found\n"},
        };
        Failures f = new Failures();
        for (String[] row : rows) {
            f.row();
            WireClient.Result r = WireClient.send(mux, row[1], "127.0.0.1:8080", row[0], 10);
            String body = switch (r.match().kind()) {
                case FOUND -> r.match().handler().equals("writeBackQuery") ? r.rawQuery() : r.rawQuery() + ":bar";
                case NOT_FOUND -> "404 page not found\n";
                default -> r.match().toString();
            };
            f.expect(row[1] + " " + row[0] + " body", q(body), q(row[2]));
        }
        f.done(10);
    }

    @Test
    void slashRedirectForHostPatterns() {
        Routes<String> mux = new Routes<>();
        mux.register("example.com/pkg/foo/", "example.com/pkg/foo/");
        mux.register("example.com/pkg/bar", "example.com/pkg/bar");
        mux.register("example.com/pkg/bar/", "example.com/pkg/bar/");
        mux.register("example.com:3000/pkg/connect/", "example.com:3000/pkg/connect/");
        mux.register("example.com:9000/", "example.com:9000/");
        mux.register("/pkg/baz/", "/pkg/baz/");
        // method, URL host (also r.Host), path, code, Location, Result
        Object[][] rows = {
            {"GET", "example.com", "/", 404, "", ""},
            {"GET", "example.com", "/pkg/foo", 301, "/pkg/foo/", ""},
            {"GET", "example.com", "/pkg/bar", 200, "", "example.com/pkg/bar"},
            {"GET", "example.com", "/pkg/bar/", 200, "", "example.com/pkg/bar/"},
            {"GET", "example.com", "/pkg/baz", 301, "/pkg/baz/", ""},
            {"GET", "example.com:3000", "/pkg/foo", 301, "/pkg/foo/", ""},
            {"CONNECT", "example.com", "/", 404, "", ""},
            {"CONNECT", "example.com:3000", "/", 404, "", ""},
            {"CONNECT", "example.com:9000", "/", 200, "", "example.com:9000/"},
            {"CONNECT", "example.com", "/pkg/foo", 301, "/pkg/foo/", ""},
            {"CONNECT", "example.com:3000", "/pkg/foo", 404, "", ""},
            {"CONNECT", "example.com:3000", "/pkg/baz", 301, "/pkg/baz/", ""},
            {"CONNECT", "example.com:3000", "/pkg/connect", 301, "/pkg/connect/", ""},
        };
        Failures f = new Failures();
        for (int i = 0; i < rows.length; i++) {
            Object[] row = rows[i];
            f.row();
            Match<String> m = mux.match((String) row[0], (String) row[1], (String) row[2]);
            int code = m.kind() == Kind.FOUND ? 200 : m.status();
            f.expect("#" + i + ": Status", code, row[3]);
            if ((int) row[3] == 301) {
                f.expect("#" + i + ": Location", q(m.location("")), q((String) row[4]));
            } else {
                f.expect("#" + i + ": Result", q(m.kind() == Kind.FOUND ? m.handler() : ""), q((String) row[5]));
            }
        }
        f.done(13);
    }

    @Test
    void noSlashRedirectWithTrailingSlash() {
        // Go issue 65624 (fixed in go1.22.1): "/" must not redirect to "//".
        Routes<String> mux = new Routes<>();
        mux.register("/{x}/", "ok");
        Failures f = new Failures();
        f.row();
        f.expect("GET / status", mux.match("GET", "", "/").status(), 404);
        f.done(1);
    }

    @Test
    void redirectRelative() {
        // "GET http://example.com HTTP/1.1": the URL has a host and an empty path.
        Match<String> m = new Routes<String>().match("GET", "example.com", "example.com", "");
        Failures f = new Failures();
        f.row();
        f.expect("Location", m.location(""), "/");
        f.expect("status", m.status(), 301);
        f.done(1);
    }

    @Test
    void statusAndAllow() {
        Routes<String> mux = new Routes<>();
        mux.register("GET /g", "200");
        mux.register("POST /p", "200");
        mux.register("PATCH /p", "200");
        mux.register("PUT /r", "200");
        mux.register("GET /r/", "200");
        Object[][] rows = {
            {"GET", "/g", 200, ""},
            {"HEAD", "/g", 200, ""},
            {"POST", "/g", 405, "GET, HEAD"},
            {"GET", "/x", 404, ""},
            {"GET", "/p", 405, "PATCH, POST"},
            {"GET", "/./p", 405, "PATCH, POST"},
            {"GET", "/r/", 200, ""},
            {"GET", "/r", 200, ""}, // redirected
            {"HEAD", "/r/", 200, ""},
            {"HEAD", "/r", 200, ""}, // redirected
            {"PUT", "/r/", 405, "GET, HEAD"},
            {"PUT", "/r", 200, ""},
        };
        Failures f = new Failures();
        for (Object[] row : rows) {
            f.row();
            WireClient.Result r = WireClient.send(mux, (String) row[0], "127.0.0.1:8080", (String) row[1], 10);
            f.expect(row[0] + " " + row[1], status(r.match()), row[2]);
            f.expect(row[0] + " " + row[1] + ", Allow", q(r.match().allow()), q((String) row[3]));
        }
        f.done(12);
    }

    @Test
    void pathValue() {
        // pattern, target, name/value pairs ("" for a name the pattern lacks)
        String[][] rows = {
            {"/{a}/is/{b}/{c...}", "/now/is/the/time/for/all", "a", "now", "b", "the", "c", "time/for/all", "d", ""},
            {"/names/{name}/{other...}", "/names/%2fjohn/address", "name", "/john", "other", "address"},
            {"/names/{name}/{other...}", "/names/john%2Fdoe/there/is%2F/more", "name", "john/doe", "other", "there/is//more"},
            // Go 1.23's row (issue 67067; Go 1.22.0 panicked here).
            {"/names/{name}/{other...}", "/names/n/*", "name", "n", "other", "*"},
        };
        Failures f = new Failures();
        for (String[] row : rows) {
            f.row();
            Routes<String> mux = new Routes<>();
            mux.register(row[0], row[0]);
            Match<String> m = mux.match("GET", "127.0.0.1:8080", row[1]);
            f.expect(q(row[0]) + ", " + q(row[1]) + " kind", m.kind(), Kind.FOUND);
            for (int i = 2; i < row.length; i += 2) {
                f.expect(q(row[0]) + ", " + q(row[i]), q(m.pathValue(row[i])), q(row[i + 1]));
            }
        }
        f.done(4);
    }
}
