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

    /** Go's TestParsePattern rows, plus the one-space rule and byte-string segments. */
    private static final Object[][] PARSE = {
        {"/", pat("", "", multi(""))},
        {"/a", pat("", "", lit("a"))},
        {"/a/", pat("", "", lit("a"), multi(""))},
        {"/path/to/something", pat("", "", lit("path"), lit("to"), lit("something"))},
        {"/{w1}/lit/{w2}", pat("", "", wild("w1"), lit("lit"), wild("w2"))},
        {"/{w1}/lit/{w2}/", pat("", "", wild("w1"), lit("lit"), wild("w2"), multi(""))},
        {"example.com/", pat("", "example.com", multi(""))},
        {"GET /", pat("GET", "", multi(""))},
        {"POST example.com/foo/{w}", pat("POST", "example.com", lit("foo"), wild("w"))},
        {"/{$}", pat("", "", lit("/"))},
        {"DELETE example.com/a/{foo12}/{$}", pat("DELETE", "example.com", lit("a"), wild("foo12"), lit("/"))},
        {"/foo/{$}", pat("", "", lit("foo"), lit("/"))},
        {"/{a}/foo/{rest...}", pat("", "", wild("a"), lit("foo"), multi("rest"))},
        {"//", pat("", "", lit(""), multi(""))},
        {"/foo///./../bar", pat("", "", lit("foo"), lit(""), lit(""), lit("."), lit(".."), lit("bar"))},
        {"a.com/foo//", pat("", "a.com", lit("foo"), lit(""), multi(""))},
        {"/%61%62/%7b/%", pat("", "", lit("ab"), lit("{"), lit("%"))},
        // Go 1.22 splits the method at the first space only: the rest is host and path.
        {"GET  /a", pat("GET", " ", lit("a"))},
        // No space, no method: a tab is part of the host.
        {"GET\t/a", pat("", "GET\t", lit("a"))},
        // An empty method before the space is no method.
        {" /x", pat("", "", lit("x"))},
        {"get /a", pat("get", "", lit("a"))},
        {"CONNECT /a/./b", pat("CONNECT", "", lit("a"), lit("."), lit("b"))},
        // Literals are unescaped to bytes; wildcard names are Unicode identifiers.
        {"/%C3%A9/%ff/{é9}/{ü...}", pat("", "", lit("\u00c3\u00a9"), lit("\u00ff"), wild("\u00c3\u00a99"),
                multi("\u00c3\u00bc"))},
        {"/%zz/a%2Fb", pat("", "", lit("%zz"), lit("a/b"))},
        {"/}", pat("", "", lit("}"))},
        {"é.com/x", pat("", "\u00c3\u00a9.com", lit("x"))},
    };

    @Test
    void parsePattern() {
        Failures f = new Failures();
        for (Object[] row : PARSE) {
            f.row();
            String in = (String) row[0];
            Pattern want = (Pattern) row[1];
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

    /** Go's TestParsePatternError: the error must contain the text. */
    private static final String[][] ERRORS = {
        {"", "empty pattern"},
        {"A=B /", "at offset 0: invalid method"},
        {" ", "at offset 1: host/path missing /"},
        {"/{w}x", "at offset 1: bad wildcard segment"},
        {"/x{w}", "at offset 1: bad wildcard segment"},
        {"/{wx", "at offset 1: bad wildcard segment"},
        {"/a/{/}/c", "at offset 3: bad wildcard segment"},
        {"/a/{%61}/c", "at offset 3: bad wildcard name"}, // wildcard names aren't unescaped
        {"/{a$}", "at offset 1: bad wildcard name"},
        {"/{}", "at offset 1: empty wildcard"},
        {"POST a.com/x/{}/y", "at offset 13: empty wildcard"},
        {"/{...}", "at offset 1: empty wildcard"},
        {"/{$...}", "at offset 1: bad wildcard"},
        {"/{$}/", "at offset 1: {$} not at end"},
        {"/{$}/x", "at offset 1: {$} not at end"},
        {"/abc/{$}/x", "at offset 5: {$} not at end"},
        {"/{a...}/", "at offset 1: {...} wildcard not at end"},
        {"/{a...}/x", "at offset 1: {...} wildcard not at end"},
        {"{a}/b", "at offset 0: host contains '{' (missing initial '/'?)"},
        {"/a/{x}/b/{x...}", "at offset 9: duplicate wildcard name"},
        {"GET //", "at offset 4: non-CONNECT pattern with unclean path"},
    };

    @Test
    void parsePatternError() {
        Failures f = new Failures();
        for (String[] row : ERRORS) {
            f.row();
            try {
                Pattern p = Pattern.parse(row[0]);
                f.errorf("parsePattern(" + q(row[0]) + ") = " + show(p) + ", want error containing " + q(row[1]));
            } catch (IllegalArgumentException e) {
                if (!e.getMessage().contains(row[1])) {
                    f.errorf("parsePattern(" + q(row[0]) + ") error " + q(e.getMessage()) + ", want containing " + q(row[1]));
                }
            }
        }
        f.done(21);
    }

    /**
     * The whole registration error, checked byte for byte against Go 1.22's router (null: the
     * pattern registers). Offsets count UTF-8 bytes.
     */
    private static final String[][] REGISTER_ERRORS = {
            {"A=B /", "parsing \"A=B /\": at offset 0: invalid method \"A=B\""},
            {" ", "parsing \" \": at offset 1: host/path missing /"},
            {"/{w}x", "parsing \"/{w}x\": at offset 1: bad wildcard segment (must end with '}')"},
            {"/x{w}", "parsing \"/x{w}\": at offset 1: bad wildcard segment (must start with '{')"},
            {"/{wx", "parsing \"/{wx\": at offset 1: bad wildcard segment (must end with '}')"},
            {"/a/{/}/c", "parsing \"/a/{/}/c\": at offset 3: bad wildcard segment (must end with '}')"},
            {"/a/{%61}/c", "parsing \"/a/{%61}/c\": at offset 3: bad wildcard name \"%61\""},
            {"/{a$}", "parsing \"/{a$}\": at offset 1: bad wildcard name \"a$\""},
            {"/{}", "parsing \"/{}\": at offset 1: empty wildcard"},
            {"POST a.com/x/{}/y", "parsing \"POST a.com/x/{}/y\": at offset 13: empty wildcard"},
            {"/{...}", "parsing \"/{...}\": at offset 1: empty wildcard"},
            {"/{$...}", "parsing \"/{$...}\": at offset 1: bad wildcard name \"$\""},
            {"/{$}/", "parsing \"/{$}/\": at offset 1: {$} not at end"},
            {"/{$}/x", "parsing \"/{$}/x\": at offset 1: {$} not at end"},
            {"/abc/{$}/x", "parsing \"/abc/{$}/x\": at offset 5: {$} not at end"},
            {"/{a...}/", "parsing \"/{a...}/\": at offset 1: {...} wildcard not at end"},
            {"/{a...}/x", "parsing \"/{a...}/x\": at offset 1: {...} wildcard not at end"},
            {"{a}/b", "parsing \"{a}/b\": at offset 0: host contains '{' (missing initial '/'?)"},
            {"/a/{x}/b/{x...}", "parsing \"/a/{x}/b/{x...}\": at offset 9: duplicate wildcard name \"x\""},
            {"GET //", "parsing \"GET //\": at offset 4: non-CONNECT pattern with unclean path can never match"},
            {"/a/{x", "parsing \"/a/{x\": at offset 3: bad wildcard segment (must end with '}')"},
            {"GET  /a", null},
            {"GET\t/a", null},
            {"get /a", null},
            {"GET", "parsing \"GET\": at offset 0: host/path missing /"},
            {"é", "parsing \"é\": at offset 0: host/path missing /"},
            {"/é/{x", "parsing \"/é/{x\": at offset 4: bad wildcard segment (must end with '}')"},
            {"/é/{1é}", "parsing \"/é/{1é}\": at offset 4: bad wildcard name \"1é\""},
            {"/{é}/{é}", "parsing \"/{é}/{é}\": at offset 6: duplicate wildcard name \"é\""},
            {"/{x}/{ x}", "parsing \"/{x}/{ x}\": at offset 0: invalid method \"/{x}/{\""},
            {"/{x\t}", "parsing \"/{x\\t}\": at offset 1: bad wildcard name \"x\\t\""},
            {"/a/{x}", null},
            {"GET /a/./b", "parsing \"GET /a/./b\": at offset 4: non-CONNECT pattern with unclean path can never match"},
            {"CONNECT /a/./b", null},
            {"POST /a/../b", "parsing \"POST /a/../b\": at offset 5: non-CONNECT pattern with unclean path can never match"},
            {"/a/../b", null},
            {"DELETE /a//b", "parsing \"DELETE /a//b\": at offset 7: non-CONNECT pattern with unclean path can never match"},
            {"/{_}/{_1}/{é9}", null},
            {"/{9}", "parsing \"/{9}\": at offset 1: bad wildcard name \"9\""},
            {"/{x.y}", "parsing \"/{x.y}\": at offset 1: bad wildcard name \"x.y\""},
            {"/{x-y}", "parsing \"/{x-y}\": at offset 1: bad wildcard name \"x-y\""},
            {"/{$}{$}", "parsing \"/{$}{$}\": at offset 1: bad wildcard name \"$}{$\""},
            {"/{{x}}", "parsing \"/{{x}}\": at offset 1: bad wildcard name \"{x}\""},
            {"/{x}}", "parsing \"/{x}}\": at offset 1: bad wildcard name \"x}\""},
            {"/}", null},
            {"a.com{/x", "parsing \"a.com{/x\": at offset 5: host contains '{' (missing initial '/'?)"},
            {" /x", null},
            {"/%zz/{x", "parsing \"/%zz/{x\": at offset 5: bad wildcard segment (must end with '}')"},
            {"/{ü...}", null},
    };

    @Test
    void registrationErrorTexts() {
        Failures f = new Failures();
        for (String[] row : REGISTER_ERRORS) {
            f.row();
            String got = null;
            try {
                new Routes<String>().register(row[0], "h");
            } catch (IllegalArgumentException e) {
                got = e.getMessage();
            }
            f.expect("register(" + q(row[0]) + ")", got == null ? null : q(got), row[1] == null ? null : q(row[1]));
        }
        f.done(49);
    }
}
