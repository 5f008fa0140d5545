package dev.gonet.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Go 1.19's url_test.go tables ({@link URLGoCases}), each row against Go's own answer. */
class URLTest {

    interface Check {
        void run(Object[] row) throws Exception;
    }

    static Stream<DynamicTest> table(String name, Object[][] rows, Function<Object[], String> label, Check check) {
        assertTrue(rows.length > 0, name + " is empty");
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] row : rows) {
            tests.add(DynamicTest.dynamicTest(name + " " + label.apply(row), () -> check.run(row)));
        }
        return tests.stream();
    }

    static String q(Object o) {
        return o instanceof String s ? Ascii.quote(s) : String.valueOf(o);
    }

    @TestFactory
    Stream<DynamicTest> parse() {
        return table("Parse", URLGoCases.PARSE, r -> q(r[0]), r -> {
            String in = (String) r[0];
            String err = (String) r[3];
            if (!err.isEmpty()) {
                URLException e = assertThrows(URLException.class, () -> URL.parse(in), "Parse(" + q(in) + ")");
                assertEquals(err, e.getMessage(), "Parse(" + q(in) + ") error");
                return;
            }
            URL u = URL.parse(in);
            assertEquals(fields((URL) r[1]), fields(u), "Parse(" + q(in) + ") fields");
            assertEquals(r[2], u.toString(), "Parse(" + q(in) + ").String()");
            assertEquals(r[1], u);
        });
    }

    /** A readable dump so a mismatch shows which field differs. */
    static String fields(URL u) {
        return "scheme=" + q(u.scheme()) + " opaque=" + q(u.opaque()) + " user="
                + (u.user() == null ? "nil" : q(u.user().username()) + ":" + q(u.user().password()) + "/"
                        + u.user().passwordSet())
                + " host=" + q(u.host()) + " path=" + q(u.path()) + " rawPath=" + q(u.rawPath()) + " omitHost="
                + u.omitHost() + " forceQuery=" + u.forceQuery() + " rawQuery=" + q(u.rawQuery()) + " fragment="
                + q(u.fragment()) + " rawFragment=" + q(u.rawFragment());
    }

    @TestFactory
    Stream<DynamicTest> parseRequestURI() {
        return table("ParseRequestURI", URLGoCases.PARSE_REQUEST_URI, r -> q(r[0]), r -> {
            String in = (String) r[0];
            if (!((String) r[2]).isEmpty()) {
                URLException e = assertThrows(URLException.class, () -> URL.parseRequestURI(in));
                assertEquals(r[2], e.getMessage());
                assertEquals("parse", e.op());
                assertEquals(in, e.url());
            } else {
                assertEquals(r[1], URL.parseRequestURI(in).toString(), "ParseRequestURI(" + q(in) + ")");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> string() {
        return table("String", URLGoCases.STRING, r -> q(r[1]), r -> assertEquals(r[1], r[0].toString()));
    }

    @TestFactory
    Stream<DynamicTest> unescape() {
        return table("Unescape", URLGoCases.UNESCAPE, r -> q(r[0]), r -> {
            String in = (String) r[0];
            expect(r[1], (String) r[2], () -> URL.queryUnescape(in), "QueryUnescape(" + q(in) + ")");
            expect(r[3], (String) r[4], () -> URL.pathUnescape(in), "PathUnescape(" + q(in) + ")");
        });
    }

    interface Call {
        String call() throws URLException;
    }

    static void expect(Object want, String wantErr, Call c, String what) throws URLException {
        if (wantErr.isEmpty()) {
            assertEquals(want, c.call(), what);
        } else {
            URLException e = assertThrows(URLException.class, c::call, what);
            assertEquals(wantErr, e.getMessage(), what + " error");
            assertEquals(wantErr, e.err());
        }
    }

    @TestFactory
    Stream<DynamicTest> escape() {
        return Stream.concat(
                table("QueryEscape", URLGoCases.QUERY_ESCAPE, r -> q(r[0]),
                        r -> assertEquals(r[1], URL.queryEscape((String) r[0]))),
                table("PathEscape", URLGoCases.PATH_ESCAPE, r -> q(r[0]),
                        r -> assertEquals(r[1], URL.pathEscape((String) r[0]))));
    }

    static Values values(String[] kv) {
        Values v = new Values();
        for (int i = 0; i < kv.length; i += 2) {
            v.add(kv[i], kv[i + 1]);
        }
        return v;
    }

    @TestFactory
    Stream<DynamicTest> values() {
        return Stream.concat(
                table("Encode", URLGoCases.ENCODE_QUERY, r -> q(r[1]),
                        r -> assertEquals(r[1], values((String[]) r[0]).encode())),
                table("ParseQuery", URLGoCases.PARSE_QUERY, r -> q(r[0]), r -> {
                    String in = (String) r[0];
                    Values want = values((String[]) r[1]);
                    assertEquals(want.toString(), Values.parseQueryLenient(in).toString(), "pairs of " + q(in));
                    expect(want.toString(), (String) r[2], () -> Values.parseQuery(in).toString(),
                            "ParseQuery(" + q(in) + ")");
                }));
    }

    @TestFactory
    Stream<DynamicTest> resolve() {
        return Stream.concat(
                table("resolvePath", URLGoCases.RESOLVE_PATH, r -> q(r[0]) + " " + q(r[1]),
                        r -> assertEquals(r[2], URLParser.resolvePath((String) r[0], (String) r[1]))),
                table("ResolveReference", URLGoCases.RESOLVE_REFERENCE, r -> q(r[0]) + " " + q(r[1]), r -> {
                    URL base = URL.parse((String) r[0]);
                    String before = base.toString();
                    assertEquals(r[2], base.resolveReference(URL.parse((String) r[1])).toString());
                    assertEquals(r[2], base.parseRef((String) r[1]).toString());
                    assertEquals(before, base.toString(), "resolution must not change the base");
                }));
    }

    @TestFactory
    Stream<DynamicTest> requestURIHostPortJoin() {
        return Stream.of(
                table("RequestURI", URLGoCases.REQUEST_URI, r -> q(r[1]),
                        r -> assertEquals(r[1], ((URL) r[0]).requestURI())),
                table("Hostname/Port", URLGoCases.HOST_PORT, r -> q(r[0]), r -> {
                    URL u = new URL().setHost((String) r[0]);
                    assertEquals(r[1], u.hostname());
                    assertEquals(r[2], u.port());
                }),
                table("JoinPath", URLGoCases.JOIN_PATH, r -> q(r[0]) + " " + q(r[1]), r -> {
                    String elems = (String) r[1];
                    String[] e = elems.isEmpty() ? new String[0] : elems.split("\u0000", -1);
                    String got;
                    try {
                        got = URL.parse((String) r[0]).joinPath(e).toString();
                    } catch (URLException ex) {
                        got = "";
                    }
                    assertEquals(r[2], got);
                }),
                table("shouldEscape", URLGoCases.SHOULD_ESCAPE, r -> q((char) (int) r[0]) + " mode " + r[1],
                        r -> assertEquals(r[2], URLEscape.shouldEscape((int) r[0], (int) r[1]))))
                .flatMap(s -> s);
    }

    @Test
    void noRowWasLeftOut() {
        assertEquals(0, URLGoCases.SKIPPED);
    }

    @Test
    void starRequestKeepsItsStar() throws URLException {
        assertEquals("*", URL.parse("*").requestURI());
        assertEquals("*", URL.parseRequestURI("*").path());
    }

    @Test
    void userinfoAndRedacted() throws URLException {
        URL u = URL.parse("https://user:pa%20ss@example.com/p");
        assertEquals("user", u.user().username());
        assertEquals("pa ss", u.user().password());
        assertEquals("https://user:xxxxx@example.com/p", u.redacted());
        assertEquals("https://user:pa%20ss@example.com/p", u.toString());
        assertNull(URL.parse("/x").user());
        URL noPass = URL.parse("http://user@h/");
        assertNotNull(noPass.user());
        assertEquals("http://user@h/", noPass.redacted());
    }

    @Test
    void copyIsIndependent() throws URLException {
        URL a = URL.parse("http://h/p?q=1#f");
        URL b = a.copy().setPath("/other");
        assertEquals("http://h/p?q=1#f", a.toString());
        assertEquals("http://h/other?q=1#f", b.toString());
        assertEquals("1", a.query().get("q"));
        assertTrue(a.isAbs());
    }

    @Test
    void firstQueryErrorIsReported() {
        URLException e = assertThrows(URLException.class, () -> Values.parseQuery("%gh&%ij"));
        assertEquals("invalid URL escape \"%gh\"", e.getMessage());
    }
}
