package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Routes.Match;
import dev.gonet.http.Routes.Match.Kind;
import java.util.List;
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

    private record HandlerCase(String method, String host, String path, int code, String pattern) {
    }

    @Test
    void serveMuxHandler() {
        HandlerCase[] rows = {
            new HandlerCase("GET", "google.com", "/", 404, ""),
            new HandlerCase("GET", "google.com", "/dir", 301, "/dir/"),
            new HandlerCase("GET", "google.com", "/dir/", 200, "/dir/"),
            new HandlerCase("GET", "google.com", "/dir/file", 200, "/dir/"),
            new HandlerCase("GET", "google.com", "/search", 201, "/search"),
            new HandlerCase("GET", "google.com", "/search/", 404, ""),
            new HandlerCase("GET", "google.com", "/search/foo", 404, ""),
            new HandlerCase("GET", "codesearch.google.com", "/search", 202, "codesearch.google.com/search"),
            new HandlerCase("GET", "codesearch.google.com", "/search/", 203, "codesearch.google.com/"),
            new HandlerCase("GET", "codesearch.google.com", "/search/foo", 203, "codesearch.google.com/"),
            new HandlerCase("GET", "codesearch.google.com", "/", 203, "codesearch.google.com/"),
            new HandlerCase("GET", "codesearch.google.com:443", "/", 203, "codesearch.google.com/"),
            new HandlerCase("GET", "images.google.com", "/search", 201, "/search"),
            new HandlerCase("GET", "images.google.com", "/search/", 404, ""),
            new HandlerCase("GET", "images.google.com", "/search/foo", 404, ""),
            new HandlerCase("GET", "google.com", "/../search", 301, "/search"),
            new HandlerCase("GET", "google.com", "/dir/..", 301, ""),
            new HandlerCase("GET", "google.com", "/dir/..", 301, ""),
            new HandlerCase("GET", "google.com", "/dir/./file", 301, "/dir/"),
            // The /foo -> /foo/ redirect applies to CONNECT requests
            // but the path canonicalization does not.
            new HandlerCase("CONNECT", "google.com", "/dir", 301, "/dir/"),
            new HandlerCase("CONNECT", "google.com", "/../search", 404, ""),
            new HandlerCase("CONNECT", "google.com", "/dir/..", 200, "/dir/"),
            new HandlerCase("CONNECT", "google.com", "/dir/..", 200, "/dir/"),
            new HandlerCase("CONNECT", "google.com", "/dir/./file", 200, "/dir/"),
        };
        Routes<String> mux = serveMuxRegister();
        Failures f = new Failures();
        for (HandlerCase row : rows) {
            f.row();
            // Go's test sets r.Host and a URL holding only the path.
            Match<String> m = mux.match(row.method(), row.host(), "", row.path());
            f.expect(row.method() + " " + row.host() + " " + row.path(), status(m) + ", " + q(m.pattern()),
                    row.code() + ", " + q(row.pattern()));
        }
        f.done(24);
    }

    /** A request, its final status, and whether one redirect is expected on the way. */

    private record KeepQueryCase(String method, String host, String target, int code, boolean redirected) {
    }

    @Test
    void serveMuxHandlerRedirectsKeepQuery() {
        KeepQueryCase[] rows = {
            new KeepQueryCase("GET", "google.com", "/", 404, false),
            new KeepQueryCase("GET", "example.com", "/test/?example.com/test/", 200, false),
            new KeepQueryCase("GET", "example.com", "test/?example.com/test/", 200, true),
        };
        Routes<String> mux = serveMuxRegister();
        Failures f = new Failures();
        for (KeepQueryCase row : rows) {
            f.row();
            String host = row.host();
            WireClient.Result r = WireClient.send(mux, row.method(), host, row.target(), 1);
            int code;
            if (r.match().kind() == Kind.FOUND && r.match().handler().equals("checkQueryString")) {
                // Go's checkQueryStringHandler: 200 when the query repeats host and path.
                code = ("http://" + r.rawQuery()).equals("http://" + host + r.path()) ? 200 : 500;
            } else {
                code = status(r.match());
            }
            f.expect(row.method() + " " + host + " " + row.target() + " status", code, row.code());
            f.expect(row.method() + " " + host + " " + row.target() + " redirected", r.redirects() == 1,
                    row.redirected());
        }
        f.done(3);
    }

    /** A request, and the handler's Result header or the redirect's Location. */

    private record HostHandlerCase(String host, String target, String want) {
    }

    @Test
    void hostHandlers() {
        Routes<String> mux = new Routes<>();
        mux.register("/", "Default");
        mux.register("/someDir/", "someDir");
        mux.register("/#/", "hash");
        mux.register("someHost.com/someDir/", "someHost.com/someDir");
        HostHandlerCase[] rows = {
            new HostHandlerCase("localhost", "/someDir/apage", "someDir"),
            new HostHandlerCase("localhost", "/%23/apage", "hash"),
            new HostHandlerCase("localhost", "/otherDir/apage", "Default"),
            new HostHandlerCase("someHost.com", "/someDir/apage", "someHost.com/someDir"),
            new HostHandlerCase("otherHost.com", "/someDir/apage", "someDir"),
            new HostHandlerCase("otherHost.com", "/aDir/apage", "Default"),
            // redirections for trees
            new HostHandlerCase("localhost", "/someDir", "/someDir/"),
            new HostHandlerCase("localhost", "/%23", "/%23/"),
            new HostHandlerCase("someHost.com", "/someDir", "/someDir/"),
        };
        Failures f = new Failures();
        for (HostHandlerCase row : rows) {
            f.row();
            Match<String> m = mux.match("GET", row.host(), row.target());
            String got = m.kind() == Kind.FOUND ? m.handler() : m.kind() == Kind.REDIRECT ? m.location("") : m.toString();
            f.expect("Get(http://" + row.host() + row.target() + ")", got, row.want());
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

    /** A request, and the body the client finally reads. */

    private record QueryStringCase(String target, String method, String body) {
    }

    @Test
    void slashRedirectKeepsQueryString() {
        Routes<String> mux = new Routes<>();
        mux.register("/testOne", "writeBackQuery");
        mux.register("/testTwo/", "writeBackQuery");
        mux.register("/testThree", "writeBackQuery");
        mux.register("/testThree/", "writeBackQuery:bar");
        QueryStringCase[] rows = {
            new QueryStringCase("/testOne?this=that", "GET", "this=that"),
            new QueryStringCase("/testTwo?foo=bar", "GET", "foo=bar"),
            new QueryStringCase("/testTwo?a=1&b=2&a=3", "GET", "a=1&b=2&a=3"),
            new QueryStringCase("/testTwo?", "GET", ""),
            new QueryStringCase("/testThree?foo", "GET", "foo"),
            new QueryStringCase("/testThree/?foo", "GET", "foo:bar"),
            new QueryStringCase("/testThree?foo", "CONNECT", "foo"),
            new QueryStringCase("/testThree/?foo", "CONNECT", "foo:bar"),
            // canonicalization or not
            new QueryStringCase("/testOne/foo/..?foo", "GET", "foo"),
            new QueryStringCase("/testOne/foo/..?foo", "CONNECT", "404 page not found\n"),
        };
        Failures f = new Failures();
        for (QueryStringCase row : rows) {
            f.row();
            WireClient.Result r = WireClient.send(mux, row.method(), "127.0.0.1:8080", row.target(), 10);
            String body = switch (r.match().kind()) {
                case FOUND -> r.match().handler().equals("writeBackQuery") ? r.rawQuery() : r.rawQuery() + ":bar";
                case NOT_FOUND -> "404 page not found\n";
                default -> r.match().toString();
            };
            f.expect(row.method() + " " + row.target() + " body", q(body), q(row.body()));
        }
        f.done(10);
    }

    /** A request (host is the URL host and r.Host), its code, and the Location or the Result header. */

    private record HostPatternCase(String method, String host, String path, int code, String location, String result) {
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
        HostPatternCase[] rows = {
            new HostPatternCase("GET", "example.com", "/", 404, "", ""),
            new HostPatternCase("GET", "example.com", "/pkg/foo", 301, "/pkg/foo/", ""),
            new HostPatternCase("GET", "example.com", "/pkg/bar", 200, "", "example.com/pkg/bar"),
            new HostPatternCase("GET", "example.com", "/pkg/bar/", 200, "", "example.com/pkg/bar/"),
            new HostPatternCase("GET", "example.com", "/pkg/baz", 301, "/pkg/baz/", ""),
            new HostPatternCase("GET", "example.com:3000", "/pkg/foo", 301, "/pkg/foo/", ""),
            new HostPatternCase("CONNECT", "example.com", "/", 404, "", ""),
            new HostPatternCase("CONNECT", "example.com:3000", "/", 404, "", ""),
            new HostPatternCase("CONNECT", "example.com:9000", "/", 200, "", "example.com:9000/"),
            new HostPatternCase("CONNECT", "example.com", "/pkg/foo", 301, "/pkg/foo/", ""),
            new HostPatternCase("CONNECT", "example.com:3000", "/pkg/foo", 404, "", ""),
            new HostPatternCase("CONNECT", "example.com:3000", "/pkg/baz", 301, "/pkg/baz/", ""),
            new HostPatternCase("CONNECT", "example.com:3000", "/pkg/connect", 301, "/pkg/connect/", ""),
        };
        Failures f = new Failures();
        for (int i = 0; i < rows.length; i++) {
            HostPatternCase row = rows[i];
            f.row();
            Match<String> m = mux.match(row.method(), row.host(), row.path());
            int code = m.kind() == Kind.FOUND ? 200 : m.status();
            f.expect("#" + i + ": Status", code, row.code());
            if (row.code() == 301) {
                f.expect("#" + i + ": Location", q(m.location("")), q(row.location()));
            } else {
                f.expect("#" + i + ": Result", q(m.kind() == Kind.FOUND ? m.handler() : ""), q(row.result()));
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

    private record AllowCase(String method, String target, int code, String allow) {
    }

    @Test
    void statusAndAllow() {
        Routes<String> mux = new Routes<>();
        mux.register("GET /g", "200");
        mux.register("POST /p", "200");
        mux.register("PATCH /p", "200");
        mux.register("PUT /r", "200");
        mux.register("GET /r/", "200");
        AllowCase[] rows = {
            new AllowCase("GET", "/g", 200, ""),
            new AllowCase("HEAD", "/g", 200, ""),
            new AllowCase("POST", "/g", 405, "GET, HEAD"),
            new AllowCase("GET", "/x", 404, ""),
            new AllowCase("GET", "/p", 405, "PATCH, POST"),
            new AllowCase("GET", "/./p", 405, "PATCH, POST"),
            new AllowCase("GET", "/r/", 200, ""),
            new AllowCase("GET", "/r", 200, ""), // redirected
            new AllowCase("HEAD", "/r/", 200, ""),
            new AllowCase("HEAD", "/r", 200, ""), // redirected
            new AllowCase("PUT", "/r/", 405, "GET, HEAD"),
            new AllowCase("PUT", "/r", 200, ""),
        };
        Failures f = new Failures();
        for (AllowCase row : rows) {
            f.row();
            WireClient.Result r = WireClient.send(mux, row.method(), "127.0.0.1:8080", row.target(), 10);
            f.expect(row.method() + " " + row.target(), status(r.match()), row.code());
            f.expect(row.method() + " " + row.target() + ", Allow", q(r.match().allow()), q(row.allow()));
        }
        f.done(12);
    }

    /** A path value the match must hold ("" for a name the pattern lacks). */
    private record PathValue(String name, String value) {
    }

    private record PathValueCase(String pattern, String target, List<PathValue> values) {
    }

    @Test
    void pathValue() {
        PathValueCase[] rows = {
            new PathValueCase("/{a}/is/{b}/{c...}", "/now/is/the/time/for/all", List.of(new PathValue("a", "now"),
                    new PathValue("b", "the"), new PathValue("c", "time/for/all"), new PathValue("d", ""))),
            new PathValueCase("/names/{name}/{other...}", "/names/%2fjohn/address",
                    List.of(new PathValue("name", "/john"), new PathValue("other", "address"))),
            new PathValueCase("/names/{name}/{other...}", "/names/john%2Fdoe/there/is%2F/more",
                    List.of(new PathValue("name", "john/doe"), new PathValue("other", "there/is//more"))),
            // Go 1.23's row (issue 67067; Go 1.22.0 panicked here).
            new PathValueCase("/names/{name}/{other...}", "/names/n/*",
                    List.of(new PathValue("name", "n"), new PathValue("other", "*"))),
        };
        Failures f = new Failures();
        for (PathValueCase row : rows) {
            f.row();
            Routes<String> mux = new Routes<>();
            mux.register(row.pattern(), row.pattern());
            Match<String> m = mux.match("GET", "127.0.0.1:8080", row.target());
            f.expect(q(row.pattern()) + ", " + q(row.target()) + " kind", m.kind(), Kind.FOUND);
            for (PathValue v : row.values()) {
                f.expect(q(row.pattern()) + ", " + q(v.name()), q(m.pathValue(v.name())), q(v.value()));
            }
        }
        f.done(4);
    }
}
