package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Pattern.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's pattern_test.go TestParsePattern and TestParsePatternError, and exact error texts. */
class PatternTest {
    private static Segment lit(String s) {
        return Segment.lit(s);
    }

    private static Segment wild(String s) {
        return Segment.wild(s);
    }

    private static Segment multi(String s) {
        return Segment.multi(s);
    }

    private static Pattern pat(String method, String host, Segment... segs) {
        return Pattern.of(method, host, List.of(segs));
    }

    private record ParseCase(String in, Pattern want) {
    }

    /** Go's TestParsePattern rows, plus the one-space rule and byte-string segments. */
    private static final ParseCase[] PARSE = {
        new ParseCase("/", pat("", "", multi(""))),
        new ParseCase("/a", pat("", "", lit("a"))),
        new ParseCase("/a/", pat("", "", lit("a"), multi(""))),
        new ParseCase("/path/to/something", pat("", "", lit("path"), lit("to"), lit("something"))),
        new ParseCase("/{w1}/lit/{w2}", pat("", "", wild("w1"), lit("lit"), wild("w2"))),
        new ParseCase("/{w1}/lit/{w2}/", pat("", "", wild("w1"), lit("lit"), wild("w2"), multi(""))),
        new ParseCase("example.com/", pat("", "example.com", multi(""))),
        new ParseCase("GET /", pat("GET", "", multi(""))),
        new ParseCase("POST example.com/foo/{w}", pat("POST", "example.com", lit("foo"), wild("w"))),
        new ParseCase("/{$}", pat("", "", lit("/"))),
        new ParseCase("DELETE example.com/a/{foo12}/{$}",
            pat("DELETE", "example.com", lit("a"), wild("foo12"), lit("/"))),
        new ParseCase("/foo/{$}", pat("", "", lit("foo"), lit("/"))),
        new ParseCase("/{a}/foo/{rest...}", pat("", "", wild("a"), lit("foo"), multi("rest"))),
        new ParseCase("//", pat("", "", lit(""), multi(""))),
        new ParseCase("/foo///./../bar", pat("", "", lit("foo"), lit(""), lit(""), lit("."), lit(".."), lit("bar"))),
        new ParseCase("a.com/foo//", pat("", "a.com", lit("foo"), lit(""), multi(""))),
        new ParseCase("/%61%62/%7b/%", pat("", "", lit("ab"), lit("{"), lit("%"))),
        // Go 1.22 splits the method at the first space only: the rest is host and path.
        new ParseCase("GET  /a", pat("GET", " ", lit("a"))),
        // No space, no method: a tab is part of the host.
        new ParseCase("GET\t/a", pat("", "GET\t", lit("a"))),
        // An empty method before the space is no method.
        new ParseCase(" /x", pat("", "", lit("x"))),
        new ParseCase("get /a", pat("get", "", lit("a"))),
        new ParseCase("CONNECT /a/./b", pat("CONNECT", "", lit("a"), lit("."), lit("b"))),
        // Literals are unescaped to bytes; wildcard names are Unicode identifiers.
        new ParseCase("/%C3%A9/%ff/{é9}/{ü...}", pat("", "", lit("\u00c3\u00a9"), lit("\u00ff"), wild("\u00c3\u00a99"),
                multi("\u00c3\u00bc"))),
        new ParseCase("/%zz/a%2Fb", pat("", "", lit("%zz"), lit("a/b"))),
        new ParseCase("/}", pat("", "", lit("}"))),
        new ParseCase("é.com/x", pat("", "\u00c3\u00a9.com", lit("x"))),
    };

    @Test
    void parsePattern() {
        Failures f = new Failures();
        for (ParseCase row : PARSE) {
            f.row();
            String in = row.in();
            Pattern want = row.want();
            Pattern got;
            try {
                got = Pattern.parse(in);
            } catch (IllegalArgumentException e) {
                f.errorf("parsePattern(" + q(in) + ") failed: " + e.getMessage());
                continue;
            }
            if (!got.method.equals(want.method) || !got.host.equals(want.host) || !got.segments.equals(want.segments)) {
                f.errorf("parsePattern(" + q(in) + ") = " + show(got) + ", want " + show(want));
            }
            f.expect("parsePattern(" + q(in) + ").String()", got.toString(), in);
        }
        f.done(26);
    }

    private static String show(Pattern p) {
        return "{method " + q(p.method) + " host " + q(p.host) + " segments " + p.segments + "}";
    }

    private record ErrorCase(String in, String want) {
    }

    /** Go's TestParsePatternError: the error must contain the text. */
    private static final ErrorCase[] ERRORS = {
        new ErrorCase("", "empty pattern"),
        new ErrorCase("A=B /", "at offset 0: invalid method"),
        new ErrorCase(" ", "at offset 1: host/path missing /"),
        new ErrorCase("/{w}x", "at offset 1: bad wildcard segment"),
        new ErrorCase("/x{w}", "at offset 1: bad wildcard segment"),
        new ErrorCase("/{wx", "at offset 1: bad wildcard segment"),
        new ErrorCase("/a/{/}/c", "at offset 3: bad wildcard segment"),
        new ErrorCase("/a/{%61}/c", "at offset 3: bad wildcard name"), // wildcard names aren't unescaped
        new ErrorCase("/{a$}", "at offset 1: bad wildcard name"),
        new ErrorCase("/{}", "at offset 1: empty wildcard"),
        new ErrorCase("POST a.com/x/{}/y", "at offset 13: empty wildcard"),
        new ErrorCase("/{...}", "at offset 1: empty wildcard"),
        new ErrorCase("/{$...}", "at offset 1: bad wildcard"),
        new ErrorCase("/{$}/", "at offset 1: {$} not at end"),
        new ErrorCase("/{$}/x", "at offset 1: {$} not at end"),
        new ErrorCase("/abc/{$}/x", "at offset 5: {$} not at end"),
        new ErrorCase("/{a...}/", "at offset 1: {...} wildcard not at end"),
        new ErrorCase("/{a...}/x", "at offset 1: {...} wildcard not at end"),
        new ErrorCase("{a}/b", "at offset 0: host contains '{' (missing initial '/'?)"),
        new ErrorCase("/a/{x}/b/{x...}", "at offset 9: duplicate wildcard name"),
        new ErrorCase("GET //", "at offset 4: non-CONNECT pattern with unclean path"),
    };

    @Test
    void parsePatternError() {
        Failures f = new Failures();
        for (ErrorCase row : ERRORS) {
            f.row();
            try {
                Pattern p = Pattern.parse(row.in());
                f.errorf("parsePattern(" + q(row.in()) + ") = " + show(p) + ", want error containing " + q(row.want()));
            } catch (IllegalArgumentException e) {
                if (!e.getMessage().contains(row.want())) {
                    f.errorf("parsePattern(" + q(row.in()) + ") error " + q(e.getMessage()) + ", want containing "
                            + q(row.want()));
                }
            }
        }
        f.done(21);
    }

    private record RegisterErrorCase(String pattern, String err) {
    }

    /**
     * The whole registration error, checked byte for byte against Go 1.22's router (null: the
     * pattern registers). Offsets count UTF-8 bytes.
     */
    private static final RegisterErrorCase[] REGISTER_ERRORS = {
            new RegisterErrorCase("A=B /", "parsing \"A=B /\": at offset 0: invalid method \"A=B\""),
            new RegisterErrorCase(" ", "parsing \" \": at offset 1: host/path missing /"),
            new RegisterErrorCase("/{w}x", "parsing \"/{w}x\": at offset 1: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("/x{w}",
                "parsing \"/x{w}\": at offset 1: bad wildcard segment (must start with '{')"),
            new RegisterErrorCase("/{wx", "parsing \"/{wx\": at offset 1: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("/a/{/}/c",
                "parsing \"/a/{/}/c\": at offset 3: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("/a/{%61}/c", "parsing \"/a/{%61}/c\": at offset 3: bad wildcard name \"%61\""),
            new RegisterErrorCase("/{a$}", "parsing \"/{a$}\": at offset 1: bad wildcard name \"a$\""),
            new RegisterErrorCase("/{}", "parsing \"/{}\": at offset 1: empty wildcard"),
            new RegisterErrorCase("POST a.com/x/{}/y", "parsing \"POST a.com/x/{}/y\": at offset 13: empty wildcard"),
            new RegisterErrorCase("/{...}", "parsing \"/{...}\": at offset 1: empty wildcard"),
            new RegisterErrorCase("/{$...}", "parsing \"/{$...}\": at offset 1: bad wildcard name \"$\""),
            new RegisterErrorCase("/{$}/", "parsing \"/{$}/\": at offset 1: {$} not at end"),
            new RegisterErrorCase("/{$}/x", "parsing \"/{$}/x\": at offset 1: {$} not at end"),
            new RegisterErrorCase("/abc/{$}/x", "parsing \"/abc/{$}/x\": at offset 5: {$} not at end"),
            new RegisterErrorCase("/{a...}/", "parsing \"/{a...}/\": at offset 1: {...} wildcard not at end"),
            new RegisterErrorCase("/{a...}/x", "parsing \"/{a...}/x\": at offset 1: {...} wildcard not at end"),
            new RegisterErrorCase("{a}/b", "parsing \"{a}/b\": at offset 0: host contains '{' (missing initial '/'?)"),
            new RegisterErrorCase("/a/{x}/b/{x...}",
                "parsing \"/a/{x}/b/{x...}\": at offset 9: duplicate wildcard name \"x\""),
            new RegisterErrorCase("GET //", "parsing \"GET //\": at offset 4: non-CONNECT pattern with unclean path can never match"),
            new RegisterErrorCase("/a/{x", "parsing \"/a/{x\": at offset 3: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("GET  /a", null),
            new RegisterErrorCase("GET\t/a", null),
            new RegisterErrorCase("get /a", null),
            new RegisterErrorCase("GET", "parsing \"GET\": at offset 0: host/path missing /"),
            new RegisterErrorCase("é", "parsing \"é\": at offset 0: host/path missing /"),
            new RegisterErrorCase("/é/{x", "parsing \"/é/{x\": at offset 4: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("/é/{1é}", "parsing \"/é/{1é}\": at offset 4: bad wildcard name \"1é\""),
            new RegisterErrorCase("/{é}/{é}", "parsing \"/{é}/{é}\": at offset 6: duplicate wildcard name \"é\""),
            new RegisterErrorCase("/{x}/{ x}", "parsing \"/{x}/{ x}\": at offset 0: invalid method \"/{x}/{\""),
            new RegisterErrorCase("/{x\t}", "parsing \"/{x\\t}\": at offset 1: bad wildcard name \"x\\t\""),
            new RegisterErrorCase("/a/{x}", null),
            new RegisterErrorCase("GET /a/./b",
                "parsing \"GET /a/./b\": at offset 4: non-CONNECT pattern with unclean path can never match"),
            new RegisterErrorCase("CONNECT /a/./b", null),
            new RegisterErrorCase("POST /a/../b",
                "parsing \"POST /a/../b\": at offset 5: non-CONNECT pattern with unclean path can never match"),
            new RegisterErrorCase("/a/../b", null),
            new RegisterErrorCase("DELETE /a//b", "parsing \"DELETE /a//b\": at offset 7: non-CONNECT pattern with unclean path can never match"),
            new RegisterErrorCase("/{_}/{_1}/{é9}", null),
            new RegisterErrorCase("/{9}", "parsing \"/{9}\": at offset 1: bad wildcard name \"9\""),
            new RegisterErrorCase("/{x.y}", "parsing \"/{x.y}\": at offset 1: bad wildcard name \"x.y\""),
            new RegisterErrorCase("/{x-y}", "parsing \"/{x-y}\": at offset 1: bad wildcard name \"x-y\""),
            new RegisterErrorCase("/{$}{$}", "parsing \"/{$}{$}\": at offset 1: bad wildcard name \"$}{$\""),
            new RegisterErrorCase("/{{x}}", "parsing \"/{{x}}\": at offset 1: bad wildcard name \"{x}\""),
            new RegisterErrorCase("/{x}}", "parsing \"/{x}}\": at offset 1: bad wildcard name \"x}\""),
            new RegisterErrorCase("/}", null),
            new RegisterErrorCase("a.com{/x",
                "parsing \"a.com{/x\": at offset 5: host contains '{' (missing initial '/'?)"),
            new RegisterErrorCase(" /x", null),
            new RegisterErrorCase("/%zz/{x",
                "parsing \"/%zz/{x\": at offset 5: bad wildcard segment (must end with '}')"),
            new RegisterErrorCase("/{ü...}", null),
    };

    @Test
    void registrationErrorTexts() {
        Failures f = new Failures();
        for (RegisterErrorCase row : REGISTER_ERRORS) {
            f.row();
            String got = null;
            try {
                new Routes<String>().register(row.pattern(), "h");
            } catch (IllegalArgumentException e) {
                got = e.getMessage();
            }
            f.expect("register(" + q(row.pattern()) + ")", got == null ? null : q(got),
                    row.err() == null ? null : q(row.err()));
        }
        f.done(49);
    }
}
