package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Routes.Match;
import dev.gonet.http.Routes.Match.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed and extreme input: control characters, Unicode (offsets count UTF-8 bytes, as in
 * Go; names must be Go identifiers), lone surrogates, empty and null input, huge patterns and
 * paths, and many registrations. Registration texts were recorded from Go 1.22's router.
 */
class MalformedInputTest {
    private record OddPatternCase(String pattern, String err) {
    }

    /** Pattern, Go's registration error (null: registers). */
    private static final OddPatternCase[] ODD_PATTERNS = {
        new OddPatternCase("/a\000b", null),
        new OddPatternCase("GE\000T /a", "parsing \"GE\\x00T /a\": at offset 0: invalid method \"GE\\x00T\""),
        new OddPatternCase("GET /a\nb", null),
        new OddPatternCase("a\001host/x", null),
        new OddPatternCase("/{x\000}", "parsing \"/{x\\x00}\": at offset 1: bad wildcard name \"x\\x00\""),
        new OddPatternCase("/é/ü/{x", "parsing \"/é/ü/{x\": at offset 7: bad wildcard segment (must end with '}')"),
        new OddPatternCase("/{x٣}", null),
        new OddPatternCase("/{٣x}", "parsing \"/{٣x}\": at offset 1: bad wildcard name \"٣x\""),
        new OddPatternCase("/{e\u0301}", "parsing \"/{e\u0301}\": at offset 1: bad wildcard name \"e\u0301\""),
        new OddPatternCase("/{�}", "parsing \"/{�}\": at offset 1: bad wildcard name \"�\""),
        new OddPatternCase("/{ǅ}", null),
        new OddPatternCase("/{ⅷ}", "parsing \"/{ⅷ}\": at offset 1: bad wildcard name \"ⅷ\""),
        new OddPatternCase("/{x²}", "parsing \"/{x²}\": at offset 1: bad wildcard name \"x²\""),
        new OddPatternCase("/ /{x}", "parsing \"/ /{x}\": at offset 0: invalid method \"/\""),
        new OddPatternCase("/\177/{ }", "parsing \"/\\x7f/{ }\": at offset 0: invalid method \"/\\x7f/{\""),
        new OddPatternCase("ééé /x", "parsing \"ééé /x\": at offset 0: invalid method \"ééé\""),
        new OddPatternCase("GET /\u2028/{x",
            "parsing \"GET /\\u2028/{x\": at offset 9: bad wildcard segment (must end with '}')"),
        new OddPatternCase("/{\ud835\udc00}/{x\ud835\udfce}", null),
        // Java-only input: a lone surrogate is encoded as U+FFFD, so it behaves as that would.
        new OddPatternCase("/{\ud800}", "parsing \"/{\ud800}\": at offset 1: bad wildcard name \"\ufffd\""),
        new OddPatternCase("/\udc00/{x",
            "parsing \"/\udc00/{x\": at offset 5: bad wildcard segment (must end with '}')"),
        new OddPatternCase("/a\ud800", null),
    };

    @Test
    void oddPatterns() {
        Failures f = new Failures();
        for (OddPatternCase row : ODD_PATTERNS) {
            f.row();
            String got = null;
            try {
                new Routes<String>().register(row.pattern(), "h");
            } catch (IllegalArgumentException e) {
                got = e.getMessage();
            }
            f.expect("register(" + q(row.pattern()) + ")", got == null ? "ok" : q(got),
                    row.err() == null ? "ok" : q(row.err()));
        }
        f.done(21);
    }

    private record MatchCase(String path, String want) {
    }

    @Test
    void controlAndUnicodeMatching() {
        Routes<String> mux = new Routes<>();
        mux.register("/a\000b", "nul");
        mux.register("/é/{x}", "accent");
        mux.register("/m/{\ud835\udc00}/w", "math");
        Failures f = new Failures();
        MatchCase[] rows = {
            new MatchCase("/a%00b", "FOUND /a\000b {}"),
            new MatchCase("/a\000b", "FOUND /a\000b {}"),
            new MatchCase("/%C3%A9/%F0%9F%98%80", "FOUND /é/{x} {x=\ud83d\ude00}"),
            new MatchCase("/é/x", "FOUND /é/{x} {x=x}"), // raw non-ASCII is taken as its UTF-8 bytes
            new MatchCase("/%c3%a9/%FF", "FOUND /é/{x} {x=\ufffd}"), // an invalid UTF-8 value decodes as U+FFFD
            new MatchCase("/m/%E2%82/w", "FOUND /m/{\ud835\udc00}/w {\ud835\udc00=\ufffd\ufffd}"), // one U+FFFD per bad byte
            new MatchCase("/m/%zz/w", "FOUND /m/{\ud835\udc00}/w {\ud835\udc00=%zz}"), // a bad escape stays as it is
            new MatchCase("/a\nb", "NOT_FOUND"),
        };
        for (MatchCase row : rows) {
            f.row();
            f.expect("match(GET, " + q(row.path()) + ")", mux.match("GET", "h", row.path()).toString(), row.want());
        }
        f.done(8);
    }

    private record RegisterCase(String pattern, String err) {
    }

    @Test
    void emptyAndNull() {
        Failures f = new Failures();
        Routes<String> mux = new Routes<>();
        RegisterCase[] rows = {
            new RegisterCase("", "http: invalid pattern"),
            new RegisterCase(null, "http: invalid pattern"),
            new RegisterCase(" ", "parsing \" \": at offset 1: host/path missing /"),
            new RegisterCase("  ", "parsing \"  \": at offset 1: host/path missing /"),
            new RegisterCase("{", "parsing \"{\": at offset 0: host/path missing /"),
        };
        for (RegisterCase row : rows) {
            f.row();
            try {
                mux.register(row.pattern(), "h");
                f.errorf("register(" + q(row.pattern()) + ") succeeded");
            } catch (IllegalArgumentException e) {
                f.expect("register(" + q(row.pattern()) + ")", e.getMessage(), row.err());
            }
        }
        f.row();
        try {
            Pattern.parse("");
            f.errorf("parsePattern(\"\") succeeded");
        } catch (IllegalArgumentException e) {
            f.expect("parsePattern(\"\")", e.getMessage(), "empty pattern");
        }
        f.row();
        // An empty path cleans to "/": a redirect, even with nothing registered (as Go).
        f.expect("empty mux, empty request", mux.match("", "", "").toString(), "REDIRECT / (pattern \"\")");
        f.done(7);
    }

    @Test
    void hugePatternAndPath() {
        Failures f = new Failures();
        // 5,000 segments, a wildcard at the end: the router recurses once per segment.
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            p.append("/s").append(i);
        }
        String deep = p.toString();
        Routes<String> mux = new Routes<>();
        mux.register(deep + "/{last}", "deep");
        mux.register("/{a}/{b...}", "catchall");
        f.row();
        Match<String> m = mux.match("GET", "h", deep + "/end");
        f.expect("deep match", m.handler() + " " + m.pathValue("last"), "deep end");
        f.row();
        m = mux.match("GET", "h", deep + "/end/more");
        f.expect("deep path under catch-all", m.handler() + " " + m.pathValue("a"), "catchall s0");

        // A 1 MiB literal segment, and a 1 MiB host.
        String big = "x".repeat(1 << 20);
        mux.register("/" + big, "big");
        mux.register(big + ".com/", "bighost");
        f.row();
        f.expect("1 MiB segment", mux.match("GET", "h", "/" + big).handler(), "big");
        f.row();
        f.expect("1 MiB host", mux.match("GET", big + ".com:80", "/z").handler(), "bighost");

        // A path of 200,000 segments against a shallow tree: cleaning and matching are linear.
        String longPath = "/y".repeat(200_000);
        f.row();
        m = mux.match("GET", "h", longPath);
        f.expect("long path", m.handler() + " " + m.pathValue("b").length(), "catchall " + (longPath.length() - 3));
        f.row();
        m = mux.match("GET", "h", longPath + "/..");
        f.expect("long unclean path", m.kind() + " " + m.redirect().length(), Kind.REDIRECT + " " + (longPath.length() - 2));

        // A huge pattern error reports its byte offset.
        f.row();
        try {
            mux.register("/" + big + "/{", "bad");
            f.errorf("register(huge bad pattern) succeeded");
        } catch (IllegalArgumentException e) {
            f.expect("huge pattern error offset", e.getMessage().contains("\": at offset " + ((1 << 20) + 2) + ": bad wildcard"), true);
        }
        f.done(7);
    }

    @Test
    void manyPatterns() {
        // 3,000 registrations, conflict-checked through the index, then every one routed.
        Routes<String> mux = new Routes<>();
        for (int i = 0; i < 1000; i++) {
            mux.register("/r" + i + "/{id}", "a" + i);
            mux.register("GET /r" + i + "/{id}/x", "b" + i);
            mux.register("/r" + i + "/{id}/y/", "c" + i);
        }
        Failures f = new Failures();
        for (int i = 0; i < 1000; i += 7) {
            f.row();
            String got = mux.match("GET", "h", "/r" + i + "/7").handler() + mux.match("HEAD", "h", "/r" + i + "/7/x").handler()
                    + mux.match("POST", "h", "/r" + i + "/7/y/z").handler() + " " + mux.match("POST", "h", "/r" + i + "/7/x").allow();
            f.expect("routes for r" + i, got, "a" + i + "b" + i + "c" + i + " GET, HEAD");
        }
        f.expect("pattern count", mux.patterns().size(), 3000);
        f.done(143);
    }

    @Test
    void registrationFailuresLeaveNoTrace() {
        Routes<String> mux = new Routes<>();
        mux.register("/a/{x}/b", "h");
        for (String bad : List.of("/a/{y}/b", "/a//b", "/{", "GET //")) {
            try {
                mux.register(bad, "bad");
            } catch (IllegalArgumentException expected) {
                // Go panics; the registry must be as before.
            }
        }
        Failures f = new Failures();
        f.row();
        f.expect("patterns", mux.patterns(), List.of("/a/{x}/b"));
        f.row();
        f.expect("match /a/q/b", mux.match("GET", "h", "/a/q/b").toString(), "FOUND /a/{x}/b {x=q}");
        f.done(2);
    }
}
