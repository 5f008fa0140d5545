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
 * Go panics outright.
 */
class GoEdgeCasesTest {
    /** A pattern registered, and what registering it gives. */
    private record Registration(String pattern, String result) {
    }

    /** A request to the mux, and the outcome Go's router gives. */
    private record RequestOutcome(String method, String host, String urlHost, String escapedPath, String rawQuery,
            String outcome) {
    }

    private record Scenario(String name, Registration[] patterns, RequestOutcome[] requests) {
    }

    private static final Scenario[] SCENARIOS = {
        new Scenario("{$} and an escaped slash",
            new Registration[] {
                new Registration("/{$}", "ok"),
                new Registration("/a/{$}", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/%2F", "", "FOUND \"/{$}\""),
                new RequestOutcome("GET", "h", "", "/a/%2F", "", "FOUND \"/a/{$}\""),
                new RequestOutcome("GET", "h", "", "/a", "", "REDIRECT \"/a/\" pattern=\"/a/\" location=\"/a/\""),
                new RequestOutcome("GET", "h", "", "/a/", "", "FOUND \"/a/{$}\""),
                new RequestOutcome("GET", "h", "", "/a/b", "", "404"),
            }),
        new Scenario("a literal * is no multi wildcard (Go issue 67067)",
            new Registration[] {
                new Registration("/files/{p...}", "ok"),
                new Registration("/lit/*", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/files/*", "", "FOUND \"/files/{p...}\" p=\"*\""),
                new RequestOutcome("GET", "h", "", "/lit/*", "", "FOUND \"/lit/*\""),
                new RequestOutcome("GET", "h", "", "/lit/x", "", "404"),
            }),
        new Scenario("cleaning redirects escape the escaped path again",
            new Registration[] {
                new Registration("/b/", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/b/x%20y/.", "", "REDIRECT \"/b/x%2520y\" pattern=\"/b/\" location=\"/b/x%2520y\""),
                new RequestOutcome("GET", "h", "", "/b/./%7E", "q=1", "REDIRECT \"/b/%257E\" pattern=\"/b/\" location=\"/b/%257E?q=1\""),
                new RequestOutcome("GET", "h", "", "/b//c", "", "REDIRECT \"/b/c\" pattern=\"/b/\" location=\"/b/c\""),
            }),
        new Scenario("CONNECT with an empty path (authority form)",
            new Registration[] {
                new Registration("/", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("CONNECT", "a.com:443", "a.com:443", "", "", "REDIRECT \"//\" pattern=\"//\" location=\"/\""),
                new RequestOutcome("CONNECT", "a.com:443", "a.com:443", "", "a=1", "REDIRECT \"//\" pattern=\"//\" location=\"/?a=1\""),
            }),
        new Scenario("an empty CONNECT segment binds a wildcard without a value (Go issue 81222)",
            new Registration[] {
                new Registration("/{x}/{y}", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("CONNECT", "h", "", "//b", "", "FOUND \"/{x}/{y}\" x=\"b\""),
                new RequestOutcome("CONNECT", "h", "", "/a/b", "", "FOUND \"/{x}/{y}\" x=\"a\" y=\"b\""),
                new RequestOutcome("GET", "h", "", "//b", "", "REDIRECT \"/b\" pattern=\"\" location=\"/b\""),
            }),
        new Scenario("hosts: ports stripped, IPv6, host patterns with ports only for CONNECT",
            new Registration[] {
                new Registration("example.com/", "ok"),
                new Registration("::1/", "ok"),
                new Registration("[::1]/", "ok"),
                new Registration("example.com:9000/", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "example.com:80", "", "/x", "", "FOUND \"example.com/\""),
                new RequestOutcome("GET", "[::1]:80", "", "/x", "", "FOUND \"::1/\""),
                new RequestOutcome("GET", "[::1]", "", "/x", "", "FOUND \"[::1]/\""),
                new RequestOutcome("GET", "example.com:9000", "", "/x", "", "FOUND \"example.com/\""),
                new RequestOutcome("CONNECT", "example.com:9000", "example.com:9000", "/x", "", "FOUND \"example.com:9000/\""),
                new RequestOutcome("GET", "EXAMPLE.COM", "", "/x", "", "404"),
            }),
        new Scenario("methods: exact first, then GET for HEAD, then any",
            new Registration[] {
                new Registration("GET /r", "ok"),
                new Registration("HEAD /r", "ok"),
                new Registration("/r", "ok"),
                new Registration("POST /p", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("HEAD", "h", "", "/r", "", "FOUND \"HEAD /r\""),
                new RequestOutcome("GET", "h", "", "/r", "", "FOUND \"GET /r\""),
                new RequestOutcome("PUT", "h", "", "/r", "", "FOUND \"/r\""),
                new RequestOutcome("get", "h", "", "/r", "", "FOUND \"/r\""),
                new RequestOutcome("", "h", "", "/r", "", "FOUND \"/r\""),
                new RequestOutcome("DELETE", "h", "", "/p", "", "405 \"POST\""),
                new RequestOutcome("POST", "h", "", "/p", "", "FOUND \"POST /p\""),
            }),
        new Scenario("405 counts the methods a trailing-slash redirect would reach",
            new Registration[] {
                new Registration("GET /d/", "ok"),
                new Registration("PUT /d", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("POST", "h", "", "/d", "", "405 \"GET, HEAD, PUT\""),
                new RequestOutcome("PUT", "h", "", "/d/", "", "405 \"GET, HEAD\""),
                new RequestOutcome("GET", "h", "", "/d", "", "REDIRECT \"/d/\" pattern=\"/d/\" location=\"/d/\""),
            }),
        new Scenario("CONNECT's 405 looks at the URL's host",
            new Registration[] {
                new Registration("POST a.com/x", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("CONNECT", "a.com", "", "/x", "", "404"),
                new RequestOutcome("CONNECT", "a.com", "a.com", "/x", "", "405 \"POST\""),
                new RequestOutcome("GET", "a.com", "", "/x", "", "405 \"POST\""),
            }),
        new Scenario("pattern literals are unescaped per segment",
            new Registration[] {
                new Registration("/%7B/%7D", "ok"),
                new Registration("/a%2Fb/{x}", "ok"),
                new Registration("/é/{x}", "ok"),
                new Registration("/{名前}/v/w", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/%7B/%7D", "", "FOUND \"/%7B/%7D\""),
                new RequestOutcome("GET", "h", "", "/a%2Fb/1", "", "FOUND \"/a%2Fb/{x}\" x=\"1\""),
                new RequestOutcome("GET", "h", "", "/a%2fb/%31", "", "FOUND \"/a%2Fb/{x}\" x=\"1\""),
                new RequestOutcome("GET", "h", "", "/a/b/1", "", "404"),
                new RequestOutcome("GET", "h", "", "/%C3%A9/%C3%BC", "", "FOUND \"/é/{x}\" x=\"ü\""),
                new RequestOutcome("GET", "h", "", "/%E5%80%A4/v/w", "", "FOUND \"/{名前}/v/w\" 名前=\"値\""),
            }),
        new Scenario("an empty literal segment shares the wildcard's child",
            new Registration[] {
                new Registration("/a//b", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/a/x/b", "", "FOUND \"/a//b\""),
                new RequestOutcome("CONNECT", "h", "", "/a//b", "", "FOUND \"/a//b\""),
            }),
        new Scenario("host trailing-slash redirects keep the query",
            new Registration[] {
                new Registration("a.com/t/", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "a.com", "", "/t", "q=1", "REDIRECT \"/t/\" pattern=\"/t/\" location=\"/t/?q=1\""),
                new RequestOutcome("GET", "b.com", "", "/t", "q=1", "404"),
                new RequestOutcome("GET", "a.com:81", "", "/t", "", "REDIRECT \"/t/\" pattern=\"/t/\" location=\"/t/\""),
            }),
        new Scenario("most specific wins",
            new Registration[] {
                new Registration("/a/{x}", "ok"),
                new Registration("/a/b", "ok"),
                new Registration("/{p...}", "ok"),
                new Registration("/a/b/{$}", "ok"),
                new Registration("/a/{x}/c", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/a/b", "", "FOUND \"/a/b\""),
                new RequestOutcome("GET", "h", "", "/a/c", "", "FOUND \"/a/{x}\" x=\"c\""),
                new RequestOutcome("GET", "h", "", "/z", "", "FOUND \"/{p...}\" p=\"z\""),
                new RequestOutcome("GET", "h", "", "/a/b/", "", "FOUND \"/a/b/{$}\""),
                new RequestOutcome("GET", "h", "", "/a/b/c", "", "FOUND \"/a/{x}/c\" x=\"b\""),
                new RequestOutcome("GET", "h", "", "/a/b/d", "", "FOUND \"/{p...}\" p=\"a/b/d\""),
                new RequestOutcome("GET", "h", "", "/", "", "FOUND \"/{p...}\" p=\"\""),
                new RequestOutcome("GET", "h", "", "/a", "", "FOUND \"/{p...}\" p=\"a\""),
            }),
        new Scenario("a path of * (OPTIONS *) is cleaned like any other",
            new Registration[] {
                new Registration("/", "ok"),
            },
            new RequestOutcome[] {
                new RequestOutcome("OPTIONS", "h", "", "*", "", "REDIRECT \"/%2A\" pattern=\"/\" location=\"/%2A\""),
                new RequestOutcome("GET", "h", "", "*", "", "REDIRECT \"/%2A\" pattern=\"/\" location=\"/%2A\""),
            }),
        new Scenario("registration: conflicts, host precedence, the shared-child panic",
            new Registration[] {
                new Registration("/a/{x}/b", "ok"),
                new Registration("/a//b", "panic \"non-nil leaf fields\""),
                new Registration("/{y}/b/{z}", "err \"pattern \\\"/{y}/b/{z}\\\" (registered at LOC) conflicts with pattern \\\"/a/{x}/b\\\" (registered at LOC):\\n/{y}/b/{z} and /a/{x}/b both match some paths, like \\\"/a/b/b\\\".\\nBut neither is more specific than the other.\\n/{y}/b/{z} matches \\\"/y/b/z\\\", but /a/{x}/b doesn't.\\n/a/{x}/b matches \\\"/a/x/b\\\", but /{y}/b/{z} doesn't.\""),
                new Registration("h.com/{y}/b/{z}", "ok"),
                new Registration("GET /{m...}", "err \"pattern \\\"GET /{m...}\\\" (registered at LOC) conflicts with pattern \\\"/a/{x}/b\\\" (registered at LOC):\\nGET /{m...} matches fewer methods than /a/{x}/b, but has a more general path pattern\""),
                new Registration("/x/{$}", "ok"),
                new Registration("POST /x/{z...}", "err \"pattern \\\"POST /x/{z...}\\\" (registered at LOC) conflicts with pattern \\\"/x/{$}\\\" (registered at LOC):\\nPOST /x/{z...} matches fewer methods than /x/{$}, but has a more general path pattern\""),
            },
            new RequestOutcome[] {
                new RequestOutcome("GET", "h", "", "/a/q/b", "", "FOUND \"/a/{x}/b\" x=\"q\""),
                new RequestOutcome("GET", "h.com", "", "/a/b/c", "", "FOUND \"h.com/{y}/b/{z}\" y=\"a\" z=\"c\""),
                new RequestOutcome("POST", "h", "", "/x/", "", "FOUND \"/x/{$}\""),
                new RequestOutcome("GET", "h", "", "/x/", "", "FOUND \"/x/{$}\""),
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
            for (Registration p : s.patterns()) {
                f.row();
                String got;
                try {
                    mux.register(p.pattern(), p.pattern(), "LOC");
                    got = "ok";
                } catch (IllegalArgumentException e) {
                    String kind = e.getMessage().equals("non-nil leaf fields") ? "panic " : "err ";
                    got = kind + q(e.getMessage());
                }
                f.expect(s.name() + ": register(" + q(p.pattern()) + ")", got, p.result());
            }
            for (RequestOutcome r : s.requests()) {
                f.row();
                Match<String> m = mux.match(r.method(), r.host(), r.urlHost(), r.escapedPath());
                f.expect(s.name() + ": " + r.method() + " host " + q(r.host()) + " url host " + q(r.urlHost()) + " "
                        + q(r.escapedPath()), outcome(m, r.rawQuery()), r.outcome());
            }
        }
        f.done(97);
    }
}
