package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.http.Routes.Match;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corners of Go 1.22's ServeMux beyond Go's own tables, each outcome recorded from Go 1.22's
 * router (go1.22 plus the 65624 and 67067 fixes): {$} against an escaped slash, the double
 * escaping of cleaning redirects, CONNECT quirks, hosts with ports, method fallbacks, 405
 * lists, per-segment unescaping, precedence and registration outcomes.
 *
 * <p>Registration results: {@code ok}, {@code err "<text>"}, or {@code panic "<text>"} where
 * Go panics outright. Request rows: method, Host, URL host, escaped path, raw query, outcome.
 */
class GoEdgeCasesTest {
    private record Scenario(String name, String[][] patterns, String[][] requests) {
    }

    private static final Scenario[] SCENARIOS = {
        new Scenario("{$} and an escaped slash",
            new String[][] {
                {"/{$}", "ok"},
                {"/a/{$}", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/%2F", "", "FOUND \"/{$}\""},
                {"GET", "h", "", "/a/%2F", "", "FOUND \"/a/{$}\""},
                {"GET", "h", "", "/a", "", "REDIRECT \"/a/\" pattern=\"/a/\" location=\"/a/\""},
                {"GET", "h", "", "/a/", "", "FOUND \"/a/{$}\""},
                {"GET", "h", "", "/a/b", "", "404"},
            }),
        new Scenario("a literal * is no multi wildcard (Go issue 67067)",
            new String[][] {
                {"/files/{p...}", "ok"},
                {"/lit/*", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/files/*", "", "FOUND \"/files/{p...}\" p=\"*\""},
                {"GET", "h", "", "/lit/*", "", "FOUND \"/lit/*\""},
                {"GET", "h", "", "/lit/x", "", "404"},
            }),
        new Scenario("cleaning redirects escape the escaped path again",
            new String[][] {
                {"/b/", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/b/x%20y/.", "", "REDIRECT \"/b/x%2520y\" pattern=\"/b/\" location=\"/b/x%2520y\""},
                {"GET", "h", "", "/b/./%7E", "q=1", "REDIRECT \"/b/%257E\" pattern=\"/b/\" location=\"/b/%257E?q=1\""},
                {"GET", "h", "", "/b//c", "", "REDIRECT \"/b/c\" pattern=\"/b/\" location=\"/b/c\""},
            }),
        new Scenario("CONNECT with an empty path (authority form)",
            new String[][] {
                {"/", "ok"},
            },
            new String[][] {
                {"CONNECT", "a.com:443", "a.com:443", "", "", "REDIRECT \"//\" pattern=\"//\" location=\"/\""},
                {"CONNECT", "a.com:443", "a.com:443", "", "a=1", "REDIRECT \"//\" pattern=\"//\" location=\"/?a=1\""},
            }),
        new Scenario("an empty CONNECT segment binds a wildcard without a value (Go issue 81222)",
            new String[][] {
                {"/{x}/{y}", "ok"},
            },
            new String[][] {
                {"CONNECT", "h", "", "//b", "", "FOUND \"/{x}/{y}\" x=\"b\""},
                {"CONNECT", "h", "", "/a/b", "", "FOUND \"/{x}/{y}\" x=\"a\" y=\"b\""},
                {"GET", "h", "", "//b", "", "REDIRECT \"/b\" pattern=\"\" location=\"/b\""},
            }),
        new Scenario("hosts: ports stripped, IPv6, host patterns with ports only for CONNECT",
            new String[][] {
                {"example.com/", "ok"},
                {"::1/", "ok"},
                {"[::1]/", "ok"},
                {"example.com:9000/", "ok"},
            },
            new String[][] {
                {"GET", "example.com:80", "", "/x", "", "FOUND \"example.com/\""},
                {"GET", "[::1]:80", "", "/x", "", "FOUND \"::1/\""},
                {"GET", "[::1]", "", "/x", "", "FOUND \"[::1]/\""},
                {"GET", "example.com:9000", "", "/x", "", "FOUND \"example.com/\""},
                {"CONNECT", "example.com:9000", "example.com:9000", "/x", "", "FOUND \"example.com:9000/\""},
                {"GET", "EXAMPLE.COM", "", "/x", "", "404"},
            }),
        new Scenario("methods: exact first, then GET for HEAD, then any",
            new String[][] {
                {"GET /r", "ok"},
                {"HEAD /r", "ok"},
                {"/r", "ok"},
                {"POST /p", "ok"},
            },
            new String[][] {
                {"HEAD", "h", "", "/r", "", "FOUND \"HEAD /r\""},
                {"GET", "h", "", "/r", "", "FOUND \"GET /r\""},
                {"PUT", "h", "", "/r", "", "FOUND \"/r\""},
                {"get", "h", "", "/r", "", "FOUND \"/r\""},
                {"", "h", "", "/r", "", "FOUND \"/r\""},
                {"DELETE", "h", "", "/p", "", "405 \"POST\""},
                {"POST", "h", "", "/p", "", "FOUND \"POST /p\""},
            }),
        new Scenario("405 counts the methods a trailing-slash redirect would reach",
            new String[][] {
                {"GET /d/", "ok"},
                {"PUT /d", "ok"},
            },
            new String[][] {
                {"POST", "h", "", "/d", "", "405 \"GET, HEAD, PUT\""},
                {"PUT", "h", "", "/d/", "", "405 \"GET, HEAD\""},
                {"GET", "h", "", "/d", "", "REDIRECT \"/d/\" pattern=\"/d/\" location=\"/d/\""},
            }),
        new Scenario("CONNECT's 405 looks at the URL's host",
            new String[][] {
                {"POST a.com/x", "ok"},
            },
            new String[][] {
                {"CONNECT", "a.com", "", "/x", "", "404"},
                {"CONNECT", "a.com", "a.com", "/x", "", "405 \"POST\""},
                {"GET", "a.com", "", "/x", "", "405 \"POST\""},
            }),
        new Scenario("pattern literals are unescaped per segment",
            new String[][] {
                {"/%7B/%7D", "ok"},
                {"/a%2Fb/{x}", "ok"},
                {"/é/{x}", "ok"},
                {"/{名前}/v/w", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/%7B/%7D", "", "FOUND \"/%7B/%7D\""},
                {"GET", "h", "", "/a%2Fb/1", "", "FOUND \"/a%2Fb/{x}\" x=\"1\""},
                {"GET", "h", "", "/a%2fb/%31", "", "FOUND \"/a%2Fb/{x}\" x=\"1\""},
                {"GET", "h", "", "/a/b/1", "", "404"},
                {"GET", "h", "", "/%C3%A9/%C3%BC", "", "FOUND \"/é/{x}\" x=\"ü\""},
                {"GET", "h", "", "/%E5%80%A4/v/w", "", "FOUND \"/{名前}/v/w\" 名前=\"値\""},
            }),
        new Scenario("an empty literal segment shares the wildcard's child",
            new String[][] {
                {"/a//b", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/a/x/b", "", "FOUND \"/a//b\""},
                {"CONNECT", "h", "", "/a//b", "", "FOUND \"/a//b\""},
            }),
        new Scenario("host trailing-slash redirects keep the query",
            new String[][] {
                {"a.com/t/", "ok"},
            },
            new String[][] {
                {"GET", "a.com", "", "/t", "q=1", "REDIRECT \"/t/\" pattern=\"/t/\" location=\"/t/?q=1\""},
                {"GET", "b.com", "", "/t", "q=1", "404"},
                {"GET", "a.com:81", "", "/t", "", "REDIRECT \"/t/\" pattern=\"/t/\" location=\"/t/\""},
            }),
        new Scenario("most specific wins",
            new String[][] {
                {"/a/{x}", "ok"},
                {"/a/b", "ok"},
                {"/{p...}", "ok"},
                {"/a/b/{$}", "ok"},
                {"/a/{x}/c", "ok"},
            },
            new String[][] {
                {"GET", "h", "", "/a/b", "", "FOUND \"/a/b\""},
                {"GET", "h", "", "/a/c", "", "FOUND \"/a/{x}\" x=\"c\""},
                {"GET", "h", "", "/z", "", "FOUND \"/{p...}\" p=\"z\""},
                {"GET", "h", "", "/a/b/", "", "FOUND \"/a/b/{$}\""},
                {"GET", "h", "", "/a/b/c", "", "FOUND \"/a/{x}/c\" x=\"b\""},
                {"GET", "h", "", "/a/b/d", "", "FOUND \"/{p...}\" p=\"a/b/d\""},
                {"GET", "h", "", "/", "", "FOUND \"/{p...}\" p=\"\""},
                {"GET", "h", "", "/a", "", "FOUND \"/{p...}\" p=\"a\""},
            }),
        new Scenario("a path of * (OPTIONS *) is cleaned like any other",
            new String[][] {
                {"/", "ok"},
            },
            new String[][] {
                {"OPTIONS", "h", "", "*", "", "REDIRECT \"/%2A\" pattern=\"/\" location=\"/%2A\""},
                {"GET", "h", "", "*", "", "REDIRECT \"/%2A\" pattern=\"/\" location=\"/%2A\""},
            }),
        new Scenario("registration: conflicts, host precedence, the shared-child panic",
            new String[][] {
                {"/a/{x}/b", "ok"},
                {"/a//b", "panic \"non-nil leaf fields\""},
                {"/{y}/b/{z}", "err \"pattern \\\"/{y}/b/{z}\\\" (registered at LOC) conflicts with pattern \\\"/a/{x}/b\\\" (registered at LOC):\\n/{y}/b/{z} and /a/{x}/b both match some paths, like \\\"/a/b/b\\\".\\nBut neither is more specific than the other.\\n/{y}/b/{z} matches \\\"/y/b/z\\\", but /a/{x}/b doesn't.\\n/a/{x}/b matches \\\"/a/x/b\\\", but /{y}/b/{z} doesn't.\""},
                {"h.com/{y}/b/{z}", "ok"},
                {"GET /{m...}", "err \"pattern \\\"GET /{m...}\\\" (registered at LOC) conflicts with pattern \\\"/a/{x}/b\\\" (registered at LOC):\\nGET /{m...} matches fewer methods than /a/{x}/b, but has a more general path pattern\""},
                {"/x/{$}", "ok"},
                {"POST /x/{z...}", "err \"pattern \\\"POST /x/{z...}\\\" (registered at LOC) conflicts with pattern \\\"/x/{$}\\\" (registered at LOC):\\nPOST /x/{z...} matches fewer methods than /x/{$}, but has a more general path pattern\""},
            },
            new String[][] {
                {"GET", "h", "", "/a/q/b", "", "FOUND \"/a/{x}/b\" x=\"q\""},
                {"GET", "h.com", "", "/a/b/c", "", "FOUND \"h.com/{y}/b/{z}\" y=\"a\" z=\"c\""},
                {"POST", "h", "", "/x/", "", "FOUND \"/x/{$}\""},
                {"GET", "h", "", "/x/", "", "FOUND \"/x/{$}\""},
            }),
    };

    /** The outcome in the form the rows record: what Go's Handler and Redirect would give. */
    private static String outcome(Match<String> m, String rawQuery) {
        return switch (m.kind()) {
            case FOUND -> {
                StringBuilder b = new StringBuilder("FOUND " + q(m.pattern()));
                for (Map.Entry<String, String> e : m.pathValues().entrySet()) {
                    b.append(' ').append(e.getKey()).append('=').append(q(e.getValue()));
                }
                yield b.toString();
            }
            case REDIRECT -> "REDIRECT " + q(m.redirect()) + " pattern=" + q(m.pattern()) + " location="
                    + q(m.location(rawQuery));
            case METHOD_NOT_ALLOWED -> "405 " + q(m.allow());
            case NOT_FOUND -> "404";
        };
    }

    @Test
    void scenarios() {
        Failures f = new Failures();
        for (Scenario s : SCENARIOS) {
            Routes<String> mux = new Routes<>();
            for (String[] p : s.patterns()) {
                f.row();
                String got;
                try {
                    mux.register(p[0], p[0], "LOC");
                    got = "ok";
                } catch (IllegalArgumentException e) {
                    String kind = e.getMessage().equals("non-nil leaf fields") ? "panic " : "err ";
                    got = kind + q(e.getMessage());
                }
                f.expect(s.name() + ": register(" + q(p[0]) + ")", got, p[1]);
            }
            for (String[] r : s.requests()) {
                f.row();
                Match<String> m = mux.match(r[0], r[1], r[2], r[3]);
                f.expect(s.name() + ": " + r[0] + " host " + q(r[1]) + " url host " + q(r[2]) + " " + q(r[3]),
                        outcome(m, r[4]), r[5]);
            }
        }
        f.done(97);
    }
}
