package dev.gonet.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.internal.Ascii;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Go 1.19's url_test.go tables ({@link URLGoCases}), each row against Go's own answer. */
class URLTest {

    interface Check<R> {
        void run(R row) throws Exception;
    }

    static <R> Stream<DynamicTest> table(String name, List<R> rows, Function<R, String> label, Check<R> check) {
        assertTrue(rows.size() > 0, name + " is empty");
        List<DynamicTest> tests = new ArrayList<>();
        for (R row : rows) {
            tests.add(DynamicTest.dynamicTest(name + " " + label.apply(row), () -> check.run(row)));
        }
        return tests.stream();
    }

    static String q(Object o) {
        return o instanceof String s ? Ascii.quote(s) : String.valueOf(o);
    }

    @TestFactory
    Stream<DynamicTest> parse() {
        return table("Parse", URLGoCases.PARSE, r -> q(r.in()), r -> {
            String in = r.in();
            if (!r.err().isEmpty()) {
                URLException e = assertThrows(URLException.class, () -> URL.parse(in), "Parse(" + q(in) + ")");
                assertEquals(r.err(), e.getMessage(), "Parse(" + q(in) + ") error");
                return;
            }
            URL u = URL.parse(in);
            assertEquals(fields(r.url()), fields(u), "Parse(" + q(in) + ") fields");
            assertEquals(r.string(), u.toString(), "Parse(" + q(in) + ").String()");
            assertEquals(r.url(), u, "Parse(" + q(in) + ")");
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
        return table("ParseRequestURI", URLGoCases.PARSE_REQUEST_URI, r -> q(r.in()), r -> {
            String in = r.in();
            String what = "ParseRequestURI(" + q(in) + ")";
            if (!r.err().isEmpty()) {
                URLException e = assertThrows(URLException.class, () -> URL.parseRequestURI(in), what);
                assertEquals(r.err(), e.getMessage(), what + " error");
                assertEquals("parse", e.op(), what + " error's Op");
                assertEquals(in, e.url(), what + " error's URL");
            } else {
                assertEquals(r.string(), URL.parseRequestURI(in).toString(), what);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> string() {
        return table("String", URLGoCases.STRING, r -> q(r.string()),
                r -> assertEquals(r.string(), r.url().toString(), () -> "String() of " + fields(r.url())));
    }

    @TestFactory
    Stream<DynamicTest> unescape() {
        return table("Unescape", URLGoCases.UNESCAPE, r -> q(r.in()), r -> {
            String in = r.in();
            expect(r.query(), r.queryErr(), () -> URL.queryUnescape(in), "QueryUnescape(" + q(in) + ")");
            expect(r.path(), r.pathErr(), () -> URL.pathUnescape(in), "PathUnescape(" + q(in) + ")");
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
            assertEquals(wantErr, e.err(), what + " error's Err");
        }
    }

    @TestFactory
    Stream<DynamicTest> escape() {
        return Stream.concat(
                table("QueryEscape", URLGoCases.QUERY_ESCAPE, r -> q(r.in()),
                        r -> assertEquals(r.out(), URL.queryEscape(r.in()), () -> "QueryEscape(" + q(r.in()) + ")")),
                table("PathEscape", URLGoCases.PATH_ESCAPE, r -> q(r.in()),
                        r -> assertEquals(r.out(), URL.pathEscape(r.in()), () -> "PathEscape(" + q(r.in()) + ")")));
    }

    static Values values(List<String> kv) {
        Values v = new Values();
        for (int i = 0; i < kv.size(); i += 2) {
            v.add(kv.get(i), kv.get(i + 1));
        }
        return v;
    }

    @TestFactory
    Stream<DynamicTest> values() {
        return Stream.concat(
                table("Encode", URLGoCases.ENCODE_QUERY, r -> q(r.encoded()),
                        r -> assertEquals(r.encoded(), values(r.pairs()).encode(), () -> "Encode() of " + r.pairs())),
                table("ParseQuery", URLGoCases.PARSE_QUERY, r -> q(r.query()), r -> {
                    String in = r.query();
                    Values want = values(r.pairs());
                    assertEquals(want.toString(), Values.parseQueryLenient(in).toString(), "pairs of " + q(in));
                    expect(want.toString(), r.err(), () -> Values.parseQuery(in).toString(),
                            "ParseQuery(" + q(in) + ")");
                }));
    }

    @TestFactory
    Stream<DynamicTest> resolve() {
        return Stream.concat(
                table("resolvePath", URLGoCases.RESOLVE_PATH, r -> q(r.base()) + " " + q(r.ref()),
                        r -> assertEquals(r.out(), URLParser.resolvePath(r.base(), r.ref()),
                                () -> "resolvePath(" + q(r.base()) + ", " + q(r.ref()) + ")")),
                table("ResolveReference", URLGoCases.RESOLVE_REFERENCE, r -> q(r.base()) + " " + q(r.ref()), r -> {
                    URL base = URL.parse(r.base());
                    String before = base.toString();
                    String what = "Parse(" + q(r.base()) + ")";
                    assertEquals(r.out(), base.resolveReference(URL.parse(r.ref())).toString(),
                            what + ".ResolveReference(Parse(" + q(r.ref()) + "))");
                    assertEquals(r.out(), base.parseRef(r.ref()).toString(), what + ".Parse(" + q(r.ref()) + ")");
                    assertEquals(before, base.toString(), "resolution must not change the base");
                }));
    }

    @TestFactory
    Stream<DynamicTest> requestURIHostPortJoin() {
        return Stream.of(
                table("RequestURI", URLGoCases.REQUEST_URI, r -> q(r.requestURI()),
                        r -> assertEquals(r.requestURI(), r.url().requestURI(),
                                () -> "RequestURI() of " + fields(r.url()))),
                table("Hostname/Port", URLGoCases.HOST_PORT, r -> q(r.host()), r -> {
                    URL u = new URL().setHost(r.host());
                    assertEquals(r.hostname(), u.hostname(), () -> "Hostname() of Host " + q(r.host()));
                    assertEquals(r.port(), u.port(), () -> "Port() of Host " + q(r.host()));
                }),
                table("JoinPath", URLGoCases.JOIN_PATH, r -> q(r.base()) + " " + r.elems(), r -> {
                    String got;
                    try {
                        got = URL.parse(r.base()).joinPath(r.elems().toArray(String[]::new)).toString();
                    } catch (URLException ex) {
                        got = "";
                    }
                    assertEquals(r.out(), got, () -> "JoinPath(" + q(r.base()) + ", " + r.elems() + ")");
                }),
                table("shouldEscape", URLGoCases.SHOULD_ESCAPE, r -> q((char) r.b()) + " mode " + r.mode(),
                        r -> assertEquals(r.escape(), URLEscape.shouldEscape(r.b(), r.mode()),
                                () -> "shouldEscape(" + q(String.valueOf((char) r.b())) + ", " + r.mode() + ")")))
                .flatMap(s -> s);
    }

    /** Every table, in the generator's order, as the generator names it. */
    static final List<Map.Entry<String, List<? extends Record>>> TABLES = List.of(
            Map.entry("PARSE", URLGoCases.PARSE),
            Map.entry("PARSE_REQUEST_URI", URLGoCases.PARSE_REQUEST_URI),
            Map.entry("STRING", URLGoCases.STRING),
            Map.entry("UNESCAPE", URLGoCases.UNESCAPE),
            Map.entry("QUERY_ESCAPE", URLGoCases.QUERY_ESCAPE),
            Map.entry("PATH_ESCAPE", URLGoCases.PATH_ESCAPE),
            Map.entry("ENCODE_QUERY", URLGoCases.ENCODE_QUERY),
            Map.entry("PARSE_QUERY", URLGoCases.PARSE_QUERY),
            Map.entry("RESOLVE_PATH", URLGoCases.RESOLVE_PATH),
            Map.entry("RESOLVE_REFERENCE", URLGoCases.RESOLVE_REFERENCE),
            Map.entry("REQUEST_URI", URLGoCases.REQUEST_URI),
            Map.entry("HOST_PORT", URLGoCases.HOST_PORT),
            Map.entry("JOIN_PATH", URLGoCases.JOIN_PATH),
            Map.entry("SHOULD_ESCAPE", URLGoCases.SHOULD_ESCAPE));

    /**
     * The tables are what the generator emitted: as many rows, and the same SHA-256 over their
     * canonical form ({@link Canon}), so a hand-edited, reordered or truncated table fails here.
     * And no row of Go's tables was left out for an answer a Java String cannot hold.
     */
    @Test
    void tablesAreWhatTheGeneratorEmitted() throws Exception {
        Canon c = new Canon();
        int rows = 0;
        for (Map.Entry<String, List<? extends Record>> t : TABLES) {
            c.table(t.getKey(), t.getValue());
            rows += t.getValue().size();
        }
        assertEquals(URLGoCases.ROWS, rows, "rows in URLGoCases' tables, want what gen_test.go emitted");
        assertEquals(URLGoCases.SHA256, c.sha256(),
                "SHA-256 of URLGoCases' tables, want gen_test.go's: edited by hand? regenerate with gen.sh");
        assertEquals(0, URLGoCases.SKIPPED, "rows of Go's tables the generator left out (answer not UTF-8)");
    }

    /**
     * gen_test.go's canonical form of the emitted tables, rebuilt from the records: per table
     * 't', its name, its rows, 'e'; per row 'r' and its components in order: a String as 's', its
     * UTF-8 length, ':', its bytes; a boolean as "b1"/"b0"; an int as 'i', decimal, ';'; null as
     * 'n'; a List of Strings as 'l', its size, ':', its strings; a URL as 'u' and its fields in
     * Go's struct order, the user as 'n' or 'U', username, password or 'n' when none is set.
     */
    static final class Canon {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void table(String name, List<? extends Record> rows) throws ReflectiveOperationException {
            out.write('t');
            str(name);
            for (Record r : rows) {
                out.write('r');
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    value(rc.getAccessor().invoke(r));
                }
            }
            out.write('e');
        }

        private void value(Object v) {
            switch (v) {
                case null -> out.write('n');
                case String s -> str(s);
                case Boolean b -> ascii(b ? "b1" : "b0");
                case Integer i -> ascii("i" + i + ";");
                case List<?> l -> {
                    ascii("l" + l.size() + ":");
                    l.forEach(this::value);
                }
                case URL u -> url(u);
                default -> throw new IllegalArgumentException("no canonical form for " + v.getClass());
            }
        }

        private void url(URL u) {
            out.write('u');
            str(u.scheme());
            str(u.opaque());
            if (u.user() == null) {
                out.write('n');
            } else {
                out.write('U');
                str(u.user().username());
                value(u.user().passwordSet() ? u.user().password() : null);
            }
            str(u.host());
            str(u.path());
            str(u.rawPath());
            value(u.omitHost());
            value(u.forceQuery());
            str(u.rawQuery());
            str(u.fragment());
            str(u.rawFragment());
        }

        private void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            ascii("s" + b.length + ":");
            out.writeBytes(b);
        }

        private void ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        }

        String sha256() throws NoSuchAlgorithmException {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        }
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
