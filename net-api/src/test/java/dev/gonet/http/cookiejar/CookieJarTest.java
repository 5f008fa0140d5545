package dev.gonet.http.cookiejar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Cookie;
import dev.gonet.http.CookieJar;
import dev.gonet.http.Header;
import dev.gonet.http.HttpDate;
import dev.gonet.http.Response;
import dev.gonet.internal.Ascii;
import dev.gonet.url.URL;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Go's {@code net/http/cookiejar/jar_test.go}: the helper tables inline, the jar tables from a
 * dump of Go's own test data ({@code cookiejar-tables.tsv}): with Go's testPSL, checked against
 * Go's expectations, and with no public suffix list, against what Go 1.19's jar answered.
 */
class CookieJarTest {
    static final Instant T_NOW = Instant.parse("2013-01-01T12:00:00Z");

    /** jar_test.go's testPSL: "co.uk", the default rule "*", and two deliberate bugs. */
    static final PublicSuffixList TEST_PSL = new PublicSuffixList() {
        @Override
        public String publicSuffix(String d) {
            if (d.equals("co.uk") || d.endsWith(".co.uk")) {
                return "co.uk";
            }
            if (d.equals("www.buggy.psl")) {
                return "xy";
            }
            if (d.equals("www2.buggy.psl")) {
                return "com";
            }
            return d.substring(d.lastIndexOf('.') + 1);
        }

        @Override
        public String name() {
            return "testPSL";
        }
    };

    private record DotSuffixCase(String s, String suffix) {
    }

    @Test
    void hasDotSuffix() {
        DotSuffixCase[] cases = {
            new DotSuffixCase("", ""), new DotSuffixCase("", "."), new DotSuffixCase("", "x"),
            new DotSuffixCase(".", ""), new DotSuffixCase(".", "."), new DotSuffixCase(".", ".."),
            new DotSuffixCase(".", "x"), new DotSuffixCase(".", "x."), new DotSuffixCase(".", ".x"),
            new DotSuffixCase(".", ".x."), new DotSuffixCase("x", ""), new DotSuffixCase("x", "."),
            new DotSuffixCase("x", ".."), new DotSuffixCase("x", "x"), new DotSuffixCase("x", "x."),
            new DotSuffixCase("x", ".x"), new DotSuffixCase("x", ".x."), new DotSuffixCase(".x", ""),
            new DotSuffixCase(".x", "."), new DotSuffixCase(".x", ".."), new DotSuffixCase(".x", "x"),
            new DotSuffixCase(".x", "x."), new DotSuffixCase(".x", ".x"), new DotSuffixCase(".x", ".x."),
            new DotSuffixCase("x.", ""), new DotSuffixCase("x.", "."), new DotSuffixCase("x.", ".."),
            new DotSuffixCase("x.", "x"), new DotSuffixCase("x.", "x."), new DotSuffixCase("x.", ".x"),
            new DotSuffixCase("x.", ".x."), new DotSuffixCase("com", ""), new DotSuffixCase("com", "m"),
            new DotSuffixCase("com", "om"), new DotSuffixCase("com", "com"), new DotSuffixCase("com", ".com"),
            new DotSuffixCase("com", "x.com"), new DotSuffixCase("com", "xcom"), new DotSuffixCase("com", "xorg"),
            new DotSuffixCase("com", "org"), new DotSuffixCase("com", "rg"), new DotSuffixCase("foo.com", ""),
            new DotSuffixCase("foo.com", "m"), new DotSuffixCase("foo.com", "om"), new DotSuffixCase("foo.com", "com"),
            new DotSuffixCase("foo.com", ".com"), new DotSuffixCase("foo.com", "o.com"),
            new DotSuffixCase("foo.com", "oo.com"), new DotSuffixCase("foo.com", "foo.com"),
            new DotSuffixCase("foo.com", ".foo.com"), new DotSuffixCase("foo.com", "x.foo.com"),
            new DotSuffixCase("foo.com", "xfoo.com"), new DotSuffixCase("foo.com", "xfoo.org"),
            new DotSuffixCase("foo.com", "foo.org"), new DotSuffixCase("foo.com", "oo.org"),
            new DotSuffixCase("foo.com", "o.org"), new DotSuffixCase("foo.com", ".org"),
            new DotSuffixCase("foo.com", "org"), new DotSuffixCase("foo.com", "rg"),
        };
        for (DotSuffixCase c : cases) {
            assertEquals(c.s().endsWith("." + c.suffix()), Jar.hasDotSuffix(c.s(), c.suffix()),
                    "hasDotSuffix(" + Ascii.quote(c.s()) + ", " + Ascii.quote(c.suffix()) + ")");
        }
    }

    @Test
    void canonicalHostHasPortIsIPDefaultPath() {
        Map<String, String> canonical = Map.ofEntries(Map.entry("www.example.com", "www.example.com"),
                Map.entry("WWW.EXAMPLE.COM", "www.example.com"), Map.entry("wWw.eXAmple.CoM", "www.example.com"),
                Map.entry("www.example.com:80", "www.example.com"), Map.entry("192.168.0.10", "192.168.0.10"),
                Map.entry("192.168.0.5:8080", "192.168.0.5"), Map.entry("2001:4860:0:2001::68", "2001:4860:0:2001::68"),
                Map.entry("[2001:4860:0:::68]:8080", "2001:4860:0:::68"), Map.entry("www.bücher.de", "www.xn--bcher-kva.de"),
                Map.entry("www.example.com.", "www.example.com"), Map.entry(".", ""), Map.entry("..", "."),
                Map.entry("...", ".."), Map.entry(".net", ".net"), Map.entry(".net.", ".net"), Map.entry("a..", "a."),
                Map.entry("b.a..", "b.a."), Map.entry("weird.stuff...", "weird.stuff.."));
        canonical.forEach((in, want) -> assertEquals(want, Jar.canonicalHost(in),
                () -> "canonicalHost(" + Ascii.quote(in) + ")"));
        assertNull(Jar.canonicalHost("[bad.unmatched.bracket:"), "canonicalHost(\"[bad.unmatched.bracket:\")");
        Map<String, Boolean> ports = Map.of("www.example.com", false, "www.example.com:80", true, "127.0.0.1", false,
                "127.0.0.1:8080", true, "2001:4860:0:2001::68", false, "[2001::0:::68]:80", true);
        ports.forEach((in, want) -> assertEquals(want, Jar.hasPort(in), () -> "hasPort(" + Ascii.quote(in) + ")"));
        Map<String, String> paths = Map.ofEntries(Map.entry("/", "/"), Map.entry("/abc", "/"), Map.entry("/abc/", "/abc"),
                Map.entry("/abc/xyz", "/abc"), Map.entry("/abc/xyz/", "/abc/xyz"), Map.entry("/a/b/c.html", "/a/b"),
                Map.entry("", "/"), Map.entry("strange", "/"), Map.entry("//", "/"), Map.entry("/a//b", "/a/"),
                Map.entry("/a/./b", "/a/."), Map.entry("/a/../b", "/a/.."));
        paths.forEach((in, want) -> assertEquals(want, Jar.defaultPath(in), in));
    }

    @Test
    void jarKeys() {
        Map<String, String> psl = Map.ofEntries(Map.entry("foo.www.example.com", "example.com"),
                Map.entry("www.example.com", "example.com"), Map.entry("example.com", "example.com"),
                Map.entry("com", "com"), Map.entry("foo.www.bbc.co.uk", "bbc.co.uk"), Map.entry("www.bbc.co.uk", "bbc.co.uk"),
                Map.entry("bbc.co.uk", "bbc.co.uk"), Map.entry("co.uk", "co.uk"), Map.entry("uk", "uk"),
                Map.entry("192.168.0.5", "192.168.0.5"), Map.entry("www.buggy.psl", "www.buggy.psl"),
                Map.entry("www2.buggy.psl", "buggy.psl"), Map.entry("", ""), Map.entry(".", "."), Map.entry("..", "."),
                Map.entry(".net", ".net"), Map.entry("a.", "a."), Map.entry("b.a.", "a."), Map.entry("weird.stuff..", "."));
        psl.forEach((in, want) -> assertEquals(want, Jar.jarKey(in, TEST_PSL), "testPSL " + in));
        Map<String, String> nil = Map.ofEntries(Map.entry("foo.www.example.com", "example.com"),
                Map.entry("www.example.com", "example.com"), Map.entry("example.com", "example.com"),
                Map.entry("com", "com"), Map.entry("foo.www.bbc.co.uk", "co.uk"), Map.entry("www.bbc.co.uk", "co.uk"),
                Map.entry("bbc.co.uk", "co.uk"), Map.entry("co.uk", "co.uk"), Map.entry("uk", "uk"),
                Map.entry("192.168.0.5", "192.168.0.5"), Map.entry("", ""), Map.entry(".", "."), Map.entry("..", ".."),
                Map.entry(".net", ".net"), Map.entry("a.", "a."), Map.entry("b.a.", "a."),
                Map.entry("weird.stuff..", "stuff.."));
        nil.forEach((in, want) -> assertEquals(want, Jar.jarKey(in, null), "nil PSL " + in));
    }

    private record DomainCase(String host, String domain, String wantDomain, boolean hostOnly) {
    }

    @Test
    void domainAndType() {
        DomainCase[] cases = {
            new DomainCase("www.example.com", "", "www.example.com", true),
            new DomainCase("127.0.0.1", "", "127.0.0.1", true),
            new DomainCase("2001:4860:0:2001::68", "", "2001:4860:0:2001::68", true),
            new DomainCase("www.example.com", "example.com", "example.com", false),
            new DomainCase("www.example.com", ".example.com", "example.com", false),
            new DomainCase("www.example.com", "www.example.com", "www.example.com", false),
            new DomainCase("www.example.com", ".www.example.com", "www.example.com", false),
            new DomainCase("foo.sso.example.com", "sso.example.com", "sso.example.com", false),
            new DomainCase("bar.co.uk", "bar.co.uk", "bar.co.uk", false),
            new DomainCase("foo.bar.co.uk", ".bar.co.uk", "bar.co.uk", false),
            new DomainCase("127.0.0.1", "127.0.0.1", "127.0.0.1", true),
            new DomainCase("2001:4860:0:2001::68", "2001:4860:0:2001::68", "2001:4860:0:2001::68", true),
            new DomainCase("www.example.com", ".", null, false),
            new DomainCase("www.example.com", "..", null, false),
            new DomainCase("www.example.com", "other.com", null, false),
            new DomainCase("www.example.com", "com", null, false),
            new DomainCase("www.example.com", ".com", null, false),
            new DomainCase("foo.bar.co.uk", ".co.uk", null, false),
            new DomainCase("127.www.0.0.1", "127.0.0.1", null, false),
            new DomainCase("com", "", "com", true),
            new DomainCase("com", "com", "com", true),
            new DomainCase("com", ".com", "com", true),
            new DomainCase("co.uk", "", "co.uk", true),
            new DomainCase("co.uk", "co.uk", "co.uk", true),
            new DomainCase("co.uk", ".co.uk", "co.uk", true),
        };
        Jar jar = new Jar(TEST_PSL, () -> T_NOW);
        for (DomainCase c : cases) {
            Jar.Entry e = new Jar.Entry();
            boolean ok = jar.domainAndType(e, c.host(), c.domain());
            String what = "domainAndType(" + Ascii.quote(c.host()) + ", " + Ascii.quote(c.domain()) + ")";
            assertEquals(c.wantDomain() != null, ok, what);
            if (ok) {
                assertEquals(c.wantDomain(), e.domain, what);
                assertEquals(c.hostOnly(), e.hostOnly, what);
            }
        }
    }

    /** One jarTest of Go's: set cookies from a URL, check the content, then each query. */
    record JarTest(String psl, String suite, boolean shared, String description, String from, List<String> set,
            String content, List<Query> queries) {
    }

    /** A jarTest query: the cookies the jar sends to url, as "name=value" joined by spaces. */
    record Query(String url, String want) {
    }

    static List<JarTest> goTables() throws IOException {
        List<JarTest> out = new ArrayList<>();
        try (InputStream in = CookieJarTest.class.getResourceAsStream("cookiejar-tables.tsv")) {
            assertNotNull(in, "cookiejar-tables.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] head = null;
            List<String> set = new ArrayList<>();
            String content = null;
            List<Query> queries = new ArrayList<>();
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "test" -> {
                        if (head != null) {
                            out.add(new JarTest(head[1], head[2], Boolean.parseBoolean(head[3]), head[4], head[5], set,
                                    content, queries));
                        }
                        head = f;
                        set = new ArrayList<>();
                        queries = new ArrayList<>();
                    }
                    case "set" -> set.add(f[1]);
                    case "content" -> content = f[1];
                    case "query" -> queries.add(new Query(f[1], f[2]));
                    default -> throw new AssertionError("bad line " + line);
                }
            }
            out.add(new JarTest(head[1], head[2], Boolean.parseBoolean(head[3]), head[4], head[5], set, content,
                    queries));
        }
        return out;
    }

    @Test
    void goJarTables() throws IOException {
        List<JarTest> tests = goTables();
        assertEquals(140, tests.size());
        Jar jar = null;
        String lastSuite = "";
        int checks = 0;
        for (JarTest t : tests) {
            String key = t.psl + "/" + t.suite;
            if (jar == null || !t.shared || !key.equals(lastSuite)) {
                jar = new Jar(t.psl.equals("nil") ? null : TEST_PSL, () -> T_NOW);
            }
            lastSuite = key;
            checks += run(jar, t);
        }
        assertEquals(550, checks, "content checks and queries run");
    }

    /** A {@code Set-Cookie} line parsed as Go's jar_test does, through {@code Response.Cookies}; null if skipped. */
    private static Cookie setCookie(String line) {
        Header h = new Header();
        h.add("Set-Cookie", line);
        List<Cookie> c = new Response(200, h, null).cookies();
        return c.isEmpty() ? null : c.get(0);
    }

    /** Go's {@code jarTest.run}, time moving 1001 ms per step. */
    private static int run(Jar jar, JarTest t) throws IOException {
        Instant now = T_NOW;
        List<Cookie> cookies = new ArrayList<>();
        for (String line : t.set) {
            Cookie c = setCookie(line);
            assertNotNull(c, line);
            cookies.add(c);
        }
        jar.setCookies(URL.parse(t.from), cookies, now);
        now = now.plusMillis(1001);
        String what = t.psl + " " + t.suite + " " + Ascii.quote(t.description);
        assertEquals(t.content, String.join(" ", jar.content(now)), what + " content");
        int i = 0;
        for (Query q : t.queries) {
            now = now.plusMillis(1001);
            List<String> got = new ArrayList<>();
            for (Cookie c : jar.cookies(URL.parse(q.url()), now)) {
                got.add(c.name() + "=" + c.value());
            }
            assertEquals(q.want(), String.join(" ", got), what + " #" + i++ + " " + q.url());
        }
        return 1 + t.queries.size();
    }

    @Test
    void expiration() throws IOException {
        Jar jar = new Jar(TEST_PSL, () -> T_NOW);
        run(jar, new JarTest("testPSL", "expiration", false, "Expiration.", "http://www.host.test",
                List.of("a=1", "b=2; max-age=3", "c=3; expires=" + HttpDate.format(T_NOW.plusSeconds(3)),
                        "d=4; max-age=5", "e=5; expires=" + HttpDate.format(T_NOW.plusSeconds(5)), "f=6; max-age=100"),
                "a=1 b=2 c=3 d=4 e=5 f=6",
                List.of(new Query("http://www.host.test", "a=1 b=2 c=3 d=4 e=5 f=6"),
                        new Query("http://www.host.test", "a=1 d=4 e=5 f=6"),
                        new Query("http://www.host.test", "a=1 d=4 e=5 f=6"),
                        new Query("http://www.host.test", "a=1 f=6"),
                        new Query("http://www.host.test", "a=1 f=6"))));
    }

    @Test
    void issue19384OddHosts() throws IOException {
        for (String host : List.of("", ".", "..", "...")) {
            CookieJar jar = CookieJars.rfc6265();
            URL u = new URL().setScheme("http").setHost(host).setPath("/");
            assertEquals(List.of(), jar.cookies(u), host);
            jar.setCookies(u, List.of(new Cookie("name", "value")));
            List<Cookie> got = jar.cookies(u);
            assertEquals(1, got.size(), host);
            assertEquals("value", got.get(0).value());
        }
    }
}
